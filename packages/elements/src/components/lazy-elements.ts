/**
 * Elements registered on demand. A build that wants a small first paint (the script-tag bundle)
 * declares how to load each element that is not needed at once; `<order-zone>` asks for the element
 * of a view just before showing it. Where every element is registered up front
 * (`@orderzone/elements/define`) asking does nothing.
 *
 * @module
 */
import type { OrderZoneTag } from '../frameworks/tags.ts';
import { defineElement, reportTagTaken } from './define-element.ts';
import { tagName } from './tag-names.ts';

const loaders = new Map<OrderZoneTag, () => Promise<CustomElementConstructor>>();
const pending = new Map<OrderZoneTag, Promise<void>>();

/**
 * Declares how to load the class of `tag` (the product's name; it is registered under the page's
 * prefix, {@link tagName}); it is loaded and registered on the first {@link loadElement}.
 */
export function lazyElement(tag: OrderZoneTag, load: () => Promise<CustomElementConstructor>): void {
  loaders.set(tag, load);
}

/** Tags declared with {@link lazyElement} and not registered yet. */
export function lazyTags(): OrderZoneTag[] {
  return [...loaders.keys()].filter((tag) => !customElements.get(tagName(tag)));
}

/**
 * Makes sure `tag` is registered (under the page's prefix): resolves at once when it is (or when
 * nothing declared how to load it), else once its module has loaded and the element is defined.
 */
export function loadElement(tag: OrderZoneTag): Promise<void> {
  if (customElements.get(tagName(tag))) {
    reportTagTaken(tagName(tag));
    return Promise.resolve();
  }
  const load = loaders.get(tag);
  if (!load) return Promise.resolve();
  let loading = pending.get(tag);
  if (!loading) {
    loading = load().then(
      (ctor) => defineElement(tagName(tag), ctor),
      (error: unknown) => {
        pending.delete(tag);
        throw error;
      },
    );
    pending.set(tag, loading);
  }
  return loading;
}
