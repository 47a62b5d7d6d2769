/**
 * End to end on the demo shop (its OrderZone server): a product page recommends what real orders
 * bought with it, saying why; opening one records the view on the device, so the next product page
 * lists it under "Recently viewed"; the cart recommends what goes with it, never what is in it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LineRequest, OrderRequest } from '@orderzone/core';
import { createRestAdapter } from '@orderzone/core/rest';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop();

const notebook: LineRequest = { productId: 'a5-notebook', variantId: 'notebook-a5', quantity: 1, personalization: {} };
const mug: LineRequest = { productId: 'custom-mug', variantId: 'mug-350', quantity: 1, personalization: {} };
const notes: LineRequest = { productId: 'sticky-notes', variantId: 'notes-yellow', quantity: 5, personalization: {} };

/** Places an order of `lines` on the shop's server as shopper number `n`. */
async function placeOrder(n: number, lines: LineRequest[]): Promise<void> {
  const api = createRestAdapter({ baseUrl: `${shop.url}api` });
  const base = { currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN', region: '上海市' } };
  const quote = await api.quote(base);
  const order: OrderRequest = {
    ...base,
    contact: { name: '王芳', phone: `1380013${String(n).padStart(4, '0')}`, email: `wang.fang.${n}@example.com` },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
  };
  await api.submitOrder(order, { idempotencyKey: `reco-e2e-${n}` });
}

describe('recommendations in the demo shop', () => {
  it('recommends from real orders on a product page, records the view, and recommends for the cart', async () => {
    await placeOrder(1, [notebook, mug]);
    await placeOrder(2, [notebook, mug, notes]);
    await placeOrder(3, [notebook, notes]);
    await placeOrder(4, [notebook, mug]);

    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.goto(`${shop.url}?oz=product/a5-notebook`);

    const together = page.locator('product-recommendations[kind="bought_together"]').first();
    await together.locator('.item').first().waitFor();
    assert.equal((await together.locator('h2').textContent())?.trim(), 'Frequently bought together');
    const first = together.locator('.item').first();
    assert.equal(await first.getAttribute('data-product-id'), 'custom-mug');
    assert.equal((await first.locator('.reason').textContent())?.trim(), 'Often bought with A5 soft-cover notebook');
    await snap(page, 'recommendations-product-390');

    // Opening it shows its page; the notebook was viewed on this device, so it is listed there.
    await first.locator('.title').click();
    await page.locator('product-detail[product-id="custom-mug"]').waitFor();
    const viewed = page.locator('product-recommendations[kind="recently_viewed"]');
    await viewed.locator('.item[data-product-id="a5-notebook"]').waitFor();
    assert.equal((await viewed.locator('.item[data-product-id="a5-notebook"] .reason').textContent())?.trim(), 'You viewed this');
    assert.ok((await page.evaluate(() => localStorage.getItem('orderzone:hill-and-field:viewed')))?.includes('a5-notebook'), 'the history is on the device');

    // The mug in the cart: the cart recommends what was bought with it, never the mug itself.
    await page.locator('product-detail').getByRole('button', { name: /add to cart/i }).click();
    await page.locator('order-zone').getByRole('button', { name: /cart/i }).first().click();
    const forCart = page.locator('cart-panel product-recommendations');
    await forCart.locator('.item').first().waitFor();
    const ids = await forCart.locator('.item').evaluateAll((items) => items.map((item) => item.getAttribute('data-product-id')));
    assert.ok(ids.includes('a5-notebook'), ids.join());
    assert.ok(!ids.includes('custom-mug'), ids.join());
    await snap(page, 'recommendations-cart-390');
    assert.deepEqual(errors, []);
  });
});
