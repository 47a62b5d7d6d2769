/**
 * End to end, a refund by line, on the demo's server: in one browser, a shopper tab buys two
 * T-shirts and socks with Alipay and the merchant console (on the admin API) simulates the payment;
 * the shopper asks for one T-shirt back, sees what it gives back before sending; the console shows
 * the request line by line, previews the refund by the core's rule and refunds exactly that unit
 * (the admin API's `lines`); the shopper tab, never reloaded, follows the order's event stream and
 * shows the order going on ("Paid", "Partly refunded") with the line refunded and what was refunded
 * so far. At 390 px (a phone) for the shopper.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { fill } from './keyboard.ts';
import { useShop, snap, withoutRefusals } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

const cny = (fen: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(fen / 100);

/** The order as the merchant console shows it (its own page, `console.html#order/<number>`). */
function card(console: Page, orderNumber: string): Locator {
  return console.getByRole('article', { name: `Order ${orderNumber}` });
}

async function addProduct(page: Page, title: string, units: number): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
  for (let i = 1; i < units; i++) await page.getByRole('button', { name: 'Increase quantity' }).click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(new RegExp(`Added to your cart: ${units} × ${title.replace(/[()]/g, '\\$&')}`)).first().waitFor();
  await page.getByRole('button', { name: 'Back to products' }).first().click();
}

describe('a refund of some units, across a shopper tab and the merchant console', () => {
  it('asks for one T-shirt of two back, sees CN¥79.00 before sending, and the merchant refunds exactly that', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const shopper = await context.newPage();
    const shopperErrors = collectErrors(shopper);
    await shopper.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await shopper.goto(shop.url);

    // Two T-shirts at ¥79.00 and socks at ¥49.00: ¥207.00, shipped free from ¥199.00.
    await addProduct(shopper, 'Cotton crew-neck T-shirt', 2);
    await addProduct(shopper, 'Merino wool socks (3 pairs)', 1);
    await shopper.getByRole('button', { name: /^Cart, 3 items/ }).click();
    await shopper.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
    await shopper.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fill(shopper, /^Full name/, 'Li Lei');
    await fill(shopper, /^Mobile phone/, '138 0013 8000');
    await fill(shopper, /^Email/, 'li.lei@example.com');
    await fill(shopper, /^Province/, 'Zhejiang');
    await fill(shopper, /^City/, 'Hangzhou');
    await fill(shopper, /^District/, 'Xihu');
    await fill(shopper, /^Street address/, '18 Beishan Road');
    await fill(shopper, /^Postal code/, '310007');
    await shopper.getByRole('radio', { name: /^Alipay/ }).check();
    await shopper.getByRole('button', { name: 'Place order' }).click();
    await shopper.getByRole('heading', { name: 'Thank you for your order!' }).waitFor({ timeout: 15_000 });
    const orderNumber = (await shopper.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();
    // A reload would start a new document: a mark left on this one must survive to the end.
    await shopper.evaluate(() => ((window as { ozNeverReloaded?: boolean }).ozNeverReloaded = true));

    // The merchant console opens the order and simulates the payment (the shopper paying at the provider).
    const console = await context.newPage();
    const consoleErrors = collectErrors(console);
    await console.setViewportSize({ width: 1280, height: 900 });
    await console.goto(`${shop.url}console.html#order/${orderNumber}`);
    const order = card(console, orderNumber);
    await order.getByRole('group', { name: `Actions for order ${orderNumber}` }).getByRole('button', { name: 'Simulate the payment', exact: true }).click();
    await order.locator('[data-status]', { hasText: 'Paid, to ship' }).waitFor();

    // The shopper opens the order and asks for one T-shirt back.
    await shopper.getByRole('button', { name: 'Track this order' }).click();
    await shopper.getByText('Paid', { exact: true }).first().waitFor();
    await shopper.getByRole('button', { name: 'Request a refund', exact: true }).click();
    const total = shopper.locator('order-detail [data-after-sale-total]');
    assert.equal((await total.textContent())?.replace(/\s+/g, ' ').trim(), `You get back ${cny(20700)}`, 'everything, to start with');
    await shopper.getByRole('button', { name: 'One fewer Cotton crew-neck T-shirt' }).click();
    await shopper.getByRole('button', { name: 'One fewer Merino wool socks (3 pairs)' }).click();
    await shopper.getByText(`You get back ${cny(7900)}`).waitFor();
    await shopper.getByRole('textbox', { name: /Why do you want a refund/ }).fill('One is enough.');
    await snap(shopper, 'refund-by-line-1-shopper-form');
    await shopper.getByRole('button', { name: 'Send refund request', exact: true }).click();
    await shopper.getByText('Refund requested', { exact: true }).first().waitFor();

    // The console (asking the server again every few seconds) shows the request line by line: only
    // the T-shirt asked for, with what it gives back.
    await order.locator('[data-status]', { hasText: 'Refund requested' }).waitFor();
    const requestLines = order.locator('[data-request] [data-request-line]');
    assert.deepEqual(
      (await requestLines.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()),
      [`1 × Cotton crew-neck T-shirt: ${cny(7900)}`],
      'the socks were not asked for',
    );
    // It refunds that unit, the amount shown before it is made.
    await order.getByRole('group', { name: `Actions for order ${orderNumber}` }).getByRole('button', { name: 'Approve refund', exact: true }).click();
    const form = order.getByRole('form');
    const units = form.getByLabel('Units of Cotton crew-neck T-shirt to accept (of 1)');
    assert.equal(await units.inputValue(), '1', 'every unit asked for, to start with');
    assert.equal(await form.locator('[data-accept-line]').count(), 1, 'one field per line of the request');
    await form.locator('[data-refund-preview]', { hasText: `Refund now: ${cny(7900)}` }).waitFor();
    // Accepting none refunds nothing: no amount is previewed.
    await units.fill('0');
    await form.getByText(/^Refund now:/).waitFor({ state: 'hidden' });
    // More units than asked for: no amount either, and the server refuses them on that line.
    await units.fill('2');
    await form.getByText(/^Refund now:/).waitFor({ state: 'hidden' });
    await form.locator('[data-submit]').click();
    await order.getByText('Some details need correcting.').waitFor();
    await form.getByText('At most 1 of this item can be included.').waitFor();
    assert.equal(await units.getAttribute('aria-invalid'), 'true');
    assert.equal((await order.locator('[data-status]').textContent())?.trim(), 'Refund requested', 'nothing changed');
    await units.fill('1');
    await form.locator('[data-refund-preview]', { hasText: `Refund now: ${cny(7900)}` }).waitFor();
    await snap(console, 'refund-by-line-2-console-approve');
    await form.locator('[data-submit]').click();
    await order.locator('[data-status]', { hasText: 'Paid, to ship' }).waitFor();
    assert.equal((await order.locator('[data-refunded]').textContent())?.trim(), cny(7900));
    assert.equal((await order.locator('[data-request]').count()), 0, 'no request is open any more');
    // The money went back through the provider: exactly that unit's share.
    await order.locator('[data-refund="succeeded"]', { hasText: cny(7900) }).waitFor();

    // The shopper sees the order going on, the T-shirt refunded and what was refunded so far.
    await shopper.getByText(`Refunded so far: ${cny(7900)} of the ${cny(20700)} paid`).waitFor();
    const request = shopper.locator('order-detail [data-after-sale="AS1"]');
    assert.equal((await request.locator('[part="after-sale-status"]').textContent())?.trim(), 'Refunded');
    assert.match((await request.locator('[data-line="0"]').textContent())?.replace(/\s+/g, ' ') ?? '', new RegExp(`Cotton crew-neck T-shirt × 1 Refunded ${cny(7900).replace(/[.]/g, '\\.')}`));
    await shopper.getByText('Partly refunded', { exact: true }).first().waitFor();
    assert.equal((await shopper.locator('order-detail [data-status]').textContent())?.trim(), 'Paid', 'the rest still ships');
    await snap(shopper, 'refund-by-line-3-shopper-refunded');

    assert.equal(await shopper.evaluate(() => (window as { ozNeverReloaded?: boolean }).ozNeverReloaded), true, 'the shopper tab was never reloaded');
    assert.deepEqual(withoutRefusals(consoleErrors, [400]), [], 'no errors in the console tab but the refused units');
    assert.deepEqual(shopperErrors, [], 'no errors in the shopper tab');
  });
});
