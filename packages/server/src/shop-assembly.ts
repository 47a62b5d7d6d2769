/**
 * What `startServer` runs when it is not handed a service: the shop, assembled over one open
 * (migrated) database from the server's settings and the environment.
 *
 * - the catalog in the database (`--seed-demo` imports the demo catalog into an empty one; with no
 *   catalog at all the server refuses to start, naming the command that imports one);
 * - the engine's calls over the PostgreSQL engine store (`createServerService`), with the settings
 *   that are rules: how long an order may await payment, the risk checks;
 * - payments through the configured providers (`withPayments`): the provider's step after an order
 *   is placed, refunds through the provider, notifications at `{basePath}/payments`, and a sweep
 *   every minute asking providers about payments whose notification has not come;
 * - the message worker delivering the outbox (codes by SMS or e-mail, order notices);
 * - the admin API (merchant keys) at `{basePath}/admin`.
 *
 * @module
 */
import type { Hono } from 'hono';
import type { PaymentMethod } from '@orderzone/core';
import { createDemoShop, type OrderService, type RiskRules } from '@orderzone/embedded-backend';
import { createAdminApp } from './admin/admin-app.ts';
import { loadShopSeed, readCatalogVersion } from './catalog/catalog-store.ts';
import { importShopSeed } from './catalog/import-catalog.ts';
import { ConfigError, DEFAULT_UNPAID_BANK_TRANSFER_MINUTES, DEFAULT_UNPAID_ORDER_MINUTES, type ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { failureOf, type Logger } from './http/request-log.ts';
import type { MessageChannels } from './messages/message-channel.ts';
import { createMessageChannels, readMessageConfig } from './messages/message-config.ts';
import { startMessageWorker, type MessageWorker } from './messages/message-worker.ts';
import { serverPaymentAction, withPayments } from './payments/paying-service.ts';
import { createPayments, type Payments } from './payments/payments.ts';
import { paymentsOptionsFromEnv } from './payments/payments-settings.ts';
import { paymentWebhookRoutes } from './payments/routes.ts';
import { createServerService } from './store/server-service.ts';

/** Every minute each instance asks the providers about payments still open (safe on every instance at once). */
export const PAYMENT_SWEEP_EVERY_MS = 60_000;

/** Options of {@link assembleShop}. */
export interface ShopAssemblyOptions {
  database: Database;
  config: ServerConfig;
  /** The API's public origin (`config.publicUrl`, else where this server listens): providers' notifications and pages are under it. */
  origin: string;
  /** Where the payments and messages settings are read (see docs/payments.md, docs/messages.md). */
  env: Record<string, string | undefined>;
  logger: Logger;
  /** Import the demo catalog into a database that has none. */
  seedDemo?: boolean;
  /** The message channels instead of those the environment configures (tests). */
  messageChannels?: MessageChannels;
  /**
   * The clock of the order rules, the payments and the message worker (tests that move time: holds
   * and codes that lapse). Default: the system clock. Rows the database stamps itself (rate limits,
   * `updated_at`) keep the database's clock.
   */
  now?: () => Date;
}

/** The assembled shop. */
export interface AssembledShop {
  service: OrderService;
  admin: Hono;
  /** The provider routes to mount at `{basePath}/payments`; undefined when no provider is configured. */
  paymentRoutes?: Hono;
  payments?: Payments;
  /** The message worker (to wake it, or wait until it is idle). */
  messages: MessageWorker;
  /** Stops the sweep and the worker (the database stays open). */
  stop(): Promise<void>;
}

/** The risk rules of the settings, in the catalog's currency. */
function riskRules(config: ServerConfig, currency: string): RiskRules {
  const risk = config.risk ?? {};
  return {
    ...(risk.amountThreshold !== undefined ? { amountThreshold: { amount: risk.amountThreshold, currency } } : {}),
    ...(risk.maxOrdersPerHourPerContact !== undefined ? { maxOrdersPerHourPerContact: risk.maxOrdersPerHourPerContact } : {}),
  };
}

/** Assembles the shop over `options.database` (see the module). */
export async function assembleShop(options: ShopAssemblyOptions): Promise<AssembledShop> {
  const { database, config, env, logger } = options;
  const { db } = database;
  const warn = (msg: string, fields: Record<string, unknown> = {}) => logger({ time: new Date().toISOString(), level: 'warn', msg, ...fields });

  const now = options.now;
  // The demo's booking dates are laid out from the server's today.
  if (options.seedDemo) await importShopSeed(db, createDemoShop(now ? now() : new Date()));
  if ((await readCatalogVersion(db)) === undefined) {
    throw new ConfigError(
      'The database has no catalog yet. Import yours with `orderzone-server import catalog.json` (docs/server.md, "Importing a catalog"), or start with --seed-demo to try the demo shop.',
    );
  }
  const { seed } = await loadShopSeed(db);

  const unpaidMinutes = (method: PaymentMethod): number | undefined => {
    if (method.kind === 'cash_on_delivery') return undefined;
    return method.kind === 'bank_transfer' ? (config.unpaidBankTransferMinutes ?? DEFAULT_UNPAID_BANK_TRANSFER_MINUTES) : (config.unpaidOrderMinutes ?? DEFAULT_UNPAID_ORDER_MINUTES);
  };
  const engineService = createServerService({
    db,
    loadCatalog: loadShopSeed,
    engine: { paymentAction: serverPaymentAction, unpaidOrderMinutes: unpaidMinutes, risk: riskRules(config, seed.pricing.currency) },
    ...(now ? { now } : {}),
  });

  const paymentSettings = paymentsOptionsFromEnv(env, now, { origin: options.origin });
  const payments =
    paymentSettings.providers.length > 0
      ? createPayments({
          ...paymentSettings,
          db,
          service: engineService,
          // The API as providers reach it: the server's public origin and base path.
          publicUrl: `${options.origin}${config.basePath}`,
        })
      : undefined;
  const service = payments
    ? withPayments(engineService, payments, { ...(now ? { now } : {}), report: (event) => warn(event.msg, { orderNumber: event.orderNumber, error: failureOf(event.error) }) })
    : engineService;
  if (!payments) warn('no payment provider is configured: orders paid online cannot be paid (docs/payments.md)');

  const messageConfig = readMessageConfig(env, { production: config.production });
  const messages = await startMessageWorker({
    db,
    listen: database.listen,
    channels: options.messageChannels ?? createMessageChannels(messageConfig),
    settings: messageConfig.settings,
    intervalMs: messageConfig.intervalSeconds * 1000,
    maxAttempts: messageConfig.maxAttempts,
    // A delivered code stays readable in the admin API's outbox for the demo console, outside production only.
    keepCodes: !config.production,
    ...(now ? { now } : {}),
    onError: (error) => warn('message delivery round failed', { error: failureOf(error) }),
  });

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweepTimer = payments
    ? setInterval(() => {
        sweeping = sweeping.then(() => payments.sweep().catch((error: unknown) => warn('payment sweep failed', { error: failureOf(error) })));
      }, PAYMENT_SWEEP_EVERY_MS)
    : undefined;
  sweepTimer?.unref();

  return {
    service,
    admin: createAdminApp({
      db,
      service,
      ...(payments ? { payments } : {}),
      // The codes in the outbox are for a demo without an SMS gateway: never shown in production.
      revealCodes: !config.production,
      ...(now ? { now } : {}),
      onUnexpectedError: (error) => warn('admin API failed', { error: failureOf(error) }),
    }),
    ...(payments ? { payments, paymentRoutes: paymentWebhookRoutes(payments) } : {}),
    messages,
    async stop() {
      clearInterval(sweepTimer);
      await sweeping;
      await messages.stop();
    },
  };
}
