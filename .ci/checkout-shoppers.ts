/**
 * The shoppers the end-to-end tests check out as (contact and a mainland China address, by the
 * checkout form's English field labels), and filling `<checkout-form>` with one of them. Test-only.
 */
import type { Locator, Page } from 'playwright-core';

/** `[label, value]` for each text field of the checkout form the tests fill. */
export type CheckoutShopper = readonly (readonly [label: string, value: string])[];

export const LI_LEI: CheckoutShopper = [
  ['Full name', 'Li Lei'],
  ['Mobile phone', '138 0013 8000'],
  ['Email', 'li.lei@example.com'],
  ['Province', 'Zhejiang'],
  ['City', 'Hangzhou'],
  ['District', 'Xihu'],
  ['Street address', '18 Wensan Road'],
  ['Postal code', '310012'],
];

export const HAN_MEIMEI: CheckoutShopper = [
  ['Full name', 'Han Meimei'],
  ['Mobile phone', '139 0013 9000'],
  ['Email', 'han.meimei@example.com'],
  ['Province', 'Beijing'],
  ['City', 'Beijing'],
  ['District', 'Chaoyang'],
  ['Street address', '88 Jianguo Road'],
  ['Postal code', '100022'],
];

/** Fills the checkout form inside `scope` (a page, a dialog, an `<order-zone>`) as `shopper` and picks Alipay. */
export async function fillCheckout(scope: Page | Locator, shopper: CheckoutShopper): Promise<void> {
  for (const [label, value] of shopper) await scope.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(value);
  await scope.getByRole('radio', { name: /Alipay/ }).check();
}
