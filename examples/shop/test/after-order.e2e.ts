/**
 * End to end, after the order, on the demo's server: a shopper tab places an order paid by WeChat
 * Pay (a QR code of the simulated provider) and a merchant console tab plays the merchant through
 * the admin API. The console finds the order, opens it (contact, address, items), simulates the
 * payment, ships with a tracking number, approves the shopper's return (made with a reason and a
 * photo uploaded to the server), receives the goods and refunds; the shopper tab, never reloaded,
 * follows each step through the order's event stream. Assertions are on what the shopper and the
 * merchant see.
 */
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { fill, focused, tabTo } from './keyboard.ts';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

/** CRC-32 of PNG chunks. */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

/** A real PNG of `size`×`size` pixels in one colour, built here so the test needs no fixture file. */
function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** The shopper buys a T-shirt and pays with WeChat Pay; returns the order number shown. */
async function placeOrder(page: Page): Promise<string> {
  await page.goto(shop.url);
  await page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(/Added to your cart: 1 × Cotton crew-neck T-shirt/).first().waitFor();
  await page.getByRole('button', { name: /^Cart, 1 item/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  await fill(page, /^Full name/, 'Han Meimei');
  await fill(page, /^Mobile phone/, '139 0013 9000');
  await fill(page, /^Email/, 'han.meimei@example.com');
  await fill(page, /^Province/, 'Beijing');
  await fill(page, /^City/, 'Beijing');
  await fill(page, /^District/, 'Chaoyang');
  await fill(page, /^Street address/, '88 Jianguo Road');
  await fill(page, /^Postal code/, '100022');
  // Tab reaches the payment group on its first method; arrow keys choose another.
  await tabTo(page, (f) => f.type === 'radio' && /Alipay/.test(f.name));
  await page.keyboard.press('ArrowDown');
  const chosen = await focused(page);
  assert.ok(chosen?.checked && /WeChat Pay/.test(chosen.name), `WeChat Pay is chosen, got ${JSON.stringify(chosen)}`);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
  return (await page.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();
}

/** The order as the merchant console shows it (its own page, `console.html#order/<number>`). */
function card(console: Page, orderNumber: string): Locator {
  return console.getByRole('article', { name: `Order ${orderNumber}` });
}

/** From the console's list, finds the order and opens it. */
async function openInConsole(console: Page, orderNumber: string): Promise<void> {
  await console.getByRole('link', { name: `Open order ${orderNumber}` }).click();
  await card(console, orderNumber).waitFor();
}

/**
 * Clicks an action of the order (filling and sending its form, when it has one) and waits until the
 * order shows the status the action leads to.
 */
async function merchantDoes(console: Page, orderNumber: string, action: string, expectedStatus: string, fill?: (form: Locator) => Promise<void>): Promise<void> {
  const order = card(console, orderNumber);
  await order.getByRole('group', { name: `Actions for order ${orderNumber}` }).getByRole('button', { name: action, exact: true }).click();
  if (fill) {
    const form = order.getByRole('form');
    await fill(form);
    await form.locator('[data-submit]').click();
  }
  await order.locator('[data-status]', { hasText: new RegExp(`^\\s*${expectedStatus}\\s*$`) }).waitFor();
}

async function statusInConsole(console: Page, orderNumber: string): Promise<string> {
  return ((await card(console, orderNumber).locator('[data-status]').textContent()) ?? '').trim();
}

describe('after the order, across a shopper tab and the merchant console', () => {
  it('pays by QR, ships, returns with a photo and refunds, and the shopper sees each step without a reload', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const shopper = await context.newPage();
    const shopperErrors = collectErrors(shopper);
    await shopper.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));

    const orderNumber = await placeOrder(shopper);
    await shopper.getByText('Scan with WeChat').first().waitFor();
    // A reload would start a new document: a mark left on this one must survive to the end. (Moving
    // between the zone's views changes the address with history.pushState, which is not a reload.)
    await shopper.evaluate(() => ((window as { ozNeverReloaded?: boolean }).ozNeverReloaded = true));

    // The merchant console in a second tab lists the order, awaiting payment, and opens it.
    const console = await context.newPage();
    const consoleErrors = collectErrors(console);
    await console.goto(`${shop.url}console.html`);
    await console.getByRole('heading', { level: 1, name: 'Merchant console' }).waitFor();
    const summary = console.locator(`[data-order="${orderNumber}"]`);
    await summary.waitFor();
    assert.equal(((await summary.locator('[data-status]').textContent()) ?? '').trim(), 'Awaiting payment');
    assert.match((await summary.textContent()) ?? '', /Han Meimei/);
    await openInConsole(console, orderNumber);
    // What the merchant needs to fulfil it: who, where, what.
    const order = card(console, orderNumber);
    assert.match((await order.locator('[data-row="contact"]').textContent()) ?? '', /Han Meimei[\s\S]*139 0013 9000[\s\S]*han\.meimei@example\.com/);
    assert.match((await order.locator('[data-row="address"]').textContent()) ?? '', /Beijing Beijing Chaoyang 88 Jianguo Road 100022/);
    assert.match((await order.locator('[data-line]').textContent()) ?? '', /Cotton crew-neck T-shirt[\s\S]*1 × /);
    await order.locator('[data-payment="pending"]').waitFor();
    assert.equal(await statusInConsole(console, orderNumber), 'Awaiting payment');

    // 1. The console simulates the payment (standing in for the shopper scanning the code): the
    //    simulated provider pays and notifies the server, and the shopper tab follows.
    await merchantDoes(console, orderNumber, 'Simulate the payment', 'Paid, to ship');
    await order.locator('[data-payment="paid"]').waitFor();
    await snap(console, 'after-order-1-console-paid');
    await shopper.getByText('Paid', { exact: true }).first().waitFor();
    await snap(shopper, 'after-order-2-shopper-paid');

    // 2. Shipped with a tracking number: the shopper sees both.
    await merchantDoes(console, orderNumber, 'Mark shipped', 'Shipped', async (form) => {
      await form.getByLabel('Carrier').fill('SF Express');
      await form.getByLabel('Tracking number').fill('SF1234567890');
    });
    await openOrderDetail(shopper);
    await shopper.getByText('Shipped', { exact: true }).first().waitFor();
    await shopper.getByText(/SF1234567890/).first().waitFor();
    await snap(shopper, 'after-order-3-shopper-shipped');

    // 3. The shopper asks for a return with a reason and a photo.
    await shopper.getByRole('button', { name: 'Return items', exact: true }).click();
    await shopper.getByRole('textbox', { name: /Why do you want to return the items/ }).fill('The shirt is too small.');
    await shopper.locator('#return-photos').setInputFiles({ name: 'shirt.png', mimeType: 'image/png', buffer: solidPng(32, [200, 60, 40]) });
    await shopper.getByText('shirt.png uploaded.').first().waitFor();
    await snap(shopper, 'after-order-4-shopper-return-form');
    await shopper.getByRole('button', { name: 'Send return request', exact: true }).click();
    await shopper.getByText('Return requested', { exact: true }).first().waitFor();

    // The console sees the request with its reason and photo (kept by the server), and approves it with the demo address.
    await card(console, orderNumber).locator('[data-return-reason]').waitFor();
    assert.equal((await card(console, orderNumber).locator('[data-return-reason]').textContent())?.trim(), 'The shirt is too small.');
    const photo = card(console, orderNumber).getByRole('img', { name: `Return photo 1 of order ${orderNumber}` });
    await console.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 32, await photo.elementHandle());
    await snap(console, 'after-order-5-console-return-requested');
    await merchantDoes(console, orderNumber, 'Approve return', 'Return approved, awaiting goods', async (form) => {
      assert.equal(await form.getByLabel(/^Street address/).inputValue(), '文一西路 1000 号 3 号仓', 'the return desk is prefilled');
    });
    await shopper.getByText('Return approved', { exact: true }).first().waitFor();
    await shopper.getByText(/文一西路 1000 号 3 号仓/).first().waitFor();

    // 4. The goods come back and the merchant refunds: the shopper sees "Refunded".
    await merchantDoes(console, orderNumber, 'Goods received', 'Goods returned, to refund');
    await merchantDoes(console, orderNumber, 'Refund', 'Refunded', async () => undefined);
    assert.equal(await card(console, orderNumber).locator('[data-no-actions]').count(), 1, 'nothing is left to do');
    // The money went back through the provider.
    await card(console, orderNumber).locator('[data-refund="succeeded"]').waitFor();
    await snap(console, 'after-order-6-console-refunded');
    await shopper.getByText('Refunded', { exact: true }).first().waitFor();
    await snap(shopper, 'after-order-7-shopper-refunded');

    assert.equal(await shopper.evaluate(() => (window as { ozNeverReloaded?: boolean }).ozNeverReloaded), true, 'the shopper tab was never reloaded');
    assert.deepEqual(consoleErrors, [], 'no errors in the console tab');
    assert.deepEqual(shopperErrors, [], 'no errors in the shopper tab');
  });

  it('says clearly when an action is no longer allowed because another console changed the order', async () => {
    const ctx = await shop.browser.newContext({ locale: 'en-US' });
    try {
      const shopper = await ctx.newPage();
      await shopper.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
      const orderNumber = await placeOrder(shopper);
      const console = await ctx.newPage();
      await console.goto(`${shop.url}console.html#order/${orderNumber}`);
      await card(console, orderNumber).waitFor();
      // A second console marks the order paid first; the first one follows without a reload.
      const other = await ctx.newPage();
      await other.goto(`${shop.url}console.html`);
      await openInConsole(other, orderNumber);
      await merchantDoes(other, orderNumber, 'Mark paid', 'Paid, to ship');
      await card(console, orderNumber).locator('[data-status]', { hasText: 'Paid, to ship' }).waitFor();
      // The first console opened "Mark shipped" and submits an empty tracking number: the field says why.
      const order = card(console, orderNumber);
      await order.getByRole('button', { name: 'Mark shipped', exact: true }).click();
      await order.getByLabel('Tracking number').fill('   ');
      await order.getByRole('form').getByRole('button', { name: 'Mark shipped', exact: true }).click();
      await order.getByText('Some details need correcting.').waitFor();
      assert.equal(await order.getByLabel('Tracking number').getAttribute('aria-invalid'), 'true');
      assert.equal(await statusInConsole(console, orderNumber), 'Paid, to ship', 'nothing changed');
      // Meanwhile the other console ships it; the first one says its action is no longer available.
      await merchantDoes(other, orderNumber, 'Mark shipped', 'Shipped', async (form) => {
        await form.getByLabel('Tracking number').fill('YT000111');
      });
      await order.getByText('This order has changed meanwhile (Shipped); that action is no longer available.').waitFor();
      assert.equal(await order.getByRole('form').count(), 0, 'the form of an action no longer allowed is gone');
      assert.equal(await statusInConsole(console, orderNumber), 'Shipped');
      assert.match((await order.textContent()) ?? '', /YT000111/);
    } finally {
      await ctx.close();
    }
  });
});

/** From the confirmation, the shopper opens the order's live detail (no page load). */
async function openOrderDetail(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Track this order' }).click();
}
