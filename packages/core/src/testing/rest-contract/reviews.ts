/**
 * The REST contract suite: reviews. The buyer of a completed order rates a line with a photo
 * (uploaded like a return photo), edits it (the earlier version is kept), and the review shows on
 * the product page, counted in its rating, only while the merchant has it published; the merchant's
 * reply shows under it. Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeReviews } from '../../catalog/review-summary.ts';
import { rejectsWith } from '../rejects-with.ts';
import { placeOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';
import { gradientPng } from './test-photo.ts';

export function reviewTests(ctx: SuiteContext): void {
  it('lets the buyer review a completed order’s line with a photo, edit it, and shows it on the product page once published', async () => {
    const shopper = ctx.shopper();
    const { api } = shopper;
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1, 'shirt-white-l')], 'reviews-flow');
    await ctx.backend.merchant.markPaid(order.orderNumber);
    await ctx.backend.merchant.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF0000000002' });
    const early = await rejectsWith(api.writeReview(order.orderNumber, access, 0, { rating: 5, body: 'Too early' }), 'conflict');
    assert.equal(early.details.reason, 'not_reviewable');
    await ctx.backend.merchant.markCompleted(order.orderNumber);

    const photo = await api.uploadReturnPhoto(order.orderNumber, access, new Blob([gradientPng() as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    const invalid = await rejectsWith(api.writeReview(order.orderNumber, access, 0, { rating: 9, body: 'x' }), 'validation');
    assert.deepEqual(invalid.fieldErrors, [{ field: 'rating', code: 'invalid' }]);
    const written = await api.writeReview(order.orderNumber, access, 0, { rating: 4, body: '<b>Soft</b> cotton', photos: [photo.id] });
    assert.equal(written.status, 'pending');
    assert.equal(written.body, '<b>Soft</b> cotton');
    assert.deepEqual(written.photos.map((p) => p.id), [photo.id]);

    const before = await api.getProduct('shirt');
    assert.equal(before.reviews.some((r) => r.id === written.id), false, 'a pending review is not shown');

    const edited = await api.writeReview(order.orderNumber, access, 0, { rating: 3, body: 'Soft, but it shrank.', photos: [photo.id] });
    assert.equal(edited.id, written.id);
    assert.deepEqual(edited.versions.map((v) => [v.rating, v.body]), [[4, '<b>Soft</b> cotton']]);
    assert.deepEqual((await api.listOrderReviews(order.orderNumber, access)).map((r) => [r.id, r.rating]), [[written.id, 3]]);

    await ctx.backend.merchant.moderateReview(written.id, { action: 'publish' });
    await ctx.backend.merchant.moderateReview(written.id, { action: 'reply', body: 'Wash it cold, please.' });
    const product = await api.getProduct('shirt');
    const shown = product.reviews.find((r) => r.id === written.id);
    assert.equal(shown?.body, 'Soft, but it shrank.');
    assert.equal(shown?.reply?.body, 'Wash it cold, please.');
    assert.equal(shown?.photos?.length, 1);
    const card = (await api.searchProducts({ text: 'shirt' })).items.find((p) => p.id === 'shirt');
    assert.deepEqual(card?.rating, summarizeReviews(product.reviews), 'the card counts exactly the reviews the page shows');

    await ctx.backend.merchant.moderateReview(written.id, { action: 'hide', reason: 'Off topic' });
    assert.equal((await api.getProduct('shirt')).reviews.some((r) => r.id === written.id), false);
    const mine = await api.listOrderReviews(order.orderNumber, access);
    assert.deepEqual([mine[0]?.status, mine[0]?.hiddenReason], ['hidden', 'Off topic']);
    await rejectsWith(api.listOrderReviews(order.orderNumber, {}), 'not_found');
  });
}
