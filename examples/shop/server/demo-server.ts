/**
 * `npm start`'s backend: a Vite plugin that runs the OrderZone server (`@orderzone/server`) beside
 * Vite's dev server and serves its API on the shop's own origin.
 *
 * - When Vite listens, the server starts on PGlite in the demo's data folder (`.data/demo/database`,
 *   the demo catalog seeded into it on the first start; `DATABASE_URL` uses a PostgreSQL server
 *   instead), on a free loopback port; when Vite stops (or restarts), so does the server, gracefully.
 * - Requests under `/api` go to it (`api-proxy.ts`), event streams and photo uploads included, so the
 *   shop's `<order-zone api="/api">` and the merchant console need no CORS.
 * - The simulated payment provider's QR codes and pages point at the shop's origin, and it sends the
 *   shopper back to the shop.
 * - A merchant key for the demo (`demo-merchant-key.ts`) is put into `console.html` as it is served,
 *   in development only (never with `NODE_ENV=production`, never into a build).
 *
 * `vite preview` of a build runs the server the same way, without putting the key into the page.
 *
 * @module
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { Plugin, PreviewServer, ViteDevServer, Logger as ViteLogger } from 'vite';
import { apiProxy } from './api-proxy.ts';
import { demoMerchantKey } from './demo-merchant-key.ts';
import { lockFolder } from './folder-lock.ts';
import { embeddedBackendPackage, serverPackage } from './server-package.ts';

/** Where the shop reaches its API (`<order-zone api>` of index.html, the console's admin API below it). */
export const DEMO_API_PATH = '/api';

/** The `<meta name>` carrying the demo's merchant key in `console.html` (development only). */
export const MERCHANT_KEY_META = 'orderzone-merchant-key';

/** Options of {@link demoServer}. */
export interface DemoServerOptions {
  /** The demo's data folder: PGlite's `database/` and the merchant key. */
  dataDir: string;
}

/** A demo server running. */
interface RunningDemo {
  port: number;
  /** The merchant key for the console; none in production. */
  merchantKey?: string;
  stop(): Promise<void>;
}

/** Loopback names the payment pages may use over plain http. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/** The origin a browser reaches Vite at (a wildcard or LAN host is reached as localhost). */
function originOf(httpServer: NonNullable<ViteDevServer['httpServer']>, host: string | boolean | undefined, https: boolean): string {
  const { port } = httpServer.address() as AddressInfo;
  const name = typeof host === 'string' && LOOPBACK.has(host) ? host : 'localhost';
  return `${https ? 'https' : 'http'}://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** Starts the OrderZone server for the shop at `origin`, with its data in `dataDir`. */
async function startDemo(dataDir: string, origin: string, logger: ViteLogger): Promise<RunningDemo> {
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockFolder(dataDir);
  try {
    const { createMessageChannels, readConfig, readMessageConfig, startServer } = await serverPackage();
    const { DEMO_RISK_RULES } = await embeddedBackendPackage();
    const env = { ...process.env };
    const config = readConfig({ ...env, ORDERZONE_DATA: join(dataDir, 'database'), PORT: '0', HOST: '127.0.0.1' });
    const server = await startServer(
      {
        ...config,
        // Payment pages, QR codes and return photos on the shop's origin; the proxy in front gives the client's address.
        publicUrl: origin,
        trustProxy: 1,
        // The demo's risk rules, as the in-page backend's: a code for ¥5,000.00 or more.
        risk: { amountThreshold: config.risk?.amountThreshold ?? DEMO_RISK_RULES.amountThreshold.amount, ...(config.risk?.maxOrdersPerHourPerContact !== undefined ? { maxOrdersPerHourPerContact: config.risk.maxOrdersPerHourPerContact } : {}) },
      },
      {
        seedDemo: true,
        env,
        // The channels the environment asks for; the log channel's lines (a code to type, outside production) in Vite's terminal.
        messageChannels: createMessageChannels(readMessageConfig(env, { production: config.production }), { write: (line) => logger.info(line, { timestamp: true }) }),
        // Warnings and failures in Vite's terminal; one line per request would drown it.
        logger: (entry) => {
          if (entry.level === 'info') return;
          const request = entry.route !== undefined ? ` ${entry.status} ${entry.method} ${entry.route ?? '(no route)'}` : '';
          const failure = entry.error ? ` (${entry.error.name}${entry.error.code ? ` ${entry.error.code}` : ''})` : '';
          logger[entry.level](`[orderzone server] ${entry.msg}${request}${failure}`, { timestamp: true });
        },
      },
    );
    const key = config.production ? undefined : await demoMerchantKey(server.database.db, dataDir);
    const folder = relative(process.cwd(), dataDir);
    const where = config.databaseUrl ? 'on the PostgreSQL server of DATABASE_URL' : `data in ${folder && !folder.startsWith('..') ? folder : dataDir}`;
    logger.info(`  ➜  OrderZone server: ${origin}${DEMO_API_PATH} (${where}); merchant console: ${origin}/console.html`);
    return {
      port: server.port,
      ...(key ? { merchantKey: key.key } : {}),
      async stop() {
        try {
          await server.close();
        } finally {
          await unlock();
        }
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** The Vite plugin (see the module). */
export function demoServer(options: DemoServerOptions): Plugin {
  let running: Promise<RunningDemo> | undefined;
  let stopSignals: (() => void) | undefined;

  const target = () => {
    if (!running) return Promise.reject(new Error('the server has not started yet'));
    return running;
  };

  async function stop(): Promise<void> {
    const was = running;
    running = undefined;
    try {
      if (was) await was.then((demo) => demo.stop(), () => undefined);
    } finally {
      // Only now: a Ctrl-C arriving while the server stops must not kill it half-way.
      stopSignals?.();
      stopSignals = undefined;
    }
  }

  /** Starts the server once `httpServer` listens; Ctrl-C then stops Vite (and so the server) gracefully. */
  function startWhenListening(server: ViteDevServer | PreviewServer, listen: { host?: string | boolean; https?: unknown }, close: () => Promise<void>): void {
    const httpServer = server.httpServer;
    if (!httpServer) return;
    const begin = () => {
      const origin = originOf(httpServer, listen.host, Boolean(listen.https));
      running = startDemo(options.dataDir, origin, server.config.logger);
      running.catch((error: unknown) => server.config.logger.error(`[orderzone server] did not start: ${error instanceof Error ? error.message : String(error)}`, { timestamp: true }));
      // One Ctrl-C reaches npm and this process (npm then passes it on too): the first one stops
      // Vite and the server gracefully, those after it change nothing.
      let stopping = false;
      const onSigint = () => {
        if (stopping) return;
        stopping = true;
        void close().finally(() => process.exit(130));
      };
      process.on('SIGINT', onSigint);
      stopSignals = () => process.off('SIGINT', onSigint);
    };
    if (httpServer.listening) begin();
    else httpServer.once('listening', begin);
  }

  return {
    name: 'orderzone-demo-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(apiProxy(DEMO_API_PATH, target));
      startWhenListening(server, server.config.server, () => server.close());
    },
    configurePreviewServer(server) {
      server.middlewares.use(apiProxy(DEMO_API_PATH, target));
      startWhenListening(server, server.config.preview, () => server.close());
    },
    closeServer: stop,
    closePreviewServer: stop,
    transformIndexHtml: {
      async handler(_html, context) {
        if (!context.server || !/\/console\.html$/.test(context.path) || !running) return undefined;
        const demo = await running.catch(() => undefined);
        if (!demo?.merchantKey) return undefined;
        return [{ tag: 'meta', attrs: { name: MERCHANT_KEY_META, content: demo.merchantKey }, injectTo: 'head' }];
      },
    },
  };
}
