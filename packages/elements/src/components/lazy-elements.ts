/**
 * Elements registered on demand. A build that wants a small first paint (the script-tag bundle)
 * declares how to load each element that is not needed at once; `<order-zone>` asks for the element
 * of a view just before showing it. Where every element is registered up front
 * (`@orderzone/elements/define`) asking does nothing.
 *
 * @module
 */
import { defineElement } from './define-element.ts';

const loaders = new Map<string, () => Promise<CustomElementConstructor>>();
const pending = new Map<string, Promise<void>>();

/** Declares how to load the class of `tag`; it is loaded and registered on the first {@link loadElement}. */
export function lazyElement(tag: string, load: () => Promise<CustomElementConstructor>): void {
  loaders.set(tag, load);
}

/** Tags declared with {@link lazyElement} and not registered yet. */
export function lazyTags(): string[] {
  return [...loaders.keys()].filter((tag) => !customElements.get(tag));
}

/**
 * Makes sure `tag` is registered: resolves at once when it is (or when nothing declared how to load
 * it), else once its module has loaded and the element is defined.
 */
export function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  const load = loaders.get(tag);
  if (!load) return Promise.resolve();
  let loading = pending.get(tag);
  if (!loading) {
    loading = load().then(
      (ctor) => defineElement(tag, ctor),
      (error: unknown) => {
        pending.delete(tag);
        throw error;
      },
    );
    pending.set(tag, loading);
  }
  return loading;
}
