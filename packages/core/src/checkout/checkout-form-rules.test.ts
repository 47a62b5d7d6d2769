import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrderZoneError } from '../errors.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { cinemaProduct, mugProduct } from '../testing/booking-products.ts';
import { createCart, type CartLine } from '../cart/cart.ts';
import { blockingBookingLines, checkoutTakesSubmit, placeOrderDisabled, requiredCheckoutFields, submissionRetryable } from './checkout-form-rules.ts';
import { quoteLineOf } from '../testing/quote-line-of.ts';

const NOW = Date.parse('2026-04-30T08:00:00.000Z');
const HOLD = { id: 'hold-1', expiresAt: '2026-04-30T08:10:00.000Z' };

async function cartLines(): Promise<readonly CartLine[]> {
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage(), now: () => NOW });
  const mug = mugProduct();
  cart.add({ product: mug, variantId: mug.variants[0]!.id, quantity: 1 });
  await cart.addBooking({ product: cinemaProduct(), variantId: cinemaProduct().variants[0]!.id, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1'] }, hold: HOLD });
  return cart.$lines.get();
}


describe('checkout form rules', () => {
  it('requires a district in China and not in the United States', () => {
    assert.equal(requiredCheckoutFields('CN').has('shippingAddress.district'), true);
    assert.equal(requiredCheckoutFields('US').has('shippingAddress.district'), false);
    assert.equal(requiredCheckoutFields('CN').has('contact.name'), true);
    assert.equal(requiredCheckoutFields('CN').has('note'), false);
  });

  it('lists the booking lines that block the order: none while held, a lapsed hold, a pick taken', async () => {
    const lines = await cartLines();
    const seat = lines[1]!;
    assert.deepEqual(blockingBookingLines(lines, undefined, new Date(NOW)), []);
    assert.deepEqual(blockingBookingLines(lines, undefined, new Date(NOW + 11 * 60_000)), [{ line: seat, problem: 'hold_expired' }]);
    const taken = { lines: [quoteLineOf(lines[0]!), quoteLineOf(seat, { problem: { code: 'booking_unavailable' } })] };
    assert.deepEqual(blockingBookingLines(lines, taken, new Date(NOW)), [{ line: seat, problem: 'booking_unavailable' }]);
  });

  it('takes a submit only while editing or verifying', () => {
    assert.equal(checkoutTakesSubmit('editing'), true);
    assert.equal(checkoutTakesSubmit('verification'), true);
    assert.equal(checkoutTakesSubmit('submitting'), false);
    assert.equal(checkoutTakesSubmit('review_changes'), false);
  });

  it('disables Place order while submitting, reviewing changes, blocked by a booking, or after an earlier order', () => {
    assert.equal(placeOrderDisabled({ phase: 'editing' }, 0), false);
    assert.equal(placeOrderDisabled({ phase: 'submitting' }, 0), true);
    assert.equal(placeOrderDisabled({ phase: 'review_changes' }, 0), true);
    assert.equal(placeOrderDisabled({ phase: 'editing' }, 1), true);
    assert.equal(placeOrderDisabled({ phase: 'editing', placedEarlier: { orderNumber: 'OZ1' } }, 0), true);
  });

  it('offers Try again for a retryable error or a resumable submission only', () => {
    assert.equal(submissionRetryable({ error: new OrderZoneError('network', 'offline') }), true);
    assert.equal(submissionRetryable({ error: new OrderZoneError('validation', 'bad') }), false);
    assert.equal(submissionRetryable({ error: new OrderZoneError('validation', 'bad'), resumable: true }), true);
    assert.equal(submissionRetryable({}), false);
  });
});
