/**
 * What the checkout keeps in storage: the draft, the submission in flight (its idempotency key) and
 * the last order. Every read is checked; nothing unreadable breaks the page.
 *
 * @module
 */
import type { Money } from '../money/money.ts';
import type { Address, Contact, Order } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import type { CheckoutDraft } from './checkout-draft.ts';

// Small hand-written guards (no schema library), so the checkout stays light for the first paint.
type Guard = (value: unknown) => boolean;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Guard = (value) => typeof value === 'string';
const optional = (guard: Guard): Guard => (value) => value === undefined || guard(value);
/** An object whose listed fields pass their guards (other fields are allowed, as in the schemas). */
const shape = (fields: Record<string, Guard>): Guard => (value) => isRecord(value) && Object.entries(fields).every(([key, guard]) => guard(value[key]));
const arrayOf = (guard: Guard): Guard => (value) => Array.isArray(value) && value.every(guard);
const isMoney = shape({ amount: Number.isSafeInteger as Guard, currency: (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value) });
const isLocalizedText: Guard = (value) => isString(value) || (isRecord(value) && Object.values(value).every(isString));

/** Same fields as `ContactSchema`. */
const isContact = shape({ name: isString, phone: isString, email: isString }) as (value: unknown) => value is Contact;
/** Same fields as `AddressSchema`. */
const isAddress = shape({
  country: isString,
  region: isString,
  city: isString,
  district: optional(isString),
  line1: isString,
  line2: optional(isString),
  postalCode: isString,
}) as (value: unknown) => value is Address;

/** Same fields as `CompanyDetailsSchema`. */
const isCompany = shape({
  name: isString,
  creditCode: isString,
  invoiceType: (value) => value === 'none' || value === 'general' || value === 'special',
  invoiceTitle: optional(isString),
  purchaseOrderNumber: optional(isString),
});

const isStoredDraft = shape({
  version: (value) => value === 1,
  /** True once the shopper picked a country, so loading the options no longer changes it. */
  countryChosen: (value) => typeof value === 'boolean',
  draft: shape({
    contact: isContact,
    shippingAddress: isAddress,
    shippingOptionId: optional(isString),
    paymentMethodId: optional(isString),
    couponCode: optional(isString),
    note: optional(isString),
    company: optional(isCompany),
  }),
}) as (value: unknown) => value is { countryChosen: boolean; draft: CheckoutDraft };

/**
 * What the order confirmation reads of a stored order: its number, status, money, lines, contact,
 * address, payment method and payment action. The order was validated when the backend returned it;
 * this only keeps a corrupt or foreign stored value from reaching the page.
 */
const isStoredOrder = shape({
  orderNumber: (value) => typeof value === 'string' && value.length > 0,
  status: isString,
  createdAt: isString,
  currency: isString,
  lines: arrayOf(shape({ productId: isString, variantId: isString, title: isLocalizedText, quantity: Number.isSafeInteger as Guard, unitPrice: isMoney, total: isMoney })),
  subtotal: isMoney,
  adjustments: arrayOf(shape({ kind: isString, label: isLocalizedText, amount: isMoney })),
  total: isMoney,
  contact: isContact,
  shippingAddress: optional(isAddress),
  shippingOption: optional(shape({ id: isString, label: isLocalizedText, price: isMoney })),
  paymentMethod: shape({ id: isString, kind: isString, label: isLocalizedText }),
  payment: shape({ type: (value) => value === 'none' || value === 'redirect' || value === 'qr_code' }),
}) as (value: unknown) => value is Order;

/**
 * The last order as stored (`{ version: 2, order, confirmedTotal?, totalAccepted? }`): the order,
 * the total the shopper confirmed when placing it, and whether they accepted a different total.
 */
export interface StoredLastOrder {
  order: Order;
  confirmedTotal?: Money;
  totalAccepted?: boolean;
}

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

const OUTCOMES: readonly unknown[] = ['sending', 'unknown', 'rejected'] satisfies PendingSubmission['outcome'][];
const isPending = shape({
  idempotencyKey: (value) => typeof value === 'string' && value.length > 0,
  fingerprint: isString,
  outcome: (value) => OUTCOMES.includes(value),
}) as (value: unknown) => value is PendingSubmission;

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
  const stored = readJson(storage, key);
  if (isStoredDraft(stored)) return { draft: stored.draft, countryChosen: stored.countryChosen };
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
  const stored = readJson(storage, key);
  return isPending(stored) ? { idempotencyKey: stored.idempotencyKey, fingerprint: stored.fingerprint, outcome: stored.outcome } : undefined;
}

export function readLastOrder(storage: KeyValueStorage, key: string): StoredLastOrder | undefined {
  const stored = readJson(storage, key);
  // Version 1 stored the order itself.
  if (isStoredOrder(stored)) return { order: stored };
  if (!isRecord(stored) || stored.version !== 2 || !isStoredOrder(stored.order)) return undefined;
  const record: StoredLastOrder = { order: stored.order };
  if (isMoney(stored.confirmedTotal)) record.confirmedTotal = stored.confirmedTotal as Money;
  if (stored.totalAccepted === true) record.totalAccepted = true;
  return record;
}
