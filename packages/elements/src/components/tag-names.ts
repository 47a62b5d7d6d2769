/**
 * The tag names OrderZone registers its elements under on this page: the product's own names
 * (`<sign-in>`, `<cart-panel>`...), or each under the merchant's prefix (`<acme-sign-in>`) when
 * {@link defineOrderZoneElements} was given one. Every element that renders another renders it
 * under the same name through {@link staticTag}, so a prefixed `<acme-order-zone>` shows
 * `<acme-cart-panel>`, never a `<cart-panel>` another library may own.
 *
 * @module
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { OrderZoneError } from '@orderzone/core';
import type { OrderZoneTag } from '../frameworks/tags.ts';

/** A prefix makes valid custom element names: lower-case ASCII letters and digits, starting with a letter, words joined by `-`. */
const PREFIX = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

let prefix = '';
const statics = new Map<string, StaticValue>();

/**
 * Sets the prefix every OrderZone tag gets on this page (`''` for the product's own names). Set
 * once, before the first element is registered; a different prefix later is refused with a
 * `config` error, as elements already on the page use the first.
 */
export function useTagPrefix(next: string): void {
  if (next !== '' && !PREFIX.test(next)) {
    throw new OrderZoneError('config', `OrderZone: tag prefix "${next}" is not lower-case letters and digits starting with a letter.`);
  }
  const wanted = next === '' ? '' : `${next}-`;
  if (wanted === prefix) return;
  if (statics.size > 0 || customElements.get(`${prefix}order-zone`)) {
    throw new OrderZoneError('config', `OrderZone: elements already registered as <${prefix}order-zone>; use one prefix per page.`);
  }
  prefix = wanted;
}

/** The name `tag` is registered under on this page. */
export function tagName(tag: OrderZoneTag): string {
  return prefix + tag;
}

/** `tag`'s name on this page for a Lit `static html` template: `` html`<${staticTag('cart-panel')}>` ``. */
export function staticTag(tag: OrderZoneTag): StaticValue {
  const name = tagName(tag);
  let value = statics.get(name);
  if (!value) statics.set(name, (value = unsafeStatic(name)));
  return value;
}
