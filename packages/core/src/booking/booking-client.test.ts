import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { createCart } from '../cart/cart.ts';
import { isOrderZoneError, OrderZoneError } from '../errors.ts';
import { coreMessages } from '../i18n/core-messages.ts';
import { createTranslator, describeError } from '../i18n/messages.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct, cleaningProduct, cny, hotelProduct, mugProduct } from '../testing/booking-products.ts';
import { createBookingClient } from './booking-client.ts';
import type { Availability, BookingSelection, Hold, PlaceHoldRequest } from './booking-schema.ts';

const NOW = Date.parse('2026-04-30T08:00:00.000Z');
const seats = (...seatIds: string[]): BookingSelection => ({ type: 'seats', sessionId: 'evening', seatIds });

/** A backend that holds seats one shopper at a time and records what it was asked. */
function seatBackend() {
  const held = new Map<string, string>();
  const calls: string[] = [];
  let next = 1;
  const adapter: Pick<BackendAdapter, 'getAvailability' | 'placeHold' | 'releaseHold'> = {
    async getAvailability(request) {
      calls.push(`availability ${request.productId}`);
      const availability: Availability = { type: 'seats', productId: request.productId, sessionId: request.sessionId ?? '', takenSeatIds: [...held.keys()], maxSeatsPerOrder: 3 };
      return availability;
    },
    async placeHold(request: PlaceHoldRequest): Promise<Hold> {
      calls.push(`hold ${JSON.stringify(request.booking)}`);
      const booking = request.booking;
      if (booking.type === 'time_slot' && booking.resourceId === undefined) {
        return { id: `h${next++}`, productId: request.productId, variantId: request.variantId, booking: { ...booking, resourceId: 'wang' }, expiresAt: '2026-04-30T08:10:00.000Z' };
      }
      const ids = booking.type === 'seats' ? booking.seatIds : [JSON.stringify(booking)];
      const taken = ids.filter((id) => held.has(id));
      if (taken.length > 0) throw new OrderZoneError('conflict', `Taken: ${taken.join(', ')}`);
      const id = `h${next++}`;
      for (const seat of ids) held.set(seat, id);
      return { id, productId: request.productId, variantId: request.variantId, booking, expiresAt: '2026-04-30T08:10:00.000Z' };
    },
    async releaseHold(holdId) {
      calls.push(`release ${holdId}`);
      for (const [seat, id] of held) if (id === holdId) held.delete(seat);
    },
  };
  return { adapter: adapter as BackendAdapter, held, calls };
}

function setup(adapter: BackendAdapter = seatBackend().adapter) {
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage(), now: () => NOW });
  const bookings = createBookingClient({ adapter, cart, locale: () => 'en-US' });
  return { cart, bookings };
}

/** Lets the fire-and-forget release calls run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('bookings client: support', () => {
  it('is unsupported without the booking methods, and says which ones are missing', async () => {
    const { bookings } = setup({ getProduct: async () => mugProduct() } as unknown as BackendAdapter);
    assert.equal(bookings.supported, false);
    await assert.rejects(
      bookings.getAvailability({ productId: 'cinema', sessionId: 'evening' }),
      (error: unknown) => isOrderZoneError(error) && error.code === 'config' && /getAvailability\(\), placeHold\(\), releaseHold\(\)/.test(error.message),
    );
    await assert.rejects(bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') }), (error: unknown) => isOrderZoneError(error) && error.code === 'config');
  });

  it('passes availability through with the locale', async () => {
    let seenLocale: string | undefined;
    const backend = seatBackend();
    const original = backend.adapter.getAvailability!;
    backend.adapter.getAvailability = (request, ctx) => {
      seenLocale = ctx?.locale;
      return original(request, ctx);
    };
    const { bookings } = setup(backend.adapter);
    assert.equal(bookings.supported, true);
    const availability = await bookings.getAvailability({ productId: 'cinema', sessionId: 'evening' });
    assert.equal(availability.type, 'seats');
    assert.equal(seenLocale, 'en-US');
  });

  it('preview prices a pick from the product alone', () => {
    const { bookings } = setup();
    const preview = bookings.preview(hotelProduct(), 'standard', { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-03' });
    assert.deepEqual(preview.unitPrice, cny(90000));
  });
});

describe('bookings client: adding to the cart', () => {
  it('holds the pick, then adds one line carrying the hold', async () => {
    const { cart, bookings } = setup();
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1', 'A2') });
    assert.deepEqual(line?.hold, { id: 'h1', expiresAt: '2026-04-30T08:10:00.000Z' });
    assert.deepEqual(cart.toLineRequests()[0]?.holdId, 'h1');
  });

  it('a pick taken meanwhile rejects conflict and nothing else in the cart changes', async () => {
    const backend = seatBackend();
    backend.held.set('A2', 'someone-else');
    const { cart, bookings } = setup(backend.adapter);
    cart.add({ product: mugProduct(), variantId: 'mug', quantity: 2 });
    await assert.rejects(
      bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1', 'A2') }),
      (error: unknown) =>
        isOrderZoneError(error) && error.code === 'conflict' && describeError(error, createTranslator('en-US', coreMessages)) === 'Sorry, that was just taken by someone else. Please choose another.',
    );
    assert.deepEqual(
      cart.$lines.get().map((l) => [l.productId, l.quantity]),
      [['mug', 2]],
    );
  });

  it('a pick that breaks the rules is refused before any hold is asked for', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    await assert.rejects(
      bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1', 'A2', 'A3', 'A4') }),
      (error: unknown) => isOrderZoneError(error) && error.code === 'validation' && error.fieldErrors.some((e) => e.code === 'too_many_seats'),
    );
    assert.deepEqual(backend.calls, []);
    assert.equal(cart.$lines.get().length, 0);
  });

  it('the same pick again is not held twice', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    const again = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    assert.equal(again.notice?.code, 'booking_already_in_cart');
    assert.equal(backend.calls.filter((c) => c.startsWith('hold')).length, 1);
    assert.equal(cart.$lines.get().length, 1);
  });

  it('an "any" slot is stored as held, with the staff member the backend assigned', async () => {
    const { cart, bookings } = setup();
    await bookings.addToCart({ product: cleaningProduct(), variantId: 'cleaning-2h', booking: { type: 'time_slot', start: '2026-05-01T01:00:00.000Z' } });
    const line = cart.$lines.get()[0]!;
    assert.deepEqual(line.booking, { type: 'time_slot', start: '2026-05-01T01:00:00.000Z', resourceId: 'wang' });
    assert.equal(line.bookingDetails?.type === 'time_slot' && line.bookingDetails.resourceName !== undefined, true);
  });
});

describe('bookings client: removing and re-checking', () => {
  it('removing a booking line gives its hold back; removing goods calls nothing', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    const mug = cart.add({ product: mugProduct(), variantId: 'mug', quantity: 1 }).line!;
    cart.remove(mug.key);
    cart.remove(line!.key);
    await settle();
    assert.deepEqual(backend.calls.filter((c) => c.startsWith('release')), ['release h1']);
    assert.equal(backend.held.size, 0);
  });

  it('a failing release does not stop the removal', async () => {
    const backend = seatBackend();
    backend.adapter.releaseHold = () => Promise.reject(new Error('offline'));
    const { cart, bookings } = setup(backend.adapter);
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    cart.remove(line!.key);
    await settle();
    assert.equal(cart.$lines.get().length, 0);
  });

  it('re-checking a lapsed line holds the pick again and clears the mark', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    cart.updateBooking(line!.key, { bookingProblem: 'hold_expired' });
    const result = await bookings.recheck(line!.key);
    assert.equal(result.notice, undefined);
    assert.deepEqual([result.line?.hold?.id, result.line?.bookingProblem], ['h2', undefined]);
    assert.deepEqual(backend.calls.slice(-2), ['release h1', `hold ${JSON.stringify(seats('A1'))}`]);
  });

  it('re-checking a pick someone else took keeps the line, marked unavailable', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    cart.updateBooking(line!.key, { bookingProblem: 'hold_expired' });
    backend.adapter.placeHold = () => Promise.reject(new OrderZoneError('conflict', 'That seat was just taken.'));
    const result = await bookings.recheck(line!.key);
    assert.deepEqual(result.notice, { code: 'booking_unavailable' });
    const kept = cart.$lines.get()[0]!;
    assert.deepEqual([kept.key, kept.bookingProblem, kept.hold], [line!.key, 'booking_unavailable', undefined]);
  });

  it('a network failure while re-checking rejects and leaves the line to try again', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A1') });
    backend.adapter.placeHold = () => Promise.reject(new TypeError('Failed to fetch'));
    await assert.rejects(bookings.recheck(line!.key), (error: unknown) => isOrderZoneError(error) && error.code === 'network');
    assert.equal(cart.$lines.get()[0]?.bookingProblem, 'hold_expired');
  });

  it('re-checking an unknown key or a goods line does nothing', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    const mug = cart.add({ product: mugProduct(), variantId: 'mug', quantity: 1 }).line!;
    assert.deepEqual(await bookings.recheck('nope'), {});
    assert.deepEqual(await bookings.recheck(mug.key), {});
    assert.deepEqual(backend.calls, []);
  });

  it('after undo, the restored line is re-checked into a fresh hold', async () => {
    const backend = seatBackend();
    const { cart, bookings } = setup(backend.adapter);
    const { line } = await bookings.addToCart({ product: cinemaProduct(), variantId: 'ticket', booking: seats('A3') });
    cart.remove(line!.key);
    await settle();
    cart.undoRemove();
    assert.equal(cart.$lines.get()[0]?.bookingProblem, 'hold_expired');
    const result = await bookings.recheck(line!.key);
    assert.equal(result.line?.hold?.id, 'h2');
    assert.equal(backend.held.get('A3'), 'h2');
  });
});
