import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCart, type CartLine } from '../cart/cart.ts';
import { bookingStandingBlocks } from '../cart/quoted-lines.ts';
import type { Quote, QuoteLine } from '../order/order-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct, cny, mugProduct } from '../testing/booking-products.ts';
import { bookingLineOtherProblem, cartCheckoutBlock, struckListUnitPrice } from './cart-checkout-rules.ts';
import { quoteLineOf } from '../testing/quote-line-of.ts';

const NOW = Date.parse('2026-04-30T08:00:00.000Z');
const HOLD = { id: 'hold-1', expiresAt: '2026-04-30T08:10:00.000Z' };
const now = new Date(NOW);
const afterHold = new Date(Date.parse(HOLD.expiresAt) + 1000);

function newCart() {
  return createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage(), now: () => NOW });
}

function quoteOf(lines: QuoteLine[], orderable = true): Quote {
  return { currency: 'CNY', lines, subtotal: cny(0), adjustments: [], total: cny(0), shippingOptions: [], orderable };
}


function mugLine(): CartLine {
  const cart = newCart();
  const product = mugProduct();
  cart.add({ product, variantId: product.variants[0]!.id, quantity: 2 });
  return cart.$lines.get()[0]!;
}

async function seatLine(): Promise<CartLine> {
  const cart = newCart();
  await cart.addBooking({ product: cinemaProduct(), variantId: cinemaProduct().variants[0]!.id, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1'] }, hold: HOLD });
  return cart.$lines.get()[0]!;
}

describe('bookingStandingBlocks', () => {
  it('blocks a lapsed hold and a taken pick, not a held line nor goods', () => {
    assert.equal(bookingStandingBlocks('hold_expired'), true);
    assert.equal(bookingStandingBlocks('booking_unavailable'), true);
    assert.equal(bookingStandingBlocks('held'), false);
    assert.equal(bookingStandingBlocks(undefined), false);
  });
});

describe('struckListUnitPrice', () => {
  it('is the list price when the quote charges less, and nothing when it charges the list price or says none', () => {
    const mug = mugLine();
    const lower = quoteLineOf(mug, { unitPrice: cny(3000), listUnitPrice: cny(3500) });
    assert.deepEqual(struckListUnitPrice(lower), cny(3500));
    assert.equal(struckListUnitPrice(quoteLineOf(mug, { unitPrice: cny(3500), listUnitPrice: cny(3500) })), undefined);
    assert.equal(struckListUnitPrice(quoteLineOf(mug)), undefined);
    assert.equal(struckListUnitPrice(undefined), undefined);
  });
});

describe('bookingLineOtherProblem', () => {
  it('is a problem the quote reports that is not about the hold or the pick', async () => {
    const seat = await seatLine();
    assert.deepEqual(bookingLineOtherProblem(quoteLineOf(seat, { problem: { code: 'unavailable' } })), { code: 'unavailable' });
    assert.equal(bookingLineOtherProblem(quoteLineOf(seat, { problem: { code: 'hold_expired' } })), undefined);
    assert.equal(bookingLineOtherProblem(quoteLineOf(seat, { problem: { code: 'booking_unavailable' } })), undefined);
    assert.equal(bookingLineOtherProblem(quoteLineOf(seat)), undefined);
    assert.equal(bookingLineOtherProblem(undefined), undefined);
  });
});

describe('cartCheckoutBlock', () => {
  it('lets an orderable cart with running holds go on', async () => {
    const mug = mugLine();
    const seat = await seatLine();
    assert.equal(cartCheckoutBlock([mug, seat], quoteOf([quoteLineOf(mug), quoteLineOf(seat)]), now), undefined);
  });

  it('is blocked by bookings when a hold lapsed by the clock, even while a change is re-quoted', async () => {
    const mug = mugLine();
    const seat = await seatLine();
    assert.equal(cartCheckoutBlock([mug, seat], undefined, afterHold), 'bookings');
    assert.equal(cartCheckoutBlock([mug, seat], quoteOf([quoteLineOf(mug), quoteLineOf(seat)], false), afterHold), 'bookings');
  });

  it('is blocked by bookings when the quote says the pick was taken', async () => {
    const seat = await seatLine();
    assert.equal(cartCheckoutBlock([seat], quoteOf([quoteLineOf(seat, { problem: { code: 'booking_unavailable' } })], false), now), 'bookings');
  });

  it('is blocked by problems when the quote about this cart says not every line can be ordered, and not while it is re-quoted', async () => {
    const mug = mugLine();
    assert.equal(cartCheckoutBlock([mug], quoteOf([quoteLineOf(mug, { problem: { code: 'out_of_stock' } })], false), now), 'problems');
    assert.equal(cartCheckoutBlock([mug], undefined, now), undefined);
  });
});
