/**
 * `<order-zone>`'s cart drawer: the header's cart button that opens it (with the item count) and
 * the `<cart-panel>` drawer over the page.
 *
 * @module
 */
import type { Translate } from '@orderzone/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { cartIcon } from '../../icons/glyph-icons.ts';

/** The header's cart button: "Cart" with the item count, opening the drawer. */
export function renderCartButton(count: number, open: boolean, t: Translate, openCart: () => void): TemplateResult {
  return html`<button
          type="button"
          class="cart-button"
          part="cart-button"
          aria-label=${t('zone.cart_button', { count })}
          aria-haspopup="dialog"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${openCart}
        >
          ${cartIcon}<span class="cart-label" aria-hidden="true">${t('zone.cart')}</span>
          ${count > 0 ? html`<span class="cart-badge" part="cart-badge" aria-hidden="true">${count}</span>` : nothing}
        </button>`;
}

/** The cart as a drawer over the page; `closed` runs on its `oz-cart-close` (Escape, Close, a navigation from inside it). */
export function renderCartDrawer(open: boolean, closed: () => void): TemplateResult {
  return html`<${staticTag('cart-panel')} mode="drawer" ?open=${open} @oz-cart-close=${closed}></${staticTag('cart-panel')}>`;
}

/** The header's cart button in `root`, where focus returns when the drawer or the "Added" notice closes. */
export function cartButtonIn(root: ParentNode): HTMLButtonElement | null {
  return root.querySelector<HTMLButtonElement>('.cart-button');
}
