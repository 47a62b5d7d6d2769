import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCart } from '../cart/cart.ts';
import { OrderZoneError } from '../errors.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct } from '../testing/booking-products.ts';
import { recheckBookingLine } from './booking-recheck.ts';

const NOW = Date.parse('2026-04-30T08:00:00.000Z');

async function zoneWith(recheck: (cart: ReturnType<typeof createCart>, key: string) => Promise<void>) {
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage(), now: () => NOW });
  await cart.addBooking({ product: cinemaProduct(), variantId: cinemaProduct().variants[0]!.id, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1'] }, hold: { id: 'h1', expiresAt: '2026-04-30T07:59:00.000Z' } });
  const quotes: number[] = [];
  const zone = {
    cart,
    bookings: { recheck: async (key: string) => (await recheck(cart, key), {}) },
    checkout: { refreshQuote: async () => void quotes.push(1) },
  } as unknown as Parameters<typeof recheckBookingLine>[0];
  return { zone, cart, quotes };
}

describe('recheckBookingLine', () => {
  const now = () => new Date(NOW);

  it('answers held once the line has a new hold, and re-prices at once', async () => {
    const { zone, cart, quotes } = await zoneWith(async (c, key) => void c.updateBooking(key, { hold: { id: 'h2', expiresAt: '2026-04-30T08:10:00.000Z' }, bookingProblem: null }));
    const key = cart.$lines.get()[0]!.key;
    assert.equal(await recheckBookingLine(zone, key, now), 'held');
    assert.equal(quotes.length, 1);
  });

  it('answers gone when the pick was taken meanwhile', async () => {
    const { zone, cart } = await zoneWith(async (c, key) => void c.updateBooking(key, { hold: null, bookingProblem: 'booking_unavailable' }));
    assert.equal(await recheckBookingLine(zone, cart.$lines.get()[0]!.key, now), 'gone');
  });

  it('passes on why the hold could not be asked for', async () => {
    const { zone, cart, quotes } = await zoneWith(async () => {
      throw new OrderZoneError('network', 'offline');
    });
    await assert.rejects(recheckBookingLine(zone, cart.$lines.get()[0]!.key, now), (e: OrderZoneError) => e.code === 'network');
    assert.equal(quotes.length, 0);
  });
});
