/**
 * Placing an order in the engine: the idempotency key (the same key and request answer the same
 * order; the same key with another request is a `conflict`), the order's details checked against
 * the shop, the re-priced quote (stock, bookings, `expectedTotal`), the risk rules, and the new
 * order with its stock reserved, its bookings made and a fresh access token.
 *
 * @module
 */
import { OrderZoneError, normalizeLocale } from '@orderzone/core';
import { checkoutDraftProblems, normalizeCompanyDetails } from '@orderzone/core/checkout';
import { createOrderNumber, nextStatus, orderFlow } from '@orderzone/core/orders';
import { OrderRequestSchema } from '@orderzone/core/schemas';
import type { FieldError, Order, OrderRequest, OrderWithAccess, PaymentMethod, Quote } from '@orderzone/core';
import { bookLines } from './booking-lines.ts';
import type { EngineCore } from './engine-core.ts';
import { orderIn, type ShopSeed } from './engine-state.ts';
import { refuseLineProblems } from './line-refusals.ts';
import { refuseRfqProblems, withRfqsOrdered } from './rfqs.ts';
import { grantAccess } from './order-access-calls.ts';
import { newAccessToken, withAccessToken } from './order-access.ts';
import { fieldErrorsFromIssues, requestFingerprint, trimAll, validationError } from './request-validation.ts';
import { requireVerification, riskReason, type RiskRules } from './risk-rules.ts';
import { unusedNumber } from './unused-number.ts';

/** Longest accepted idempotency key. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** What placing an order needs of the shop beside the engine: its seed, risk rules and time to pay. */
export interface OrderShop {
  seed: ShopSeed;
  risk: RiskRules;
  /** Minutes an order may await payment (see `OrderEngineOptions.unpaidOrderMinutes`). */
  unpaidOrderMinutes?: number | ((method: PaymentMethod) => number | undefined) | undefined;
}

/** The key of a submission, trimmed; `validation` on `idempotencyKey` when it is missing or too long. */
function checkedKey(idempotencyKey: string): string {
  const key = typeof idempotencyKey === 'string' ? idempotencyKey.trim() : '';
  if (key === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw validationError(`An order needs an idempotency key of 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, [
      { field: 'idempotencyKey', code: key === '' ? 'required' : 'too_long', ...(key === '' ? {} : { params: { max: MAX_IDEMPOTENCY_KEY_LENGTH } }) },
    ]);
  }
  return key;
}

/**
 * The problems of an order request's details in this shop: the checkout's field rules (the address
 * only when the lines need one or one was given, the delivery option only when they ship), the
 * currency, a country the shop delivers to and a payment method it offers.
 */
export function orderDetailProblems(request: OrderRequest, seed: ShopSeed, needs: { currency: string; requiresAddress: boolean; requiresShipping: boolean }): FieldError[] {
  const givenAddress = request.shippingAddress;
  const fieldErrors = checkoutDraftProblems({
    contact: request.contact,
    shippingAddress: givenAddress ?? { country: '', region: '', city: '', line1: '', postalCode: '' },
    shippingOptionId: needs.requiresShipping ? request.shippingOptionId : 'none',
    paymentMethodId: request.paymentMethodId,
    ...(request.couponCode !== undefined ? { couponCode: request.couponCode } : {}),
    ...(request.note !== undefined ? { note: request.note } : {}),
    ...(request.company !== undefined ? { company: request.company } : {}),
  }).filter((e) => givenAddress !== undefined || needs.requiresAddress || !e.field.startsWith('shippingAddress.'));
  const has = (field: string): boolean => fieldErrors.some((e) => e.field === field);
  if (request.currency !== needs.currency) fieldErrors.unshift({ field: 'currency', code: 'invalid_choice' });
  const country = (givenAddress?.country ?? '').trim().toUpperCase();
  if (givenAddress !== undefined && !has('shippingAddress.country') && !seed.countries.includes(country)) fieldErrors.push({ field: 'shippingAddress.country', code: 'invalid_choice' });
  if (!has('paymentMethodId') && !seed.paymentMethods.some((m) => m.id === request.paymentMethodId)) fieldErrors.push({ field: 'paymentMethodId', code: 'invalid_choice' });
  return fieldErrors;
}

/**
 * A new order of `request` as `priced`: its status (free orders are paid at once; cash on delivery
 * of goods waits for shipment), lines without their holds, the trimmed contact and note, the
 * normalized company details and locale, its payment step (`none` for a free order: the caller
 * asks for none) and, when it awaits payment and the shop sets a time to pay, its `payBy`.
 */
export function newOrder(
  request: OrderRequest,
  placed: { orderNumber: string; createdAt: Date; priced: Quote; method: PaymentMethod; payment: Order['payment']; address?: Order['shippingAddress']; shippingOption?: Order['shippingOption']; unpaidMinutes?: number | undefined },
): Order {
  const { orderNumber, createdAt, priced, method, address, shippingOption, unpaidMinutes } = placed;
  const free = priced.total.amount <= 0;
  const cashOnDelivery = method.kind === 'cash_on_delivery';
  const order: Order = {
    orderNumber,
    // Orders of bookings only are `confirmed` once paid, and pay on site rather than on delivery.
    status: free ? nextStatus('pending_payment', 'confirm_payment', undefined, orderFlow(priced)) : cashOnDelivery && orderFlow(priced) === 'goods' ? 'pending_shipment' : 'pending_payment',
    createdAt: createdAt.toISOString(),
    currency: priced.currency,
    subtotal: priced.subtotal,
    adjustments: priced.adjustments,
    total: priced.total,
    // Order lines keep what was booked; the holds they used are gone once the order exists.
    lines: priced.lines.map(({ hold: _hold, ...line }) => line),
    contact: trimAll(request.contact),
    ...(address ? { shippingAddress: address } : {}),
    ...(shippingOption ? { shippingOption } : {}),
    paymentMethod: method,
    payment: placed.payment,
  };
  const note = request.note?.trim();
  if (note) order.note = note;
  if (request.company) order.company = normalizeCompanyDetails(request.company);
  const orderLocale = request.locale === undefined ? undefined : normalizeLocale(request.locale);
  if (orderLocale) order.locale = orderLocale;
  if (order.status === 'pending_payment' && unpaidMinutes !== undefined) {
    order.payBy = new Date(createdAt.getTime() + unpaidMinutes * 60_000).toISOString();
  }
  order.history = [{ status: order.status, at: order.createdAt }];
  return order;
}

/** The engine's `submitOrder` (see `OrderEngine.submitOrder`): places the order, or answers the one its key placed. */
export function submitOrder(core: EngineCore, shop: OrderShop, rawRequest: OrderRequest, idempotencyKey: string, verification?: { id: string; code: string }): OrderWithAccess {
  const { seed } = shop;
  const currency = seed.pricing.currency;
  const key = checkedKey(idempotencyKey);
  const fingerprint = requestFingerprint(rawRequest);
  const previous = core.state().idempotency[key];
  if (previous) {
    const order = orderIn(core.state(), previous.orderNumber);
    if (order && previous.fingerprint !== fingerprint) {
      // Only the key's holder can have sent it: they get the way to the order the key placed.
      const accessToken = grantAccess(core, order.orderNumber);
      throw new OrderZoneError('conflict', `The idempotency key "${key}" was already used for a different order request (order ${previous.orderNumber}).`, {
        details: { reason: 'idempotency_key_reused', orderNumber: previous.orderNumber, accessToken },
      });
    }
    if (order) return { order: structuredClone(order), accessToken: grantAccess(core, order.orderNumber) };
  }

  const parsed = OrderRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validationError('The order request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const request = parsed.data;

  // What the lines need: an address (goods, on-site services) and a delivery option (goods).
  // Only bookings of stays and seats need neither.
  const needs = request.currency === currency ? core.price({ currency, lines: request.lines }, 'quote').quote : undefined;
  const requiresShipping = needs?.requiresShipping !== false;
  const fieldErrors = orderDetailProblems(request, seed, { currency, requiresAddress: needs?.requiresAddress !== false, requiresShipping });
  if (fieldErrors.length > 0) throw validationError('Some order details are missing or not valid.', fieldErrors);

  const givenAddress = request.shippingAddress;
  const country = (givenAddress?.country ?? '').trim().toUpperCase();
  const address = givenAddress === undefined ? undefined : trimAll({ ...givenAddress, country });
  const destination = address && { country, ...(address.region ? { region: address.region } : {}), ...(address.postalCode ? { postalCode: address.postalCode } : {}) };
  const { quote: priced, checks } = core.price(
    {
      currency: request.currency,
      lines: request.lines,
      ...(requiresShipping && request.shippingOptionId !== undefined ? { shippingOptionId: request.shippingOptionId } : {}),
      ...(destination ? { destination } : {}),
      ...(request.couponCode !== undefined ? { couponCode: request.couponCode } : {}),
    },
    'submit',
  );
  const shippingOption = priced.requiresShipping === false ? undefined : priced.shippingOptions.find((o) => o.id === request.shippingOptionId);
  if (priced.requiresShipping !== false && !shippingOption) {
    throw validationError(`The delivery option "${String(request.shippingOptionId)}" is not offered for ${country}.`, [{ field: 'shippingOptionId', code: 'invalid_choice' }], { quote: priced });
  }

  refuseLineProblems(priced, { of: '', nothingDone: 'Nothing was booked.', lookup: core.lookup, checks });
  refuseRfqProblems(priced);

  if (priced.total.currency !== request.expectedTotal.currency || priced.total.amount !== request.expectedTotal.amount) {
    throw new OrderZoneError('price_changed', `The total is now ${priced.total.amount} ${priced.total.currency} (minor units), not the ${request.expectedTotal.amount} ${request.expectedTotal.currency} the shopper confirmed.`, {
      details: { quote: priced, expectedTotal: request.expectedTotal, total: priced.total },
    });
  }

  // Risk rules last: only an order that could be placed now asks for a code.
  const reason = riskReason(core, shop.risk, request.contact, priced.total);
  const codes = reason ? requireVerification(core, { reason, idempotencyKey: key, fingerprint, contact: request.contact, verification }) : undefined;

  const createdAt = core.now();
  const orderNumber = unusedNumber(createOrderNumber, (candidate) => orderIn(core.state(), candidate) !== undefined);
  const method = seed.paymentMethods.find((m) => m.id === request.paymentMethodId)!;
  const unpaidMinutes = typeof shop.unpaidOrderMinutes === 'function' ? shop.unpaidOrderMinutes(method) : shop.unpaidOrderMinutes;
  const order = newOrder(request, {
    orderNumber,
    createdAt,
    priced,
    method,
    payment: priced.total.amount <= 0 ? { type: 'none' } : core.paymentAction(method, orderNumber, createdAt),
    ...(address ? { address } : {}),
    ...(shippingOption ? { shippingOption } : {}),
    unpaidMinutes,
  });

  const state = core.state();
  const stock = { ...state.stock };
  for (const line of priced.lines) if (stock[line.variantId] !== undefined) stock[line.variantId] = stock[line.variantId]! - line.quantity;
  const booked = bookLines(core.ledger(), orderNumber, request.lines, checks, createdAt);
  const accessToken = newAccessToken();
  const withToken = withAccessToken(state, orderNumber, core.digest(accessToken), createdAt);
  const placed = {
    ...withToken,
    stock,
    orders: [...withToken.orders, order],
    idempotency: { ...withToken.idempotency, [key]: { orderNumber, fingerprint } },
    holds: booked.holds,
    bookings: booked.bookings,
    ...(codes ? { codes } : {}),
  };
  // An accepted request for quote is used by this order: it is not priced again for another.
  core.store(withRfqsOrdered(placed, request.lines, orderNumber, createdAt));
  return { order: structuredClone(order), accessToken };
}
