/**
 * The order service of the server: the engine's calls (`createOrderService` of
 * `@orderzone/embedded-backend`) over the PostgreSQL engine store.
 *
 * @module
 */
import { createOrderService, type OrderService } from '@orderzone/embedded-backend';
import { createPgEngineStore, type PgEngineStoreOptions } from './pg-engine-store.ts';
import { recommendationSignalsInSql } from './recommendation-signals.ts';

/**
 * The service every API of the server calls: the same rules as the in-page backend, on the
 * database; what recommendations read of the orders is counted in SQL.
 */
export function createServerService(options: PgEngineStoreOptions): OrderService {
  return createOrderService(createPgEngineStore(options), { recommendationSignals: (request) => recommendationSignalsInSql(options.db, request) });
}
