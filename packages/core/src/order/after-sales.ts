/**
 * Refunds and returns by line, as pure functions: which units of an order a shopper may still ask to
 * refund (before shipment) or return (after shipment), what a choice of units is worth back, and
 * what a merchant's decision on a request does to the order. The engine of every backend and the
 * elements call these; nothing else computes a refund.
 * Which units may be asked for, line by line, is `after-sale-units.ts`, re-exported here: a view
 * that offers a request needs only that part.
 *
 * **The refund rule** (as Shopify refunds): a unit gives back what was paid for it.
 * - The goods part of the total (the total minus the shipping paid, the shipping's share of a tax
 *   added on top included) is split between the lines in proportion to their totals, so each
 *   line carries its share of the order's discounts and of an added tax; the shares add up to the
 *   goods part exactly (largest remainder, {@link allocateMoney}).
 * - A line's share is split between its units without losing a minor unit: after `k` of its `n`
 *   units, `⌊share × k / n⌋` has been refunded, so the last unit takes what rounding left.
 * - Shipping is refunded only with the last units: when a refund leaves nothing of the order
 *   unrefunded (every unit of every line refunded), it carries the shipping paid too.
 * - Refunds never add up to more than the total: each is capped by what is left of it.
 *
 * **What may be asked for**: the units of a line not refunded yet, not in the open request, and not
 * declined before for the same kind of request (a merchant's decision on a unit stands; a unit whose
 * refund was declined before shipment may still be returned after it). Lines nothing is shipped
 * for (bookings, `shipped: false`) may be refunded but not returned. An order has at most one open
 * request (`ORDER_LIFECYCLE` has no request action in the statuses of an open one).
 *
 * Orders from backends before contract 2.1 carry no `afterSales`: their status says it all (a
 * `refunded` order is refunded in full, an open request covers every unit, a declined one declined
 * every unit), so they behave as whole-order requests did.
 *
 * Field codes (a request's `lines` name order lines: `<i>` is the position in `order.lines`):
 * `lines` → `nothing_chosen` (no unit chosen), `nothing_to_request` (nothing may be asked for any
 * more); `lines.<i>` → `unknown_line`, `duplicate_line`; `lines.<i>.quantity` → `invalid_quantity`,
 * `too_many_units` (`{max}`: what may be asked for, or decided on, for that line).
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import type { FieldErrorCode } from '../field-error-codes.ts';
import { money, type Money } from '../money/money.ts';
import { divideRounded } from '../money/divide-rounded.ts';
import { allocateMoney } from '../money/allocate-money.ts';
import { afterSaleQuantitiesOf, lineAfterSales, unitsGoingOn, type AfterSaleKind, type AfterSaleUnitsOrder } from './after-sale-units.ts';
import type { AfterSale, ChosenLine, Order } from './order-schema.ts';

export * from './after-sale-units.ts';

/** What of an order the refund rule reads. */
export type AfterSaleOrder = AfterSaleUnitsOrder & Pick<Order, 'currency' | 'subtotal' | 'adjustments' | 'total'> & Partial<Pick<Order, 'refunded'>>;

/** Checks `chosen` against what may be chosen per order line (`max[i]`); absent: all of it. */
function checkAgainst(chosen: readonly ChosenLine[] | undefined, max: readonly number[], nothingCode: FieldErrorCode): { lines: ChosenLine[]; errors: FieldError[] } {
  if (chosen === undefined) {
    const lines = max.flatMap((quantity, lineIndex) => (quantity > 0 ? [{ lineIndex, quantity }] : []));
    return lines.length > 0 ? { lines, errors: [] } : { lines, errors: [{ field: 'lines', code: nothingCode }] };
  }
  if (!Array.isArray(chosen)) return { lines: [], errors: [{ field: 'lines', code: 'invalid' }] };
  const errors: FieldError[] = [];
  const lines: ChosenLine[] = [];
  const seen = new Set<number>();
  chosen.forEach((entry, position) => {
    const lineIndex = (entry as Partial<ChosenLine> | null)?.lineIndex;
    const quantity = (entry as Partial<ChosenLine> | null)?.quantity;
    if (typeof lineIndex !== 'number' || !Number.isSafeInteger(lineIndex) || lineIndex < 0 || lineIndex >= max.length) {
      errors.push({ field: `lines.${typeof lineIndex === 'number' && Number.isSafeInteger(lineIndex) ? lineIndex : position}`, code: 'unknown_line' });
      return;
    }
    if (seen.has(lineIndex)) {
      errors.push({ field: `lines.${lineIndex}`, code: 'duplicate_line' });
      return;
    }
    seen.add(lineIndex);
    if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0) {
      errors.push({ field: `lines.${lineIndex}.quantity`, code: 'invalid_quantity' });
      return;
    }
    if (quantity > max[lineIndex]!) {
      errors.push({ field: `lines.${lineIndex}.quantity`, code: 'too_many_units', params: { max: max[lineIndex]! } });
      return;
    }
    if (quantity > 0) lines.push({ lineIndex, quantity });
  });
  if (errors.length > 0) return { lines: [], errors };
  if (lines.length === 0) return { lines, errors: [{ field: 'lines', code: 'nothing_chosen' }] };
  return { lines: lines.sort((a, b) => a.lineIndex - b.lineIndex), errors: [] };
}

/**
 * The lines a new request of `kind` names, checked: `chosen` (absent: every unit that may be asked
 * for) against what each line may still be asked for. `errors` is `[]` when it may be sent; see the
 * module for the field codes (`lines.<i>` is order line `i`).
 */
export function checkAfterSaleLines(order: AfterSaleUnitsOrder, kind: AfterSaleKind, chosen?: readonly ChosenLine[]): { lines: ChosenLine[]; errors: FieldError[] } {
  return checkAgainst(chosen, afterSaleQuantitiesOf(order, kind), 'nothing_to_request');
}

/**
 * The lines a merchant's decision on the open request `sale` accepts, checked: `chosen` (absent:
 * every unit still going on) against the units of each of its lines still going on. Units of the
 * request not chosen are declined.
 */
export function checkDecisionLines(order: Pick<Order, 'lines'>, sale: AfterSale, chosen?: readonly ChosenLine[]): { lines: ChosenLine[]; errors: FieldError[] } {
  const max = order.lines.map(() => 0);
  for (const line of sale.lines) if (line.lineIndex < max.length) max[line.lineIndex]! += unitsGoingOn(line);
  return checkAgainst(chosen, max, 'nothing_chosen');
}

/** What a refund of some units gives back. */
export interface AfterSaleRefund {
  /** Each chosen line with what its units give back. */
  lines: (ChosenLine & { amount: Money })[];
  /** The shipping paid, when these units are all that is left to refund; else zero. */
  shipping: Money;
  /** Lines and shipping together, capped by what is left of the total. */
  total: Money;
  /** True when, once refunded, nothing of the order is left unrefunded (the order is then `refunded`). */
  completes: boolean;
}

/** The sum of the adjustments of one kind (`tax`: only the tax added on top). */
function adjustmentSum(order: AfterSaleOrder, kind: 'discount' | 'shipping' | 'tax'): number {
  return order.adjustments.filter((a) => a.kind === kind && !(kind === 'tax' && a.included)).reduce((sum, a) => sum + a.amount.amount, 0);
}

/**
 * The money of the order in two parts that add up to its total: the shipping part (shipping and
 * its share of a tax added on top) and each line's share of the rest (see the module).
 */
export function refundShares(order: AfterSaleOrder): { lines: Money[]; shipping: Money } {
  const currency = order.currency;
  const shipping = Math.max(0, adjustmentSum(order, 'shipping'));
  const goodsBase = Math.max(0, order.subtotal.amount + adjustmentSum(order, 'discount'));
  const addedTax = adjustmentSum(order, 'tax');
  const [, taxOnShipping] = allocateMoney(money(addedTax, currency), [goodsBase, shipping]);
  const shippingPart = Math.min(order.total.amount, shipping + (taxOnShipping?.amount ?? 0));
  const goodsPart = money(Math.max(0, order.total.amount - shippingPart), currency);
  const weights = order.lines.map((line) => Math.max(0, line.total.amount));
  const byTotal = weights.some((w) => w > 0);
  const lines = allocateMoney(goodsPart, byTotal ? weights : order.lines.map((line) => line.quantity));
  return { lines, shipping: money(shippingPart, currency) };
}

/** What units `from` … `from + count` of a line with `share` over `quantity` units give back. */
function unitsShare(share: Money, quantity: number, from: number, count: number): number {
  const upTo = (units: number): bigint => divideRounded(BigInt(share.amount) * BigInt(units), BigInt(quantity), 'down');
  return Number(upTo(from + count) - upTo(from));
}

/**
 * What refunding `lines` (units of order lines, each order line once) gives back now, by the
 * refund rule of the module, after what was refunded before. Units beyond a line's quantity are
 * counted up to it.
 */
export function afterSaleRefund(order: AfterSaleOrder, lines: readonly ChosenLine[]): AfterSaleRefund {
  const currency = order.currency;
  const states = lineAfterSales(order);
  const shares = refundShares(order);
  const priced = lines.map((chosen) => {
    const state = states[chosen.lineIndex];
    const line = order.lines[chosen.lineIndex];
    if (!state || !line) return { ...chosen, amount: money(0, currency) };
    const count = Math.max(0, Math.min(chosen.quantity, state.quantity - state.refunded));
    return { ...chosen, amount: money(unitsShare(shares.lines[chosen.lineIndex]!, state.quantity, state.refunded, count), currency) };
  });
  const after = states.map((state) => state.refunded + (lines.find((l) => l.lineIndex === state.lineIndex)?.quantity ?? 0));
  const completes = states.length > 0 && states.every((state, i) => after[i]! >= state.quantity) && order.status !== 'refunded';
  const shipping = completes ? shares.shipping : money(0, currency);
  const refundedBefore = order.refunded?.amount ?? states.reduce((sum, state) => sum + state.refundedAmount.amount, 0);
  const left = Math.max(0, order.total.amount - refundedBefore);
  const wanted = priced.reduce((sum, line) => sum + line.amount.amount, 0) + shipping.amount;
  return { lines: priced, shipping, total: money(Math.min(wanted, left), currency), completes };
}

/**
 * The merchant action that refunding `lines` of the open request takes: `approve_refund` when the
 * order is then refunded in full (it becomes `refunded`), else `partial_refund` (the order goes on:
 * back to awaiting shipment, or `completed` after a return).
 */
export function refundAction(order: AfterSaleOrder, lines: readonly ChosenLine[]): 'approve_refund' | 'partial_refund' {
  return afterSaleRefund(order, lines).completes ? 'approve_refund' : 'partial_refund';
}

