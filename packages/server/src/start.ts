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
import { errorResponse } from '@orderzone/embedded-backend/contract-app';
import { OrderZoneError } from '@orderzone/core';
import type { MessageChannels } from './messages/message-channel.ts';
import type { MessageWorker } from './messages/message-worker.ts';
import type { Payments } from './payments/payments.ts';
import { applyRetention, readRetentionDays } from './privacy/retention.ts';
import { assembleShop, type AssembledShop } from './shop-assembly.ts';
import { runHousekeeping } from './store/housekeeping.ts';

/** Options of {@link startServer}. */
export interface StartOptions {
  /** Seed the demo catalog into an empty database. Default `false`. */
  seedDemo?: boolean;
  /** Where the payments, messages and retention settings are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** The message channels instead of those `env` configures (tests). */
  messageChannels?: MessageChannels;
  /** Where log lines go. Default: JSON lines on standard output. */
  logger?: Logger;
  /**
   * The order service, or how to make it over the opened (and migrated) database, e.g.
   * `(database) => createServerService({ db: database.db, loadCatalog })`: then the server runs
   * exactly that, with no payments, message worker or admin API of its own (pass `admin` to mount
   * one). Default: the whole shop of `assembleShop` (catalog, engine on PostgreSQL, payments,
   * messages, admin API).
   */
  service?: OrderService | ((database: Database) => OrderService | Promise<OrderService>);
  /** The admin API, mounted at `{basePath}/admin` (with the default service, the server's own). */
  admin?: Hono;
  /** The rate limits (default `DEFAULT_RATE_LIMITS`). */
  rateLimits?: readonly RateLimitRule[];
  /** Milliseconds between heartbeats of an idle event stream. Default 25 s. */
  heartbeatMs?: number;
  /** How long `close()` lets requests in flight finish before cutting their connections. Default 10 s. */
  shutdownGraceMs?: number;
  /**
   * The clock of the default shop's order rules, payments, message worker and housekeeping, for tests that move
   * time (see `ShopAssemblyOptions.now`). Default: the system clock.
   */
  now?: () => Date;
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
  /** Its payments, when it runs the default shop with a provider configured. */
  payments?: Payments;
  /** Its message worker, when it runs the default shop. */
  messages?: MessageWorker;
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
  const env = options.env ?? process.env;
  const retentionDays = readRetentionDays(env);
  const database = await openDatabase(databaseConfig({ DATABASE_URL: config.databaseUrl }, config.dataDir));
  const orderEvents = createOrderEvents(database);
  let listening: { server: Server; port: number } | undefined;
  let shop: AssembledShop | undefined;
  try {
    await database.migrate();
    // Listens first, answering 503 until the app is ready, so the URL providers reach it at is known (port 0 picks one).
    let app: { fetch: (request: Request) => Response | Promise<Response> } | undefined;
    listening = await new Promise<{ server: Server; port: number }>((resolve, reject) => {
      const started = serve({ fetch: (request: Request) => (app ? app.fetch(request) : starting()), port: config.port, hostname: config.host }, (info: AddressInfo) =>
        resolve({ server: started as Server, port: info.port }),
      );
      (started as Server).once('error', reject);
    });
    const { port } = listening;
    const url = originOf(config.host, port);

    if (options.service === undefined) {
      shop = await assembleShop({ database, config, origin: config.publicUrl ?? url, env, logger, ...(options.seedDemo ? { seedDemo: true } : {}), ...(options.messageChannels ? { messageChannels: options.messageChannels } : {}), ...(options.now ? { now: options.now } : {}) });
    }
    const service = shop?.service ?? (typeof options.service === 'function' ? await options.service(database) : options.service!);
    const admin = options.admin ?? shop?.admin;
    let stopping = false;
    app = createServerApp({
      service,
      database,
      config,
      orderEvents,
      logger,
      stopping: () => stopping,
      ...(admin ? { admin } : {}),
      ...(shop?.paymentRoutes ? { payments: shop.paymentRoutes } : {}),
      ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    });
    logger({ time: new Date().toISOString(), level: 'info', msg: 'listening', url: `${url}${config.basePath}` });

    const housekeepingMs = options.housekeepingMs ?? HOUSEKEEPING_EVERY_MS;
    let housekeeping: Promise<void> = Promise.resolve();
    const houseTimer =
      housekeepingMs > 0
        ? setInterval(() => {
            housekeeping = housekeeping.then(async () => {
              try {
                await runHousekeeping(database.db, service, options.now?.());
                if (retentionDays !== undefined) await applyRetention(database.db, new Date(), { days: retentionDays });
              } catch (error) {
                logger({ time: new Date().toISOString(), level: 'warn', msg: 'housekeeping failed', error: failureOf(error) });
              }
            });
          }, housekeepingMs)
        : undefined;
    houseTimer?.unref();

    const graceMs = options.shutdownGraceMs ?? 10_000;
    const http = listening.server;
    let closing: Promise<void> | undefined;
    const running: RunningServer = {
      url,
      port,
      database,
      service,
      ...(shop?.payments ? { payments: shop.payments } : {}),
      ...(shop ? { messages: shop.messages } : {}),
      close() {
        closing ??= (async () => {
          stopping = true;
          clearInterval(houseTimer);
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
          await shop?.stop();
          await database.close();
          logger({ time: new Date().toISOString(), level: 'info', msg: 'stopped' });
        })();
        return closing;
      },
    };
    return running;
  } catch (error) {
    if (listening) {
      listening.server.closeAllConnections();
      await new Promise<void>((resolve) => listening!.server.close(() => resolve()));
    }
    await shop?.stop().catch(() => undefined);
    await orderEvents.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

/** The answer while the server is starting: `503` with the contract's error body. */
function starting(): Response {
  const body = errorResponse(new OrderZoneError('server', 'The server is starting; try again in a moment.'));
  return new Response(body.body, { status: 503, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '1' } });
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
