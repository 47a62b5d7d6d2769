/**
 * End to end, on the production build in Chromium: the Vue page shares one cart between the
 * elements and its own badge, and its handlers of the oz-* events run (.ci/shared-cart-scenario.ts).
 */
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openBuiltExample, type PreviewedExample } from '../../../.ci/example-preview.ts';
import assert from 'node:assert/strict';
import { sharedCartScenario } from '../../../.ci/shared-cart-scenario.ts';
import { toastClearOfControls } from '../../../.ci/toast-scenario.ts';

let example: PreviewedExample;

before(async () => {
  example = await openBuiltExample(fileURLToPath(new URL('..', import.meta.url)));
});

after(async () => {
  await example?.close();
});

describe('Vue example', () => {
  it('shares one cart between the elements and the Vue badge, and Vue handles the oz-* events', async () => {
    await sharedCartScenario(example, 'Vue');
  });

  for (const width of [390, 1280]) {
    it(`never covers Add to cart or the quantity stepper with "Added to cart", at ${width} px`, async () => {
      const { page, errors } = await example.newPage();
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
      await page.goto(example.url);
      await page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).click();
      await toastClearOfControls(page, page.locator('order-zone'), `Vue at ${width} px`);
      assert.deepEqual(errors, [], 'no errors in the console');
    });
  }
});
