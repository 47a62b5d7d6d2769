/**
 * Orders of the contract shop (`contract-shop.ts`) for the REST contract suite: lines, addresses
 * and requests whose prices follow from the shop's rules (written out where a test checks them). Test-only; not part
 * of the published package.
 *
 * @module
 */
import type { Address, Contact, LineRequest, OrderRequest } from '../../order/order-schema.ts';
import type { ContractAdapter } from './suite-context.ts';

export const SHENZHEN: Address = { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' };
export const BEIJING: Address = { country: 'CN', region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路88号', postalCode: '100022' };

/** Two engraved 500 ml navy flasks in a gift box, express delivery, coupon SAVE20, by card: 2 × (169 + 18) − 20 + 25 = ¥379.00. */
export function flaskOrder(contact: Contact): OrderRequest {
  return {
    currency: 'CNY',
    lines: [{ productId: 'flask', variantId: 'flask-500ml-navy', quantity: 2, personalization: { engraving: 'Happy birthday', 'gift-wrap': 'gift-box' } }],
    contact,
    shippingAddress: SHENZHEN,
    shippingOptionId: 'express',
    paymentMethodId: 'card',
    couponCode: 'SAVE20',
    expectedTotal: { amount: 37900, currency: 'CNY' },
  };
}

/** `quantity` shirts, navy M unless told (`shirt-<colour>-<size>`, colours navy and white, sizes S–XL; ¥79.00, XL ¥89.00). */
export { shirtLine as shirt } from '../test-shop.ts';

/** `reams` reams of A4 paper (¥23.00 from 50 reams: 250 make ¥5,750.00, over the ¥5,000.00 risk threshold). */
export const paper = (reams: number): LineRequest => ({ productId: 'paper', variantId: 'paper-a4', quantity: reams, personalization: {} });

/**
 * An order of `lines` by `contact`, shipped to Shenzhen by standard delivery (booking-only orders
 * need no address), paid with WeChat Pay, at the total the backend quotes for it now.
 */
export async function pricedOrder(api: ContractAdapter, contact: Contact, lines: LineRequest[], patch: Partial<OrderRequest> = {}): Promise<OrderRequest> {
  const draft: OrderRequest = {
    currency: 'CNY',
    lines,
    contact,
    shippingOptionId: 'standard',
    shippingAddress: SHENZHEN,
    paymentMethodId: 'wechat_pay',
    expectedTotal: { amount: 0, currency: 'CNY' },
    ...patch,
  };
  const quote = await api.quote({
    currency: draft.currency,
    lines: draft.lines,
    ...(draft.couponCode ? { couponCode: draft.couponCode } : {}),
    ...(draft.shippingAddress ? { shippingOptionId: draft.shippingOptionId, destination: { country: draft.shippingAddress.country, region: draft.shippingAddress.region, postalCode: draft.shippingAddress.postalCode } } : {}),
  });
  if (!quote.requiresAddress) {
    // Nothing to ship (bookings only): no address, no delivery option, priced without them.
    const { shippingAddress: _address, shippingOptionId: _option, ...withoutAddress } = draft;
    const unshipped = await api.quote({ currency: draft.currency, lines: draft.lines, ...(draft.couponCode ? { couponCode: draft.couponCode } : {}) });
    return { ...withoutAddress, expectedTotal: unshipped.total };
  }
  return { ...draft, expectedTotal: quote.total };
}

/** An order placed by `contact` (see {@link pricedOrder}), with its access. */
export async function placeOrder(api: ContractAdapter, contact: Contact, lines: LineRequest[], key: string, patch: Partial<OrderRequest> = {}) {
  const placed = await api.submitOrder(await pricedOrder(api, contact, lines, patch), { idempotencyKey: key });
  return { order: placed.order, access: { accessToken: placed.accessToken } };
}
