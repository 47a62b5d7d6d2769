/**
 * End to end, reviews on the demo's server: a shopper tab buys a T-shirt, the merchant console pays
 * (simulated), ships and completes the order, the shopper rates it from the order page with a text
 * and a photo, the console publishes it and replies, and the product page then shows the review (its
 * text as text) with the reply, counted in the product's rating.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { collectErrors } from '../../../.ci/chromium.ts';
import { fillCheckout, HAN_MEIMEI } from '../../../.ci/checkout-shoppers.ts';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop({ beforeClose: () => context?.close() });
let context: BrowserContext | undefined;

/** A 1×1 PNG, built here (no fixture file). */
function png(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
}

/** The order as the merchant console shows it. */
function card(console: Page, orderNumber: string): Locator {
  return console.getByRole('article', { name: `Order ${orderNumber}` });
}

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

/** The T-shirt's reviews on its product page: the number its rating counts. */
async function ratingCount(page: Page): Promise<number> {
  const count = (await page.locator('product-detail [part="reviews"] .rating-count').first().textContent()) ?? '';
  return Number(count.replace(/\D/g, ''));
}

async function openTee(page: Page): Promise<void> {
  await page.goto(shop.url);
  await page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).click();
  await page.getByRole('button', { name: 'Add to cart' }).waitFor();
}

describe('reviews, across a shopper tab and the merchant console', () => {
  it('completes an order in the console, the shopper reviews it, the console publishes and replies, and the product page shows it', async () => {
    context = await shop.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const shopper = await context.newPage();
    const shopperErrors = collectErrors(shopper);
    await shopper.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));

    // The product page before: the seeded reviews are published records, counted in the rating.
    await openTee(shopper);
    const before = await ratingCount(shopper);
    assert.ok(before > 0, 'the demo catalog’s reviews are published');

    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await shopper.getByText(/Added to your cart: 1 × Cotton crew-neck T-shirt/).first().waitFor();
    await shopper.getByRole('button', { name: /^Cart, 1 item/ }).click();
    await shopper.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
    await shopper.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fillCheckout(shopper, HAN_MEIMEI);
    await shopper.getByRole('button', { name: 'Place order' }).click();
    await shopper.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
    const orderNumber = (await shopper.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();
    await shopper.getByRole('button', { name: 'Track this order' }).click();

    // The merchant pays (simulated), ships and completes the order in the console.
    const console = await context.newPage();
    const consoleErrors = collectErrors(console);
    await console.goto(`${shop.url}console.html#order/${orderNumber}`);
    await card(console, orderNumber).waitFor();
    await merchantDoes(console, orderNumber, 'Simulate the payment', 'Paid, to ship');
    await merchantDoes(console, orderNumber, 'Mark shipped', 'Shipped', async (form) => {
      await form.getByLabel('Carrier').fill('SF Express');
      await form.getByLabel('Tracking number').fill('SF5550001');
    });
    await merchantDoes(console, orderNumber, 'Complete', 'Completed');

    // The shopper's order page (never reloaded) offers the review once the order is completed.
    await shopper.getByRole('heading', { name: 'Rate your items' }).waitFor();
    await shopper.getByRole('button', { name: 'Write a review' }).click();
    await shopper.getByRole('radio', { name: '5 stars' }).check();
    await shopper.getByRole('textbox', { name: 'Your review (optional)' }).fill('Soft <i>cotton</i>; true to size.');
    await shopper.locator('#review-photos').setInputFiles({ name: 'tee.png', mimeType: 'image/png', buffer: png() });
    await shopper.locator('order-detail [data-photo="done"]').waitFor();
    await snap(shopper, 'reviews-1-shopper-form');
    await shopper.getByRole('button', { name: 'Send review' }).click();
    await shopper.getByText('Waiting for the shop to check it').waitFor();
    await shopper.locator('order-detail .review-notice', { hasText: 'Thank you! Your review will be shown once the shop has checked it.' }).waitFor();

    // The console lists it as waiting, publishes it and replies.
    await console.goto(`${shop.url}console.html`);
    const review = console.locator('[data-review]', { hasText: 'Soft <i>cotton</i>; true to size.' });
    await review.waitFor();
    assert.equal(await review.getAttribute('data-review-status'), 'pending');
    assert.equal(await review.locator('[data-review-text] i').count(), 0, 'the text is shown as text');
    // The product by its name, in the console's language and then in the catalog's other one.
    await review.locator('[data-review-product]', { hasText: 'Cotton crew-neck T-shirt' }).waitFor();
    assert.equal(await review.locator('[data-review-product-other][lang="zh-CN"]').textContent(), '纯棉圆领T恤');
    await review.locator('img').first().waitFor();
    await review.locator('[data-review-action="publish"]').click();
    await console.locator(`[data-review="${await review.getAttribute('data-review')}"][data-review-status="published"]`).waitFor();
    await review.getByLabel('Reply (shown under the review)').fill('Thank you, Meimei!');
    await review.locator('[data-review-action="reply"]').click();
    await review.locator('[data-review-reply]').waitFor();
    await snap(console, 'reviews-2-console-published');

    if (process.env.OZ_SCREENSHOTS) await review.screenshot({ path: `${process.env.OZ_SCREENSHOTS}/reviews-2a-console-review-1280.png` });

    // On a phone the hide form stays inside the card: its field is wide enough to type a reason in.
    await console.setViewportSize({ width: 390, height: 844 });
    const reason = review.getByLabel('Reason for hiding');
    await review.scrollIntoViewIfNeeded();
    if (process.env.OZ_SCREENSHOTS) await review.screenshot({ path: `${process.env.OZ_SCREENSHOTS}/reviews-2b-console-390.png` });
    const [cardBox, reasonBox, hideBox] = await Promise.all([review.boundingBox(), reason.boundingBox(), review.locator('[data-review-action="hide"]').boundingBox()]);
    assert.ok(cardBox && reasonBox && hideBox);
    assert.ok(reasonBox.x + reasonBox.width <= cardBox.x + cardBox.width && hideBox.x + hideBox.width <= cardBox.x + cardBox.width, 'the hide form fits the card');
    assert.ok(reasonBox.width >= cardBox.width * 0.6, `the reason field takes the card's width (${reasonBox.width} of ${cardBox.width} px)`);
    await console.setViewportSize({ width: 1280, height: 900 });

    // The product page shows the review as text, with the reply and the photo, and counts it.
    await openTee(shopper);
    const shown = shopper.locator('product-detail [part="review"]', { hasText: 'Soft <i>cotton</i>; true to size.' });
    await shown.waitFor();
    assert.match((await shown.textContent()) ?? '', /Reply from the shop[\s\S]*Thank you, Meimei!/);
    assert.equal(await shown.locator('i').count(), 0);
    assert.equal(await shown.locator('[part="review-photos"] img').count(), 1);
    assert.equal(await ratingCount(shopper), before + 1);
    await snap(shopper, 'reviews-3-product-page');

    assert.deepEqual(consoleErrors, [], 'no errors in the console tab');
    assert.deepEqual(shopperErrors, [], 'no errors in the shopper tab');
  });
});
