import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { adminTestApp, type AdminTestApp } from '../testing/admin-test-app.ts';
import { DATABASE_KINDS } from '../testing/databases.ts';

let clock = new Date('2026-05-04T02:00:00Z');
const now = () => clock;
const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
};
const LINES = [
  { productId: 'cap', variantId: 'cap-navy', quantity: 1, personalization: {} },
  { productId: 'shirt', variantId: 'shirt-navy-m', quantity: 1, personalization: {} },
  { productId: 'socks', variantId: 'socks-m', quantity: 1, personalization: {} },
];

for (const kind of DATABASE_KINDS) {
  describe(`review pages in the admin API on ${kind}`, () => {
    let admin: AdminTestApp;
    let service: OrderService;

    before(async () => {
      admin = await adminTestApp(kind, { now, keyName: 'Reviews desk' });
      ({ service } = admin);
    });
    after(() => admin?.dispose());

    const get = (path: string) => admin.get(path);

    it('lists the shoppers’ reviews a page at a time, newest change first; a review changed meanwhile never shifts a page', async () => {
      const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
      const quote = await service.quote({ currency: 'CNY', lines: LINES, shippingOptionId: 'standard', destination });
      const request: OrderRequest = {
        currency: 'CNY',
        lines: LINES,
        contact: { name: 'Li Lei', phone: '13900000078', email: 'lilei@example.com' },
        shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路7号', postalCode: '518057' },
        shippingOptionId: 'standard',
        paymentMethodId: 'alipay',
        expectedTotal: quote.total,
      };
      const { order, accessToken } = await service.submitOrder(request, 'review-pages-1');
      await service.markPaid(order.orderNumber);
      await service.markShipped(order.orderNumber, { carrier: 'SF', number: 'SF10' });
      await service.markCompleted(order.orderNumber);
      const written = [];
      for (const lineIndex of [0, 1, 2]) {
        tick();
        written.push(await service.writeReview(order.orderNumber, { accessToken }, lineIndex, { rating: 5 - lineIndex, body: `Line ${lineIndex}` }));
      }
      const [cap, shirt, socks] = written.map((r) => r!.id);

      const first = await get('/reviews?source=orders&limit=2');
      assert.equal(first.status, 200);
      assert.deepEqual(first.body.reviews.map((r: { id: string }) => r.id), [socks, shirt]);
      assert.equal(typeof first.body.nextCursor, 'string');

      const next = `/reviews?source=orders&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`;
      assert.deepEqual((await get(next)).body.reviews.map((r: { id: string }) => r.id), [cap]);

      // The cap's review is edited meanwhile: it moves to the front, the next page is still the one after the shirt.
      tick();
      await service.writeReview(order.orderNumber, { accessToken }, 0, { rating: 3, body: 'Line 0, edited' });
      const second = await get(next);
      assert.deepEqual(second.body.reviews.map((r: { id: string }) => r.id), [], 'the edited review is no longer after the shirt');
      assert.equal(second.body.nextCursor, undefined, 'the last page has no cursor');
      assert.deepEqual((await get('/reviews?source=orders&limit=2')).body.reviews.map((r: { id: string }) => r.id), [cap, socks]);

      // Without a source, the catalog's published reviews are listed too; with a status, only those.
      const all = await get('/reviews?limit=100');
      assert.ok(all.body.reviews.length > 3);
      assert.ok(all.body.reviews.some((r: { orderNumber?: string }) => r.orderNumber === undefined));
      assert.deepEqual((await get('/reviews?source=orders&status=pending')).body.reviews.length, 3);
      assert.deepEqual((await get('/reviews?source=orders')).body.nextCursor, undefined, 'three fit the default page of 20');
    });

    it('refuses an unknown source, a bad limit and a cursor it did not give', async () => {
      assert.deepEqual((await get('/reviews?source=catalog')).body.error.fieldErrors, [{ field: 'source', code: 'invalid_choice' }]);
      assert.equal((await get('/reviews?limit=0')).status, 400);
      assert.equal((await get('/reviews?limit=101')).status, 400);
      assert.deepEqual((await get('/reviews?cursor=nope')).body.error.fieldErrors, [{ field: 'cursor', code: 'invalid' }]);
    });
  });
}
