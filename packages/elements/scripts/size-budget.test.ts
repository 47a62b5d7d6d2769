/**
 * The size budgets of issue 16 as tests (`npm test` counts them): the script-tag bundle is built once
 * and every figure must stay within its ceiling (`BUDGETS` in `size-budget.ts`: the goal once met,
 * else the figure reached so far). `npm run size -w @orderzone/elements` prints every file and figure.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fileHolding, staticClosure } from './bundle-files.ts';
import type { BundleManifest } from './bundle-manifest.ts';
import { BUDGETS, figures, measure, type Figure, type Measured } from './size-budget.ts';

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KiB`;
let measured: Measured;
let byKey: Map<string, Figure>;

before(async () => {
  measured = await measure();
  byKey = new Map(figures(measured).map((figure) => [figure.key, figure]));
});

describe('size budgets (brotli q11)', () => {
  for (const key of Object.keys(BUDGETS)) {
    it(`${key}: within its ceiling`, () => {
      const { what, size, ceiling, goal } = byKey.get(key)!;
      assert.ok(size <= ceiling, `${what}: ${kib(size)}, over its ceiling of ${kib(ceiling)} (goal ${kib(goal)})`);
    });
  }

  it('counts the REST adapter and the catalog answers\' compiled validators in the first paint with api, and neither zod nor an element loaded on demand', () => {
    const manifest = bundleManifest();
    const firstPaintModules = Object.entries(manifest.files).filter(([name]) => measured.files[name]?.firstPaint).flatMap(([, file]) => file.modules);
    for (const module of ['core/src/rest/rest-adapter.ts', 'core/src/rest/compiled-validators/catalog-response-validators.ts', 'elements/src/components/order-zone/order-zone.ts', 'elements/src/components/product-picker/product-picker.ts']) {
      assert.ok(firstPaintModules.includes(module), `${module} is part of the first paint`);
    }
    // The catalog's answers are checked by the compiled validators: zod and the schemas load with a later call (or an
    // answer that does not match, to name its issues), and the errors of answers that are not what a call expects
    // (an error status, a redirect, a body that is not JSON or not the contract) with the first such answer.
    assert.deepEqual(firstPaintModules.filter((module) => /(^|\/)zod\/|core\/src\/catalog\/catalog-schema\.ts$|core\/src\/rest\/(catalog-routes|answer-errors|error-status|error-body)\.ts$/.test(module)), []);
    assert.deepEqual(firstPaintModules.filter((module) => /components\/(cart-panel|checkout-form|order-detail|product-recommendations|quick-order)\//.test(module)), []);
    // The messages of one language: the page's (the larger language is counted), never both, nor a module with both
    // (`shared-messages.ts` holds no catalog, only the merchant's overrides and the text counter).
    const messageModules = firstPaintModules.filter((module) => /(order-zone\.messages|product-picker\.messages|shopping-messages)(\.[a-zA-Z-]+)?\.ts$|shared-messages\.[a-zA-Z-]+\.ts$/.test(module)).sort();
    assert.deepEqual(messageModules, [
      'core/src/i18n/shopping-messages.zh-CN.ts',
      'elements/src/components/order-zone/order-zone.messages.zh-CN.ts',
      'elements/src/components/product-picker/product-picker.messages.zh-CN.ts',
      'elements/src/i18n/shared-messages.zh-CN.ts',
    ]);
    assert.equal(Object.keys(measured.onDemand).length, 22, `every element registered on demand is measured: ${Object.keys(measured.onDemand).join(', ')}`);
  });

  it("keeps the cart's code out of the first paint (it loads with zone.load('cart')), and the stored count the badge reads in it", () => {
    const manifest = bundleManifest();
    const cartCode = ['core/src/cart/cart.ts', 'core/src/cart/cart-changes.ts', 'core/src/cart/stored-cart.ts'];
    for (const module of cartCode) {
      const file = fileHolding(manifest.files, module);
      assert.equal(measured.files[file]?.firstPaint, false, `${module} is not part of the first paint (${file})`);
    }
    for (const module of ['core/src/cart/cart-on-demand.ts', 'core/src/cart/stored-item-count.ts']) {
      assert.ok(inFirstPaint(manifest, module), `${module} is part of the first paint`);
    }
  });

  it("leaves out of the first paint the core's cart notices and field problems and its date arithmetic, which the first screen never shows", () => {
    const manifest = bundleManifest();
    const after = ['i18n/cart-messages.en-US.ts', 'i18n/cart-messages.zh-CN.ts', 'booking/calendar-date.ts'].map((path) => `core/src/${path}`);
    assert.deepEqual(after.filter((module) => inFirstPaint(manifest, module)), []);
    // What the first paint keeps: the core's errors, and the date check of the catalog answers' compiled validators.
    const kept = ['i18n/shopping-messages.zh-CN.ts', 'booking/calendar-date-check.ts'].map((path) => `core/src/${path}`);
    assert.deepEqual(kept.filter((module) => !inFirstPaint(manifest, module)), []);
  });

  it('loads after the first paint what the first screen does not show: the added notice, the account buttons, the sticky-header check, the filter panel\'s styles', () => {
    const manifest = bundleManifest();
    const after = ['order-zone/added-toast.ts', 'order-zone/added-toast.styles.ts', 'order-zone/zone-account.ts', 'order-zone/zone-account.styles.ts', 'product-picker/catalog-filters.styles.ts'].map((path) => `elements/src/components/${path}`);
    assert.deepEqual([...after, 'elements/src/controllers/uncovered-focus.ts'].filter((module) => inFirstPaint(manifest, module)), []);
    // What stands in for them at first paint: the notice's live region, the account it follows, the focus listener, the panel's loader.
    const standIns = ['order-zone/zone-toast.ts', 'order-zone/account-follower.ts', 'product-picker/filter-panel.ts'].map((path) => `elements/src/components/${path}`);
    assert.deepEqual([...standIns, 'elements/src/controllers/uncovered-focus-controller.ts'].filter((module) => !inFirstPaint(manifest, module)), []);
  });

  it("has <order-detail> ask for the live payment step's messages beside the step's code, neither behind the other, and never with a paid order's view", () => {
    const manifest = bundleManifest();
    expectAskedBesideCode(manifest, 'parts/payment-step/payment-step');
    // The loader preloads them with <order-confirmation>, which shows the step at once, not with every <order-detail>.
    assert.ok(!manifest.onDemandMessages['order-detail']!.includes('payment-step.messages'));
    assert.ok(manifest.onDemandMessages['order-detail']!.includes('order-detail.messages'));
    assert.ok(manifest.onDemandMessages['order-confirmation']!.includes('payment-step.messages'));
  });

  it("has <order-detail> ask for its action forms' messages beside the forms' code, neither behind the other, and never with an order without actions", () => {
    const manifest = bundleManifest();
    expectAskedBesideCode(manifest, 'components/order-detail/order-detail-forms');
    assert.ok(!Object.values(manifest.onDemandMessages).some((names) => names.includes('order-detail-forms.messages')), 'no element preloads them');
  });
});

/** `dist/bundle/chunks.json`, as the build wrote it. */
function bundleManifest(): BundleManifest {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../dist/bundle/chunks.json', import.meta.url)), 'utf8')) as BundleManifest;
}

/** True when the file of the bundle holding `module` is part of the first paint with api. */
function inFirstPaint(manifest: BundleManifest, module: string): boolean {
  return measured.files[fileHolding(manifest.files, module)]?.firstPaint === true;
}

/**
 * `<order-detail>`'s code loads the part `part` (`elements/src/<part>.ts`) by `import()` and asks for its messages
 * (`<part>.messages.<language>.ts`, in every language) beside it, and no file that comes with the part does: both
 * requests leave together, one round trip, not two.
 */
function expectAskedBesideCode(manifest: BundleManifest, part: string): void {
  const { files } = manifest;
  const holding = (module: string): string => fileHolding(files, `elements/src/${module}`);
  const code = holding(`${part}.ts`);
  const element = staticClosure(files, [holding('components/order-detail/order-detail.ts')]);
  assert.ok(!element.has(code), `${code} is not part of <order-detail>'s own code`);
  for (const language of ['en-US', 'zh-CN']) {
    const messages = holding(`${part}.messages.${language}.ts`);
    assert.equal(files[messages]!.messagesOf, code, `${messages} goes with ${code}`);
    // Not nested: no file that comes with the part (beyond the element's own) asks for them; the element's code does, beside the part.
    const withPart = [...staticClosure(files, [code])].filter((name) => !element.has(name));
    assert.deepEqual(withPart.filter((name) => files[name]!.imports.includes(messages) || files[name]!.dynamicImports.includes(messages)), []);
    assert.ok([...element].some((name) => files[name]!.dynamicImports.includes(messages)), `<order-detail>'s code loads ${messages}`);
    assert.ok([...element].some((name) => files[name]!.dynamicImports.includes(code)), `<order-detail>'s code loads ${code}`);
  }
}
