import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BookingSelection } from '../booking/booking-schema.ts';
import { isOrderZoneError } from '../errors.ts';
import type { Quote, QuoteLine } from '../order/order-schema.ts';
import { memoryStorage, memoryStorageGroup, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct, cleaningProduct, cny, hotelProduct, mugProduct } from '../testing/booking-products.ts';
import { bookingLineStatus, createCart, holdSecondsLeft, type CartLine } from './cart.ts';
import { readStoredCart } from './stored-cart.ts';

const NOW = Date.parse('2026-04-30T08:00:00.000Z');
const HOLD = { id: 'hold-1', expiresAt: '2026-04-30T08:10:00.000Z' };

function newCart(storage: KeyValueStorage = memoryStorage()) {
  return createCart({ shopId: 'shop', currency: 'CNY', storage, now: () => NOW });
}

const slotAt = (start: string, resourceId = 'li'): BookingSelection => ({ type: 'time_slot', start, resourceId });
const stay: BookingSelection = { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-03' };
const seats: BookingSelection = { type: 'seats', sessionId: 'evening', seatIds: ['A2', 'A1'] };

function quoteOf(lines: QuoteLine[]): Quote {
  return { currency: 'CNY', lines, subtotal: cny(0), adjustments: [], total: cny(0), shippingOptions: [], orderable: false };
}

function quotedBooking(line: CartLine, extra: Partial<QuoteLine> = {}): QuoteLine {
  return {
    productId: line.productId,
    variantId: line.variantId,
    sku: line.seen.sku,
    title: line.seen.title,
    quantity: 1,
    personalization: {},
    unitPrice: line.seen.unitPrice,
    total: line.seen.unitPrice,
    available: null,
    shipped: false,
    booking: line.bookingDetails!,
    ...extra,
  };
}

describe('cart: booking lines', () => {
  it('adds a booking as one line priced from the product, with its details and hold', async () => {
    const cart = newCart();
    const { line, notice } = await cart.addBooking({ product: hotelProduct(), variantId: 'standard', booking: stay, hold: HOLD });
    assert.equal(notice, undefined);
    assert.equal(line?.quantity, 1);
    assert.deepEqual(line?.seen.unitPrice, cny(90000));
    assert.deepEqual(line?.bookingDetails?.type === 'stay' && line.bookingDetails.nights.map((n) => n.date), ['2026-05-01', '2026-05-02']);
    assert.deepEqual(line?.hold, HOLD);
    assert.equal(cart.$itemCount.get(), 1);
  });

  it('two different slots of one service are two lines; the same pick twice is one line and a notice', async () => {
    const cart = newCart();
    await cart.addBooking({ product: cleaningProduct(), variantId: 'cleaning-2h', booking: slotAt('2026-05-01T01:00:00.000Z'), hold: HOLD });
    await cart.addBooking({ product: cleaningProduct(), variantId: 'cleaning-2h', booking: slotAt('2026-05-01T03:00:00.000Z'), hold: { ...HOLD, id: 'hold-2' } });
    const again = await cart.addBooking({ product: cleaningProduct(), variantId: 'cleaning-2h', booking: slotAt('2026-05-01T09:00:00+08:00'), hold: { ...HOLD, id: 'hold-3' } });
    assert.deepEqual(again.notice, { code: 'booking_already_in_cart' });
    assert.equal(again.line?.hold?.id, 'hold-1', 'the line in the cart keeps its own hold');
    assert.equal(cart.$lines.get().length, 2);
  });

  it('seats in another order are the same pick', async () => {
    const cart = newCart();
    await cart.addBooking({ product: cinemaProduct(), variantId: 'ticket', booking: seats, hold: HOLD });
    const again = await cart.addBooking({ product: cinemaProduct(), variantId: 'ticket', booking: { ...seats, seatIds: ['A1', 'A2'] } });
    assert.equal(again.notice?.code, 'booking_already_in_cart');
  });

  it('a pick that breaks the rules is refused with field errors and the cart is unchanged', async () => {
    const cart = newCart();
    cart.add({ product: mugProduct(), variantId: 'mug', quantity: 2 });
    await assert.rejects(
      () => cart.addBooking({ product: cinemaProduct(), variantId: 'ticket', booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1', 'A2', 'A3', 'A4'] } }),
      (error: unknown) => isOrderZoneError(error) && error.code === 'validation' && error.fieldErrors.some((e) => e.code === 'too_many_seats'),
    );
    assert.deepEqual(
      cart.$lines.get().map((l) => [l.productId, l.quantity]),
      [['mug', 2]],
    );
  });

  it('add() refuses a bookable product and says to book it', () => {
    const cart = newCart();
    assert.throws(
      () => cart.add({ product: hotelProduct(), variantId: 'standard', quantity: 1 }),
      (error: unknown) => isOrderZoneError(error) && error.code === 'validation' && error.fieldErrors[0]?.code === 'booking_required',
    );
  });

  it('a booking line stays at quantity 1: more gives a notice, 0 removes it', async () => {
    const cart = newCart();
    const { line } = await cart.addBooking({ product: hotelProduct(), variantId: 'standard', booking: stay, hold: HOLD });
    assert.deepEqual(cart.setQuantity(line!.key, 3).notice, { code: 'booking_quantity_fixed', requested: 3 });
    assert.equal(cart.$lines.get()[0]?.quantity, 1);
    assert.equal(cart.setQuantity(line!.key, 1).notice, undefined);
    cart.setQuantity(line!.key, 0);
    assert.equal(cart.$lines.get().length, 0);
  });

  it('toLineRequests sends the pick and the hold id; goods lines stay as before', async () => {
    const cart = newCart();
    cart.add({ product: mugProduct(), variantId: 'mug', quantity: 1 });
    await cart.addBooking({ product: cinemaProduct(), variantId: 'ticket', booking: seats, hold: HOLD });
    assert.deepEqual(cart.toLineRequests(), [
      { productId: 'mug', variantId: 'mug', quantity: 1, personalization: {} },
      { productId: 'cinema', variantId: 'ticket', quantity: 1, personalization: {}, booking: seats, holdId: 'hold-1' },
    ]);
  });

  it('removing tells onRemove listeners; undo puts a booking back without its hold, marked hold_expired', async () => {
    const cart = newCart();
    const removed: string[] = [];
    cart.onRemove((line) => removed.push(line.hold?.id ?? 'none'));
    const { line } = await cart.addBooking({ product: hotelProduct(), variantId: 'standard', booking: stay, hold: HOLD });
    cart.remove(line!.key);
    assert.deepEqual(removed, ['hold-1']);
    assert.equal(cart.undoRemove(), true);
    const back = cart.$lines.get()[0]!;
    assert.equal(back.hold, undefined);
    assert.equal(back.bookingProblem, 'hold_expired');
    assert.equal(bookingLineStatus(back, new Date(NOW)), 'hold_expired');
    cart.clear();
    assert.deepEqual(removed, ['hold-1'], 'clear() is not a removal by the shopper (an order was placed)');
  });

  it('updateBooking replaces the hold and clears the problem', async () => {
    const cart = newCart();
    const { line } = await cart.addBooking({ product: hotelProduct(), variantId: 'standard', booking: stay, hold: HOLD });
    cart.updateBooking(line!.key, { bookingProblem: 'hold_expired' });
    assert.equal(cart.$lines.get()[0]?.bookingProblem, 'hold_expired');
    const updated = cart.updateBooking(line!.key, { hold: { id: 'hold-9', expiresAt: '2026-04-30T08:20:00.000Z' }, bookingProblem: null });
    assert.deepEqual([updated?.hold?.id, updated?.bookingProblem], ['hold-9', undefined]);
    assert.equal(cart.updateBooking('nope', { hold: null }), undefined);
  });
});

describe('cart: bookings and quotes', () => {
  it('marks lapsed and taken lines from the quote and refreshes the hold expiry', async () => {
    const cart = newCart();
    const a = (await cart.addBooking({ product: hotelProduct(), variantId: 'standard', booking: stay, hold: HOLD })).line!;
    const b = (await cart.addBooking({ product: cinemaProduct(), variantId: 'ticket', booking: seats, hold: { ...HOLD, id: 'hold-2' } })).line!;
    const c = (await cart.addBooking({ product: cleaningProduct(), variantId: 'cleaning-2h', booking: slotAt('2026-05-01T01:00:00.000Z'), hold: { ...HOLD, id: 'hold-3' } })).line!;
    cart.applyQuote(
      quoteOf([
        quotedBooking(a, { problem: { code: 'hold_expired' }, hold: HOLD }),
        quotedBooking(b, { problem: { code: 'booking_unavailable' } }),
        quotedBooking(c, { hold: { id: 'hold-3', expiresAt: '2026-04-30T08:15:00.000Z' } }),
      ]),
    );
    const [la, lb, lc] = cart.$lines.get();
    assert.deepEqual([la?.bookingProblem, lb?.bookingProblem, lc?.bookingProblem], ['hold_expired', 'booking_unavailable', undefined]);
    assert.equal(lc?.hold?.expiresAt, '2026-04-30T08:15:00.000Z');
    assert.equal(la?.hold?.id, 'hold-1', 'the lapsed hold id is kept so the backend keeps recognising it');
  });

  it('a fine quote clears an earlier problem; an "any" slot matches its quote line by hold id', async () => {
    const cart = newCart();
    const line = (await cart.addBooking({ product: cleaningProduct(), variantId: 'cleaning-2h', booking: { type: 'time_slot', start: '2026-05-01T01:00:00.000Z' }, hold: HOLD })).line!;
    cart.updateBooking(line.key, { bookingProblem: 'hold_expired' });
    const assigned = { ...line.bookingDetails!, resourceId: 'wang' } as QuoteLine['booking'];
    cart.applyQuote(quoteOf([quotedBooking(line, { booking: assigned, hold: HOLD, unitPrice: cny(21000) })]));
    const after = cart.$lines.get()[0]!;
    assert.equal(after.bookingProblem, undefined);
    assert.deepEqual(after.seen.unitPrice, cny(21000));
    assert.equal(after.bookingDetails?.type === 'time_slot' && after.bookingDetails.resourceId, 'wang');
  });
});

describe('cart: hold countdown', () => {
  it('holdSecondsLeft counts down to 0 and is undefined without a hold', async () => {
    const cart = newCart();
    const line = (await cart.addBooking({ product: hotelProduct(), variantId: 'standard', booking: stay, hold: HOLD })).line!;
    assert.equal(holdSecondsLeft(line, new Date('2026-04-30T08:00:00.000Z')), 600);
    assert.equal(holdSecondsLeft(line, new Date('2026-04-30T08:09:59.500Z')), 1);
    assert.equal(holdSecondsLeft(line, new Date('2026-04-30T08:10:00.000Z')), 0);
    assert.equal(bookingLineStatus(line, new Date('2026-04-30T08:09:00.000Z')), 'held');
    assert.equal(bookingLineStatus(line, new Date('2026-04-30T08:10:00.000Z')), 'hold_expired');
    const mug = cart.add({ product: mugProduct(), variantId: 'mug', quantity: 1 }).line!;
    assert.equal(holdSecondsLeft(mug, new Date(NOW)), undefined);
    assert.equal(bookingLineStatus(mug, new Date(NOW)), undefined);
  });
});

describe('cart: stored booking lines', () => {
  it('survive a reload and reach another tab with their pick, details, hold and problem', async () => {
    const group = memoryStorageGroup();
    const first = newCart(group.connect());
    const line = (await first.addBooking({ product: cinemaProduct(), variantId: 'ticket', booking: seats, hold: HOLD })).line!;
    first.updateBooking(line.key, { bookingProblem: 'hold_expired' });
    const second = newCart(group.connect());
    assert.deepEqual(second.$lines.get(), first.$lines.get());
    assert.equal(second.$lines.get()[0]?.bookingProblem, 'hold_expired');
  });

  it('loads old stored lines without booking fields, drops lines with a malformed pick and counts them', () => {
    const old = {
      productId: 'mug',
      variantId: 'mug',
      quantity: 2,
      personalization: {},
      seen: { title: 'Mug', sku: 'MUG', unitPrice: cny(4900) },
      quantityRule: { min: 1, step: 1 },
      stock: 5,
      addedAt: NOW,
      extra: 'ignored',
    };
    const badPick = { ...old, productId: 'hotel', variantId: 'standard', booking: { type: 'stay', checkIn: 'tomorrow' } };
    const badHold = { ...old, productId: 'hotel', variantId: 'standard', booking: stay, hold: { id: 'h' } };
    const badProblem = { ...old, productId: 'hotel', variantId: 'standard', booking: stay, bookingProblem: 'sold' };
    const read = readStoredCart(JSON.stringify({ version: 1, currency: 'CNY', lines: [old, badPick, badHold, badProblem] }), 'CNY');
    assert.equal(read.status, 'ok');
    if (read.status !== 'ok') return;
    assert.equal(read.dropped, 3);
    assert.deepEqual(
      read.lines.map((l) => [l.productId, l.quantity, 'extra' in l]),
      [['mug', 2, false]],
    );
  });

  it('a stored booking line is always quantity 1 and identical picks are not added up', () => {
    const line = {
      productId: 'hotel',
      variantId: 'standard',
      quantity: 3,
      personalization: {},
      seen: { title: 'Hotel', sku: 'ROOM', unitPrice: cny(90000) },
      quantityRule: { min: 1, max: 1, step: 1 },
      stock: null,
      addedAt: NOW,
      booking: stay,
    };
    const read = readStoredCart(JSON.stringify({ version: 1, currency: 'CNY', lines: [line, line] }), 'CNY');
    assert.ok(read.status === 'ok');
    assert.deepEqual(
      read.status === 'ok' && read.lines.map((l) => l.quantity),
      [1],
    );
  });

  it('a stored value that is not a cart is corrupt', () => {
    for (const raw of ['{', '[]', JSON.stringify({ version: 2, currency: 'CNY', lines: [] }), JSON.stringify({ version: 1, currency: 'USD', lines: [] }), JSON.stringify({ version: 1, currency: 'CNY' })]) {
      assert.equal(readStoredCart(raw, 'CNY').status, 'corrupt', raw);
    }
  });
});
