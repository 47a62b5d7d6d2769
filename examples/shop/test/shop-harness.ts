/**
 * Starts the demo shop as `npm start` does, on a free port through Vite's JS API: Vite's dev server
 * with the OrderZone server beside it (`server/demo-server.ts`), its data in a fresh temporary
 * folder for this run, removed afterwards (its database starts as a copy of a freshly initialised,
 * empty PGlite folder: see {@link freshDataDir}). Opens it in Debian's Chromium with playwright-core (no
 * browser download, a fresh profile every launch).
 */
import { cp, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@orderzone/server';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, openShopperPage } from '../../../.ci/chromium.ts';
import { createServer, type ViteDevServer } from 'vite';

const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

export interface Shop {
  url: string;
  browser: Browser;
  /** The demo's data folder of this run (the server's database and the merchant key). */
  dataDir: string;
  /** A new page (own browser context, so own storage) with console errors collected. */
  newPage(options?: { locale?: string }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Vite and the OrderZone server on `dataDir`; resolves once the server answers on the shop's origin
 * (or, with `waitForApi: false`, once Vite listens).
 */
export async function startShopServer(dataDir: string, { waitForApi = true } = {}): Promise<{ url: string; close(): Promise<void> }> {
  process.env.ORDERZONE_DEMO_DATA = dataDir;
  const server: ViteDevServer = await createServer({ configFile, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not report a port');
  const url = `http://127.0.0.1:${address.port}/`;
  // The server opens its database and seeds the demo catalog: wait until it answers, through the shop's origin.
  for (let started = Date.now(); waitForApi; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const answer = await fetch(`${url}api/checkout-options`).catch(() => undefined);
    if (answer?.ok) break;
    if (Date.now() - started > 120_000) throw new Error(`The demo server did not answer within 2 minutes (last answer ${answer?.status})`);
  }
  return { url, close: () => server.close() };
}

/** How long a step may wait for what a person would see, unless it says: generous, for a loaded machine (a passing step never waits it out). */
export const STEP_TIMEOUT_MS = 60_000;

/** Chromium whose every new context waits up to {@link STEP_TIMEOUT_MS} for a step. */
async function launchPatientChromium(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/** The installed PGlite's version: an initialised folder is only good for the version that made it. */
async function pgliteVersion(): Promise<string> {
  const entry = createRequire(createRequire(import.meta.url).resolve('@orderzone/server/package.json')).resolve('@electric-sql/pglite');
  const root = entry.slice(0, entry.lastIndexOf('/@electric-sql/pglite/') + '/@electric-sql/pglite'.length);
  return (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * A fresh data folder for one run whose `database/` is a copy of an empty PGlite folder that was only
 * initialised (PostgreSQL's initdb, which takes PGlite about 10 s on a loaded machine): made once per
 * PGlite version in the temporary folder and copied for every run. The server then applies its
 * migrations and seeds the demo catalog as on any first start. (`demo-server.e2e.ts` starts from a
 * truly empty folder.)
 */
export async function freshDataDir(): Promise<string> {
  const template = join(tmpdir(), `orderzone-pglite-initdb-${await pgliteVersion()}`);
  if (!(await exists(template))) {
    const making = await mkdtemp(`${template}-making-`);
    const database = await openDatabase({ kind: 'pglite', dataDir: making });
    await database.close();
    // Another test process may have made it meanwhile: the first rename wins, the loser's copy goes.
    await rename(making, template).catch(() => rm(making, { recursive: true, force: true }));
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'orderzone-demo-'));
  await cp(template, join(dataDir, 'database'), { recursive: true });
  return dataDir;
}

export async function openShop(): Promise<Shop> {
  const dataDir = await freshDataDir();
  const server = await startShopServer(dataDir);
  const browser = await launchPatientChromium();
  return {
    url: server.url,
    browser,
    dataDir,
    newPage: ({ locale = 'zh-CN' } = {}) => openShopperPage(browser, locale),
    async close() {
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The demo shop for one test file: opened before its tests and closed after them (node:test's
 * `before` and `after` where it is called), instead of each file repeating that harness. What it
 * returns is the open shop inside a test (reading it outside one throws). `beforeClose` runs first
 * in `after`, for what the file opened on the shop (a browser context).
 */
export function useShop(options: { beforeClose?: () => Promise<unknown> | undefined } = {}): Shop {
  let open: Shop | undefined;
  before(async () => {
    open = await openShop();
  });
  after(async () => {
    await options.beforeClose?.();
    await open?.close();
  });
  const current = (): Shop => {
    if (!open) throw new Error('The demo shop is open only while the tests of the file run.');
    return open;
  };
  return {
    get url() {
      return current().url;
    },
    get browser() {
      return current().browser;
    },
    get dataDir() {
      return current().dataDir;
    },
    newPage: (pageOptions) => current().newPage(pageOptions),
    close: () => current().close(),
  };
}

/**
 * `errors` without the browser's own note of each refusal the test brought about on purpose, one per
 * status in `statuses` (the REST API answers a wrong code `400`, an order needing a code `403`, and
 * Chromium logs every such answer as "Failed to load resource"). Anything else stays.
 */
export function withoutRefusals(errors: readonly string[], statuses: readonly number[]): string[] {
  const left = [...errors];
  for (const status of statuses) {
    const at = left.findIndex((error) => error.startsWith(`Failed to load resource: the server responded with a status of ${status} `));
    if (at >= 0) left.splice(at, 1);
  }
  return left;
}

/** With `OZ_SCREENSHOTS=<folder>`, saves what a tab shows at a step (for docs and review). */
export async function snap(page: Page, name: string): Promise<void> {
  const folder = process.env.OZ_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}
