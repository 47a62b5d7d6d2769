/**
 * The end-to-end scenario the React and Vue examples share, run on each one's production build:
 * the page renders the catalog through `<order-zone>`; an item added with the elements shows in the
 * framework's own cart badge (one shared core zone); the standalone `<cart-panel>` changes the same
 * cart; the framework's handlers of `oz-cart-change`, `oz-navigate` and `oz-order-created` run.
 */
import assert from 'node:assert/strict';
import { fillCheckout, LI_LEI } from './checkout-shoppers.ts';
import type { PreviewedExample } from './example-preview.ts';

export async function sharedCartScenario(example: PreviewedExample, framework: 'React' | 'Vue'): Promise<void> {
  const { page, errors } = await example.newPage();
  await page.goto(example.url);
  const badge = page.getByTestId('cart-badge');
  const sideCart = page.getByRole('complementary', { name: 'Your cart' });

  await page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).click();
  assert.equal((await badge.textContent())?.trim(), '0 items in your cart');

  await page.getByRole('button', { name: 'Add to cart' }).click();
  await badge.getByText('1 item in your cart').waitFor();
  await badge.getByText('Subtotal CN¥79.00').waitFor();
  await badge.getByText('Last event: oz-cart-change (add, 1 in cart)').waitFor();
  await sideCart.getByText('Cotton crew-neck T-shirt').waitFor();

  // The standalone <cart-panel> changes the same cart.
  await sideCart.getByRole('button', { name: /^Increase quantity/ }).click();
  await badge.getByText('2 items in your cart').waitFor();
  await badge.getByText('Subtotal CN¥158.00').waitFor();
  await badge.getByText('Last event: oz-cart-change (quantity, 2 in cart)').waitFor();

  // Its Checkout button: the framework's handler of oz-navigate shows <order-zone>'s checkout.
  await sideCart.getByRole('button', { name: 'Checkout' }).click();
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  await fillCheckout(page, LI_LEI);
  await page.getByRole('button', { name: 'Place order' }).click();

  const placed = page.getByRole('status').filter({ hasText: /^Order OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5} placed/ });
  await placed.waitFor({ timeout: 15_000 });
  const shown = await page.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent();
  assert.match((await placed.textContent()) ?? '', new RegExp(`Order ${shown?.trim()} placed`), `${framework} shows the number <order-zone> confirms`);
  await badge.getByText('0 items in your cart').waitFor();
  assert.deepEqual(errors, [], 'no errors in the console');
}
