import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote, QuoteLine } from '../order/order-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct, cny, mugProduct } from '../testing/booking-products.ts';
import { createCart, type CartLine } from './cart.ts';
import { availableUnits, bookingLineStanding, lineProblemRemedy, lowStockCount, matchQuoteLines, quoteLineOfEach } from './quoted-lines.ts';
import { quoteLineOf } from '../testing/quote-line-of.ts';

const NOW = Date.parse('2026-04-30T08:00:00.000Z');
const HOLD = { id: 'hold-1', expiresAt: '2026-04-30T08:10:00.000Z' };

function newCart() {
  return createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage(), now: () => NOW });
}

function quoteOf(lines: QuoteLine[]): Quote {
  return { currency: 'CNY', lines, subtotal: cny(0), adjustments: [], total: cny(0), shippingOptions: [], orderable: false };
}


function mugLine(quantity = 2): CartLine {
  const cart = newCart();
  const product = mugProduct();
  cart.add({ product, variantId: product.variants[0]!.id, quantity });
  return cart.$lines.get()[0]!;
}

async function seatLine(hold = HOLD): Promise<CartLine> {
  const cart = newCart();
  await cart.addBooking({ product: cinemaProduct(), variantId: cinemaProduct().variants[0]!.id, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1'] }, hold });
  return cart.$lines.get()[0]!;
}

describe('matchQuoteLines', () => {
  it('pairs each cart line with the quote line that prices it, in cart order', async () => {
    const mug = mugLine();
    const seat = await seatLine();
    const q = [quoteLineOf(seat), quoteLineOf(mug)];
    assert.deepEqual(matchQuoteLines([mug, seat], quoteOf(q)), [q[1], q[0]]);
  });

  it('is undefined when the quote is about another cart: other quantities, a missing line, no quote', async () => {
    const mug = mugLine(2);
    assert.equal(matchQuoteLines([mug], quoteOf([quoteLineOf(mug, { quantity: 3 })])), undefined);
    assert.equal(matchQuoteLines([mug], quoteOf([])), undefined);
    assert.equal(matchQuoteLines([mug], undefined), undefined);
  });

  it('counts blank personalization values as absent, as the cart line key does (the cart panel once told "" and " " apart)', async () => {
    const mug = mugLine();
    const q = quoteLineOf(mug, { personalization: { engraving: ' ' } });
    assert.deepEqual(matchQuoteLines([mug], quoteOf([q])), [q]);
  });

  it('pairs a booking line by its hold even when the backend resolved the pick differently', async () => {
    const seat = await seatLine();
    const q = quoteLineOf(seat, { booking: { ...seat.bookingDetails!, type: 'seats', sessionId: 'other', seats: [] } as QuoteLine['booking'] });
    assert.deepEqual(matchQuoteLines([seat], quoteOf([q])), [q]);
  });
});

describe('quoteLineOfEach', () => {
  it('keeps the quote line of every line the quote priced as it is now, and none for a line changed since', async () => {
    const mug = mugLine(2);
    const seat = await seatLine();
    const q = [quoteLineOf(seat), quoteLineOf(mug)];
    const changedMug = { ...mug, quantity: 3 };
    assert.equal(matchQuoteLines([changedMug, seat], quoteOf(q)), undefined, 'the quote is about another cart');
    assert.deepEqual(quoteLineOfEach([changedMug, seat], quoteOf(q)), [undefined, q[0]]);
    assert.deepEqual(quoteLineOfEach([mug, seat], quoteOf(q)), [q[1], q[0]]);
  });

  it('gives none for a line added since, and none at all without a quote', () => {
    const mug = mugLine(2);
    assert.deepEqual(quoteLineOfEach([mug], quoteOf([])), [undefined]);
    assert.deepEqual(quoteLineOfEach([mug], undefined), [undefined]);
  });
});

describe('bookingLineStanding', () => {
  const now = new Date(NOW);

  it('is undefined for goods and held for a running hold the quote finds fine', async () => {
    const mug = mugLine();
    const seat = await seatLine();
    assert.equal(bookingLineStanding(mug, undefined, now), undefined);
    assert.equal(bookingLineStanding(seat, quoteLineOf(seat), now), 'held');
  });

  it('takes the quote\'s word: a hold the backend lost is expired while the clock still runs', async () => {
    const seat = await seatLine();
    assert.equal(bookingLineStanding(seat, quoteLineOf(seat, { problem: { code: 'hold_expired' } }), now), 'hold_expired');
  });

  it('says the pick was taken when the quote says so, even after the hold lapsed by the clock (checking again cannot help)', async () => {
    const seat = await seatLine();
    const later = new Date(Date.parse(HOLD.expiresAt) + 1000);
    assert.equal(bookingLineStanding(seat, quoteLineOf(seat, { problem: { code: 'booking_unavailable' } }), later), 'booking_unavailable');
    assert.equal(bookingLineStanding(seat, undefined, later), 'hold_expired');
  });

  it('ignores a quote about an earlier hold: a line checked again after the quote is held', async () => {
    const seat = await seatLine({ id: 'hold-2', expiresAt: HOLD.expiresAt });
    assert.equal(bookingLineStanding(seat, quoteLineOf(seat, { hold: HOLD, problem: { code: 'hold_expired' } }), now), 'held');
  });

  it('keeps the cart\'s own mark when the quote has none', async () => {
    const seat = { ...(await seatLine()), bookingProblem: 'booking_unavailable' as const };
    assert.equal(bookingLineStanding(seat, quoteLineOf(seat), now), 'booking_unavailable');
  });
});

describe('availableUnits', () => {
  it('takes the quote line\'s figure when the line is priced, else the stock the line last knew', async () => {
    const mug = { ...(mugLine()), stock: 3 };
    assert.equal(availableUnits(mug, undefined), 3);
    assert.equal(availableUnits(mug, quoteLineOf(mug, { available: 50 })), 50);
    assert.equal(availableUnits(mug, quoteLineOf(mug, { available: null })), null);
    assert.equal(availableUnits({ ...mug, stock: null }, undefined), null);
  });
});

describe('lowStockCount', () => {
  it('counts low stock from the quote when priced, else from the line', async () => {
    const mug = { ...(mugLine()), stock: 3 };
    assert.equal(lowStockCount(mug, undefined), 3);
    assert.equal(lowStockCount(mug, quoteLineOf(mug, { available: 50 })), undefined);
    assert.equal(lowStockCount({ ...mug, stock: 50 }, quoteLineOf(mug, { available: 5 })), 5);
  });

  it('is undefined for untracked or sold-out stock, and when the quote reports a problem on the line', async () => {
    const mug = { ...(mugLine()), stock: null };
    assert.equal(lowStockCount(mug, undefined), undefined);
    assert.equal(lowStockCount(mug, quoteLineOf(mug, { available: 0 })), undefined);
    assert.equal(lowStockCount(mug, quoteLineOf(mug, { available: 1, problem: { code: 'insufficient_stock', available: 1 } })), undefined);
  });
});

describe('lineProblemRemedy', () => {
  it('asks for fewer units when the quantity is what is wrong, else for the line to go', () => {
    assert.equal(lineProblemRemedy({ code: 'insufficient_stock' }), 'lower_quantity');
    assert.equal(lineProblemRemedy({ code: 'invalid_quantity' }), 'lower_quantity');
    assert.equal(lineProblemRemedy({ code: 'out_of_stock' }), 'remove');
    assert.equal(lineProblemRemedy({ code: 'invalid_booking' }), 'remove');
  });
});
