/**
 * End to end, the merchant console on the demo's server: finding orders (by order number as typed,
 * by a phone number written another way, by what is left to do), and a console page that carries no
 * merchant key (as a build or a production page would): it asks for one, refuses a wrong one, and
 * opens with the demo's key, in Chinese; and axe-core finds nothing wrong on its views at 390 and
 * 1280 px. Orders are placed through the REST API, as a shop would.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { OrderRequest } from '@orderzone/core';
import { createRestAdapter } from '@orderzone/core/rest';
import type { Page } from 'playwright-core';
import { openShop, type Shop } from './shop-harness.ts';

let shop: Shop;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the console (`main.console`) at 390 and 1280 px: `view @width rule target — why` each. */
async function audit(page: Page, view: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const found: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run({ include: [['main.console']] }, { resultTypes: ['violations'] });
      return result.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.id} ${JSON.stringify(node.target)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`));
    });
    found.push(...violations.map((violation) => `${view} @${width}px: ${violation}`));
  }
  return found;
}

const ORDER: OrderRequest = {
  currency: 'CNY',
  lines: [{ productId: 'cotton-tee', variantId: 'tee-navy-m', quantity: 2, personalization: {} }],
  contact: { name: '张三', phone: '13800138000', email: 'zhang.san@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  expectedTotal: { amount: 17000, currency: 'CNY' },
};

/**
 * Makes `page` see console.html as a build or a production server serves it: without the demo's key
 * (taken out as the page is parsed, before the console reads it).
 */
async function withoutDemoKey(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const meta = document.querySelector('meta[name="orderzone-merchant-key"]');
      if (!meta) return;
      meta.remove();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The order numbers the console's list shows, in its order. */
async function listed(page: Page): Promise<string[]> {
  return page.locator('ol.orders article[data-order]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-order')!));
}

/** Waits until the list shows exactly `expected` (the console asks the server, then renders). */
async function waitForList(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('ol.orders article[data-order]')].map((card) => card.getAttribute('data-order'))) === JSON.stringify(want),
    expected,
  );
  assert.deepEqual(await listed(page), expected);
}

describe('the merchant console: finding orders, and a page without a key', () => {
  /** Zhang San's order (paid by the merchant) and Li Lei's (awaiting payment), oldest first. */
  let zhang: string;
  let li: string;
  let key: string;

  before(async () => {
    shop = await openShop();
    const api = createRestAdapter({ baseUrl: `${shop.url}api` });
    zhang = (await api.submitOrder(ORDER, { idempotencyKey: 'console-e2e-zhang' })).order.orderNumber;
    li = (await api.submitOrder({ ...ORDER, contact: { name: '李雷', phone: '13900139000', email: 'li.lei@example.com' } }, { idempotencyKey: 'console-e2e-li' })).order.orderNumber;
    key = (JSON.parse(await readFile(join(shop.dataDir, 'merchant-key.json'), 'utf8')) as { key: string }).key;
    const paid = await fetch(`${shop.url}api/admin/orders/${zhang}/mark-paid`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(paid.status, 200);
  });
  after(async () => {
    await shop?.close();
  });

  it('finds an order by its number in any case, by a phone number written another way, and by what is left to do', async () => {
    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.goto(`${shop.url}console.html`);
    await waitForList(page, [li, zhang]);

    const query = page.getByRole('searchbox', { name: 'Order number, phone or e-mail' });
    await query.fill(zhang.toLowerCase());
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await waitForList(page, [zhang]);

    await query.fill('+86 139-0013-9000');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await waitForList(page, [li]);

    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await waitForList(page, [li, zhang]);
    assert.equal(await query.inputValue(), '');

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'To ship' });
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await waitForList(page, [zhang]);
    assert.equal((await page.locator(`[data-order="${zhang}"] [data-status]`).textContent())?.trim(), 'Paid, to ship');

    await query.fill('nobody@example.com');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No order matches this search.').waitFor();
    assert.deepEqual(await listed(page), []);
    assert.deepEqual(errors, [], 'no errors in the console');
  });

  it('asks for a key on a page that carries none, refuses a wrong one, and opens with the demo’s key, in Chinese', async () => {
    const { page, errors } = await shop.newPage({ locale: 'zh-CN' });
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'zh-CN'));
    await withoutDemoKey(page);
    await page.goto(`${shop.url}console.html`);
    await page.getByRole('heading', { name: '商家密钥' }).waitFor();
    assert.equal(await page.locator('meta[name="orderzone-merchant-key"]').count(), 0);
    const field = page.getByRole('textbox', { name: '商家密钥（ozk_…）' });

    await field.fill('ozk_not-a-key');
    await page.getByRole('button', { name: '打开商家后台' }).click();
    await page.getByRole('alert').filter({ hasText: '服务器不接受此密钥（错误或已撤销）。' }).waitFor();

    await field.fill(key);
    await page.getByRole('button', { name: '打开商家后台' }).click();
    await waitForList(page, [li, zhang]);
    await page.getByRole('heading', { name: /^已发送的消息/ }).waitFor();
    assert.equal((await page.locator(`[data-order="${li}"] [data-status]`).textContent())?.trim(), '待付款');
    assert.equal((await page.locator(`[data-order="${zhang}"] [data-status]`).textContent())?.trim(), '已付款，待发货');
    // The refused key was answered 401 on purpose; nothing else went wrong.
    assert.deepEqual(
      errors.filter((error) => !error.startsWith('Failed to load resource: the server responded with a status of 401 ')),
      [],
      'no other errors in the console',
    );
  });

  it('has no axe violations: the orders and messages, an order with its actions, an action’s form, the key form', async () => {
    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    const found: string[] = [];
    await page.goto(`${shop.url}console.html`);
    await waitForList(page, [li, zhang]);
    await page.locator('[data-outbox] [data-message]').first().waitFor();
    found.push(...(await audit(page, 'orders')));

    await page.getByRole('link', { name: `Open order ${li}` }).click();
    await page.getByRole('button', { name: 'Simulate the payment' }).waitFor();
    found.push(...(await audit(page, 'order awaiting payment')));

    await page.goto(`${shop.url}console.html#order/${zhang}`);
    await page.getByRole('button', { name: 'Mark shipped', exact: true }).click();
    await page.getByLabel('Tracking number').waitFor();
    found.push(...(await audit(page, 'ship form')));

    const keyless = await shop.newPage({ locale: 'zh-CN' });
    await keyless.page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'zh-CN'));
    await withoutDemoKey(keyless.page);
    await keyless.page.goto(`${shop.url}console.html`);
    await keyless.page.getByRole('heading', { name: '商家密钥' }).waitFor();
    found.push(...(await audit(keyless.page, 'key form')));

    assert.deepEqual(found, [], `${found.length} problems:\n${found.join('\n')}`);
    assert.deepEqual([...errors, ...keyless.errors], [], 'no errors in the console');
  });
});
