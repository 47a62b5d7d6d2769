/**
 * The admin API over a fresh database, as the admin tests set it up again and again: the database
 * (PGlite or PostgreSQL), a shop imported into it (the tests' own by default: {@link testShopSeed}),
 * the server's order service, the admin app, a merchant key, and calls with that key. Test-only; not
 * published.
 *
 * @module
 */
import type { OrderService, ShopSeed } from '@orderzone/embedded-backend';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import type { Db } from '../db/database.ts';
import { createAdminApp, type AdminAppOptions } from '../admin/admin-app.ts';
import { createMerchantKey } from '../admin/merchant-keys.ts';
import { createServerService } from '../store/server-service.ts';
import type { PgEngineStoreOptions } from '../store/pg-engine-store.ts';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './databases.ts';
import { testShopSeed } from './test-shop-seed.ts';

/** An admin API's answer: its status, JSON body and headers. */
export interface AdminAnswer {
  status: number;
  body: any;
  headers: Headers;
}

export interface AdminTestAppOptions {
  /** The shop imported into the database. Default: {@link testShopSeed}. */
  seed?: ShopSeed;
  /** The clock of the order service (and of the admin app's insights). Default: the system clock. */
  now?: () => Date;
  /** The merchant key's name. Default `Test desk`. */
  keyName?: string;
  /** The engine's settings (risk rules, payment action...). */
  engine?: PgEngineStoreOptions['engine'];
  /**
   * What the admin app serves over the server's order service (e.g. `withPayments(engine, payments)`),
   * and any other options of the admin app (`payments`...). Default: the service itself.
   */
  admin?: (engine: OrderService, db: Db) => Omit<AdminAppOptions, 'db' | 'service'> & { service: OrderService };
}

export interface AdminTestApp {
  test: TestDatabase;
  db: Db;
  /** The service the admin app serves (what `options.admin` returned, or the server's order service). */
  service: OrderService;
  app: ReturnType<typeof createAdminApp>;
  /** The merchant key and its id. */
  key: string;
  keyId: string;
  /** `GET path` with the merchant key. */
  get(path: string): Promise<AdminAnswer>;
  /** `method path` with the merchant key (or `token`), `body` sent as JSON (a string as it is). */
  call(method: string, path: string, body?: unknown, token?: string): Promise<AdminAnswer>;
  /** Closes (and drops) the database. */
  dispose(): Promise<void>;
}

/** The admin API on a fresh database of `kind` with the shop of `options.seed` and a merchant key. */
export async function adminTestApp(kind: DatabaseKind, options: AdminTestAppOptions = {}): Promise<AdminTestApp> {
  const test = await openTestDatabase(kind);
  const { db } = test.database;
  try {
    await importShopSeed(db, options.seed ?? testShopSeed());
    const engine = createServerService({ db, loadCatalog: loadShopSeed, ...(options.now ? { now: options.now } : {}), ...(options.engine ? { engine: options.engine } : {}) });
    const adminOptions = options.admin?.(engine, db) ?? { service: engine, ...(options.now ? { now: options.now } : {}) };
    const app = createAdminApp({ db, ...adminOptions });
    const { id: keyId, key } = await createMerchantKey(db, options.keyName ?? 'Test desk');
    async function call(method: string, path: string, body?: unknown, token = key): Promise<AdminAnswer> {
      const response = await app.request(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      return { status: response.status, body: await response.json(), headers: response.headers };
    }
    return { test, db, service: adminOptions.service, app, key, keyId, call, get: (path) => call('GET', path), dispose: () => test.dispose() };
  } catch (error) {
    await test.dispose();
    throw error;
  }
}
