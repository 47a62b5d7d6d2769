/**
 * End to end on the demo shop's merchant console: the shoppers' reviews come a page at a time from
 * the admin API (20, newest change first); "Show more reviews" adds the next page, and the waiting
 * count follows what is shown.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LineRequest, OrderRequest } from '@orderzone/core';
import { createRestAdapter } from '@orderzone/core/rest';
import { openShop, snap, type Shop } from './shop-harness.ts';

let shop: Shop;
let key: string;

before(async () => {
  shop = await openShop();
  key = (JSON.parse(await readFile(join(shop.dataDir, 'merchant-key.json'), 'utf8')) as { key: string }).key;
});

after(async () => {
  await shop?.close();
});

async function admin(path: string, body: Record<string, unknown> = {}): Promise<void> {
  const answer = await fetch(`${shop.url}api/admin${path}`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  assert.ok(answer.ok, `${path}: ${answer.status} ${await answer.text()}`);
}

/** Places a completed order of `lines` and reviews each of its lines (as shopper `n`). */
async function reviewedOrder(n: number, lines: LineRequest[]): Promise<void> {
  const api = createRestAdapter({ baseUrl: `${shop.url}api` });
  const base = { currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN', region: '上海市' } };
  const quote = await api.quote(base);
  const request: OrderRequest = {
    ...base,
    contact: { name: '赵敏', phone: `1370013${String(n).padStart(4, '0')}`, email: `zhao.min.${n}@example.com` },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
  };
  const { order, accessToken } = await api.submitOrder(request, { idempotencyKey: `review-pages-${n}` });
  await admin(`/orders/${order.orderNumber}/simulate-payment`);
  await admin(`/orders/${order.orderNumber}/ship`, { carrier: 'SF Express', number: `SF${n}` });
  await admin(`/orders/${order.orderNumber}/complete`);
  for (const [lineIndex] of lines.entries()) await api.writeReview!(order.orderNumber, { accessToken }, lineIndex, { rating: 5, body: `Review ${n}.${lineIndex}`, photos: [] });
}

describe('reviews in the merchant console, a page at a time', () => {
  it('lists 20 reviews, then the rest with "Show more reviews"', async () => {
    const api = createRestAdapter({ baseUrl: `${shop.url}api` });
    const variants: LineRequest[] = [];
    for (const productId of ['cotton-tee', 'fleece-hoodie', 'wool-socks']) {
      const product = await api.getProduct(productId);
      for (const variant of product.variants) if (variant.stock === null || variant.stock === undefined || variant.stock > 0) variants.push({ productId, variantId: variant.id, quantity: 1, personalization: {} });
    }
    assert.ok(variants.length >= 22, `${variants.length} variants`);
    for (let n = 0; n < 2; n++) await reviewedOrder(n, variants.slice(n * 11, n * 11 + 11));

    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.goto(`${shop.url}console.html`);
    const reviews = page.locator('[data-reviews] [data-review]');
    await reviews.first().waitFor();
    assert.equal(await reviews.count(), 20);
    assert.equal((await page.locator('#reviews-heading .count').textContent())?.trim(), '(20 waiting)');
    // Newest change first: the second order's last review leads.
    assert.equal((await reviews.first().locator('[data-review-text]').textContent())?.trim(), 'Review 1.10');
    await page.getByRole('button', { name: 'Show more reviews' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-reviews] [data-review]').length === 22);
    assert.equal(await page.getByRole('button', { name: 'Show more reviews' }).count(), 0, 'the last page has no "Show more"');
    assert.equal((await reviews.last().locator('[data-review-text]').textContent())?.trim(), 'Review 0.0');
    await snap(page, 'console-reviews-paged');
    assert.deepEqual(errors, []);
  });
});
