/**
 * End to end, the merchant's side of requests for quote on the demo's server: a buyer signs in and
 * asks prices through the REST API (120 reams of A4 paper and 10 notebooks); the merchant console
 * lists the request as waiting, filters by status, opens it, is told that "19.999" is not an amount
 * in yuan (nothing typed is lost), answers with ¥19.90 and ¥8.50 per unit; the buyer then sees the
 * quoted prices, their total and the expiry through the REST API. A second request is withdrawn,
 * and the buyer sees it withdrawn. The console is shown in Chinese too.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createRestAdapter } from '@orderzone/core/rest';
import type { BrowserContext } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { snap, useShop } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

async function merchantKey(): Promise<string> {
  return (JSON.parse(await readFile(join(shop.dataDir, 'merchant-key.json'), 'utf8')) as { key: string }).key;
}

/** A buyer signed in by SMS through the REST API, the code read from the admin API's outbox. */
async function signedInBuyer(phone: string) {
  const api = createRestAdapter({ baseUrl: `${shop.url}api`, allowInsecureHttp: true });
  await api.requestSignInCode!({ channel: 'sms', destination: phone });
  const outbox = await fetch(`${shop.url}api/admin/outbox?limit=5`, { headers: { Authorization: `Bearer ${await merchantKey()}` } });
  const { messages } = (await outbox.json()) as { messages: { destination: string; code?: string }[] };
  const code = messages.find((m) => m.destination === phone && m.code)?.code;
  assert.ok(code, 'the outbox shows the sign-in code');
  const session = await api.verifySignInCode!({ channel: 'sms', destination: phone, code });
  return { api, token: session.token };
}

describe('requests for quote in the merchant console', () => {
  it('answers a request with unit prices typed in yuan and an expiry, which the buyer then sees; withdraws another', async () => {
    const { api, token } = await signedInBuyer('13900139018');
    const contact = { name: '采购 王', phone: '13900139018', email: 'wang@example.com' };
    const targetDate = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const asked = await api.createRfq!(token, {
      lines: [
        { productId: 'a4-paper', variantId: 'paper-a4-70', quantity: 120 },
        { productId: 'a5-notebook', variantId: 'notebook-a5', quantity: 10 },
      ],
      targetDate,
      note: '每月订货',
      contact,
    });
    const other = await api.createRfq!(token, { lines: [{ productId: 'a4-paper', variantId: 'paper-a4-70', quantity: 60 }], targetDate, contact });

    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const console = await context.newPage();
    const errors = collectErrors(console);
    await console.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await console.goto(`${shop.url}console.html`);
    await console.getByRole('link', { name: 'Requests for quote' }).click();
    const list = console.locator('[data-rfqs]');
    await list.locator(`[data-rfq="${asked.id}"]`).waitFor();
    assert.equal(await list.locator(`[data-rfq="${asked.id}"] [data-rfq-status]`).textContent(), 'Waiting for your prices');
    await console.getByRole('combobox', { name: 'Show' }).selectOption('quoted');
    await list.locator('[data-rfqs-empty]').waitFor();
    await console.getByRole('combobox', { name: 'Show' }).selectOption('requested');
    assert.equal(await list.locator('[data-rfq]').count(), 2);
    await snap(console, 'rfq-1-console-list');

    // The merchant reads a request by its number (RFQ-…); its id stays in the address.
    await console.getByRole('link', { name: `Request ${asked.number}` }).click();
    assert.match(console.url(), new RegExp(`#rfq/${asked.id}$`));
    const card = console.getByRole('article', { name: `Request ${asked.number}` });
    await card.waitFor();
    assert.equal((await card.locator('[data-row="note"]').textContent())?.trim(), '每月订货');
    const [year, month, day] = targetDate.split('-').map(Number) as [number, number, number];
    const monthName = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1];
    assert.equal((await card.locator('[data-row="target-date"]').textContent())?.trim(), `${monthName} ${day}, ${year}`, 'the day the buyer needs the goods, in the merchant\'s language');
    const paper = card.getByRole('textbox', { name: /^Your unit price for A4 copy paper/ });
    const notebook = card.getByRole('textbox', { name: /^Your unit price for A5/ });
    await paper.fill('19.999');
    await notebook.fill('8.5');
    await card.getByRole('textbox', { name: 'Note to the buyer' }).fill('含税，不含运费');
    await card.getByRole('button', { name: 'Send prices' }).click();
    await card.getByText('Enter an amount such as 19.90.').waitFor();
    assert.equal(await notebook.inputValue(), '8.5', 'nothing typed is lost');
    assert.equal(await paper.evaluate((el) => el === document.activeElement), true, 'the wrong amount has the focus');
    await snap(console, 'rfq-2-console-amount');

    await paper.fill('19.90');
    await card.getByRole('button', { name: 'Send prices' }).click();
    await card.locator('[data-rfq-status="quoted"]').waitFor();
    assert.equal((await card.locator('[data-row="offer-total"]').textContent())?.trim(), 'CN¥2,473.00');
    await snap(console, 'rfq-3-console-quoted');
    if (process.env.OZ_SCREENSHOTS) {
      await console.setViewportSize({ width: 390, height: 844 });
      await snap(console, 'rfq-3-console-quoted-390');
      await console.setViewportSize({ width: 1280, height: 900 });
    }

    const seen = await api.getRfq!(token, asked.id);
    assert.equal(seen.status, 'quoted');
    assert.deepEqual(seen.lines.map((line) => line.unitPrice), [{ amount: 1990, currency: 'CNY' }, { amount: 850, currency: 'CNY' }]);
    assert.deepEqual(seen.offer?.total, { amount: 120 * 1990 + 10 * 850, currency: 'CNY' });
    assert.equal(seen.offer?.note, '含税，不含运费');
    const expiresIn = Date.parse(seen.offer!.expiresAt) - Date.now();
    assert.ok(expiresIn > 6 * 86_400_000 && expiresIn <= 7 * 86_400_000, `the prices hold for a week unless told otherwise (${seen.offer!.expiresAt})`);

    // The other request, withdrawn, in Chinese.
    await console.goto(`${shop.url}console.html#rfq/${encodeURIComponent(other.id)}`);
    await console.locator('[data-locale="zh-CN"]').click();
    const second = console.getByRole('article', { name: `询价单 ${other.number}` });
    await second.getByRole('button', { name: '撤回询价单' }).click();
    await second.locator('[data-rfq-status="withdrawn"]').waitFor();
    assert.equal((await second.locator('[data-rfq-status]').textContent())?.trim(), '已撤回');
    assert.equal((await second.locator('[data-row="target-date"]').textContent())?.trim(), `${year}年${month}月${day}日`);
    assert.equal(await second.getByRole('button', { name: '撤回询价单' }).count(), 0, 'nothing left to do');
    assert.equal((await api.getRfq!(token, other.id)).status, 'withdrawn');
    await snap(console, 'rfq-4-console-withdrawn');
    if (process.env.OZ_SCREENSHOTS) {
      await console.setViewportSize({ width: 390, height: 844 });
      await snap(console, 'rfq-4-console-withdrawn-390');
    }

    assert.deepEqual(errors, []);
  });
});
