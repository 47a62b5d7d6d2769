/**
 * End to end, on the production build in Chromium: the Vue page shares one cart between the
 * elements and its own badge, and its handlers of the oz-* events run (.ci/shared-cart-scenario.ts).
 */
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openBuiltExample, type PreviewedExample } from '../../../.ci/example-preview.ts';
import { sharedCartScenario } from '../../../.ci/shared-cart-scenario.ts';

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
});
