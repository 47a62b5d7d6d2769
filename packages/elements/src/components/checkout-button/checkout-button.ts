/**
 * `<checkout-button>`: the way to the checkout from a merchant's own page.
 *
 * @module
 */
import { OrderZoneError, safeLinkUrl, type OrderZone } from '@orderzone/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { navigateFrom } from '../page-navigation.ts';
import { ZoneElement } from '../zone-element.ts';
import { checkoutButtonMessages } from './checkout-button.messages.ts';
import { checkoutButtonStyles } from './checkout-button.styles.ts';

/**
 * "Checkout" for the shared cart. With `href` it is a link to your own checkout page (one with
 * `<order-zone view="checkout">`, say); the URL passes the core's link rule (`http(s):` or relative,
 * never `javascript:`). Without it, it asks for the checkout with a cancelable `oz-navigate`:
 * inside an `<order-zone>` the zone shows its checkout; anywhere else, unless your page cancels the
 * event, the checkout opens in a dialog over your page (`<checkout-form>`, then the order's
 * confirmation), fetched on first use. The `count` attribute reflects the cart's item count for your
 * styles.
 *
 * @summary "Checkout" for your own page: a link to your checkout page, or the checkout in a dialog.
 *
 * @fires oz-navigate - Pressed (without `href`): `{ view: 'checkout' }` (cancelable; when nobody cancels it, the checkout dialog opens).
 * @fires oz-error - Something failed: `{ error, message }`.
 *
 * @slot - What shows until the script loads (a link to your checkout page, say).
 *
 * @csspart button - The button (or the link, with `href`).
 *
 * @cssprop [--oz-checkout-button-bg=var(--oz-button-primary-bg)] - Background.
 * @cssprop [--oz-checkout-button-text=var(--oz-button-primary-text)] - Text (derived from the background by default).
 * @cssprop [--oz-color-primary=#c2410c] - Accent, the default background.
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Corners.
 * @cssprop [--oz-control-height=44px] - Height.
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
 * @cssprop [--oz-color-muted=#6b6460] - Secondary text (dark: #b5aea9).
 * @cssprop [--oz-color-surface=#ffffff] - Cards, inputs, panels (dark: #1c1917).
 * @cssprop [--oz-color-surface-alt=#f7f5f3] - Image placeholders, notices, summaries (dark: #292524).
 * @cssprop [--oz-color-canvas=transparent] - Background of the element itself (dark: #1c1917).
 * @cssprop [--oz-canvas-padding=16px] - Inner padding of the dark panel an element paints with `theme="dark"` (or `auto` in dark mode) on a light page.
 * @cssprop [--oz-color-border=#e2ddd8] - Borders and dividers (dark: #44403c).
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
 * @cssprop [--oz-card-bg=var(--oz-color-surface)] - Cards: background.
 * @cssprop [--oz-card-border-color=var(--oz-color-border)] - Cards: border.
 * @cssprop [--oz-card-radius=var(--oz-radius)] - Cards: corners.
 * @cssprop [--oz-focus-color=var(--oz-color-primary)] - Colour of the keyboard focus ring.
 * @cssprop [--oz-focus-ring=3px ring in the focus colour] - The whole focus ring (a box-shadow).
 * @cssprop [--oz-demo-marker-bg=a tint of --oz-color-warning] - The "Demo" marker (no backend configured): background.
 * @cssprop [--oz-demo-marker-text=var(--oz-color-text)] - The "Demo" marker: text.
 * @cssprop [--oz-badge-bg=var(--oz-color-primary)] - Badges: background.
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
export class CheckoutButton extends ZoneElement {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, checkoutButtonStyles];

  protected static override showsDemoMarker = false;

  /** Your checkout page; without it the checkout opens in a dialog (see the element's description). */
  @property() href?: string;

  /** The visible text; default "Checkout" in the element's language. */
  @property() label?: string;

  /** Makes the button as wide as the element's container. */
  @property({ type: Boolean, reflect: true }) wide = false;

  /** Read-only, reflected for your styles: the number of items in the cart. */
  @property({ type: Number, reflect: true }) count = 0;

  private readonly itemCount = new StoreController<number>(this);

  constructor() {
    super(checkoutButtonMessages);
  }

  protected zoneChanged(zone: OrderZone): void {
    this.itemCount.setStore(zone.cart.$itemCount);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.count = this.itemCount.value ?? 0;
    if (changed.has('href') && this.href && !safeLinkUrl(this.href)) {
      // A merchant's mistake, said once: the button opens the checkout dialog instead.
      this.reportError(new OrderZoneError('config', `<checkout-button href="${this.href}">: OrderZone follows only http(s) and relative links; the checkout opens in a dialog instead.`));
    }
  }

  /** Opens the checkout (see the element's description); with `href`, follows the link. */
  open(): void {
    const href = safeLinkUrl(this.href);
    if (href) location.assign(href);
    else navigateFrom(this, this.activeZone, 'checkout');
  }

  protected override render(): TemplateResult {
    const label = this.label ?? this.i18n.t('checkoutButton.label');
    const href = safeLinkUrl(this.href);
    return href
      ? html`<a class="button primary" part="button" href=${href}>${label}</a>`
      : html`<button type="button" class="button primary" part="button" @click=${() => this.open()}>${label}</button>`;
  }
}
