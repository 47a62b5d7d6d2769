/**
 * The order engine's state: what a shop starts with (`ShopSeed`), the state every call reads and
 * replaces (`EngineState`, plain JSON), and how a saved state is checked when read back. The rule
 * modules work on parts of it; nothing here knows a rule.
 *
 * @module
 */
import * as z from 'zod/mini';
import { OrderZoneError } from '@orderzone/core';
import { publishedReviews } from '@orderzone/core/orders';
import { OrderSchema, ReviewRecordSchema, UploadedPhotoSchema } from '@orderzone/core/schemas';
import type { Category, Order, PaymentMethod, PricingRules, Product, ReviewRecord, UploadedPhoto } from '@orderzone/core';
import { AccessFailureSchema, StoredAccessTokenSchema, type AccessFailure, type StoredAccessToken } from './order-access.ts';
import { StoredSessionSchema, type StoredSession } from './stored-sessions.ts';
import { OutboxMessageSchema, StoredCodeSchema, type OutboxMessage, type StoredCode } from './one-time-codes.ts';
import { StoredBookingSchema, StoredHoldSchema, type StoredBooking, type StoredHold } from './booking-ledger.ts';
import { StoredRfqSchema, type StoredRfq } from './stored-rfqs.ts';

/** Everything a shop starts with. */
export interface ShopSeed {
  categories: Category[];
  products: Product[];
  pricing: PricingRules;
  paymentMethods: PaymentMethod[];
  /** Countries shipped to, first one the default. */
  countries: string[];
  /**
   * Reviews the shop starts with (imported, `published`); a fresh state holds them. The products'
   * own `reviews` are ignored: a product shows the published reviews of the state.
   */
  reviews?: ReviewRecord[];
}

/** The engine's mutable state, serialisable as JSON so it can be persisted. */
export interface EngineState {
  version: 1;
  /** Variant id → units in stock (tracked variants only). */
  stock: Record<string, number>;
  orders: Order[];
  /** Idempotency key → order number and a fingerprint of the request it created. */
  idempotency: Record<string, { orderNumber: string; fingerprint: string }>;
  /** Sequence of the order numbers of earlier versions (`OZ` + date + sequence); unused since numbers are random. */
  sequence?: number;
  /** The access tokens of orders, as digests (see `order-access.ts`). */
  accessTokens?: StoredAccessToken[];
  /** Recent wrong guesses at orders, per order number and per client (see `order-access.ts`). */
  accessFailures?: AccessFailure[];
  /** Booking holds not used by an order yet (lapsed ones are dropped on the next write). */
  holds?: StoredHold[];
  /** Confirmed bookings of orders; released when the order is cancelled or refunded. */
  bookings?: StoredBooking[];
  /** Order number → photos uploaded for a return request that has not been made yet (oldest first). */
  returnPhotos?: Record<string, UploadedPhoto[]>;
  /** One-time codes waiting to be used: sign-in codes and verification challenges (see `one-time-codes.ts`). */
  codes?: StoredCode[];
  /** Signed-in shoppers' sessions (see `accounts.ts`). */
  sessions?: StoredSession[];
  /** Every code the engine "sent", oldest first (the newest `OUTBOX_LIMIT` kept): the demo's stand-in for an SMS gateway. */
  outbox?: OutboxMessage[];
  /** Shoppers' reviews (and imported ones) with their status, versions and replies (see `reviews.ts`). */
  reviews?: ReviewRecord[];
  /** Signed-in shopper (session destination) → viewed product ids, newest first (see `viewed-products.ts`). */
  viewed?: Record<string, string[]>;
  /** Requests for quote with their buyers (see `rfqs.ts`). */
  rfqs?: StoredRfq[];
}

const EngineStateSchema = z.object({
  version: z.literal(1),
  stock: z.record(z.string(), z.int().check(z.minimum(0))),
  orders: z.array(OrderSchema),
  idempotency: z.record(z.string(), z.object({ orderNumber: z.string(), fingerprint: z.string() })),
  sequence: z.optional(z.int().check(z.minimum(0))),
  accessTokens: z.optional(z.array(StoredAccessTokenSchema)),
  accessFailures: z.optional(z.array(AccessFailureSchema)),
  holds: z.optional(z.array(StoredHoldSchema)),
  bookings: z.optional(z.array(StoredBookingSchema)),
  returnPhotos: z.optional(z.record(z.string(), z.array(UploadedPhotoSchema))),
  codes: z.optional(z.array(StoredCodeSchema)),
  sessions: z.optional(z.array(StoredSessionSchema)),
  outbox: z.optional(z.array(OutboxMessageSchema)),
  reviews: z.optional(z.array(ReviewRecordSchema)),
  viewed: z.optional(z.record(z.string(), z.array(z.string()))),
  rfqs: z.optional(z.array(StoredRfqSchema)),
});

/** The state a shop starts with: the seed's stock, no orders. */
export function initialEngineState(seed: ShopSeed): EngineState {
  const stock: Record<string, number> = {};
  for (const product of seed.products) for (const variant of product.variants) if (variant.stock !== null) stock[variant.id] = variant.stock;
  return { version: 1, stock, orders: [], idempotency: {}, holds: [], bookings: [], ...(seed.reviews ? { reviews: structuredClone(seed.reviews) } : {}) };
}

/** `state` when it is a valid engine state (stock of variants added to the seed since is filled in), else a fresh one. */
export function restoreEngineState(seed: ShopSeed, state: unknown, strict: boolean): EngineState {
  const fresh = initialEngineState(seed);
  if (state === undefined) return fresh;
  const parsed = EngineStateSchema.safeParse(state);
  if (!parsed.success) {
    if (!strict) return fresh;
    const issue = parsed.error.issues[0];
    throw new OrderZoneError('server', `The stored state is not valid (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'}); nothing was changed.`);
  }
  const restored = structuredClone(parsed.data) as EngineState;
  restored.stock = { ...fresh.stock, ...pick(restored.stock, Object.keys(fresh.stock)) };
  // A state saved before reviews were records starts with the seed's.
  if (restored.reviews === undefined && fresh.reviews !== undefined) restored.reviews = fresh.reviews;
  return restored;
}

function pick(record: Record<string, number>, keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** A seed product with the stock `stock` gives its tracked variants now. */
export function withStock(product: Product, stock: EngineState['stock']): Product {
  return { ...product, variants: product.variants.map((v) => (v.stock === null ? v : { ...v, stock: stock[v.id] ?? v.stock })) };
}

/** A product as a shopper sees it now: the stock of `state` and its published reviews (never the seed's own `reviews`). */
export function currentProduct(product: Product, state: { stock: EngineState['stock']; reviews?: readonly ReviewRecord[] }): Product {
  return { ...withStock(product, state.stock), reviews: publishedReviews(state.reviews ?? [], product.id) };
}

/** The order of that number in `state`, if any. */
export function orderIn(state: Pick<EngineState, 'orders'>, orderNumber: string): Order | undefined {
  return state.orders.find((o) => o.orderNumber === orderNumber);
}
