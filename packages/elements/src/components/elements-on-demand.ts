/**
 * How a page registers the OrderZone elements, shared by `@orderzone/elements/define` (apps that
 * bundle the package) and the script-tag bundle: the elements of the first screen (`<order-zone>`,
 * `<product-picker>`) at once, every other element on demand: when `<order-zone>` (or another
 * element) is about to show it, as soon as the page itself contains it, or on {@link DefinedElements.loadAll}.
 * A bundler turns each `import()` below into a chunk of its own.
 *
 * @module
 */
import { defineElement, reportTagTaken } from './define-element.ts';
import type { OrderZoneTag } from '../frameworks/tags.ts';
import { lazyElement, lazyTags, loadElement } from './lazy-elements.ts';
import { tagName, useTagPrefix } from './tag-names.ts';
import { OrderZoneElement } from './order-zone/order-zone.ts';
import { ProductPicker } from './product-picker/product-picker.ts';
import { codeLoading } from '@orderzone/core';

/** The elements registered at once: the first screen of `<order-zone>`. */
export const FIRST_SCREEN_ELEMENTS: Readonly<Partial<Record<OrderZoneTag, CustomElementConstructor>>> = {
  'order-zone': OrderZoneElement,
  'product-picker': ProductPicker,
};

/** `cart-panel` → `CartPanel`: the name an element's module exports its class under. */
type ClassName<Tag extends string> = Tag extends `${infer Head}-${infer Rest}` ? `${Capitalize<Head>}${ClassName<Rest>}` : Capitalize<Tag>;

/**
 * Every other element, by tag: how to load its module, which exports the element's class under
 * the tag's name in PascalCase (`cart-panel`: `CartPanel`; checked by the type). The class is
 * picked by that name rather than by a `.then()` per element written out (issue 16: the first paint
 * ships this table).
 */
export const ON_DEMAND_ELEMENTS: { readonly [Tag in OrderZoneTag]?: () => Promise<Record<ClassName<Tag>, CustomElementConstructor>> } = {
  'product-detail': () => import('./product-detail/product-detail.ts'),
  'cart-panel': () => import('./cart-panel/cart-panel.ts'),
  'checkout-form': () => import('./checkout-form/checkout-form.ts'),
  'order-confirmation': () => import('./order-confirmation/order-confirmation.ts'),
  'order-help': () => import('./order-help/order-help.ts'),
  'order-detail': () => import('./order-detail/order-detail.ts'),
  'order-lookup': () => import('./order-lookup/order-lookup.ts'),
  'sign-in': () => import('./sign-in/sign-in.ts'),
  'order-list': () => import('./order-list/order-list.ts'),
  'quick-order': () => import('./quick-order/quick-order.ts'),
  'quote-requests': () => import('./quote-requests/quote-requests.ts'),
  'booking-picker': () => import('./booking-picker/booking-picker.ts'),
  'stay-picker': () => import('./stay-picker/stay-picker.ts'),
  'seat-picker': () => import('./seat-picker/seat-picker.ts'),
  'product-price': () => import('./product-price/product-price.ts'),
  'product-availability': () => import('./product-availability/product-availability.ts'),
  'add-to-cart-button': () => import('./add-to-cart-button/add-to-cart-button.ts'),
  'book-button': () => import('./book-button/book-button.ts'),
  'cart-button': () => import('./cart-button/cart-button.ts'),
  'cart-count': () => import('./cart-count/cart-count.ts'),
  'checkout-button': () => import('./checkout-button/checkout-button.ts'),
  'product-recommendations': () => import('./product-recommendations/product-recommendations.ts'),
};

/** What {@link defineElements} gives back. */
export interface DefinedElements {
  /** Loads and registers every element not registered yet; resolves once they all are. */
  loadAll(): Promise<void>;
}

/** How {@link defineElements} registers the elements. */
export interface DefineElementsOptions {
  /** Registers every element as `<prefix-tag>` (`'acme'`: `<acme-order-zone>`, `<acme-sign-in>`...); none by default. */
  prefix?: string;
  /** Called with each element's name and class once it is registered (at once for the first screen's). */
  onDefined?: (tag: string, ctor: CustomElementConstructor) => void;
  /**
   * Called with an element's product name (`cart-panel`, without the prefix) as its module starts
   * loading, e.g. to preload what it will load next. (The same name goes to the core's `codeLoading()`,
   * which the script-tag bundle listens to: it preloads the element's messages in the page's language
   * and every code file it imports.)
   */
  onLoad?: (tag: OrderZoneTag) => void;
}

/**
 * Registers the first screen's elements now and declares the others on demand; elements the page
 * contains (outside an `<order-zone>`'s shadow root) load as soon as they appear in the document.
 * A tag another script already took is left to it, with a console error naming it (see
 * `define-element.ts`); every other element still registers.
 */
export function defineElements({ prefix = '', onDefined, onLoad }: DefineElementsOptions = {}): DefinedElements {
  useTagPrefix(prefix);
  const tagsOnDemand = Object.keys(ON_DEMAND_ELEMENTS) as OrderZoneTag[];
  for (const tag of tagsOnDemand) {
    const load = ON_DEMAND_ELEMENTS[tag]!;
    lazyElement(tag, () => {
      onLoad?.(tag);
      codeLoading(tag);
      return load().then((module) => {
        const ctor = (module as Record<string, CustomElementConstructor>)[tag.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())]!;
        onDefined?.(tagName(tag), ctor);
        return ctor;
      });
    });
    reportTagTaken(tagName(tag));
  }
  for (const [tag, ctor] of Object.entries(FIRST_SCREEN_ELEMENTS) as [OrderZoneTag, CustomElementConstructor][]) {
    defineElement(tagName(tag), ctor);
    onDefined?.(tagName(tag), ctor);
  }
  if (typeof document !== 'undefined') {
    const scan = (): void => {
      const tags = lazyTags();
      if (tags.length === 0) observer.disconnect();
      for (const tag of tags) if (document.querySelector(tagName(tag))) void loadElement(tag).catch((error: unknown) => console.error('OrderZone: could not load', tagName(tag), error));
    };
    const observer = new MutationObserver(scan);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    scan();
  }
  return { loadAll: () => Promise.all(tagsOnDemand.map(loadElement)).then(() => undefined) };
}
