/**
 * `<cart-button>`: the cart, with its item count, on a merchant's own page.
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { cartIcon } from '../../icons/glyph-icons.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { orderZoneMessages } from '../order-zone/order-zone.messages.ts';
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
 * @cssprop [--oz-badge-bg=var(--oz-color-primary)] - Badges: background.
 * @cssprop [--oz-color-surface=#ffffff] - The button's background.
 * @cssprop [--oz-color-border=#e2ddd8] - The button's border.
 * @cssprop [--oz-control-height=44px] - The button's height.
 * @cssprop [--oz-color-primary=#c2410c] - Accent: primary buttons, links, selection (dark scheme: #fb923c).
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
 * @cssprop [--oz-color-muted=#6b6460] - Secondary text (dark: #b5aea9).
 * @cssprop [--oz-color-surface-alt=#f7f5f3] - Image placeholders, notices, summaries (dark: #292524).
 * @cssprop [--oz-color-canvas=transparent] - Background of the element itself (dark: #1c1917).
 * @cssprop [--oz-canvas-padding=16px] - Inner padding of the dark panel an element paints with `theme="dark"` (or `auto` in dark mode) on a light page.
 * @cssprop [--oz-color-danger=#b91c1c] - Errors (dark: #f87171).
 * @cssprop [--oz-font-family=system-ui, …] - Text font.
 * @cssprop [--oz-font-family-heading=var(--oz-font-family)] - Heading font.
 * @cssprop [--oz-font-family-mono=ui-monospace, …] - Codes and references.
 * @cssprop [--oz-font-size=15px] - Base size; the scale is relative to it.
 * @cssprop [--oz-font-size-sm=0.875em] - Small text: hints, meta, errors.
 * @cssprop [--oz-font-size-lg=1.15em] - Totals and sub-headings.
 * @cssprop [--oz-font-weight-semibold=600] - Labels, buttons, titles.
 * @cssprop [--oz-radius=10px] - Corner radius.
 * @cssprop [--oz-space=8px] - Spacing unit; gaps and paddings are multiples of it.
 * @cssprop [--oz-density=1] - Multiplies spacing and control height: 0.8 compact, 1.15 comfortable.
 * @cssprop [--oz-motion-duration=150ms] - Duration of hover and state transitions (0s under prefers-reduced-motion).
 * @cssprop [--oz-motion-easing=ease] - Easing of transitions.
 * @cssprop [--oz-transition=150ms ease] - Shorthand overriding duration and easing together.
 * @cssprop [--oz-button-bg=var(--oz-color-surface)] - Secondary buttons: background.
 * @cssprop [--oz-button-text=var(--oz-color-text)] - Secondary buttons: text.
 * @cssprop [--oz-button-border-color=var(--oz-color-border)] - Buttons: border.
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Buttons: corners.
 * @cssprop [--oz-card-bg=var(--oz-color-surface)] - Cards: background.
 * @cssprop [--oz-card-border-color=var(--oz-color-border)] - Cards: border.
 * @cssprop [--oz-card-radius=var(--oz-radius)] - Cards: corners.
 * @cssprop [--oz-focus-color=var(--oz-color-primary)] - Colour of the keyboard focus ring.
 * @cssprop [--oz-focus-ring=3px ring in the focus colour] - The whole focus ring (a box-shadow).
 * @cssprop [--oz-demo-marker-bg=a tint of --oz-color-warning] - The "Demo" marker (no backend configured): background.
 * @cssprop [--oz-demo-marker-text=var(--oz-color-text)] - The "Demo" marker: text.
 * @cssprop [--oz-badge-radius=999px] - Badges: corners.
 * @cssprop [--oz-badge-text=var(--oz-color-on-primary)] - Badges: text.
 * @cssprop [--oz-button-font-weight=var(--oz-font-weight-semibold)] - Buttons: weight.
 * @cssprop [--oz-button-primary-bg=var(--oz-color-primary)] - Primary buttons: background.
 * @cssprop [--oz-button-primary-text=var(--oz-color-on-primary)] - Primary buttons: text.
 * @cssprop [--oz-card-shadow=var(--oz-shadow)] - Cards: shadow.
 * @cssprop [--oz-color-on-primary=derived] - Text on the accent colour; by default white or near-black, whichever reads at 4.5:1 or more on it.
 * @cssprop [--oz-color-primary-text=derived] - The accent as text on surfaces (links, link buttons); by default the accent, darkened (light) or lightened (dark) to 4.5:1.
 * @cssprop [--oz-color-sale=#b91c1c] - Sale prices and badges (dark: #f87171).
 * @cssprop [--oz-color-success=#15803d] - In stock, discounts, success (dark: #4ade80).
 * @cssprop [--oz-color-warning=#a16207] - Low stock, notices, pending statuses (dark: #facc15).
 * @cssprop [--oz-font-size-xl=1.6em] - Page headings.
 * @cssprop [--oz-font-weight-bold=700] - Prices and headings.
 * @cssprop [--oz-font-weight-medium=500] - Medium weight.
 * @cssprop [--oz-input-bg=var(--oz-color-surface)] - Inputs: background.
 * @cssprop [--oz-input-border-color=var(--oz-color-border)] - Inputs: border.
 * @cssprop [--oz-input-radius=calc(var(--oz-radius) * 0.8)] - Inputs: corners.
 * @cssprop [--oz-input-text=var(--oz-color-text)] - Inputs: text.
 * @cssprop [--oz-shadow=soft two-layer shadow] - Raised cards and panels.
 */
export class CartButton extends ZoneElement {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, cartButtonStyles];

  protected static override showsDemoMarker = false;

  /** The visible label; default "Cart" in the element's language. Its name always says the count. */
  @property() label?: string;

  private readonly count = new StoreController<number>(this);

  constructor() {
    super(orderZoneMessages);
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
