import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LineRequest, OrderRequest } from '@orderzone/core';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder, type PlacedOrder } from './testing/placed-order.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

/** Monday 2026-05-04, 10:00 in Shanghai. */
const MONDAY_10AM = new Date('2026-05-04T02:00:00Z');
/** A night in the test hotel's standard room (closed on 2026-05-05, so Wednesday's). */
const ROOM: LineRequest = { productId: 'hotel', variantId: 'standard', quantity: 1, personalization: {}, booking: { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-07' } };
const jpeg = { contentType: 'image/jpeg', bytes: 2048, url: 'data:image/jpeg;base64,AAAA' };

function placeStay(e: OrderEngine): PlacedOrder {
  const quote = e.quote({ currency: 'CNY', lines: [ROOM], destination: { country: 'CN' } });
  const request: OrderRequest = { currency: 'CNY', lines: [ROOM], contact: { name: '张三', phone: '138 0013 8000', email: 'zhang.san@example.com' }, paymentMethodId: 'alipay', expectedTotal: quote.total };
  return placeOrder(e, request, 'stay-1');
}

describe('review photos of a booking', () => {
  it('takes a photo for the review of a booking that took place (nothing to return), with the return-photo checks', () => {
    const e = createOrderEngine({ seed: testShop(), now: () => MONDAY_10AM });
    const { order, access } = placeStay(e);
    e.markPaid(order.orderNumber);
    // Before it took place, a booking has neither a review nor a return: no upload.
    rejects(() => e.uploadReturnPhoto(order.orderNumber, access, jpeg), 'conflict');
    e.markFulfilled(order.orderNumber);
    const photo = e.uploadReturnPhoto(order.orderNumber, access, jpeg);
    assert.equal(photo.id, `${order.orderNumber}-P1`);
    // The same rules as a return photo.
    assert.equal(rejects(() => e.uploadReturnPhoto(order.orderNumber, access, { ...jpeg, contentType: 'image/gif' }), 'validation').fieldErrors[0]?.code, 'photo_type');
    const review = e.writeReview(order.orderNumber, access, 0, { rating: 5, body: 'Quiet room by the lake.', photos: [photo.id] });
    assert.deepEqual(review.photos.map((p) => p.id), [photo.id]);
  });
});
