/**
 * End to end, business buying on the demo's server: a shopper buys for a company, ticks "I’m buying
 * for a company", types the company details with one character of the credit code wrong, is told
 * the check digit does not add up (nothing typed is lost), corrects it and places the order; the
 * shopper's order page and the merchant console (on the admin API) show the company, the fapiao and
 * the purchase order number; "Order again" on the order page puts the order's line back in the cart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { fillCheckout, LI_LEI } from '../../../.ci/checkout-shoppers.ts';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

describe('business buying in the demo shop', () => {
  it('places an order for a company with its credit code checked, and both sides see the company details', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const shopper = await context.newPage();
    const shopperErrors = collectErrors(shopper);
    await shopper.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await shopper.goto(shop.url);
    await shopper.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).click();
    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await shopper.getByText(/Added to your cart: 1 × Cotton crew-neck T-shirt/).first().waitFor();
    await shopper.getByRole('button', { name: /^Cart, 1 item/ }).click();
    await shopper.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
    await shopper.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fillCheckout(shopper, LI_LEI);

    await shopper.getByRole('checkbox', { name: /buying for a company/ }).check();
    await shopper.getByRole('textbox', { name: /^Company name/ }).fill('Xiamen Xingchen Trading Co., Ltd.');
    await shopper.getByRole('textbox', { name: /^Unified social credit code/ }).fill('9135 0100 M000 100Y 44');
    await shopper.getByRole('combobox', { name: 'Invoice (fapiao)' }).selectOption('special');
    await shopper.getByRole('textbox', { name: /^Invoice title/ }).fill('Xiamen Xingchen Trading Co., Ltd.');
    await shopper.getByRole('textbox', { name: /^Purchase order number/ }).fill('PO-2026-0117');
    await shopper.getByRole('button', { name: 'Place order' }).click();
    await shopper.getByText('This unified social credit code doesn’t add up: a character is probably mistyped. Please check it against the business licence.').first().waitFor();
    assert.equal(await shopper.getByRole('textbox', { name: /^Purchase order number/ }).inputValue(), 'PO-2026-0117', 'nothing typed is lost');
    await snap(shopper, 'business-1-credit-code');

    await shopper.getByRole('textbox', { name: /^Unified social credit code/ }).fill('9135 0100 M000 100Y 43');
    await shopper.getByRole('button', { name: 'Place order' }).click();
    await shopper.getByRole('heading', { name: 'Thank you for your order!' }).waitFor({ timeout: 15_000 });
    const orderNumber = (await shopper.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();

    // The shopper's order page.
    await shopper.getByRole('button', { name: 'Track this order' }).click();
    const company = shopper.locator('order-detail [data-company]');
    await company.waitFor();
    assert.equal((await company.locator('[data-credit-code]').textContent())?.trim(), '91350100M000100Y43');
    assert.equal((await company.locator('[data-invoice]').textContent())?.trim(), 'Electronic special VAT invoice (增值税专用发票) · Xiamen Xingchen Trading Co., Ltd.');
    assert.equal((await company.locator('[data-purchase-order]').textContent())?.trim(), 'PO-2026-0117');
    await snap(shopper, 'business-2-order-page');

    // Order again, from the order page: nothing changed, so the one line goes back to the cart.
    await shopper.getByRole('button', { name: 'Order again' }).click();
    await shopper.getByText('Everything can be ordered again at the same prices.').waitFor();
    await shopper.getByRole('button', { name: 'Add 1 item to cart' }).click();
    await shopper.getByRole('button', { name: /^Cart, 1 item/ }).first().waitFor();

    // The merchant console.
    const console = await context.newPage();
    const consoleErrors = collectErrors(console);
    await console.goto(`${shop.url}console.html#order/${orderNumber}`);
    const row = console.getByRole('article', { name: `Order ${orderNumber}` }).locator('[data-row="company"]');
    await row.waitFor();
    const shown = (await row.innerText()).replace(/\s+/g, ' ').trim();
    assert.equal(shown, 'Company Xiamen Xingchen Trading Co., Ltd. Credit code 91350100M000100Y43 Electronic special VAT invoice: Xiamen Xingchen Trading Co., Ltd. PO PO-2026-0117');
    await snap(console, 'business-3-console');

    assert.deepEqual(shopperErrors, [], 'no errors in the shop (the mistyped code never left the page)');
    assert.deepEqual(consoleErrors, []);
  });
});
