/**
 * The PostgreSQL engine store: each engine call is one database transaction over the rows its scope
 * names (see `@orderzone/embedded-backend`'s `engine-store.ts` and `order-service.ts`).
 *
 * 1. Take a transaction-scoped advisory lock for every key the scope names (an order, a variant's
 *    stock, a product's booking ledger, an idempotency key, a contact, a code destination, a
 *    session), in sorted order: two calls that touch the same thing run one after the other, on
 *    every server instance; calls that touch different things run side by side. Keys of a second
 *    step are locked when it is known; a deadlock between two such calls is retried.
 * 2. Load those rows into an engine state, open the engine over it (strictly: a state that is not
 *    valid is refused, never replaced) and run the call.
 * 3. Write back what the engine saved (its last `onChange`), even when the call then failed (a wrong
 *    guess counted), and `NOTIFY order_changed` for every order that changed, delivered at commit.
 *
 * A serialization failure, a deadlock or a clash of a new order or request-for-quote number is
 * retried with the whole call (up to 5 times); any other database failure rejects with `OrderZoneError('server')`, and as
 * the transaction rolled back nothing was half-written.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { OrderZoneError, isOrderZoneError } from '@orderzone/core';
import { createOrderEngine, type EngineState, type EngineStore, type OrderEngine, type OrderEngineOptions, type ScopePlan, type ShopSeed, type StateScope } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { shop } from '../db/schema.ts';
import { emptyState, loadScope, stockKeys, writeChanges, type LoadedState } from './state-rows.ts';

/** The channel on which the store announces changed orders (payload: the order number). */
export const ORDER_CHANGED_CHANNEL = 'order_changed';

/** The catalog the engine prices with, and its version (see `catalog_version`). */
export interface CatalogSnapshot {
  seed: ShopSeed;
  catalogVersion: number;
}

/** Options of {@link createPgEngineStore}. */
export interface PgEngineStoreOptions {
  db: Db;
  /** Reads the catalog; called again only when `shop.catalog_version` changed. */
  loadCatalog: (db: Db) => Promise<CatalogSnapshot>;
  /** The engine's rules that are settings: risk rules, hold minutes, how long an order may await payment. */
  engine?: Pick<OrderEngineOptions, 'risk' | 'holdMinutes' | 'unpaidOrderMinutes' | 'paymentAction'>;
  /** The clock, for tests. */
  now?: () => Date;
  /** How many times a call is retried after a serialization failure or deadlock. Default 5. */
  retries?: number;
}

/** SHA-256 of a token, hex: what the database keeps instead of the token. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The advisory lock key of each thing the engine store locks. Whatever else changes the engine's rows
 * (the privacy commands) takes the same keys through {@link lockEngineKeys}, so it
 * waits for a shopper's call on the same order, session or code, and the other way round.
 */
export const engineLockKey = {
  order: (orderNumber: string) => `order:${orderNumber}`,
  contact: (contact: string) => `contact:${contact}`,
  stock: (variantId: string) => `stock:${variantId}`,
  ledger: (productId: string) => `ledger:${productId}`,
  idempotency: (key: string) => `idempotency:${key}`,
  codes: (destination: string) => `codes:${destination}`,
  /** A session by its `sessions.token`. */
  session: (token: string) => `session:${tokenDigest(token)}`,
  guessedOrder: (orderNumber: string) => `guess:order:${orderNumber}`,
  guessingClient: (clientId: string) => `guess:client:${clientId}`,
  /** A review moderated by id (a shopper's writes are locked by their order). */
  review: (reviewId: string) => `review:${reviewId}`,
  /** A signed-in shopper's viewed products, by the session's destination. */
  viewed: (shopper: string) => `viewed:${shopper}`,
  /** A request for quote by id (answered, accepted, declined, withdrawn, ordered). */
  rfq: (rfqId: string) => `rfq:${rfqId}`,
};

/** The advisory lock keys of a scope (see the module), sorted. */
function lockKeys(seed: ShopSeed, scope: StateScope): string[] {
  const keys = [
    ...(scope.orders ?? []).map(engineLockKey.order),
    ...(scope.ordersOfContacts?.contacts ?? []).map(engineLockKey.contact),
    ...stockKeys(seed, scope).map(engineLockKey.stock),
    ...(scope.ledgers ?? []).map(engineLockKey.ledger),
    ...(scope.idempotencyKeys ?? []).map(engineLockKey.idempotency),
    ...(scope.codeDestinations ?? []).map(engineLockKey.codes),
    ...(scope.sessions ?? []).map(engineLockKey.session),
    ...(scope.guesses?.orderNumbers ?? []).map(engineLockKey.guessedOrder),
    ...(scope.guesses?.clients ?? []).map(engineLockKey.guessingClient),
    ...(scope.reviews?.ids ?? []).map(engineLockKey.review),
    ...(scope.viewedBy ?? []).map(engineLockKey.viewed),
    ...(scope.rfqs?.ids ?? []).map(engineLockKey.rfq),
  ];
  return [...new Set(keys.filter((key) => !key.endsWith(':')))].sort();
}

/**
 * Takes, in transaction `tx`, the engine store's locks of `keys` (made by {@link engineLockKey}), in
 * the sorted order the store takes them, so the two never wait on each other in a cycle.
 */
export async function lockEngineKeys(tx: Db, keys: readonly string[]): Promise<void> {
  await lock(tx, [...new Set(keys)].sort(), new Set());
}

/**
 * Takes the transaction's advisory locks on `keys` not `held` yet, in the order given (sorted by the
 * caller, so two calls never wait on each other in a cycle), in one round trip: `unnest` yields the
 * keys in array order and each lock is taken before the next row is read.
 */
async function lock(db: Db, keys: readonly string[], held: Set<string>): Promise<void> {
  const fresh = keys.filter((key) => !held.has(key));
  if (fresh.length === 0) return;
  const list = sql.join(
    fresh.map((key) => sql`${key}`),
    sql`, `,
  );
  await db.execute(sql`select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from unnest(array[${list}]::text[]) as k`);
  for (const key of fresh) held.add(key);
}

/** PostgreSQL error codes worth running the whole call again for. */
const RETRYABLE = new Set(['40001', '40P01']);

function pgCode(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * A new number clashed with one another row has (44.6 random bits: rare, and worth one more try): an
 * order's, or a request for quote's. The engine draws a number no row it loaded has, but a call
 * loads only the rows it names; the tables' unique keys refuse the rest.
 */
function isNumberClash(error: unknown): boolean {
  return pgCode(error) === '23505' && /orders_pkey|rfqs_number_idx/.test(String((error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message));
}

/** The engine store over `db`. */
export function createPgEngineStore(options: PgEngineStoreOptions): EngineStore {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const retries = options.retries ?? 5;
  let catalog: CatalogSnapshot | undefined;

  /** The catalog, read again when another instance (or the admin API) changed it. */
  async function currentCatalog(tx: Db): Promise<ShopSeed> {
    const [row] = await tx.select({ version: shop.catalogVersion }).from(shop).where(eq(shop.id, 1));
    const version = row?.version;
    if (version === undefined) throw new OrderZoneError('server', 'The shop has no catalog yet: import one (`orderzone-server import <catalog.json>`).');
    if (!catalog || catalog.catalogVersion !== version) catalog = await options.loadCatalog(tx);
    return catalog.seed;
  }

  function open(seed: ShopSeed, state: EngineState, onChange: (state: EngineState) => void): OrderEngine {
    return createOrderEngine({ seed, state, onChange, now, tokenDigest, strictState: true, ...options.engine });
  }

  async function load(tx: Db, seed: ShopSeed, plan: ScopePlan, held: Set<string> | undefined): Promise<LoadedState> {
    const loaded = emptyState();
    if (held) await lock(tx, lockKeys(seed, plan.scope), held);
    await loadScope(tx, seed, plan.scope, loaded, now());
    if (plan.then) {
      const more = plan.then(loaded.state);
      if (held) await lock(tx, lockKeys(seed, more), held);
      await loadScope(tx, seed, more, loaded, now());
    }
    return loaded;
  }

  /** Runs `attempt` in a transaction, again after a retryable failure; any other database failure is a `server` error. */
  async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if (isOrderZoneError(error)) throw error;
        const retryable = RETRYABLE.has(pgCode(error) ?? '') || isNumberClash(error);
        if (retryable && tries < retries) continue;
        throw new OrderZoneError('server', `The database failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
      }
    }
  }

  return {
    transact<T>(plan: ScopePlan, work: (engine: OrderEngine) => T): Promise<T> {
      return withRetries(async () => {
        const outcome = await db.transaction(async (txRaw) => {
          const tx = txRaw as unknown as Db;
          const seed = await currentCatalog(tx);
          const loaded = await load(tx, seed, plan, new Set());
          let saved: EngineState | undefined;
          const engine = open(seed, structuredClone(loaded.state), (state) => {
            saved = state;
          });
          let result: { value: T } | { error: unknown };
          try {
            result = { value: work(engine) };
          } catch (error) {
            // Failures the engine raises after saving (a wrong guess counted) keep what it saved.
            if (!isOrderZoneError(error)) throw error;
            result = { error };
          }
          if (saved) {
            const changed = await writeChanges(tx, loaded, saved, now());
            for (const orderNumber of changed) await tx.execute(sql`select pg_notify(${ORDER_CHANGED_CHANNEL}, ${orderNumber})`);
          }
          return result;
        });
        if ('error' in outcome) throw outcome.error;
        return outcome.value;
      });
    },
    read<T>(plan: ScopePlan, work: (engine: OrderEngine) => T): Promise<T> {
      return withRetries(async () => {
        const seed = await currentCatalog(db);
        const loaded = await load(db, seed, plan, undefined);
        return work(open(seed, loaded.state, () => undefined));
      });
    },
  };
}
