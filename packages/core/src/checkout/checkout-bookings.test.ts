import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { BookingSelection } from '../booking/booking-schema.ts';
import { createCart, type Cart } from '../cart/cart.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { OrderZoneError } from '../errors.ts';
import type { Order, OrderRequest, OrderWithAccess, Quote, QuoteRequest } from '../order/order-schema.ts';
import { priceQuote, type PricingRules } from '../pricing/price-quote.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct, cleaningProduct, cny, hotelProduct, mugProduct } from '../testing/booking-products.ts';
import { checkoutRequirements, createCheckout } from './checkout.ts';
import { validateCheckoutDraft } from './checkout-validation.ts';

const NOW = new Date('2026-04-30T08:00:00.000Z');
const products = new Map<string, Product>([mugProduct(), cleaningProduct(), hotelProduct(), cinemaProduct()].map((p) => [p.id, p]));
const rules: PricingRules = {
  currency: 'CNY',
  coupons: [],
  shippingRates: [{ id: 'std', label: 'Standard', price: cny(1000) }],
};

const stay: BookingSelection = { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-03' };
const seats: BookingSelection = { type: 'seats', sessionId: 'evening', seatIds: ['A1', 'A2'] };
const slot: BookingSelection = { type: 'time_slot', start: '2026-05-01T01:00:00.000Z', resourceId: 'li' };

/** A backend pricing with the core's priceQuote, and knowing which holds are still active. */
function bookingBackend() {
  const activeHolds = new Set<string>();
  const submitted: OrderRequest[] = [];
  function quote(request: QuoteRequest): Quote {
    const priced = priceQuote(request, (id) => products.get(id), rules, NOW);
    priced.lines = priced.lines.map((line, index) => {
      const holdId = request.lines[index]?.holdId;
      if (!line.booking || line.problem) return line;
      if (!holdId || !activeHolds.has(holdId)) return { ...line, problem: { code: 'hold_expired' } };
      return { ...line, hold: { id: holdId, expiresAt: '2026-04-30T08:10:00.000Z' } };
    });
    priced.orderable = priced.orderable && priced.lines.every((line) => !line.problem);
    return priced;
  }
  const adapter = {
    getCheckoutOptions: async () => ({ paymentMethods: [{ id: 'alipay', kind: 'alipay' as const, label: '支付宝' }], countries: ['CN'] }),
    quote: async (request: QuoteRequest) => quote(request),
    async submitOrder(request: OrderRequest): Promise<OrderWithAccess> {
      submitted.push(request);
      const current = quote(request);
      const order: Order = {
        orderNumber: `OZ-${submitted.length}`,
        status: 'pending_payment',
        createdAt: NOW.toISOString(),
        currency: 'CNY',
        lines: current.lines,
        subtotal: current.subtotal,
        adjustments: current.adjustments,
        total: current.total,
        contact: request.contact,
        paymentMethod: { id: 'alipay', kind: 'alipay', label: '支付宝' },
        payment: { type: 'none' },
      };
      if (request.shippingAddress) order.shippingAddress = request.shippingAddress;
      return { order, accessToken: `token-of-${order.orderNumber}-xxxxxxxxxxxxxx` };
    },
  } as unknown as BackendAdapter;
  return { adapter, activeHolds, submitted };
}

function openPage(adapter: BackendAdapter) {
  const storage = memoryStorage();
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage, now: () => NOW.getTime() });
  const checkout = createCheckout({ shopId: 'shop', currency: 'CNY', adapter, cart, storage, locale: () => 'zh-CN', newKey: () => 'key-1', quoteDebounceMs: 0, now: () => 42 });
  return { cart, checkout };
}

async function book(cart: Cart, activeHolds: Set<string>, productId: string, variantId: string, booking: BookingSelection, holdId: string) {
  activeHolds.add(holdId);
  return (await cart.addBooking({ product: products.get(productId) as never, variantId, booking, hold: { id: holdId, expiresAt: '2026-04-30T08:10:00.000Z' } })).line!;
}

const contact = { name: '王小明', phone: '13800138000', email: 'wang@example.com' };
const address = { country: 'CN', region: '上海市', city: '上海市', district: '徐汇区', line1: '漕溪北路 1 号', postalCode: '200030' };

describe('checkout with bookings: what the order needs', () => {
  it('stays and seats alone need neither an address nor a delivery option, and the order carries picks and holds', async () => {
    const { adapter, activeHolds, submitted } = bookingBackend();
    const { cart, checkout } = openPage(adapter);
    await book(cart, activeHolds, 'hotel', 'standard', stay, 'h-stay');
    await book(cart, activeHolds, 'cinema', 'ticket', seats, 'h-seats');
    assert.deepEqual(checkout.$requirements.get(), { address: 'none', shippingOption: false });
    checkout.update({ contact, paymentMethodId: 'alipay' });
    const order = await checkout.submit();
    assert.equal(order?.orderNumber, 'OZ-1');
    const request = submitted[0]!;
    assert.equal('shippingAddress' in request, false);
    assert.equal('shippingOptionId' in request, false);
    assert.deepEqual(
      request.lines.map((l) => [l.productId, l.booking?.type, l.holdId]),
      [
        ['hotel', 'stay', 'h-stay'],
        ['cinema', 'seats', 'h-seats'],
      ],
    );
    assert.equal(cart.$lines.get().length, 0, 'the cart is emptied once the order exists');
  });

  it('an on-site service needs a service address but no delivery option', async () => {
    const { adapter, activeHolds, submitted } = bookingBackend();
    const { cart, checkout } = openPage(adapter);
    await book(cart, activeHolds, 'cleaning', 'cleaning-2h', slot, 'h-slot');
    assert.deepEqual(checkout.$requirements.get(), { address: 'service', shippingOption: false });
    checkout.update({ contact, paymentMethodId: 'alipay' });
    assert.equal(await checkout.submit(), undefined);
    const fields = checkout.$state.get().fieldErrors.map((e) => e.field);
    assert.ok(fields.includes('shippingAddress.line1'));
    assert.ok(!fields.includes('shippingOptionId'));
    checkout.update({ shippingAddress: address });
    assert.equal((await checkout.submit())?.orderNumber, 'OZ-1');
    assert.equal(submitted[0]?.shippingAddress?.line1, '漕溪北路 1 号');
    assert.equal('shippingOptionId' in submitted[0]!, false);
  });

  it('goods beside a booking need shipping as before', async () => {
    const { adapter, activeHolds, submitted } = bookingBackend();
    const { cart, checkout } = openPage(adapter);
    cart.add({ product: mugProduct(), variantId: 'mug', quantity: 1 });
    await book(cart, activeHolds, 'cinema', 'ticket', seats, 'h-seats');
    assert.deepEqual(checkout.$requirements.get(), { address: 'shipping', shippingOption: true });
    checkout.update({ contact, shippingAddress: address, paymentMethodId: 'alipay' });
    await checkout.refreshQuote();
    assert.equal((await checkout.submit())?.orderNumber, 'OZ-1');
    assert.equal(submitted[0]?.shippingOptionId, 'std');
  });
});

describe('checkout with bookings: lapsed holds', () => {
  it('stops before submitting, says which line lapsed, marks it in the cart, and goes through once re-checked', async () => {
    const { adapter, activeHolds, submitted } = bookingBackend();
    const { cart, checkout } = openPage(adapter);
    const kept = await book(cart, activeHolds, 'cinema', 'ticket', seats, 'h-seats');
    const lapsed = await book(cart, activeHolds, 'hotel', 'standard', stay, 'h-stay');
    activeHolds.delete('h-stay');
    checkout.update({ contact, paymentMethodId: 'alipay' });
    assert.equal(await checkout.submit(), undefined);
    assert.equal(submitted.length, 0);
    const state = checkout.$state.get();
    assert.equal(state.phase, 'review_changes');
    assert.deepEqual(
      state.changes.map((c) => (c.kind === 'booking' ? [c.kind, c.lineKey, c.problem] : [c.kind])),
      [['booking', lapsed.key, 'hold_expired']],
    );
    assert.deepEqual(
      cart.$lines.get().map((l) => l.bookingProblem),
      [undefined, 'hold_expired'],
    );
    assert.equal(kept.bookingProblem, undefined);

    // What zone.bookings.recheck() does once the backend holds the stay again.
    activeHolds.add('h-stay-2');
    cart.updateBooking(lapsed.key, { hold: { id: 'h-stay-2', expiresAt: '2026-04-30T08:20:00.000Z' }, bookingProblem: null });
    checkout.acceptChanges();
    assert.equal((await checkout.submit())?.orderNumber, 'OZ-1');
    assert.equal(submitted[0]?.lines[1]?.holdId, 'h-stay-2');
  });
});

describe('checkout with bookings: taken at the last moment', () => {
  it('a booking conflict at submission is a refusal, and a fresh quote shows which line', async () => {
    const { adapter, activeHolds } = bookingBackend();
    const { cart, checkout } = openPage(adapter);
    const line = await book(cart, activeHolds, 'cinema', 'ticket', seats, 'h-seats');
    checkout.update({ contact, paymentMethodId: 'alipay' });
    await checkout.refreshQuote();
    adapter.submitOrder = async () => {
      activeHolds.delete('h-seats');
      throw new OrderZoneError('conflict', 'Seat A1 was taken.', { details: { reason: 'booking_unavailable' } });
    };
    assert.equal(await checkout.submit(), undefined);
    const state = checkout.$state.get();
    assert.equal(state.error?.code, 'conflict');
    assert.equal(state.resumable, false, 'a refusal, not an unknown outcome');
    await checkout.refreshQuote();
    assert.deepEqual(
      checkout.$state.get().changes.map((c) => c.kind === 'booking' && [c.lineKey, c.problem]),
      [[line.key, 'hold_expired']],
    );
    assert.equal(cart.$lines.get()[0]?.bookingProblem, 'hold_expired');
  });
});

describe('checkoutRequirements and validation', () => {
  it('follows the lines before a quote arrives; an empty cart requires everything', async () => {
    const { activeHolds } = bookingBackend();
    const cart = createCart({ shopId: 's', currency: 'CNY', storage: memoryStorage() });
    assert.deepEqual(checkoutRequirements(cart.$lines.get()), { address: 'shipping', shippingOption: true });
    await book(cart, activeHolds, 'hotel', 'standard', stay, 'h1');
    assert.deepEqual(checkoutRequirements(cart.$lines.get()), { address: 'none', shippingOption: false });
    await book(cart, activeHolds, 'cleaning', 'cleaning-2h', slot, 'h2');
    assert.deepEqual(checkoutRequirements(cart.$lines.get()), { address: 'service', shippingOption: false });
  });

  it('a quote for other lines is not used; a quote for these lines is', async () => {
    const { activeHolds } = bookingBackend();
    const cart = createCart({ shopId: 's', currency: 'CNY', storage: memoryStorage() });
    await book(cart, activeHolds, 'hotel', 'standard', stay, 'h1');
    const stale = priceQuote({ currency: 'CNY', lines: [{ productId: 'mug', variantId: 'mug', quantity: 1, personalization: {} }] }, (id) => products.get(id), rules, NOW);
    assert.deepEqual(checkoutRequirements(cart.$lines.get(), stale), { address: 'none', shippingOption: false });
    const current = { ...priceQuote({ currency: 'CNY', lines: cart.toLineRequests() }, (id) => products.get(id), rules, NOW), requiresAddress: true };
    assert.deepEqual(checkoutRequirements(cart.$lines.get(), current), { address: 'service', shippingOption: false });
  });

  it('validateCheckoutDraft leaves out the address and the delivery option when not needed', () => {
    const draft = { contact, shippingAddress: { country: 'CN', region: '', city: '', district: '', line1: '', postalCode: '' }, paymentMethodId: 'alipay' };
    assert.deepEqual(validateCheckoutDraft(draft, { address: 'none', shippingOption: false }), []);
    assert.deepEqual(
      validateCheckoutDraft(draft, { address: 'service', shippingOption: false }).map((e) => e.field),
      ['shippingAddress.region', 'shippingAddress.city', 'shippingAddress.district', 'shippingAddress.line1', 'shippingAddress.postalCode'],
    );
    assert.ok(validateCheckoutDraft(draft).some((e) => e.field === 'shippingOptionId'), 'by default everything is required, as before');
  });
});
