/**
 * `<cart-button>`: the cart, with its item count, on a merchant's own page.
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { cartIcon } from '../../icons/glyph-icons.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { orderZoneByLanguage } from '../../i18n/first-paint-messages.ts';
import { navigateFrom } from '../page-navigation.ts';
import { ZoneElement } from '../zone-element.ts';
import { cartButtonStyles } from './cart-button.styles.ts';

/**
 * A button that opens the cart, with the number of items in it, live: it counts the one cart every
 * OrderZone element of the shop shares (on this page, inside or outside `<order-zone>`, and in the
 * shopper's other tabs). Pressed, it asks for the cart with a cancelable `oz-navigate`: inside an
 * `<order-zone>` that opens the zone's drawer; anywhere else, unless your page cancels the event to
 * show the cart itself, the cart opens as a drawer over your page (`<cart-panel mode="drawer">`,
 * fetched on first use), and its Checkout button opens the checkout in a dialog.
 *
 * Its name says the count ("Cart, 2 items"); the visible label and badge are hidden from screen
 * readers so nothing is read twice.
 *
 * @summary Your page's cart button: live item count, opens the cart drawer.
 *
 * @fires oz-navigate - Pressed: `{ view: 'cart' }` (cancelable; when nobody cancels it, the drawer opens).
 * @fires oz-error - Something failed: `{ error, message }`.
 *
 * @slot - What shows until the script loads (a link to your cart page, say).
 *
 * @csspart button - The button.
 * @csspart label - The visible label ("Cart").
 * @csspart badge - The item count (hidden while the cart is empty).
 *
 * @cssprop [--oz-cart-badge-bg=var(--oz-badge-bg)] - The count: background.
 * @cssprop [--oz-cart-badge-text=var(--oz-badge-text)] - The count: text.
 * @cssprop [--oz-color-surface=#ffffff] - The button's background.
 * @cssprop [--oz-color-border=#e2ddd8] - The button's border.
 * @cssprop [--oz-control-height=44px] - The button's height.
 */
export class CartButton extends ZoneElement {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, cartButtonStyles];

  protected static override showsDemoMarker = false;

  /** The visible label; default "Cart" in the element's language. Its name always says the count. */
  @property() label?: string;

  private readonly count = new StoreController<number>(this);

  constructor() {
    super(orderZoneByLanguage);
  }

  protected zoneChanged(zone: OrderZone): void {
    this.count.setStore(zone.cart.$itemCount);
  }

  /** Opens the cart (see the element's description). */
  open(): void {
    navigateFrom(this, this.activeZone, 'cart');
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const count = this.count.value ?? 0;
    return html`<button type="button" class="cart-button" part="button" aria-label=${t('zone.cart_button', { count })} aria-haspopup="dialog" @click=${() => this.open()}>
      ${cartIcon}<span class="cart-label" part="label" aria-hidden="true">${this.label ?? t('zone.cart')}</span>
      ${count > 0 ? html`<span class="cart-badge" part="badge" aria-hidden="true">${count}</span>` : nothing}
    </button>`;
  }
}
