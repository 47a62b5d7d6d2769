import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderAccess, OrderRequest, ReviewRecord } from '@orderzone/core';
import { createOrderEngine, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder, strangerAccess } from './testing/placed-order.ts';
import { shirtLine, testShop, type TestShop } from '../../core/src/testing/test-shop.ts';

/** A review the shop starts with, imported (published, no order). */
const imported = (id: string, productId: string, rating: number): ReviewRecord => ({
  id,
  productId,
  author: '李**',
  rating,
  body: { 'zh-CN': '不错', 'en-US': 'Fine' },
  photos: [],
  status: 'published',
  versions: [],
  createdAt: '2025-01-10T08:00:00Z',
  updatedAt: '2025-01-10T08:00:00Z',
  verifiedPurchase: true,
});

/** The tests' shop with two imported reviews of the shirt; the shirt also carries one of its own, which the engine ignores. */
function shopWithReviews(): TestShop & { reviews: ReviewRecord[] } {
  const shop = testShop();
  const shirt = shop.products.find((p) => p.id === 'shirt')!;
  shirt.reviews = [{ id: 'own-1', author: '王**', rating: 1, body: { 'zh-CN': '差', 'en-US': 'Poor' }, createdAt: '2025-01-01T08:00:00Z' }];
  return { ...shop, reviews: [imported('rv-1', 'shirt', 5), imported('rv-2', 'shirt', 4)] };
}

let clock = new Date('2025-03-14T08:00:00Z');
const later = (minutes: number): void => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

const request: Omit<OrderRequest, 'expectedTotal'> = {
  currency: 'CNY',
  lines: [
    shirtLine(2),
    { productId: 'mug', variantId: 'mug', quantity: 1, personalization: {} },
  ],
  contact: { name: '韩梅梅', phone: '138 0013 8000', email: 'mei@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
};

/** An engine with a placed order of 韩梅梅's (two shirts + a mug), paid and shipped, not yet completed. */
function shipped(onChange?: (state: EngineState) => void): { e: OrderEngine; orderNumber: string; access: OrderAccess } {
  const e = createOrderEngine({ seed: shopWithReviews(), now: () => clock, ...(onChange ? { onChange } : {}) });
  const quote = e.quote({ currency: 'CNY', lines: request.lines, shippingOptionId: 'standard' });
  const { order: { orderNumber }, access } = placeOrder(e, { ...request, expectedTotal: quote.total }, 'k');
  e.markPaid(orderNumber);
  e.markShipped(orderNumber, { carrier: 'SF Express', number: 'SF1' });
  return { e, orderNumber, access };
}

const jpeg = { contentType: 'image/jpeg', bytes: 2048, url: 'data:image/jpeg;base64,AAAA' };

describe('reviews in the engine', () => {
  it('seeds the shop’s reviews as published records and computes ratings from them', () => {
    const e = createOrderEngine({ seed: shopWithReviews(), now: () => clock });
    const seeded = e.listReviews({ productId: 'shirt' });
    assert.deepEqual(seeded.map((r) => r.id).sort(), ['rv-1', 'rv-2']);
    assert.ok(seeded.every((r) => r.status === 'published'));
    const product = e.getProduct('shirt');
    assert.deepEqual(product.reviews.map((r) => r.id).sort(), ['rv-1', 'rv-2'], 'the product’s own review is not shown');
    const card = e.searchProducts({ text: 'shirt' }).items.find((p) => p.id === 'shirt')!;
    assert.equal(card.rating?.count, seeded.length);
    assert.equal('rating' in product, false, 'a product has no stored rating');
  });

  it('lets the buyer review a line only once the order is completed, one review per line, edits kept as versions', () => {
    const { e, orderNumber, access } = shipped();
    const draft = { rating: 4, body: '  Soft <b>cotton</b>  ', photos: [] };
    const early = rejects(() => e.writeReview(orderNumber, access, 0, draft), 'conflict');
    assert.equal(early.details.reason, 'not_reviewable');
    e.markCompleted(orderNumber);
    rejects(() => e.writeReview(orderNumber, strangerAccess(), 0, draft), 'not_found');
    const written = e.writeReview(orderNumber, access, 0, draft);
    assert.equal(written.status, 'pending');
    assert.equal(written.body, 'Soft <b>cotton</b>');
    assert.equal(written.author, '韩**');
    assert.equal(written.productId, 'shirt');
    assert.deepEqual(written.versions, []);
    later(5);
    const edited = e.writeReview(orderNumber, access, 0, { rating: 2, body: 'Shrank after washing.' });
    assert.equal(edited.id, written.id, 'one review per line: writing again edits it');
    assert.equal(edited.rating, 2);
    assert.deepEqual(edited.versions.map((v) => [v.rating, v.body]), [[4, 'Soft <b>cotton</b>']]);
    assert.deepEqual(e.listOrderReviews(orderNumber, access).map((r) => r.id), [written.id]);
    const fields = rejects(() => e.writeReview(orderNumber, access, 5, { rating: 3, body: '' }), 'validation').fieldErrors;
    assert.deepEqual(fields, [{ field: 'lineIndex', code: 'unknown_line' }]);
    assert.deepEqual(rejects(() => e.writeReview(orderNumber, access, 1, { rating: 6, body: 'x'.repeat(2001) }), 'validation').fieldErrors, [
      { field: 'rating', code: 'invalid' },
      { field: 'body', code: 'too_long', params: { max: 2000 } },
    ]);
  });
  it('counts a review in characters (code points): 2,000 emoji and rare CJK characters are taken, one more is too long', () => {
    const { e, orderNumber, access } = shipped();
    e.markCompleted(orderNumber);
    const full = '😀𠀀'.repeat(1000);
    assert.deepEqual(rejects(() => e.writeReview(orderNumber, access, 0, { rating: 5, body: `${full}好` }), 'validation').fieldErrors, [{ field: 'body', code: 'too_long', params: { max: 2000 } }]);
    assert.equal(e.writeReview(orderNumber, access, 0, { rating: 5, body: full }).body, full);
  });

  it('takes photos from the order uploads (the return-photo rules) and refuses unknown ones', () => {
    const { e, orderNumber, access } = shipped();
    e.markCompleted(orderNumber);
    rejects(() => e.uploadReturnPhoto(orderNumber, access, { ...jpeg, contentType: 'image/gif' }), 'validation');
    const photo = e.uploadReturnPhoto(orderNumber, access, jpeg);
    assert.deepEqual(rejects(() => e.writeReview(orderNumber, access, 1, { rating: 5, body: 'Nice', photos: ['nope'] }), 'validation').fieldErrors, [{ field: 'photos', code: 'unknown_photo' }]);
    const review = e.writeReview(orderNumber, access, 1, { rating: 5, body: 'Nice', photos: [photo.id] });
    assert.deepEqual(review.photos.map((p) => p.url), [jpeg.url]);
    // Editing keeps a photo of the review by its id.
    const edited = e.writeReview(orderNumber, access, 1, { rating: 5, body: 'Nice mug', photos: [photo.id] });
    assert.deepEqual(edited.photos.map((p) => p.id), [photo.id]);
    assert.deepEqual(edited.versions[0]!.photos.map((p) => p.id), [photo.id]);
  });

  it('shows and counts a review only once published; hide takes it down with a reason; the reply shows under it', () => {
    const { e, orderNumber, access } = shipped();
    e.markCompleted(orderNumber);
    const before = e.getProduct('mug').reviews.length;
    const review = e.writeReview(orderNumber, access, 1, { rating: 1, body: 'Chipped.' });
    assert.equal(e.getProduct('mug').reviews.length, before, 'pending: not shown');
    e.moderateReview(review.id, { action: 'publish' });
    const shown = e.getProduct('mug').reviews.find((r) => r.id === review.id);
    assert.equal(shown?.body, 'Chipped.');
    const card = () => e.searchProducts({ text: 'mug' }).items.find((p) => p.id === 'mug');
    assert.equal(card()?.rating?.count, before + 1);
    e.moderateReview(review.id, { action: 'reply', body: 'Sorry: a new mug is on its way.' });
    assert.equal(e.getProduct('mug').reviews.find((r) => r.id === review.id)?.reply?.body, 'Sorry: a new mug is on its way.');
    assert.deepEqual(rejects(() => e.moderateReview(review.id, { action: 'hide', reason: ' ' }), 'validation').fieldErrors, [{ field: 'reason', code: 'required' }]);
    const hidden = e.moderateReview(review.id, { action: 'hide', reason: 'Contains a phone number.' });
    assert.equal(hidden.hiddenReason, 'Contains a phone number.');
    assert.equal(e.getProduct('mug').reviews.some((r) => r.id === review.id), false);
    assert.equal(card()?.rating?.count ?? 0, before);
    assert.equal(e.listOrderReviews(orderNumber, access)[0]!.status, 'hidden');
    rejects(() => e.moderateReview('nope', { action: 'publish' }), 'not_found');
    // The rating sort follows the published reviews, not a stored number.
    const top = e.searchProducts({ sort: 'rating' }).items[0]!;
    assert.ok(top.rating);
  });

  it('keeps reviews in the saved state', () => {
    let saved: EngineState | undefined;
    const { e, orderNumber, access } = shipped((state) => (saved = state));
    e.markCompleted(orderNumber);
    e.writeReview(orderNumber, access, 0, { rating: 5, body: 'Great' });
    const reopened = createOrderEngine({ seed: shopWithReviews(), state: saved!, now: () => clock });
    assert.equal(reopened.listOrderReviews(orderNumber, access)[0]!.body, 'Great');
  });
});
