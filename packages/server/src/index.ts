/**
 * `@orderzone/server`: the backend a merchant runs. The REST contract of `docs/backend-contract.md`
 * on PostgreSQL (PGlite embedded by default, a PostgreSQL server with `DATABASE_URL`), with the same
 * order rules as the in-page backend (the engine of `@orderzone/embedded-backend`), an admin API for
 * the merchant, and a command line (`orderzone-server`).
 *
 * @packageDocumentation
 */
export { openDatabase, databaseConfig, MIGRATIONS_FOLDER, type Database, type DatabaseConfig, type Db } from './db/database.ts';
export { readConfig, readFlags, assertSafeForProduction, ConfigError, type ServerConfig } from './config.ts';
export { startServer, closeOnSignals, HOUSEKEEPING_EVERY_MS, type StartOptions, type RunningServer } from './start.ts';
export { createServerService } from './store/server-service.ts';
export { type CatalogSnapshot, type PgEngineStoreOptions } from './store/pg-engine-store.ts';
export { createServerApp, ADMIN_PATH, JSON_BODY_LIMIT_BYTES, RAW_BODY_ALLOWANCE_BYTES, type ServerAppOptions } from './http/server-app.ts';
export { createOrderEvents, notifyOrderChanged, ORDER_CHANGED_CHANNEL, type OrderEvents } from './http/order-events.ts';
export { DEFAULT_RATE_LIMITS, countRequest, type RateLimitRule } from './http/rate-limits.ts';
export { jsonLogger, type LogEntry, type Logger, type ServerVariables } from './http/request-log.ts';
export { clientAddress } from './http/client-address.ts';
export { isDatabaseUnavailable, outageResponse, OUTAGE_RETRY_AFTER_SECONDS } from './http/database-outage.ts';
export { checkReadiness, type Readiness, type NotReadyReason } from './http/health.ts';
export { createPhotoFiles, RETURN_PHOTO_FILES_PATH, type PhotoFiles, type PhotoFilesOptions } from './http/photo-files.ts';
export * from './payments/index.ts';
export { withPayments, serverPaymentAction, type PaymentFailureReport } from './payments/paying-service.ts';
export * from './messages/index.ts';
export { runHousekeeping, type HousekeepingReport } from './store/housekeeping.ts';
