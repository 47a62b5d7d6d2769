/**
 * End to end: a shopper buys from the demo shop in Chromium using only the keyboard, from the
 * product grid to the order number, and the order shown exists in the backend.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { fill, focused, tabTo } from './keyboard.ts';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop();

/** Opens a product from wherever focus is: back to the grid if needed, then Tab to its card. */
async function openProduct(page: Page, title: string): Promise<void> {
  await tabTo(page, (f) => f.tag === 'button' && f.name === title);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function addToCart(page: Page, expected: RegExp): Promise<void> {
  await tabTo(page, (f) => f.tag === 'button' && /^Add to cart$/.test(f.name));
  await page.keyboard.press('Enter');
  await page.getByText(expected).first().waitFor();
}

describe('demo shop, keyboard only', () => {
  it('buys a T-shirt in size M and an engraved bottle, and the order number exists in the backend', async () => {
    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.goto(shop.url);
    await page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).waitFor();
    await snap(page, '1-browse');

    // Product 1: a T-shirt, size M, two of them.
    await openProduct(page, 'Cotton crew-neck T-shirt');
    const size = await tabTo(page, (f) => f.type === 'radio' && f.name.startsWith('S'));
    assert.equal(size.checked, true, 'the first available size is preselected');
    await page.keyboard.press('ArrowRight');
    const sizeM = await focused(page);
    assert.ok(sizeM?.name.startsWith('M') && sizeM.checked, `arrow keys move the size choice to M, got ${JSON.stringify(sizeM)}`);
    await tabTo(page, (f) => f.name === 'Increase quantity');
    await page.keyboard.press('Enter');
    await snap(page, '2-product');
    await addToCart(page, /Added to your cart: 2 × Cotton crew-neck T-shirt/);

    // Product 2: the bottle needs engraving text before it can be added.
    await tabTo(page, (f) => f.name === 'Back to products', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Engraved insulated bottle' }).waitFor();
    await openProduct(page, 'Engraved insulated bottle');
    await fill(page, /Engraving/i, 'Li Lei 2026');
    await addToCart(page, /Added to your cart: 1 × Engraved insulated bottle/);

    // The cart drawer, then checkout.
    await tabTo(page, (f) => f.tag === 'button' && /^Cart, 3 items/.test(f.name), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByText('M / Navy').waitFor();
    await page.getByRole('dialog').getByText('Total', { exact: true }).waitFor();
    await snap(page, '3-cart');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Checkout');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();

    await fill(page, /^Full name/, 'Li Lei');
    await fill(page, /^Mobile phone/, '138 0013 8000');
    await fill(page, /^Email/, 'li.lei@example.com');
    await fill(page, /^Province/, 'Zhejiang');
    await fill(page, /^City/, 'Hangzhou');
    await fill(page, /^District/, 'Xihu');
    await fill(page, /^Street address/, '18 Wensan Road');
    await fill(page, /^Postal code/, '310012');
    await tabTo(page, (f) => f.type === 'radio' && /Alipay/.test(f.name));
    await page.keyboard.press('Space');
    assert.equal((await focused(page))?.checked, true, 'Space selects Alipay');
    await snap(page, '4-checkout');

    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Place order');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
    const orderNumber = (await page.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();
    await snap(page, '5-confirmation');

    const stored = await page.evaluate(async ({ number, contact }) => {
      const zone = document.querySelector('order-zone')!.activeZone!;
      const { order } = await zone.adapter.lookupOrder({ orderNumber: number, contact });
      return {
        orderNumber: order.orderNumber,
        status: order.status,
        lines: order.lines.map((l) => ({ variantTitle: l.variantTitle, quantity: l.quantity, personalization: l.personalization })),
        payment: order.payment.type,
        itemsLeftInCart: zone.cart.$itemCount.get(),
      };
    }, { number: orderNumber, contact: 'li.lei@example.com' });

    assert.equal(stored.orderNumber, orderNumber);
    assert.equal(stored.status, 'pending_payment');
    assert.equal(stored.payment, 'qr_code', 'Alipay asks the shopper to scan a code');
    assert.equal(stored.lines.length, 2);
    assert.deepEqual(stored.lines.map((l) => l.quantity), [2, 1]);
    assert.deepEqual(stored.lines[0]!.variantTitle, { 'zh-CN': 'M / 藏青', 'en-US': 'M / Navy' }, 'the T-shirt line is size M in navy');
    assert.deepEqual(Object.values(stored.lines[1]!.personalization), ['Li Lei 2026']);
    assert.equal(stored.itemsLeftInCart, 0, 'the cart is emptied once the order exists');
    assert.deepEqual(errors, [], 'no errors in the console');
  });
});
