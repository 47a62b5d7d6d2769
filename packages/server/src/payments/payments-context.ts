/**
 * What every part of the payments module shares: the settings checked once (providers by name, the
 * simulated provider's place, URLs), the records, the clock, the order's facts and the problems kept
 * for the merchant.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Money, Order, OrderStatus, PaymentMethod } from '@orderzone/core';
import { orders } from '../db/schema.ts';
import { paymentRecords, type PaymentProblemKind, type PaymentRecords } from './payment-records.ts';
import { DEFAULT_METHOD_PROVIDERS, DEFAULT_PAYMENT_TTL_MS, type PaymentsOptions } from './payments-api.ts';
import { PaymentsConfigError } from './payments-config-error.ts';
import type { HttpAnswer, PaymentProvider } from './provider.ts';

/** An order as the payments module reads it (status and total). */
export interface OrderFacts {
  orderNumber: string;
  status: OrderStatus;
  total: Money;
}

export const AWAITING_PAYMENT: OrderStatus = 'pending_payment';
const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomCode(length: number): string {
  return [...randomBytes(length)].map((byte) => BASE32[byte % BASE32.length]).join('');
}

export function sameMoney(a: Money | undefined, b: Money): boolean {
  return a !== undefined && a.amount === b.amount && a.currency.toUpperCase() === b.currency.toUpperCase();
}

export function htmlAnswer(status: number, text: string): HttpAnswer {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: `<!doctype html><meta charset="utf-8"><p>${text}</p>` };
}

/** What the parts of the payments module share (see the module doc). */
export interface PaymentsContext {
  options: PaymentsOptions;
  records: PaymentRecords;
  byName: ReadonlyMap<string, PaymentProvider>;
  simulated: PaymentProvider | undefined;
  now: () => Date;
  /** Now, as an ISO timestamp. */
  iso: () => string;
  /** How long a payment stays payable. */
  ttl: number;
  latePayments: 'refund' | 'flag';
  notifyUrl(provider: string): string;
  pageUrl(provider: string, paymentId: string): string;
  returnUrlOf(orderNumber: string): string;
  /** The provider taking `method`, or undefined. */
  providerFor(method: Pick<PaymentMethod, 'id' | 'kind'>): string | undefined;
  readOrder(orderNumber: string): Promise<OrderFacts | undefined>;
  /** Records a problem for the merchant, once per kind and key. */
  problem(kind: PaymentProblemKind, key: string, facts: { provider: string; orderNumber?: string; paymentId?: string; details: Record<string, unknown> }): Promise<void>;
}

/**
 * The context of the payments module over `options`. Throws {@link PaymentsConfigError} for settings
 * that cannot work: the simulated provider in production (unless allowed), two providers of one
 * name, a method mapped to a provider that is not configured, a public or return URL that is not
 * `https:` (or `http:` on localhost).
 */
export function createPaymentsContext(options: PaymentsOptions): PaymentsContext {
  const now = options.now ?? (() => new Date());
  const ttl = options.paymentTtlMs ?? DEFAULT_PAYMENT_TTL_MS;
  const latePayments = options.latePayments ?? 'refund';
  const records = paymentRecords(options.db);
  const byName = new Map<string, PaymentProvider>();
  for (const provider of options.providers) {
    if (byName.has(provider.name)) throw new PaymentsConfigError('duplicate_provider', `Two payment providers are named "${provider.name}".`);
    byName.set(provider.name, provider);
  }
  const simulated = options.providers.find((provider) => provider.simulated);
  if (simulated && options.production && !options.allowSimulatedInProduction) {
    throw new PaymentsConfigError(
      'simulated_in_production',
      'The simulated payment provider is enabled in production: shoppers could "pay" without paying. Configure real providers, or set ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1 for a demo.',
    );
  }
  for (const [method, provider] of Object.entries(options.methods ?? {})) {
    if (!byName.has(provider)) throw new PaymentsConfigError('unknown_provider', `Payment method "${method}" is mapped to provider "${provider}", which is not configured.`);
  }
  // Without providers (none configured) there is nothing to pay with, and no URL to check.
  const publicUrl = options.providers.length === 0 ? options.publicUrl : checkedUrl(options.publicUrl, 'ORDERZONE_PUBLIC_URL').replace(/\/+$/, '');
  if (options.providers.length > 0) {
    if (!options.returnUrl.includes('{orderNumber}')) throw new PaymentsConfigError('bad_setting', 'ORDERZONE_PAYMENT_RETURN_URL must contain {orderNumber}, e.g. https://shop.example/orders/{orderNumber}.');
    checkedUrl(options.returnUrl.replace('{orderNumber}', 'OZ'), 'ORDERZONE_PAYMENT_RETURN_URL');
  }
  const iso = () => now().toISOString();
  const notifyUrl = (provider: string) => `${publicUrl}/payments/${provider}/webhook`;
  const pageUrl = (provider: string, paymentId: string) => `${publicUrl}/payments/${provider}/pages/${paymentId}`;
  const returnUrlOf = (orderNumber: string) => options.returnUrl.replace('{orderNumber}', encodeURIComponent(orderNumber));

  function providerFor(method: Pick<PaymentMethod, 'id' | 'kind'>): string | undefined {
    const mapped = options.methods?.[method.id] ?? options.methods?.[method.kind];
    if (mapped) return mapped;
    const standard = DEFAULT_METHOD_PROVIDERS[method.kind];
    if (standard && byName.has(standard)) return standard;
    return simulated && standard ? simulated.name : undefined;
  }

  async function readOrder(orderNumber: string): Promise<OrderFacts | undefined> {
    const [row] = await options.db.select({ status: orders.status, data: orders.data }).from(orders).where(eq(orders.orderNumber, orderNumber));
    if (!row) return undefined;
    const order = row.data as Order;
    return { orderNumber, status: row.status as OrderStatus, total: order.total };
  }

  async function problem(kind: PaymentProblemKind, key: string, facts: { provider: string; orderNumber?: string; paymentId?: string; details: Record<string, unknown> }): Promise<void> {
    await records.recordProblem({
      key: `${kind}:${key}`,
      kind,
      provider: facts.provider,
      ...(facts.orderNumber ? { orderNumber: facts.orderNumber } : {}),
      ...(facts.paymentId ? { paymentId: facts.paymentId } : {}),
      details: facts.details,
      createdAt: iso(),
    });
  }

  return { options, records, byName, simulated, now, iso, ttl, latePayments, notifyUrl, pageUrl, returnUrlOf, providerFor, readOrder, problem };
}

/** `value` if it is an `https:` URL (or `http:` on localhost); else a {@link PaymentsConfigError} naming `setting`. */
function checkedUrl(value: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PaymentsConfigError('bad_setting', `${setting} must be a URL; got ${JSON.stringify(value)}.`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new PaymentsConfigError('bad_setting', `${setting} must be an https: URL (http: only on localhost); got ${JSON.stringify(value)}.`);
  return value;
}
