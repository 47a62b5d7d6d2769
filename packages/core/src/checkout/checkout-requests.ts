/**
 * The requests a checkout sends, built from the draft and the cart's lines: the quote request and
 * the order request (only what the order needs, trimmed). Pure: the checkout store calls them.
 *
 * @module
 */
import { normalizeCompanyDetails } from '../business/company-validation.ts';
import type { LineRequest, OrderRequest, Quote, QuoteRequest } from '../order/order-schema.ts';
import { destinationOf } from '../order/destination.ts';
import { trimAddress, type CheckoutDraft } from './checkout-draft.ts';
import type { CheckoutRequirements } from './checkout-requirements.ts';

/** The quote request for the cart's `lines` and the draft: the coupon, the delivery option and where it goes. */
export function quoteRequestOf(draft: CheckoutDraft, currency: string, lines: LineRequest[]): QuoteRequest {
  const request: QuoteRequest = { currency, lines };
  const coupon = draft.couponCode?.trim();
  if (coupon) request.couponCode = coupon;
  if (draft.shippingOptionId) request.shippingOptionId = draft.shippingOptionId;
  const destination = destinationOf(draft.shippingAddress);
  if (destination) request.destination = destination;
  return request;
}

/**
 * The order request for the cart's `lines`, the draft and the `quote` the shopper confirmed (its
 * total is the expected total), with the address and the delivery option only when `needs` asks
 * for them.
 */
export function orderRequestOf(
  draft: CheckoutDraft,
  order: { currency: string; lines: LineRequest[]; quote: Quote; needs: CheckoutRequirements; locale: string },
): OrderRequest {
  const { needs } = order;
  const request: OrderRequest = {
    currency: order.currency,
    lines: order.lines,
    contact: { name: draft.contact.name.trim(), phone: draft.contact.phone.trim(), email: draft.contact.email.trim() },
    paymentMethodId: draft.paymentMethodId ?? '',
    expectedTotal: order.quote.total,
    locale: order.locale,
  };
  if (needs.address !== 'none') request.shippingAddress = trimAddress(draft.shippingAddress);
  if (needs.shippingOption) request.shippingOptionId = draft.shippingOptionId ?? '';
  const coupon = draft.couponCode?.trim();
  if (coupon) request.couponCode = coupon;
  const note = draft.note?.trim();
  if (note) request.note = note;
  if (draft.company) request.company = normalizeCompanyDetails(draft.company);
  return request;
}
