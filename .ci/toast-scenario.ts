/**
 * The end-to-end check the React and Vue examples share (and the demo shop's e2e uses too): on a
 * phone and on a desktop, with "Add to cart" low in the window and high in it, the "Added to cart"
 * toast covers neither the button just pressed nor the quantity stepper used before it.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

/** Scrolls the page so the middle of `target` sits at `fraction` of the window's height. */
async function placeAt(page: Page, target: Locator, fraction: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the button is not on the page');
  const height = page.viewportSize()!.height;
  await page.evaluate((dy) => window.scrollBy(0, dy), box.y + box.height / 2 - height * fraction);
}

/**
 * On the page open at a product: presses + on the stepper, then Add to cart, with the button placed
 * low and high in the window, and checks the toast is clear of both. `scope` holds the product page.
 */
export async function toastClearOfControls(page: Page, scope: Locator, label: string): Promise<void> {
  const add = scope.getByRole('button', { name: 'Add to cart' });
  const increase = scope.getByRole('button', { name: 'Increase quantity' }).first();
  await add.waitFor();
  for (const fraction of [0.8, 0.35]) {
    await placeAt(page, add, fraction);
    await increase.click();
    await add.click();
    const toast = page.getByRole('button', { name: 'View cart' });
    await toast.waitFor();
    // The whole toast: the element holding "Added to cart", "View cart" and Dismiss.
    const whole = await toast.evaluate((button) => {
      const rect = (button.parentElement as HTMLElement).getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    });
    const used = { add: (await add.boundingBox())!, stepper: (await increase.boundingBox())! };
    assert.equal(overlaps(whole, used.add), false, `${label}, button at ${fraction * 100}% of the window: the toast covers Add to cart`);
    assert.equal(overlaps(whole, used.stepper), false, `${label}, button at ${fraction * 100}% of the window: the toast covers the stepper`);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await toast.waitFor({ state: 'detached' });
  }
}
