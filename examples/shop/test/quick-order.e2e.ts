/**
 * End to end, quick order in the demo shop on its server: a business buyer opens "Business buyers:
 * quick order" under the shop, pastes SKUs and quantities (one mistyped SKU, one quantity that is
 * not a whole pack), adds them in one step: the valid lines are in the shop's cart, the others stay
 * in the box, each with what is wrong.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop();

describe('quick order in the demo shop', () => {
  it('adds pasted lines to the cart in one step and keeps the lines that cannot be ordered, each explained', async () => {
    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.addInitScript(() => localStorage.setItem('demo-shop:locale', 'en-US'));
    await page.goto(shop.url);
    await page.getByText('Business buyers: quick order').click();
    const box = page.getByRole('textbox', { name: 'SKUs and quantities' });
    await box.fill('OZ-NOTE-76-Y 20\nOZ-NOTE-76-Y 12\nOZ-NB-A5 5\nOZ-NOT-A-SKU 2');
    await page.getByRole('button', { name: 'Add to cart', exact: true }).last().click();
    await page.getByText('2 lines were added to your cart.').waitFor();
    assert.equal(await box.inputValue(), 'OZ-NOTE-76-Y 12\nOZ-NOT-A-SKU 2', 'the lines that could not be added stay, as typed');
    const problems = await page.locator('quick-order [data-problem]').allInnerTexts();
    assert.deepEqual(problems, [
      'Line 1: OZ-NOTE-76-Y 12 — Sold in packs of 5, from 5: order 10, for example.',
      'Line 2: OZ-NOT-A-SKU 2 — No product has this SKU. Please check it.',
    ]);
    await page.getByRole('button', { name: /^Cart, 25 items/ }).waitFor();
    await snap(page, 'quick-order');
    assert.deepEqual(errors, []);
  });
});
