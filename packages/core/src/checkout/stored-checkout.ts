/**
 * What the checkout keeps in storage: the draft, the submission in flight (its idempotency key) and
 * the last order. Every read is checked; nothing unreadable breaks the page.
 *
 * @module
 */
import * as z from 'zod/mini';
import { AddressSchema, ContactSchema, OrderSchema, type Order } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import type { CheckoutDraft } from './checkout.ts';

const StoredDraftSchema = z.object({
  version: z.literal(1),
  /** True once the shopper picked a country, so loading the options no longer changes it. */
  countryChosen: z.boolean(),
  draft: z.object({
    contact: ContactSchema,
    shippingAddress: AddressSchema,
    shippingOptionId: z.optional(z.string()),
    paymentMethodId: z.optional(z.string()),
    couponCode: z.optional(z.string()),
    note: z.optional(z.string()),
  }),
});

/** A stored draft. */
export interface StoredDraft {
  draft: CheckoutDraft;
  countryChosen: boolean;
}

/** What is known about an order submission that has not succeeded yet. */
export interface PendingSubmission {
  idempotencyKey: string;
  /** Stable JSON of the order request sent with the key. */
  fingerprint: string;
  /**
   * `sending`: sent, no answer yet (seen after a reload: the outcome is unknown);
   * `unknown`: failed in a way that may have created the order (network, timeout, server...);
   * `rejected`: the backend refused it (validation, price or stock changes): no order exists.
   */
  outcome: 'sending' | 'unknown' | 'rejected';
}

const PendingSchema = z.object({
  idempotencyKey: z.string().check(z.minLength(1)),
  fingerprint: z.string(),
  outcome: z.enum(['sending', 'unknown', 'rejected']),
});

/** Storage keys of one shop's checkout. */
export function checkoutKeys(shopId: string) {
  return {
    draft: `orderzone:${shopId}:checkout`,
    pending: `orderzone:${shopId}:pending-submit`,
    lastOrder: `orderzone:${shopId}:last-order`,
  };
}

function readJson(storage: KeyValueStorage, key: string): unknown {
  const raw = storage.get(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Writes, ignoring a storage that refuses (the value then lives in memory only). */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.set(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * The stored draft, or `undefined` when none. An unreadable one is copied to
 * `<key>:backup-<timestamp>` first, so typed data is never silently lost.
 */
export function readDraft(storage: KeyValueStorage, key: string, now: number): StoredDraft | undefined {
  const raw = storage.get(key);
  if (raw === null) return undefined;
  const parsed = StoredDraftSchema.safeParse(readJson(storage, key));
  if (parsed.success) return { draft: parsed.data.draft, countryChosen: parsed.data.countryChosen };
  try {
    storage.set(`${key}:backup-${now}`, raw);
  } catch {
    // Nowhere to keep it; the original stays until the draft is next saved.
  }
  return undefined;
}

export function writeDraft(storage: KeyValueStorage, key: string, stored: StoredDraft): void {
  writeJson(storage, key, { version: 1, ...stored });
}

export function readPending(storage: KeyValueStorage, key: string): PendingSubmission | undefined {
  const parsed = PendingSchema.safeParse(readJson(storage, key));
  return parsed.success ? parsed.data : undefined;
}

export function readLastOrder(storage: KeyValueStorage, key: string): Order | undefined {
  const parsed = OrderSchema.safeParse(readJson(storage, key));
  return parsed.success ? parsed.data : undefined;
}
