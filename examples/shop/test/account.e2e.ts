/**
 * End to end, accounts and risk checks, on the demo's server: a shopper tab places an order large
 * enough for the demo's risk rule (¥5,000.00 or more) and is asked for a one-time code; the merchant
 * console tab shows the code in the server's outbox ("Messages sent": the log channel "sent" it, the
 * demo's stand-in for an SMS gateway); the shopper types it and gets the order number. Then the
 * shopper signs in with a code by SMS to the same phone, finds that order in "My orders", signs out,
 * and nothing personal is left in the shop's storage.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { fill, tabTo } from './keyboard.ts';
import { useShop, snap, STEP_TIMEOUT_MS, withoutRefusals } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

const PHONE = '139 0013 9000';
const NAME = 'Han Meimei';
const EMAIL = 'han.meimei@example.com';
const PAPER = 'A4 copy paper, 70 gsm (ream of 500)';

/** The code of the newest outbox message for `purpose`, once the console shows one newer than `known`. */
async function codeFromConsole(console: Page, purpose: 'sign_in' | 'verification', known = 0): Promise<{ code: string; text: string }> {
  const messages = console.locator(`[data-outbox] [data-message][data-purpose="${purpose}"]`);
  await console.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length > count,
    { selector: `[data-outbox] [data-message][data-purpose="${purpose}"]`, count: known },
    { timeout: STEP_TIMEOUT_MS },
  );
  const newest = messages.first();
  return { code: ((await newest.locator('[data-code]').textContent()) ?? '').trim(), text: ((await newest.textContent()) ?? '').replace(/\s+/g, ' ') };
}

/** What the shop keeps in this browser. */
async function shopperStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('orderzone:')) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

describe('accounts and risk checks, across a shopper tab and the merchant console', () => {
  it('confirms a large order with a code from the outbox, then signs in by SMS, sees it in My orders and signs out', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const shopper = await context.newPage();
    const shopperErrors = collectErrors(shopper);
    await shopper.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await shopper.goto(shop.url);

    // Before any code was sent, the console says which orders ask for one, the demo's threshold in the page's money format.
    const fresh = await context.newPage();
    await fresh.goto(`${shop.url}console.html`);
    const emptyOutbox = ((await fresh.locator('[data-outbox-empty]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const threshold = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(5000);
    assert.equal(emptyOutbox, `No messages sent yet. Sign in by code in the shop, or place a large order (${threshold} or more).`);
    await fresh.close();

    // 250 reams at the bulk price of ¥23.00: ¥5,750.00, over the demo's threshold.
    await shopper.getByRole('button', { name: 'Office supplies', exact: true }).click();
    await shopper.getByRole('button', { name: PAPER }).click();
    const quantity = shopper.getByRole('spinbutton', { name: 'Quantity' });
    await quantity.fill('250');
    await quantity.press('Tab');
    await shopper.getByText(/Total for 250: \D*5,750\.00/).first().waitFor();
    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await shopper.getByText(/Added to your cart: 250 × A4 copy paper/).first().waitFor();
    await shopper.getByRole('button', { name: /^Cart, 250 items/ }).click();
    await shopper.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
    await shopper.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fill(shopper, /^Full name/, NAME);
    await fill(shopper, /^Mobile phone/, PHONE);
    await fill(shopper, /^Email/, EMAIL);
    await fill(shopper, /^Province/, 'Beijing');
    await fill(shopper, /^City/, 'Beijing');
    await fill(shopper, /^District/, 'Chaoyang');
    await fill(shopper, /^Street address/, '88 Jianguo Road');
    await fill(shopper, /^Postal code/, '100022');
    // Tab reaches the payment group on its first method; Space chooses it.
    await tabTo(shopper, (f) => f.type === 'radio' && /Alipay/.test(f.name));
    await shopper.keyboard.press('Space');
    await shopper.getByRole('button', { name: 'Place order' }).click();

    // The risk rule asks for a code sent to the order's phone.
    await shopper.getByRole('heading', { name: 'Confirm it’s you' }).waitFor();
    await shopper.getByText(/This is a large order/).first().waitFor();
    await shopper.getByText(/139\*\*\*\*9000/).first().waitFor();
    await snap(shopper, 'account-1-shopper-verification');

    // The merchant console, a second tab of the same browser, shows the code it "sent".
    const console = await context.newPage();
    const consoleErrors = collectErrors(console);
    await console.goto(`${shop.url}console.html`);
    await console.getByRole('heading', { level: 2, name: /Messages sent/ }).waitFor();
    const verification = await codeFromConsole(console, 'verification');
    assert.match(verification.code, /^\d{6}$/);
    assert.match(verification.text, /SMS to 139 0013 9000 · Order verification code/);
    await snap(console, 'account-2-console-outbox');

    // A wrong code is refused on the field; the right one places the order.
    const wrong = String((Number(verification.code) + 1) % 1_000_000).padStart(6, '0');
    await tabTo(shopper, (f) => f.tag === 'input' && /6-digit code/.test(f.name));
    await shopper.keyboard.type(wrong);
    await shopper.getByRole('button', { name: 'Confirm and place order' }).click();
    await shopper.getByText('That code isn’t right. Please check it and try again.').first().waitFor();
    const codeInput = shopper.getByRole('textbox', { name: /6-digit code/ });
    await codeInput.fill(verification.code);
    await shopper.getByRole('button', { name: 'Confirm and place order' }).click();
    await shopper.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
    const orderNumber = (await shopper.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();
    await console.getByRole('link', { name: `Open order ${orderNumber}` }).waitFor();
    assert.match((await console.locator(`[data-order="${orderNumber}"] [data-total]`).textContent()) ?? '', /5,750\.00/);

    // Signing in by SMS to the same phone: the code again comes from the console's outbox.
    await shopper.getByRole('button', { name: 'Sign in', exact: true }).click();
    await shopper.getByRole('heading', { name: 'Sign in' }).waitFor();
    await fill(shopper, /^Mobile phone/, '13900139000');
    await shopper.getByRole('button', { name: 'Send code' }).click();
    await shopper.getByText(/We sent a 6-digit code to 139\*\*\*\*9000/).first().waitFor();
    const signIn = await codeFromConsole(console, 'sign_in');
    assert.match(signIn.text, /SMS to 13900139000 · Sign-in code/);
    // A screen reader user hears the new code without looking for it.
    assert.equal((await console.locator('[data-announcement]').textContent())?.trim(), `New SMS to 13900139000: code ${signIn.code}.`);
    await fill(shopper, /6-digit code/, signIn.code);
    await shopper.getByRole('button', { name: 'Sign in', exact: true }).last().click();

    // My orders lists the order just placed.
    await shopper.getByRole('button', { name: 'My orders' }).first().waitFor();
    if (!(await shopper.getByRole('heading', { name: 'My orders' }).isVisible())) await shopper.getByRole('button', { name: 'My orders' }).first().click();
    await shopper.getByRole('heading', { name: 'My orders' }).waitFor();
    await shopper.getByText(orderNumber).first().waitFor();
    await snap(shopper, 'account-3-shopper-my-orders');
    const session = (await shopperStorage(shopper))['orderzone:hill-and-field:session'];
    assert.ok(session && session.includes('13900139000'), 'the session is stored while signed in');

    // Signing out removes the session and every personal detail from the shop's storage.
    await shopper.getByRole('button', { name: 'Sign out' }).first().click();
    await shopper.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
    await shopper.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shopper.waitForFunction(() => localStorage.getItem('orderzone:hill-and-field:session') === null);
    const left = JSON.stringify(await shopperStorage(shopper));
    for (const personal of ['13900139000', PHONE, NAME, EMAIL, '88 Jianguo Road', orderNumber]) {
      assert.ok(!left.includes(personal), `"${personal}" is gone from storage after sign-out; left: ${left}`);
    }
    assert.equal(await shopper.getByRole('button', { name: 'Sign in', exact: true }).count() > 0, true);

    assert.deepEqual(consoleErrors, [], 'no errors in the console tab');
    // The server refused on purpose: the large order until its code came (403), the wrong code (400).
    assert.deepEqual(withoutRefusals(shopperErrors, [403, 400]), [], 'no errors in the shopper tab');
  });
});
