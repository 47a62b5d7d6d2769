/**
 * What `page-language-zh.test.ts` and `page-language-en.test.ts` check, each in a page of its own (a
 * module fetched once stays fetched): `<order-zone>` on a page in one language shows it at its first
 * render, with no message module of the other language fetched; a switch keeps the shown language
 * (busy) until the other's modules are here, then shows it. No zone fixture here: it imports both
 * languages of the shared messages for the tests' translators. (The embedded backend these tests
 * run on imports the core's shopping messages in both languages itself; that the bundle's first
 * paint holds one language of them is checked on the built bundle, `size-budget.test.ts` and the
 * script-tag example's end-to-end test.)
 *
 * @module
 */
import { memoryStorage } from '@orderzone/core';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderZoneElement } from '../components/order-zone/order-zone.ts';
import type { ProductPicker } from '../components/product-picker/product-picker.ts';
import '../components/order-zone/order-zone.define.ts';
import '../components/product-picker/product-picker.define.ts';

type Language = 'zh-CN' | 'en-US';

/** Every file the page fetches from here on (an observer sees them all; the page's buffer keeps only the first 250). */
const fetched = new Set<string>();
new PerformanceObserver((list) => list.getEntries().forEach((entry) => fetched.add(entry.name))).observe({ type: 'resource', buffered: true });

/**
 * The message modules of `language` the page fetched (by their file names: `….messages.en-US.ts`),
 * but the core's shopping messages (its errors and its cart notices and field problems), which the
 * embedded backend of these tests imports in both languages.
 */
export function fetchedMessageModules(language: Language): string[] {
  return [...fetched]
    .map((name) => new URL(name).pathname)
    .filter((path) => path.endsWith(`messages.${language}.ts`) && !/\/(shopping|cart)-messages\.[a-zA-Z-]+\.ts$/.test(path))
    .map((path) => path.slice(path.lastIndexOf('/') + 1))
    .sort();
}

/** What the shopper reads first: the cart button's label and the picker's heading. */
function shown(el: OrderZoneElement): { cart: string; heading: string } {
  const picker = el.shadowRoot!.querySelector<ProductPicker>('product-picker')!;
  return {
    cart: el.shadowRoot!.querySelector('.cart-button')?.getAttribute('aria-label') ?? '',
    heading: picker.shadowRoot?.querySelector('.heading')?.textContent?.trim() ?? '',
  };
}

/**
 * The cart button's label with no items, and the heading of all products, in `language`, from its
 * catalogs (imported here only once the test has checked what the page fetched by itself).
 */
async function expected(language: Language): Promise<{ cart: string; heading: string }> {
  const [zone, picker] = await Promise.all(
    language === 'zh-CN'
      ? [import('../components/order-zone/order-zone.messages.zh-CN.ts'), import('../components/product-picker/product-picker.messages.zh-CN.ts')]
      : [import('../components/order-zone/order-zone.messages.en-US.ts'), import('../components/product-picker/product-picker.messages.en-US.ts')],
  );
  return { cart: zone.messages['zone.cart_button.other']!.replace('{count}', '0'), heading: picker.messages['picker.heading_all']! };
}

/**
 * A page whose `<html lang>` is `language`: the first render of `<order-zone>` (and its picker)
 * reads in it, the other language's modules never fetched; setting `locale` to `other` keeps
 * `language` on screen, `aria-busy`, until its modules arrive, then shows `other`.
 */
export function describePageLanguage(language: Language, other: Language): void {
  const lang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = lang;
  });

  it(`shows ${language} at the first render, with no ${other} message module fetched`, async () => {
    document.documentElement.lang = language;
    const el = await fixture<OrderZoneElement>(html`<order-zone .adapter=${createEmbeddedBackend({ storage: memoryStorage(), shopId: 'lang' })} .storage=${memoryStorage()}></order-zone>`);
    // Its very first render: no key, no other language, ever on screen.
    const firstCartLabel = el.shadowRoot!.querySelector('.cart-button')?.getAttribute('aria-label');
    const picker = el.shadowRoot!.querySelector<ProductPicker>('product-picker')!;
    await picker.updateComplete;
    const first = shown(el);
    expect(el.getAttribute('lang')).to.equal(language);
    expect(fetchedMessageModules(language)).to.include.members([`order-zone.messages.${language}.ts`, `product-picker.messages.${language}.ts`, `shared-messages.${language}.ts`]);
    expect(fetchedMessageModules(other)).to.deep.equal([]);
    expect(firstCartLabel).to.equal((await expected(language)).cart);
    expect(first).to.deep.equal(await expected(language));

    // The shopper switches: the elements keep the language they show, busy, until the other one is here.
    // What it shows while it says it is busy (the other language's modules arrive within milliseconds here).
    const whileBusy: { cart: string; heading: string }[] = [];
    const busy = new MutationObserver(() => el.getAttribute('aria-busy') === 'true' && whileBusy.push(shown(el)));
    busy.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
    el.locale = other;
    await waitUntil(() => whileBusy.length > 0, 'never said it was loading the other language');
    busy.disconnect();
    await el.updateComplete;
    await picker.updateComplete;
    expect(fetchedMessageModules(other)).to.include.members([`order-zone.messages.${other}.ts`, `product-picker.messages.${other}.ts`, `shared-messages.${other}.ts`]);
    expect(whileBusy[0]).to.deep.equal(await expected(language));
    expect(shown(el)).to.deep.equal(await expected(other));
    expect([el.getAttribute('lang'), picker.getAttribute('lang')]).to.deep.equal([other, other]);
    expect([el.hasAttribute('aria-busy'), picker.hasAttribute('aria-busy')]).to.deep.equal([false, false]);

    // Back again: at once, nothing more to load.
    el.locale = language;
    await el.updateComplete;
    await picker.updateComplete;
    expect(shown(el)).to.deep.equal(await expected(language));
    el.remove();
  });
}
