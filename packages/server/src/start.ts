/**
 * Starting and stopping the server: open the database, migrate it, seed the demo catalog when asked,
 * serve the HTTP app with `@hono/node-server`, and stop gracefully: no new connections, the requests
 * in flight finish (event streams are ended), then the database closes.
 *
 * ```ts
 * const server = await startServer(readConfig(process.env, readFlags(process.argv.slice(2))));
 * closeOnSignals(server); // SIGTERM / SIGINT → server.close()
 * ```
 *
 * @module
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { OrderService } from '@orderzone/embedded-backend';
import { assertSafeForProduction, type ServerConfig } from './config.ts';
import { databaseConfig, openDatabase, type Database } from './db/database.ts';
import { createOrderEvents } from './http/order-events.ts';
import { failureOf, jsonLogger, type Logger } from './http/request-log.ts';
import type { RateLimitRule } from './http/rate-limits.ts';
import { createServerApp } from './http/server-app.ts';
import { createInterimMemoryService } from './interim-memory-service.ts';
import { runHousekeeping } from './store/housekeeping.ts';

/** Options of {@link startServer}. */
export interface StartOptions {
  /** Seed the demo catalog into an empty database. Default `false`. */
  seedDemo?: boolean;
  /** Where log lines go. Default: JSON lines on standard output. */
  logger?: Logger;
  /**
   * The order service, or how to make it over the opened (and migrated) database, e.g.
   * `(database) => createServerService({ db: database.db, loadCatalog })`. Default: see `startServer`.
   */
  service?: OrderService | ((database: Database) => OrderService | Promise<OrderService>);
  /** The admin API, mounted at `{basePath}/admin`. */
  admin?: Hono;
  /** The rate limits (default `DEFAULT_RATE_LIMITS`). */
  rateLimits?: readonly RateLimitRule[];
  /** Milliseconds between heartbeats of an idle event stream. Default 25 s. */
  heartbeatMs?: number;
  /** How long `close()` lets requests in flight finish before cutting their connections. Default 10 s. */
  shutdownGraceMs?: number;
  /** Milliseconds between rounds of housekeeping (`runHousekeeping`: overdue unpaid orders, expired rows); `0` for none. Default 60 s. */
  housekeepingMs?: number;
}

/** Every minute each instance expires overdue orders and removes rows that expired long ago (safe on every instance at once). */
export const HOUSEKEEPING_EVERY_MS = 60_000;

/** A running server. */
export interface RunningServer {
  /** Its origin, e.g. `http://127.0.0.1:8787` (the API is under `config.basePath`). */
  url: string;
  /** The port it listens on (the one picked when `config.port` was 0). */
  port: number;
  /** Its open database. */
  database: Database;
  /** The order service it serves. */
  service: OrderService;
  /**
   * Stops gracefully: accepts no new connection, ends the event streams, lets requests in flight
   * finish (cutting what is left after `shutdownGraceMs`), then closes the database. Idempotent.
   */
  close(): Promise<void>;
}

/** The origin to reach a server listening on `host`:`port` (a wildcard address is reached on loopback). */
function originOf(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/**
 * Starts the server for `config`: refuses unsafe production settings (`ConfigError`), opens and
 * migrates the database, serves, and resolves once it listens.
 */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  assertSafeForProduction(config);
  const logger = options.logger ?? jsonLogger();
  const database = await openDatabase(databaseConfig({ DATABASE_URL: config.databaseUrl }, config.dataDir));
  const orderEvents = createOrderEvents(database);
  try {
    await database.migrate();
    if (options.seedDemo) {
      // TODO(postgres-store): `await importShopSeed(database.db, demoShop)` into an empty database, with
      // the lead's `importShopSeed` (not on main yet). Until then the in-memory default carries the demo catalog.
    }
    // TODO(postgres-store): default to `createServerService({ db: database.db, loadCatalog })` (the
    // PostgreSQL engine store, on main) once the server has a catalog reader and `importShopSeed`
    // (src/catalog): an empty database has no catalog to serve. Until then, without `options.service`,
    // the engine runs in memory over the demo catalog. This is the only place that picks the store.
    const service = typeof options.service === 'function' ? await options.service(database) : (options.service ?? createInterimMemoryService().service);
    let stopping = false;
    const app = createServerApp({
      service,
      database,
      config,
      orderEvents,
      logger,
      stopping: () => stopping,
      ...(options.admin ? { admin: options.admin } : {}),
      ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    });

    const listening = await new Promise<{ server: Server; port: number }>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => resolve({ server: started as Server, port: info.port }));
      (started as Server).once('error', reject);
    });
    const { port } = listening;
    const url = originOf(config.host, port);
    logger({ time: new Date().toISOString(), level: 'info', msg: 'listening', url: `${url}${config.basePath}` });

    const housekeepingMs = options.housekeepingMs ?? HOUSEKEEPING_EVERY_MS;
    let housekeeping: Promise<void> = Promise.resolve();
    const houseTimer =
      housekeepingMs > 0
        ? setInterval(() => {
            housekeeping = housekeeping.then(() =>
              runHousekeeping(database.db, service).then(
                () => undefined,
                (error: unknown) => logger({ time: new Date().toISOString(), level: 'warn', msg: 'housekeeping failed', error: failureOf(error) }),
              ),
            );
          }, housekeepingMs)
        : undefined;
    houseTimer?.unref();

    const graceMs = options.shutdownGraceMs ?? 10_000;
    let closing: Promise<void> | undefined;
    const running: RunningServer = {
      url,
      port,
      database,
      service,
      close() {
        closing ??= (async () => {
          stopping = true;
          clearInterval(houseTimer);
          const http = listening.server;
          const closed = new Promise<void>((resolve) => http.close(() => resolve()));
          // Keep-alive connections waiting for a next request are closed now, busy ones as soon as they
          // have answered (Node keeps them open for a next request otherwise), and all after the grace.
          http.closeIdleConnections();
          const sweep = setInterval(() => http.closeIdleConnections(), 50);
          const cut = setTimeout(() => http.closeAllConnections(), graceMs);
          cut.unref();
          await orderEvents.close();
          await closed;
          clearInterval(sweep);
          clearTimeout(cut);
          await housekeeping;
          await database.close();
          logger({ time: new Date().toISOString(), level: 'info', msg: 'stopped' });
        })();
        return closing;
      },
    };
    return running;
  } catch (error) {
    await orderEvents.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Stops `server` gracefully on `SIGTERM` or `SIGINT` (what `docker stop`, Kubernetes and Ctrl-C
 * send), then lets the process exit; a second signal exits at once. Answers a function that removes
 * the handlers. For the command line's `serve`.
 */
export function closeOnSignals(server: Pick<RunningServer, 'close'>, options: { logger?: Logger; signals?: readonly NodeJS.Signals[] } = {}): () => void {
  const logger = options.logger ?? jsonLogger();
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let received = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) {
      process.exit(1);
    }
    received = true;
    logger({ time: new Date().toISOString(), level: 'info', msg: `shutting down (${signal})` });
    server.close().then(
      () => {
        remove();
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger({ time: new Date().toISOString(), level: 'error', msg: 'shutdown failed', error: { name: error instanceof Error ? error.name : typeof error } });
        process.exit(1);
      },
    );
  };
  const remove = () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  for (const signal of signals) process.on(signal, onSignal);
  return remove;
}
