/**
 * End to end on the demo shop's merchant console: the insight page draws sales by day with the
 * charting library and lists the best sellers and what runs out soon, from the orders on the server;
 * the shop's pages never load that library (it is fetched only with the console's insight page).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { LineRequest, OrderRequest } from '@orderzone/core';
import { createRestAdapter } from '@orderzone/core/rest';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop();
/** The merchant key the demo server wrote into its data folder (read once the shop is open). */
async function merchantKey(): Promise<string> {
  return (JSON.parse(await readFile(join(shop.dataDir, 'merchant-key.json'), 'utf8')) as { key: string }).key;
}

const mug = (quantity: number): LineRequest => ({ productId: 'custom-mug', variantId: 'mug-350', quantity, personalization: {} });
const notebook: LineRequest = { productId: 'a5-notebook', variantId: 'notebook-a5', quantity: 1, personalization: {} };

async function placeOrder(n: number, lines: LineRequest[]): Promise<void> {
  const api = createRestAdapter({ baseUrl: `${shop.url}api` });
  const base = { currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN', region: '上海市' } };
  const quote = await api.quote(base);
  const order: OrderRequest = {
    ...base,
    contact: { name: '赵敏', phone: `1360013${String(n).padStart(4, '0')}`, email: `zhao.min.${n}@example.com` },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
  };
  await api.submitOrder(order, { idempotencyKey: `insight-e2e-${n}` });
}

/** The paths of the scripts and styles a page fetched. */
function fetched(page: import('playwright-core').Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

describe('sales insight in the merchant console', () => {
  it('draws sales by day and names the best sellers and what runs out soon; the shop never loads the chart library', async () => {
    await placeOrder(1, [mug(2), notebook]);
    await placeOrder(2, [mug(1)]);
    // Three mugs sold today; four left.
    const set = await fetch(`${shop.url}api/admin/stock/mug-350`, { method: 'PUT', headers: { Authorization: `Bearer ${await merchantKey()}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ quantity: 4 }) });
    assert.equal(set.status, 200, await set.text());

    // The shop: browsing, a product page and the cart load no charting code.
    const shopper = await shop.newPage({ locale: 'en-US' });
    const shopFetched = fetched(shopper.page);
    await shopper.page.goto(`${shop.url}?oz=product/custom-mug`);
    await shopper.page.locator('product-recommendations .item').first().waitFor();
    assert.deepEqual(shopFetched.filter((path) => /uplot|insight/i.test(path)), []);

    // The console: the insight page fetches it and draws.
    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    const consoleFetched = fetched(page);
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${shop.url}console.html`);
    await page.locator('[data-insight-link]').waitFor();
    assert.deepEqual(consoleFetched.filter((path) => /uplot/i.test(path)), [], 'the order list does not load the chart library either');
    await page.locator('[data-insight-link]').click();
    await page.locator('[data-insight] [data-chart="by-day"] canvas').waitFor();
    assert.ok(consoleFetched.some((path) => /uplot/i.test(path)), 'the insight page loaded uPlot');

    assert.equal(await page.locator('[data-by-day] tbody tr').count(), 30);
    const bestSellers = await page.locator('[data-best-sellers] li').allTextContents();
    assert.equal(bestSellers[0]?.trim(), 'Personalised ceramic mug: 3 sold');
    const lowStock = page.locator('[data-low-stock] li[data-variant="mug-350"]');
    // 3 sold within the last 14 days: about 0.2 a day; 4 left last about 18 days.
    assert.match((await lowStock.textContent())!.replace(/\s+/g, ' '), /Runs out in about 18 days · 4 left, about 0.2 sold a day/);
    assert.match((await page.locator('[data-chart="by-day"]').getAttribute('aria-label'))!, /in 2 orders/);
    await snap(page, 'console-insight-1280');

    // In Chinese.
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('[data-low-stock] [data-runs-out]', { hasText: '约 18 天后售罄' }).waitFor();
    assert.deepEqual(errors, []);
  });
});
