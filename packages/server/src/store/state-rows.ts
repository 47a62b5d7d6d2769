/**
 * The engine's state as rows: loading the part of it a call names (a {@link StateScope}) into an
 * `EngineState`, and writing back what the engine changed. Only rows that were loaded can be
 * changed or deleted; a record the engine adds is inserted. Stock is written as a change (`+ n`),
 * never as a value, so a merchant's restock made meanwhile is never overwritten.
 *
 * @module
 */
import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Order, ReviewRecord, UploadedPhoto } from '@orderzone/core';
import type { AccessFailure, EngineState, OutboxMessage, ShopSeed, StoredAccessToken, StoredBooking, StoredCode, StoredHold, StoredRfq, StoredSession } from '@orderzone/embedded-backend';
import { normalizeContact } from '@orderzone/embedded-backend';
import type { StateScope } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { notifyOutbox } from '../messages/outbox-notify.ts';
import {
  accessFailures, bookings, holds, idempotencyKeys, oneTimeCodes, orderAccessTokens, orders, outbox, pendingReturnPhotos, reviews, rfqs, sessions, stock, viewedProducts,
} from '../db/schema.ts';

/** A state as loaded, with what the writing needs to know about it. */
export interface LoadedState {
  state: EngineState;
  /** Ids of the access failures loaded, by their identity (`scope|key|at`), to delete exactly those. */
  failureIds: Map<string, number[]>;
}

/** The longest window of the limits on wrong guesses (`ORDER_ACCESS_LIMITS`): older failures are not loaded. */
const GUESS_WINDOW_MS = 60 * 60 * 1000;

/** An empty state. */
export function emptyState(): LoadedState {
  return {
    state: { version: 1, stock: {}, orders: [], idempotency: {}, holds: [], bookings: [], returnPhotos: {}, codes: [], sessions: [], outbox: [], accessTokens: [], accessFailures: [], reviews: [], rfqs: [] },
    failureIds: new Map(),
  };
}

/** The variant ids of the tracked variants of `productIds` in the catalog. */
export function variantsOf(seed: ShopSeed, productIds: readonly string[]): string[] {
  const wanted = new Set(productIds);
  return seed.products.filter((p) => wanted.has(p.id)).flatMap((p) => p.variants.filter((v) => v.stock !== null).map((v) => v.id));
}

/** The stock keys a scope names (explicit variants and the tracked variants of its products). */
export function stockKeys(seed: ShopSeed, scope: StateScope): string[] {
  return [...new Set([...(scope.stock ?? []), ...variantsOf(seed, scope.stockOfProducts ?? [])])];
}

const failureIdentity = (failure: AccessFailure): string => `${failure.scope}|${failure.key}|${failure.at}`;
const bookingId = (booking: StoredBooking): string => `${booking.orderNumber}|${booking.productId}|${[...booking.claims].sort().join(',')}`;
const iso = (value: string): string => new Date(value).toISOString();

function addUnique<T>(list: T[], items: readonly T[], key: (item: T) => string): void {
  const seen = new Set(list.map(key));
  for (const item of items) if (!seen.has(key(item))) {
    list.push(item);
    seen.add(key(item));
  }
}

/** Loads what `scope` names into `into` (rows already there are kept). */
export async function loadScope(db: Db, seed: ShopSeed, scope: StateScope, into: LoadedState, now: Date): Promise<void> {
  const { state } = into;
  const numbers = [...new Set(scope.orders ?? [])].filter(Boolean);
  if (numbers.length > 0) {
    const rows = await db.select({ data: orders.data }).from(orders).where(inArray(orders.orderNumber, numbers));
    addUnique(state.orders, rows.map((r) => r.data as Order), (o) => o.orderNumber);
    const tokens = await db.select().from(orderAccessTokens).where(inArray(orderAccessTokens.orderNumber, numbers));
    addUnique(state.accessTokens!, tokens.map((t) => ({ digest: t.digest, orderNumber: t.orderNumber, issuedAt: iso(t.issuedAt) })), (t) => t.digest);
    const photos = await db.select().from(pendingReturnPhotos).where(inArray(pendingReturnPhotos.orderNumber, numbers));
    for (const row of photos) state.returnPhotos![row.orderNumber] = row.photos as UploadedPhoto[];
  }
  const contacts = [...new Set(scope.ordersOfContacts?.contacts ?? [])].filter(Boolean);
  if (contacts.length > 0) {
    const within = scope.ordersOfContacts?.withinMs;
    const byContact = or(inArray(orders.contactPhone, contacts), inArray(orders.contactEmail, contacts));
    const rows = await db
      .select({ data: orders.data })
      .from(orders)
      .where(within === undefined ? byContact : and(byContact, gt(orders.createdAt, new Date(now.getTime() - within).toISOString())));
    addUnique(state.orders, rows.map((r) => r.data as Order), (o) => o.orderNumber);
  }
  if (scope.allStock) {
    for (const row of await db.select().from(stock)) state.stock[row.variantId] = row.quantity;
  } else {
    const variants = stockKeys(seed, scope);
    if (variants.length > 0) for (const row of await db.select().from(stock).where(inArray(stock.variantId, variants))) state.stock[row.variantId] = row.quantity;
  }
  const ledgers = [...new Set(scope.ledgers ?? [])].filter(Boolean);
  if (ledgers.length > 0) {
    const holdRows = await db.select({ data: holds.data }).from(holds).where(inArray(holds.productId, ledgers));
    addUnique(state.holds!, holdRows.map((r) => r.data as StoredHold), (h) => h.id);
    const bookingRows = await db.select({ data: bookings.data }).from(bookings).where(inArray(bookings.productId, ledgers));
    addUnique(state.bookings!, bookingRows.map((r) => r.data as StoredBooking), bookingId);
  }
  const holdIds = [...new Set(scope.holds ?? [])].filter(Boolean);
  if (holdIds.length > 0) {
    const rows = await db.select({ data: holds.data }).from(holds).where(inArray(holds.id, holdIds));
    addUnique(state.holds!, rows.map((r) => r.data as StoredHold), (h) => h.id);
  }
  const keys = [...new Set(scope.idempotencyKeys ?? [])].filter(Boolean);
  if (keys.length > 0) {
    for (const row of await db.select().from(idempotencyKeys).where(inArray(idempotencyKeys.key, keys))) {
      state.idempotency[row.key] = { orderNumber: row.orderNumber, fingerprint: row.fingerprint };
    }
  }
  const destinations = [...new Set(scope.codeDestinations ?? [])].filter(Boolean);
  const codeIds = [...new Set(scope.codes ?? [])].filter(Boolean);
  if (destinations.length > 0 || codeIds.length > 0) {
    const conditions = [...(destinations.length > 0 ? [inArray(oneTimeCodes.destination, destinations)] : []), ...(codeIds.length > 0 ? [inArray(oneTimeCodes.id, codeIds)] : [])];
    const rows = await db.select({ data: oneTimeCodes.data }).from(oneTimeCodes).where(or(...conditions));
    addUnique(state.codes!, rows.map((r) => r.data as StoredCode), (c) => c.id);
  }
  const tokens = [...new Set(scope.sessions ?? [])].filter(Boolean);
  if (tokens.length > 0) {
    const rows = await db.select({ data: sessions.data }).from(sessions).where(inArray(sessions.token, tokens));
    addUnique(state.sessions!, rows.map((r) => r.data as StoredSession), (s) => s.token);
  }
  const shoppers = [...new Set(scope.viewedBy ?? [])].filter(Boolean);
  if (shoppers.length > 0) {
    state.viewed ??= {};
    for (const row of await db.select().from(viewedProducts).where(inArray(viewedProducts.shopper, shoppers))) state.viewed[row.shopper] = row.productIds as string[];
  }
  const reviewScope = scope.reviews;
  if (reviewScope) {
    const conditions = [
      ...(reviewScope.all ? [sql`true`] : []),
      ...(reviewScope.published ? [eq(reviews.status, 'published')] : []),
      ...((reviewScope.orders ?? []).length > 0 ? [inArray(reviews.orderNumber, [...new Set(reviewScope.orders)])] : []),
      ...((reviewScope.products ?? []).length > 0 ? [inArray(reviews.productId, [...new Set(reviewScope.products)])] : []),
      ...((reviewScope.ids ?? []).length > 0 ? [inArray(reviews.id, [...new Set(reviewScope.ids)])] : []),
    ];
    if (conditions.length > 0) {
      const rows = await db.select({ data: reviews.data }).from(reviews).where(or(...conditions));
      addUnique(state.reviews!, rows.map((r) => r.data as ReviewRecord), (r) => r.id);
    }
  }
  const rfqScope = scope.rfqs;
  if (rfqScope) {
    const conditions = [
      ...(rfqScope.all ? [sql`true`] : []),
      ...((rfqScope.ids ?? []).length > 0 ? [inArray(rfqs.id, [...new Set(rfqScope.ids)])] : []),
      ...((rfqScope.buyers ?? []).length > 0 ? [inArray(rfqs.buyer, [...new Set(rfqScope.buyers)])] : []),
    ];
    if (conditions.length > 0) {
      const rows = await db.select({ buyer: rfqs.buyer, data: rfqs.data }).from(rfqs).where(or(...conditions));
      addUnique(state.rfqs!, rows.map((r): StoredRfq => ({ buyer: r.buyer, rfq: r.data as StoredRfq['rfq'] })), (s) => s.rfq.id);
    }
  }
  const guessed = scope.guesses;
  if (guessed && (guessed.orderNumbers.length > 0 || guessed.clients.length > 0)) {
    const since = new Date(now.getTime() - GUESS_WINDOW_MS).toISOString();
    const conditions = [
      ...(guessed.orderNumbers.length > 0 ? [and(eq(accessFailures.scope, 'order'), inArray(accessFailures.key, [...new Set(guessed.orderNumbers)]))] : []),
      ...(guessed.clients.length > 0 ? [and(eq(accessFailures.scope, 'client'), inArray(accessFailures.key, [...new Set(guessed.clients)]))] : []),
    ];
    const rows = await db.select().from(accessFailures).where(and(gt(accessFailures.at, since), or(...conditions)));
    for (const row of rows) {
      const failure: AccessFailure = { scope: row.scope as AccessFailure['scope'], key: row.key, at: iso(row.at) };
      const identity = failureIdentity(failure);
      const ids = into.failureIds.get(identity);
      if (ids?.includes(row.id)) continue;
      state.accessFailures!.push(failure);
      into.failureIds.set(identity, [...(ids ?? []), row.id]);
    }
  }
}

/** Records keyed by identity. */
function byKey<T>(items: readonly T[] | undefined, key: (item: T) => string): Map<string, T> {
  return new Map((items ?? []).map((item) => [key(item), item]));
}

/** What changed between two versions of a keyed collection. */
function changes<T>(before: Map<string, T>, after: Map<string, T>): { upserts: T[]; deletes: string[] } {
  const upserts: T[] = [];
  for (const [key, item] of after) {
    const old = before.get(key);
    if (old === undefined || JSON.stringify(old) !== JSON.stringify(item)) upserts.push(item);
  }
  const deletes = [...before.keys()].filter((key) => !after.has(key));
  return { upserts, deletes };
}

/** The numbers of the orders inserted or changed: the ones whose watchers must hear of it. */
export type ChangedOrders = string[];

/**
 * Writes what differs between `loaded` and `saved` (the state the engine last saved) and returns
 * the numbers of the orders that changed. Only rows of `loaded` are updated or deleted. `engineNow`
 * is the engine's clock, which dates a browsing history's last view (retention counts from it).
 */
export async function writeChanges(db: Db, loaded: LoadedState, saved: EngineState, engineNow: Date): Promise<ChangedOrders> {
  const before = loaded.state;
  const now = new Date().toISOString();

  // Stock, as changes: a restock made meanwhile is kept.
  for (const [variantId, quantity] of Object.entries(saved.stock)) {
    const old = before.stock[variantId];
    if (old === undefined || old === quantity) continue;
    await db.update(stock).set({ quantity: sql`${stock.quantity} + ${quantity - old}` }).where(eq(stock.variantId, variantId));
  }

  const loadedOrders = byKey(before.orders, (o) => o.orderNumber);
  const orderChanges = changes(loadedOrders, byKey(saved.orders, (o) => o.orderNumber));
  for (const order of orderChanges.upserts) {
    const row = {
      orderNumber: order.orderNumber,
      status: order.status,
      createdAt: order.createdAt,
      updatedAt: now,
      contactPhone: normalizeContact(order.contact.phone),
      contactEmail: normalizeContact(order.contact.email),
      totalAmount: order.total.amount,
      currency: order.total.currency,
      data: order,
    };
    const insert = db.insert(orders).values(row);
    // A new order is only inserted, never written over another: a number an order the call did not
    // load has already is refused (orders_pkey), and the store runs the call again with a new number.
    if (!loadedOrders.has(order.orderNumber)) await insert;
    else await insert.onConflictDoUpdate({ target: orders.orderNumber, set: { status: row.status, updatedAt: now, contactPhone: row.contactPhone, contactEmail: row.contactEmail, totalAmount: row.totalAmount, data: row.data } });
  }

  const keyChanges = changes(
    new Map(Object.entries(before.idempotency)),
    new Map(Object.entries(saved.idempotency)),
  );
  for (const [key, value] of Object.entries(saved.idempotency)) {
    if (before.idempotency[key] === undefined) await db.insert(idempotencyKeys).values({ key, orderNumber: value.orderNumber, fingerprint: value.fingerprint });
  }
  if (keyChanges.deletes.length > 0) await db.delete(idempotencyKeys).where(inArray(idempotencyKeys.key, keyChanges.deletes));

  const tokenChanges = changes(byKey(before.accessTokens, (t) => t.digest), byKey(saved.accessTokens, (t) => t.digest));
  for (const token of tokenChanges.upserts as StoredAccessToken[]) {
    await db.insert(orderAccessTokens).values({ digest: token.digest, orderNumber: token.orderNumber, issuedAt: token.issuedAt }).onConflictDoNothing();
  }
  if (tokenChanges.deletes.length > 0) await db.delete(orderAccessTokens).where(inArray(orderAccessTokens.digest, tokenChanges.deletes));

  // Access failures: a multiset; delete exactly the loaded rows that went, insert the new ones.
  const counts = new Map<string, number>();
  for (const failure of saved.accessFailures ?? []) counts.set(failureIdentity(failure), (counts.get(failureIdentity(failure)) ?? 0) + 1);
  const gone: number[] = [];
  for (const [identity, ids] of loaded.failureIds) {
    const kept = counts.get(identity) ?? 0;
    gone.push(...ids.slice(kept));
    counts.set(identity, Math.max(0, kept - ids.length));
  }
  if (gone.length > 0) await db.delete(accessFailures).where(inArray(accessFailures.id, gone));
  const added: AccessFailure[] = [];
  for (const failure of saved.accessFailures ?? []) {
    const identity = failureIdentity(failure);
    const left = counts.get(identity) ?? 0;
    if (left > 0) {
      added.push(failure);
      counts.set(identity, left - 1);
    }
  }
  if (added.length > 0) await db.insert(accessFailures).values(added.map((f) => ({ scope: f.scope, key: f.key, at: f.at })));

  const photoChanges = changes(new Map(Object.entries(before.returnPhotos ?? {})), new Map(Object.entries(saved.returnPhotos ?? {})));
  for (const [orderNumber, photos] of Object.entries(saved.returnPhotos ?? {})) {
    if (photoChanges.upserts.includes(photos)) {
      await db.insert(pendingReturnPhotos).values({ orderNumber, photos }).onConflictDoUpdate({ target: pendingReturnPhotos.orderNumber, set: { photos } });
    }
  }
  if (photoChanges.deletes.length > 0) await db.delete(pendingReturnPhotos).where(inArray(pendingReturnPhotos.orderNumber, photoChanges.deletes));

  const holdChanges = changes(byKey(before.holds, (h) => h.id), byKey(saved.holds, (h) => h.id));
  for (const hold of holdChanges.upserts) {
    await db.insert(holds).values({ id: hold.id, productId: hold.productId, expiresAt: hold.expiresAt, data: hold }).onConflictDoUpdate({ target: holds.id, set: { expiresAt: hold.expiresAt, data: hold } });
  }
  if (holdChanges.deletes.length > 0) await db.delete(holds).where(inArray(holds.id, holdChanges.deletes));

  const bookingChanges = changes(byKey(before.bookings, bookingId), byKey(saved.bookings, bookingId));
  for (const booking of bookingChanges.upserts) {
    await db.insert(bookings).values({ id: bookingId(booking), orderNumber: booking.orderNumber, productId: booking.productId, data: booking }).onConflictDoUpdate({ target: bookings.id, set: { data: booking } });
  }
  if (bookingChanges.deletes.length > 0) await db.delete(bookings).where(inArray(bookings.id, bookingChanges.deletes));

  const codeChanges = changes(byKey(before.codes, (c) => c.id), byKey(saved.codes, (c) => c.id));
  for (const code of codeChanges.upserts) {
    await db.insert(oneTimeCodes).values({ id: code.id, destination: code.destination, expiresAt: code.expiresAt, data: code }).onConflictDoUpdate({ target: oneTimeCodes.id, set: { expiresAt: code.expiresAt, data: code } });
  }
  if (codeChanges.deletes.length > 0) await db.delete(oneTimeCodes).where(inArray(oneTimeCodes.id, codeChanges.deletes));

  const sessionChanges = changes(byKey(before.sessions, (s) => s.token), byKey(saved.sessions, (s) => s.token));
  for (const session of sessionChanges.upserts) {
    await db.insert(sessions).values({ token: session.token, destination: session.destination, expiresAt: session.expiresAt, data: session }).onConflictDoUpdate({ target: sessions.token, set: { expiresAt: session.expiresAt, data: session } });
  }
  if (sessionChanges.deletes.length > 0) await db.delete(sessions).where(inArray(sessions.token, sessionChanges.deletes));

  const reviewChanges = changes(byKey(before.reviews, (r) => r.id), byKey(saved.reviews, (r) => r.id));
  for (const review of reviewChanges.upserts) {
    const row = { id: review.id, productId: review.productId, orderNumber: review.orderNumber ?? null, status: review.status, updatedAt: review.updatedAt, data: review };
    await db.insert(reviews).values(row).onConflictDoUpdate({ target: reviews.id, set: { status: row.status, updatedAt: row.updatedAt, data: row.data } });
  }

  const viewedChanges = changes(new Map(Object.entries(before.viewed ?? {})), new Map(Object.entries(saved.viewed ?? {})));
  for (const [shopper, productIds] of Object.entries(saved.viewed ?? {})) {
    if (viewedChanges.upserts.includes(productIds)) {
      const updatedAt = engineNow.toISOString();
      await db.insert(viewedProducts).values({ shopper, productIds, updatedAt }).onConflictDoUpdate({ target: viewedProducts.shopper, set: { productIds, updatedAt } });
    }
  }
  if (viewedChanges.deletes.length > 0) await db.delete(viewedProducts).where(inArray(viewedProducts.shopper, viewedChanges.deletes));

  const rfqChanges = changes(byKey(before.rfqs, (s) => s.rfq.id), byKey(saved.rfqs, (s) => s.rfq.id));
  for (const stored of rfqChanges.upserts) {
    const row = { id: stored.rfq.id, number: stored.rfq.number ?? null, buyer: stored.buyer, status: stored.rfq.status, createdAt: stored.rfq.createdAt, data: stored.rfq };
    await db.insert(rfqs).values(row).onConflictDoUpdate({ target: rfqs.id, set: { number: row.number, status: row.status, data: row.data } });
  }

  // The outbox only grows here (the engine keeps its newest; delivered messages are pruned by the server's housekeeping);
  // its delivery worker hears of new messages at commit.
  const sent = changes(byKey(before.outbox, (m) => m.id), byKey(saved.outbox, (m) => m.id)).upserts as OutboxMessage[];
  if (sent.length > 0) {
    await db.insert(outbox).values(sent.map((m) => ({ id: m.id, destination: m.destination, sentAt: m.sentAt, data: m }))).onConflictDoNothing();
    await notifyOutbox(db);
  }

  return orderChanges.upserts.map((o) => o.orderNumber);
}
