/**
 * End to end, requests for quote in the demo shop on its server: a business buyer puts 100 reams of
 * paper in the cart, opens "Business buyers: request a quote" (asked to sign in first, by SMS code),
 * sends a request with a target date; the merchant answers on the admin API (¥20.00 a ream, valid
 * two days); the buyer sees the offer appear without a reload, accepts it: the cart and the
 * checkout are priced at the quote, and the order is placed at it. A second request is declined, and the merchant sees it so.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { fillCheckout, LI_LEI } from '../../../.ci/checkout-shoppers.ts';
import { fill } from './keyboard.ts';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

const PAPER = 'A4 copy paper, 70 gsm (ream of 500)';
const PHONE = '13800138000';

/** The admin API of the demo server, with the merchant key it wrote into its data folder. */
async function admin(path: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const { key } = JSON.parse(await readFile(join(shop.dataDir, 'merchant-key.json'), 'utf8')) as { key: string };
  const answer = await fetch(`${shop.url}api/admin${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${key}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  assert.equal(answer.status, 200, `${path}: ${await answer.clone().text()}`);
  return answer.json();
}

type AdminRfq = { id: string; number?: string; status: string; targetDate: string; lines: { variantId: string; quantity: number }[] };
const rfqs = async (): Promise<AdminRfq[]> => ((await admin('/rfqs')) as { rfqs: AdminRfq[] }).rfqs;
const answer = (id: string, amount: number) =>
  admin(`/rfqs/${id}/offer`, { method: 'PUT', body: { unitPrices: [{ amount, currency: 'CNY' }], expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), note: 'Price includes VAT' } });

/** Puts `quantity` reams of paper in the cart from its product page. */
async function addPaper(page: Page, quantity: number): Promise<void> {
  await page.getByRole('button', { name: 'Office supplies', exact: true }).click();
  await page.getByRole('button', { name: PAPER }).click();
  const box = page.getByRole('spinbutton', { name: 'Quantity' });
  await box.fill(String(quantity));
  await box.press('Tab');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(new RegExp(`Added to your cart: ${quantity} × A4 copy paper`)).first().waitFor();
}

/** Opens the request-for-quote box under the shop (its element loads then). */
async function openQuotes(page: Page): Promise<void> {
  await page.getByText('Business buyers: request a quote').click();
  await page.locator('quote-requests').waitFor();
}

/** Sends a request for the cart's goods, needed two weeks from now; resolves its id (from the admin API). */
/** The number of each request sent here, by id. */
const numbers = new Map<string, string>();

async function sendRequest(page: Page, known: number): Promise<string> {
  const target = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const box = page.locator('quote-requests');
  await box.getByLabel('Needed by').fill(target);
  await box.getByRole('textbox', { name: 'Name' }).fill('Li Lei');
  await box.getByRole('textbox', { name: 'Email' }).fill('li.lei@example.com');
  await box.getByRole('textbox', { name: /Notes for the merchant/ }).fill('Deliver to the back door, weekdays only');
  await box.getByRole('button', { name: 'Send request' }).click();
  await box.getByText(/Your request \S+ was sent/).waitFor();
  const all = await rfqs();
  assert.equal(all.length, known + 1);
  const sent = all.find((r) => r.status === 'requested')!;
  assert.equal(sent.targetDate, target);
  // The buyer reads the request by its number (RFQ-…), never by its id.
  assert.match(sent.number ?? '', /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  await box.getByText(`Your request ${sent.number} was sent. You will see the merchant’s prices here.`).waitFor();
  assert.equal((await box.locator(`[data-rfq="${sent.id}"] h4`).textContent())?.trim(), `Request ${sent.number}`);
  numbers.set(sent.id, sent.number!);
  return sent.id;
}

describe('requests for quote in the demo shop', () => {
  it('asks a price, the merchant answers, the buyer accepts and checks out at the quote; a second request is declined', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.goto(shop.url);
    assert.equal(await page.locator('quote-requests').count(), 0, 'nothing of it before the box is opened');

    await addPaper(page, 100);

    // A guest is asked to sign in; the code comes from the server's outbox (the console shows it too).
    await openQuotes(page);
    const quotes = page.locator('quote-requests');
    await quotes.getByText('Sign in to ask for a quote and to see your requests and the prices offered.').waitFor();
    await quotes.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await fill(page, /^Mobile phone/, PHONE);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText(/We sent a 6-digit code/).first().waitFor();
    const outbox = (await admin('/outbox?revealCodes=true')) as { messages: { destination: string; code?: string }[] };
    const code = outbox.messages.find((m) => m.destination.replace(/\s/g, '') === PHONE && m.code)?.code;
    assert.ok(code, 'the sign-in code is in the outbox');
    await fill(page, /6-digit code/, code);
    await page.locator('sign-in').getByRole('button', { name: 'Sign in', exact: true }).click();

    // The form asks a price for the cart's goods, the phone prefilled from the session.
    await quotes.getByRole('button', { name: 'Send request' }).waitFor();
    assert.equal(await quotes.getByRole('spinbutton', { name: /^Quantity of A4 copy paper/ }).inputValue(), '100');
    assert.equal(await quotes.getByRole('textbox', { name: 'Mobile phone' }).inputValue(), PHONE);
    await quotes.getByRole('button', { name: 'Send request' }).click();
    await quotes.getByText('Please correct 3 fields: nothing was sent.').waitFor();
    await quotes.getByText('Please choose today or a later date.').waitFor();
    const first = await sendRequest(page, 0);
    const request = quotes.locator(`[data-rfq="${first}"]`);
    assert.equal((await request.locator('[data-status-text]').textContent())?.trim(), 'Waiting for prices');
    await snap(page, 'rfq-1-requested');

    // The merchant answers on the admin API; the buyer's list shows it without a reload, and says it once.
    await answer(first, 2000);
    await request.locator('[data-status-text]', { hasText: 'Prices offered' }).waitFor();
    assert.equal((await quotes.locator('[data-news]').textContent())?.trim(), `Request ${numbers.get(first)}: Prices offered.`);
    assert.equal((await request.locator('[data-quoted]').textContent())?.trim(), 'CN¥20.00');
    assert.equal((await request.locator('[data-offer-total]').textContent())?.trim(), 'CN¥2,000.00');
    await request.getByText('From the merchant: Price includes VAT').waitFor();
    await snap(page, 'rfq-2-quoted');
    await request.getByRole('button', { name: 'Accept and add to cart' }).click();
    await quotes.getByText('1 line is in your cart at the quoted price.').waitFor();
    assert.equal((await request.locator('[data-status-text]').textContent())?.trim(), 'Accepted');

    // The cart and the checkout are priced at the quote: 100 × ¥20.00, not the list's bulk price.
    await quotes.getByRole('button', { name: 'View cart' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('CN¥2,000.00').first().waitFor();
    await drawer.getByRole('button', { name: 'Checkout' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fillCheckout(page.locator('checkout-form'), LI_LEI);
    // The checkout's total (its summary, also at the top on a phone): 100 × ¥20.00, shipping free at this amount.
    await page.locator('checkout-form [data-summary-top-total]', { hasText: 'CN¥2,000.00' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
    const ordered = (await rfqs()).find((r) => r.id === first) as AdminRfq & { orderNumber?: string };
    assert.ok(ordered.orderNumber, 'the order was placed under the request');

    // A second request, answered, then declined by the buyer: the merchant sees it declined.
    await page.goto(shop.url);
    await addPaper(page, 50);
    await openQuotes(page);
    const second = await sendRequest(page, 1);
    await answer(second, 2100);
    await page.reload();
    await openQuotes(page);
    const other = quotes.locator(`[data-rfq="${second}"]`);
    await other.locator('[data-status-text]', { hasText: 'Prices offered' }).waitFor();
    await other.getByRole('button', { name: 'Decline' }).click();
    await other.locator('[data-status-text]', { hasText: 'Declined' }).waitFor();
    assert.equal((await rfqs()).find((r) => r.id === second)?.status, 'declined');
    await quotes.locator(`[data-rfq="${first}"]`).getByText(/Ordered at the quoted prices: order OZ-/).waitFor();
    await snap(page, 'rfq-3-declined');
    assert.deepEqual(errors, []);
  });
});
