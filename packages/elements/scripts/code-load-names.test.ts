/**
 * What the elements' code says about its loads on demand, read at build time (`code-load-names.ts`),
 * and the loader's lists built from it (`onDemandCode` of `bundle-manifest.ts`): an element's zone parts
 * from its constructor, the names its own loads go by from `codeLoading('…')`, each load's list.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VIEW_PARTS, VIEW_TAGS } from '../src/components/order-zone/zone-views.ts';
import { readPackageSource, type BundleFile } from './bundle-files.ts';
import { onDemandCode } from './bundle-manifest.ts';
import { codeLoadNames, elementModule, elementZoneParts } from './code-load-names.ts';
import { ZONE_MODULE, LIGHT_ZONE_MODULE } from './zone-part-modules.ts';

const source = readPackageSource;

describe('elementZoneParts', () => {
  it("reads each element's parts from its constructor: a view's are the view's, an element no view shows has its own", () => {
    for (const [view, tag] of Object.entries(VIEW_TAGS)) assert.deepEqual(elementZoneParts(tag, source), VIEW_PARTS[view as keyof typeof VIEW_PARTS] ?? [], tag);
    assert.deepEqual(elementZoneParts('quote-requests', source), ['account']);
    assert.deepEqual(elementZoneParts('booking-picker', source), ['bookings']);
    assert.deepEqual(elementZoneParts('add-to-cart-button', source), []);
  });

  it('throws naming the element when its parts are not written out', () => {
    const edited = (module: string): string => (module === elementModule('quote-requests') ? source(module).replace("['account']", 'QUOTE_PARTS') : source(module));
    assert.throws(() => elementZoneParts('quote-requests', edited), /quote-requests\.ts: the zone parts given to super\(\) are not written out/);
  });
});

describe('codeLoadNames', () => {
  it("finds the names an element's own loads go by, not a name computed at run time", () => {
    assert.deepEqual(codeLoadNames('elements/src/components/order-detail/order-detail.ts', source), ['payment-step']);
    assert.deepEqual(codeLoadNames('elements/src/components/order-detail/shopper-actions.ts', source), ['order-detail-forms']);
    assert.deepEqual(codeLoadNames('elements/src/components/elements-on-demand.ts', source), []);
  });
});

describe('onDemandCode', () => {
  /** A bundle: the entry loads the cart and an element by import(); the element loads its panel, and the panel imports two levels. */
  const file = (modules: string[], imports: string[] = [], dynamicImports: string[] = [], facade = modules[0]): BundleFile => ({ modules, ...(facade ? { facade } : {}), imports, dynamicImports });
  const files: Record<string, BundleFile> = {
    'orderzone.mjs': file(['elements/src/bundle/orderzone.ts', 'core/src/zone/order-zone.ts'], ['shared.mjs'], ['cart.mjs', 'checkout.mjs', 'bookings.mjs', 'account.mjs', 'quote-requests.mjs']),
    'shared.mjs': file(['core/src/shared.ts'], [], [], ''),
    'cart.mjs': file(['core/src/cart/cart.ts'], ['shared.mjs', 'lines.mjs']),
    'lines.mjs': file(['core/src/cart/lines.ts'], [], [], ''),
    'checkout.mjs': file(['core/src/checkout/checkout.ts'], ['rules.mjs']),
    'rules.mjs': file(['core/src/checkout/rules.ts'], [], [], ''),
    'bookings.mjs': file(['core/src/booking/booking-client.ts']),
    'account.mjs': file(['core/src/account/account.ts'], ['session.mjs']),
    'session.mjs': file(['core/src/account/session.ts'], [], [], ''),
    'quote-requests.mjs': file(['elements/src/components/quote-requests/quote-requests.ts', 'elements/src/components/quote-requests/quote-panel-loader.ts'], ['shared.mjs', 'list.mjs'], ['quote-panel.mjs']),
    'list.mjs': file(['elements/src/components/quote-requests/list.ts'], [], [], ''),
    'quote-panel.mjs': file(['elements/src/components/quote-requests/quote-panel.ts'], ['list.mjs', 'panel-rules.mjs']),
    'panel-rules.mjs': file(['elements/src/components/quote-requests/panel-rules.ts'], ['deeper.mjs'], [], ''),
    'deeper.mjs': file(['elements/src/components/quote-requests/deeper.ts'], [], [], ''),
  };
  const sources = (loader: string) => (module: string): string => {
    if (module === 'elements/src/components/quote-requests/quote-requests.ts') return "class QuoteRequests { constructor() { super(messages, ['account']); } }";
    if (module === 'elements/src/components/quote-requests/quote-panel-loader.ts') return loader;
    if (module === ZONE_MODULE || module === LIGHT_ZONE_MODULE) return source(module);
    return '';
  };

  it("lists each element with its parts' files, each part with those it needs, each named load less what loads it, never the first paint's", () => {
    const code = onDemandCode(files, 'orderzone.mjs', sources("codeLoading('quote-panel'); import('./quote-panel.ts');"));
    assert.deepEqual(code['quote-requests'], ['account.mjs', 'cart.mjs', 'checkout.mjs', 'lines.mjs', 'list.mjs', 'rules.mjs', 'session.mjs']);
    assert.deepEqual(code.account, ['cart.mjs', 'checkout.mjs', 'lines.mjs', 'rules.mjs', 'session.mjs']);
    assert.deepEqual(code.checkout, ['cart.mjs', 'lines.mjs', 'rules.mjs']);
    assert.deepEqual(code.cart, ['lines.mjs']);
    assert.deepEqual(code.bookings, ['cart.mjs', 'lines.mjs'], 'the bookings load the cart');
    assert.deepEqual(code['quote-panel'], ['deeper.mjs', 'panel-rules.mjs'], "the element's own files are there already");
  });

  it('fails the build naming a load whose module no chunk is', () => {
    assert.throws(() => onDemandCode(files, 'orderzone.mjs', sources("codeLoading('quote-pane');")), /codeLoading\('quote-pane'\) names the chunk of a module quote-pane\.ts, but 0 chunks/);
  });
});
