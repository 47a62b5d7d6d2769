import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { adminTestApp, type AdminTestApp } from '../testing/admin-test-app.ts';
import { DATABASE_KINDS } from '../testing/databases.ts';

let clock = new Date('2026-05-04T02:00:00Z');
const now = () => clock;
const CAP = { productId: 'cap', variantId: 'cap-navy', quantity: 1, personalization: {} };

for (const kind of DATABASE_KINDS) {
  describe(`reviews in the admin API on ${kind}`, () => {
    let admin: AdminTestApp;
    let service: OrderService;

    before(async () => {
      admin = await adminTestApp(kind, { now, keyName: 'Reviews desk' });
      ({ service } = admin);
    });
    after(() => admin?.dispose());

    const call = (method: string, path: string, body?: unknown) => admin.call(method, path, body);

    it('seeds the catalog’s reviews as published records: the product carries none, its page shows the records', async () => {
      const stored = (await loadShopSeed(admin.db)).seed.products.find((p) => p.id === 'shirt')!;
      assert.deepEqual(stored.reviews, [], 'no review (and no rating) is stored in the product');
      const published = (await call('GET', '/reviews?status=published&productId=shirt')).body.reviews;
      assert.deepEqual(published.map((r: { id: string }) => r.id).sort(), ['rv-shirt-1', 'rv-shirt-2'], 'the shirt’s two reviews imported with the shop');
      const page = await service.getProduct('shirt');
      assert.deepEqual(page.reviews.map((r) => r.id).sort(), published.map((r: { id: string }) => r.id).sort());
      const card = (await service.searchProducts({ text: 'shirt' })).items.find((p) => p.id === 'shirt');
      assert.equal(card?.rating?.count, published.length);
    });

    it('lists a shopper’s review as pending with its versions, publishes it, replies, hides it with a reason, and logs each step', async () => {
      const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
      const quote = await service.quote({ currency: 'CNY', lines: [CAP], shippingOptionId: 'standard', destination });
      const request: OrderRequest = {
        currency: 'CNY',
        lines: [CAP],
        contact: { name: 'Li Lei', phone: '13900000077', email: 'lilei@example.com' },
        shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路7号', postalCode: '518057' },
        shippingOptionId: 'standard',
        paymentMethodId: 'alipay',
        expectedTotal: quote.total,
      };
      const { order, accessToken } = await service.submitOrder(request, 'review-admin-1');
      await service.markPaid(order.orderNumber);
      await service.markShipped(order.orderNumber, { carrier: 'SF', number: 'SF9' });
      await service.markCompleted(order.orderNumber);
      await service.writeReview(order.orderNumber, { accessToken }, 0, { rating: 5, body: 'Fits well' });
      clock = new Date(clock.getTime() + 60_000);
      const review = await service.writeReview(order.orderNumber, { accessToken }, 0, { rating: 4, body: 'Fits well; colour fades' });

      const pending = (await call('GET', '/reviews?status=pending')).body.reviews;
      assert.deepEqual(pending.map((r: { id: string }) => r.id), [review.id]);
      assert.deepEqual(pending[0].versions.map((v: { body: string }) => v.body), ['Fits well'], 'the merchant sees the earlier version');
      assert.equal((await call('GET', '/reviews?status=nope')).status, 400);

      assert.equal((await call('POST', `/reviews/${review.id}/moderation`, { action: 'publish' })).body.status, 'published');
      assert.equal((await service.getProduct('cap')).reviews.find((r) => r.id === review.id)?.body, 'Fits well; colour fades');
      const replied = await call('POST', `/reviews/${review.id}/moderation`, { action: 'reply', body: 'Wash inside out.' });
      assert.equal(replied.body.reply.body, 'Wash inside out.');
      const noReason = await call('POST', `/reviews/${review.id}/moderation`, { action: 'hide' });
      assert.equal(noReason.status, 400);
      assert.deepEqual(noReason.body.error.fieldErrors, [{ field: 'reason', code: 'required' }]);
      const hidden = await call('POST', `/reviews/${review.id}/moderation`, { action: 'hide', reason: 'Names another shop' });
      assert.deepEqual([hidden.body.status, hidden.body.hiddenReason], ['hidden', 'Names another shop']);
      assert.equal((await service.getProduct('cap')).reviews.some((r) => r.id === review.id), false);
      assert.equal((await call('POST', '/reviews/nope/moderation', { action: 'publish' })).status, 404);

      const audit = (await call('GET', `/audit-log?orderNumber=${order.orderNumber}`)).body.entries.map((e: { action: string }) => e.action);
      assert.deepEqual(audit.filter((a: string) => a.startsWith('review.')), ['review.hide', 'review.reply', 'review.publish']);
    });
  });
}
