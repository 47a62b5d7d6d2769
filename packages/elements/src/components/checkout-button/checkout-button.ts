/**
 * `<checkout-button>`: the way to the checkout from a merchant's own page.
 *
 * @module
 */
import { OrderZoneError, safeLinkUrl, type OrderZone } from '@orderzone/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../property-decorators.ts';
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
