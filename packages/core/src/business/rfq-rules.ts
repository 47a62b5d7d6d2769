/**
 * The rules of a request for quote, written once for the storefront and both backends: what a
 * buyer's request must hold, what the merchant's answer must hold, what each side may do in each
 * status, when the quoted prices lapse (by the caller's clock), and which unit price a checkout
 * line gets from an accepted quote.
 *
 * @module
 */
import type { Product } from '../catalog/catalog-schema.ts';
import { isBookable, previewUnitPrice } from '../catalog/product-rules.ts';
import { isQuantityAllowed } from '../catalog/quantity-rule.ts';
import { variantTitle } from '../catalog/variant-title.ts';
import { isCalendarDate } from '../booking/calendar-date.ts';
import { isValidEmail } from '../checkout/checkout-validation.ts';
import { OrderZoneError, type FieldError } from '../errors.ts';
import { multiplyMoney, sumMoney, type Money } from '../money/money.ts';
import type { LineProblem, LineRequest } from '../order/order-schema.ts';
import type { StatusTone } from '../order/status-tone.ts';
import { textLength, ORDER_TEXT_MAX_LENGTH } from '../order/order-text.ts';
import { normalizeCompanyDetails, validateCompanyDetails } from './company-validation.ts';
import { rfqReference } from './rfq-reference.ts';
import type { Rfq, RfqDraft, RfqLine, RfqOfferDraft, RfqStatus } from './rfq-schema.ts';

/** What a buyer may do with a request: `accept` or `decline` the prices, `decline` (withdraw) a request not answered yet, `checkout` at the accepted prices. */
export type RfqBuyerAction = 'accept' | 'decline' | 'checkout';
/** What a merchant may do with a request: `answer` (or revise) with prices and an expiry, `withdraw` it. */
export type RfqMerchantAction = 'answer' | 'withdraw';

/**
 * The tone a request's status shows in (the same tones as an order's): `waiting` while a side has
 * to act (`requested`, `quoted`), `success` once accepted, `danger` when it ended otherwise.
 */
export function rfqStatusTone(status: RfqStatus): StatusTone {
  return RFQ_STATUS_TONES[status];
}

const RFQ_STATUS_TONES: Readonly<Record<RfqStatus, StatusTone>> = {
  requested: 'waiting',
  quoted: 'waiting',
  accepted: 'success',
  declined: 'danger',
  expired: 'danger',
  withdrawn: 'danger',
};

/** True when the quoted prices of `rfq` have lapsed at `now` (never for a request already ordered). */
export function isRfqExpired(rfq: Pick<Rfq, 'offer' | 'orderNumber'>, now: Date): boolean {
  if (!rfq.offer || rfq.orderNumber !== undefined) return false;
  return now.getTime() >= Date.parse(rfq.offer.expiresAt);
}

/**
 * The status of `rfq` at `now`: its stored status, except that a `quoted` or `accepted` request
 * that was not ordered is `expired` once `offer.expiresAt` has passed.
 */
export function rfqStatusAt(rfq: Rfq, now: Date): RfqStatus {
  return (rfq.status === 'quoted' || rfq.status === 'accepted') && isRfqExpired(rfq, now) ? 'expired' : rfq.status;
}

/**
 * When the business of `rfq` ended, as seen at `now`: the last change of a request declined or
 * withdrawn, the later of its last change and the offer's expiry for one expired; `undefined` while
 * it is open (requested, quoted, accepted and not yet expired) and for a request that was ordered,
 * which stays with its order. A retention period counts from this instant.
 */
export function rfqClosedAt(rfq: Rfq, now: Date): Date | undefined {
  if (rfq.orderNumber !== undefined) return undefined;
  const status = rfqStatusAt(rfq, now);
  if (status !== 'declined' && status !== 'withdrawn' && status !== 'expired') return undefined;
  const changed = Date.parse(rfq.updatedAt);
  const expired = rfq.offer && status === 'expired' ? Date.parse(rfq.offer.expiresAt) : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(changed, expired));
}

/** `rfq` with its status at `now` (see {@link rfqStatusAt}). */
export function withStatusAt(rfq: Rfq, now: Date): Rfq {
  const status = rfqStatusAt(rfq, now);
  return status === rfq.status ? rfq : { ...rfq, status };
}

/** The buyer's actions in `rfq`'s status at `now`. */
export function allowedRfqBuyerActions(rfq: Rfq, now: Date): RfqBuyerAction[] {
  switch (rfqStatusAt(rfq, now)) {
    case 'requested': return ['decline'];
    case 'quoted': return ['accept', 'decline'];
    case 'accepted': return rfq.orderNumber === undefined ? ['checkout'] : [];
    default: return [];
  }
}

/**
 * The merchant's actions in `rfq`'s status at `now`: answer a request (or revise an answer not yet
 * accepted, also once its prices lapsed), withdraw what is not accepted or over. An `expired`
 * request as a backend answers it (its stored status read at the backend's clock) may be answered
 * again unless the buyer had accepted it (`acceptedAt`).
 */
export function allowedRfqMerchantActions(rfq: Rfq, now: Date): RfqMerchantAction[] {
  const status = rfqStatusAt(rfq, now);
  const lapsedUnaccepted = rfq.status === 'quoted' || (rfq.status === 'expired' && rfq.acceptedAt === undefined && rfq.orderNumber === undefined);
  return status === 'requested' || status === 'quoted' || (status === 'expired' && lapsedUnaccepted) ? ['answer', 'withdraw'] : [];
}

/**
 * The refusal of an action the status does not allow: `conflict` with `details.reason` `rfq_expired`
 * (with `expiresAt`) or `rfq_status` (with `status` and `action`), and `details.rfqId`; the message
 * names the request as people know it (`rfqReference`: its number).
 */
function refuse(rfq: Rfq, action: RfqBuyerAction | RfqMerchantAction, now: Date): OrderZoneError {
  const status = rfqStatusAt(rfq, now);
  if (status === 'expired' && rfq.offer) {
    return new OrderZoneError('conflict', `The prices of request for quote ${rfqReference(rfq)} expired at ${rfq.offer.expiresAt}.`, { details: { reason: 'rfq_expired', rfqId: rfq.id, expiresAt: rfq.offer.expiresAt, status, action } });
  }
  return new OrderZoneError('conflict', `A request for quote that is ${status} cannot be ${action === 'answer' ? 'answered' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`}.`, { details: { reason: 'rfq_status', rfqId: rfq.id, status, action } });
}

/**
 * The buyer accepts or declines: `rfq` in its new status (accepted: with `acceptedAt`). Throws
 * `conflict` (`rfq_expired`, `rfq_status`) when the status at `now` does not allow it.
 */
export function applyRfqBuyerAction(rfq: Rfq, action: 'accept' | 'decline', now: Date): Rfq {
  if (!allowedRfqBuyerActions(rfq, now).includes(action)) throw refuse(rfq, action, now);
  const at = now.toISOString();
  return action === 'accept' ? { ...rfq, status: 'accepted', acceptedAt: at, updatedAt: at } : { ...rfq, status: 'declined', updatedAt: at };
}

/** The merchant withdraws `rfq`. Throws `conflict` like {@link applyRfqBuyerAction}. */
export function withdrawRfq(rfq: Rfq, now: Date): Rfq {
  if (!allowedRfqMerchantActions(rfq, now).includes('withdraw')) throw refuse(rfq, 'withdraw', now);
  return { ...rfq, status: 'withdrawn', updatedAt: now.toISOString() };
}

/** The earliest target date a request may name at `now` (`YYYY-MM-DD`, `now`'s UTC date), e.g. for a date input's `min`. */
export function earliestRfqTargetDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Every problem of a buyer's request, per field: `lines` `required` (no line), `lines.<i>.productId` `invalid_choice` (no such
 * product or variant, or not goods that can be quoted: a booking, or personalization required),
 * `lines.<i>.quantity` `invalid_quantity` (against the product's quantity rule), `targetDate`
 * `invalid_date` (not a date, or before `now`'s UTC date), `note` `too_long`, `contact.name`
 * `required`, `contact.email` `required` / `invalid_email`, `contact.phone` `required`, and the
 * company's (`validateCompanyDetails`).
 */
export function rfqDraftProblems(draft: RfqDraft, lookup: (productId: string) => Product | undefined, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.lines.length === 0) errors.push({ field: 'lines', code: 'required' });
  draft.lines.forEach((line, index) => {
    const product = lookup(line.productId);
    const variant = product?.variants.find((v) => v.id === line.variantId);
    if (!product || !variant || isBookable(product) || product.personalization.some((field) => field.required)) {
      errors.push({ field: `lines.${index}.productId`, code: 'invalid_choice' });
    } else if (!isQuantityAllowed(product.quantity, line.quantity)) {
      errors.push({ field: `lines.${index}.quantity`, code: 'invalid_quantity' });
    }
  });
  if (!isCalendarDate(draft.targetDate) || draft.targetDate < earliestRfqTargetDate(now)) errors.push({ field: 'targetDate', code: 'invalid_date' });
  if (draft.note !== undefined && textLength(draft.note.trim()) > ORDER_TEXT_MAX_LENGTH) errors.push({ field: 'note', code: 'too_long', params: { max: ORDER_TEXT_MAX_LENGTH } });
  if (draft.contact.name.trim() === '') errors.push({ field: 'contact.name', code: 'required' });
  if (draft.contact.phone.trim() === '') errors.push({ field: 'contact.phone', code: 'required' });
  const email = draft.contact.email.trim();
  if (email === '') errors.push({ field: 'contact.email', code: 'required' });
  else if (!isValidEmail(email)) errors.push({ field: 'contact.email', code: 'invalid_email' });
  if (draft.company) errors.push(...validateCompanyDetails(draft.company));
  return errors;
}

/**
 * A new request from a valid draft (see {@link rfqDraftProblems}): its lines with the catalog's
 * titles and unit price for the quantity now, status `requested`, named by `id` and, for a person,
 * by `number` (see `createRfqNumber`). Throws `validation` with the draft's problems.
 */
export function createRfq(draft: RfqDraft, lookup: (productId: string) => Product | undefined, id: string, now: Date, number?: string): Rfq {
  const problems = rfqDraftProblems(draft, lookup, now);
  if (problems.length > 0) throw new OrderZoneError('validation', 'The request for quote is not valid.', { fieldErrors: problems });
  const lines = draft.lines.map((line): RfqLine => {
    const product = lookup(line.productId)!;
    const variant = product.variants.find((v) => v.id === line.variantId)!;
    const title = variantTitle(product, variant);
    return {
      productId: product.id,
      variantId: variant.id,
      sku: variant.sku,
      title: product.title,
      ...(title !== undefined ? { variantTitle: title } : {}),
      quantity: line.quantity,
      listUnitPrice: previewUnitPrice(product, variant.id, line.quantity, {}).unitPrice,
    };
  });
  const at = now.toISOString();
  const note = draft.note?.trim();
  return {
    id,
    ...(number !== undefined ? { number } : {}),
    status: 'requested',
    lines,
    targetDate: draft.targetDate,
    ...(note ? { note } : {}),
    contact: { name: draft.contact.name.trim(), phone: draft.contact.phone.trim(), email: draft.contact.email.trim() },
    ...(draft.company ? { company: normalizeCompanyDetails(draft.company) } : {}),
    ...(draft.locale ? { locale: draft.locale } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Every problem of a merchant's answer to `rfq`: `unitPrices` `invalid` (not one per line),
 * `unitPrices.<i>` `invalid_choice` (another currency than `currency`) or `invalid` (below zero),
 * `expiresAt` `invalid_date` (not after `now`), `note` `too_long`.
 */
export function rfqOfferProblems(rfq: Rfq, offer: RfqOfferDraft, currency: string, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (offer.unitPrices.length !== rfq.lines.length) errors.push({ field: 'unitPrices', code: 'invalid' });
  offer.unitPrices.forEach((price, index) => {
    if (price.currency !== currency) errors.push({ field: `unitPrices.${index}`, code: 'invalid_choice' });
    else if (!Number.isSafeInteger(price.amount) || price.amount < 0) errors.push({ field: `unitPrices.${index}`, code: 'invalid' });
  });
  const expires = Date.parse(offer.expiresAt);
  if (Number.isNaN(expires) || expires <= now.getTime()) errors.push({ field: 'expiresAt', code: 'invalid_date' });
  if (offer.note !== undefined && textLength(offer.note.trim()) > ORDER_TEXT_MAX_LENGTH) errors.push({ field: 'note', code: 'too_long', params: { max: ORDER_TEXT_MAX_LENGTH } });
  return errors;
}

/**
 * The merchant answers (or revises an answer): `rfq` `quoted` with a unit price per line and the
 * offer. Throws `conflict` when the status does not allow it, `validation` with
 * {@link rfqOfferProblems}.
 */
export function answerRfq(rfq: Rfq, offer: RfqOfferDraft, currency: string, now: Date): Rfq {
  if (!allowedRfqMerchantActions(rfq, now).includes('answer')) throw refuse(rfq, 'answer', now);
  const problems = rfqOfferProblems(rfq, offer, currency, now);
  if (problems.length > 0) throw new OrderZoneError('validation', 'The answer to the request for quote is not valid.', { fieldErrors: problems });
  const lines = rfq.lines.map((line, index) => ({ ...line, unitPrice: offer.unitPrices[index]! }));
  const note = offer.note?.trim();
  return {
    ...rfq,
    status: 'quoted',
    lines,
    offer: {
      expiresAt: new Date(Date.parse(offer.expiresAt)).toISOString(),
      ...(note ? { note } : {}),
      total: rfqTotal(lines, currency),
      answeredAt: now.toISOString(),
    },
    updatedAt: now.toISOString(),
  };
}

/** The sum of the quoted lines (`unitPrice × quantity`; lines not quoted count nothing). */
export function rfqTotal(lines: readonly RfqLine[], currency: string): Money {
  return sumMoney(lines.flatMap((line) => (line.unitPrice ? [multiplyMoney(line.unitPrice, line.quantity)] : [])), currency);
}

/** The price a checkout line gets from a quote: the quoted unit price, or why the quote does not apply. */
export type RfqLinePrice = { unitPrice: Money } | { problem: LineProblem };

/**
 * The quoted price of a checkout line that names a request for quote (`line.rfqId`; `rfq` is that
 * request, `undefined` when unknown), at `now`: the quoted unit price when the request is
 * `accepted`, not expired and not ordered yet, and the line is one of its lines (same product,
 * variant and quantity, no personalization). Otherwise a problem: `rfq_expired` (the prices
 * lapsed: remove the line, or add it again at the list price) or `rfq_unavailable` (unknown, not
 * accepted, already ordered, or the line differs from the quote). `undefined` for a line without `rfqId`.
 *
 * `editing`: the unpaid order being edited (`QuoteRequest.orderNumber`). A request already ordered
 * by that very order still prices its lines (an order placed at quoted prices stays quoted while it
 * is edited, even after the offer's expiry); the quantity must still be the quoted one
 * (`rfq-quantity.ts`).
 */
export function rfqLinePrice(line: LineRequest, rfq: Rfq | undefined, now: Date, editing?: string): RfqLinePrice | undefined {
  if (line.rfqId === undefined) return undefined;
  if (rfq && rfqStatusAt(rfq, now) === 'expired') return { problem: { code: 'rfq_expired' } };
  const open = rfq?.orderNumber === undefined || (editing !== undefined && rfq.orderNumber === editing);
  const quoted = rfq?.status === 'accepted' && open && Object.keys(line.personalization).length === 0
    ? rfq.lines.find((l) => l.productId === line.productId && l.variantId === line.variantId && l.quantity === line.quantity && l.unitPrice)
    : undefined;
  return quoted?.unitPrice ? { unitPrice: quoted.unitPrice } : { problem: { code: 'rfq_unavailable' } };
}

/** The checkout lines an accepted request puts in the cart: each quoted line, with the request's id. */
export function rfqCheckoutLines(rfq: Rfq): LineRequest[] {
  return rfq.lines.map((line) => ({ productId: line.productId, variantId: line.variantId, quantity: line.quantity, personalization: {}, rfqId: rfq.id }));
}
