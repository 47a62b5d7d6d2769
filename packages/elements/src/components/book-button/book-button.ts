/**
 * `<book-button>`: "Book" for a bookable product, on a merchant's own page.
 *
 * @module
 */
import { OrderZoneError, isBookable, productStockLevel, toOrderZoneError } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ProductBlock } from '../product-block.ts';
import { bookButtonMessages } from './book-button.messages.ts';
import { bookButtonStyles } from './book-button.styles.ts';

/**
 * A button that opens the picker a bookable product needs, in a dialog over your page: times for
 * a time-slot service ("Book a time"), dates and a room type for a stay ("Book dates"), seats for a
 * seated event ("Choose seats"). The dialog shows the product's title, price and choices, the right
 * picker (`<booking-picker>`, `<stay-picker>` or `<seat-picker>`), the price of the pick and "Add to
 * cart", which holds the pick for a few minutes while the shopper checks out; "View cart" then
 * opens the cart (the `<order-zone>`'s drawer inside one). Everything is fetched when first
 * opened. A fully booked product reads "Fully booked" and is disabled.
 * The dialog is `--oz-page-dialog-width` wide (760px) on a wide screen and full screen on a
 * phone; set that on `:root`, as the dialog is a child of `<body>`.
 *
 * @summary "Book" for your own page: the product's picker in a dialog, added to the shared cart.
 *
 * @fires oz-cart-add - A booking was added (from the dialog): `{ line }`.
 * @fires oz-cart-change - The cart changed (from the dialog): `{ lines, itemCount, reason: 'add' }`.
 * @fires oz-navigate - "View cart" in the dialog: `{ view: 'cart' }` (cancelable; when nobody cancels it, the cart drawer opens).
 * @fires oz-error - The product could not be loaded, is not bookable, or the dialog could not be fetched: `{ error, message }`.
 *
 * @slot - What shows until the script loads (a link to your booking page, say).
 *
 * @csspart button - The button.
 * @csspart status - A problem, said under the button.
 *
 * @cssprop [--oz-book-button-bg=var(--oz-button-primary-bg)] - Background.
 * @cssprop [--oz-book-button-text=var(--oz-button-primary-text)] - Text (derived from the background by default).
 * @cssprop [--oz-color-primary=#c2410c] - Accent, the default background.
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
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Buttons: corners.
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
export class BookButton extends ProductBlock {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, bookButtonStyles];

  protected static override showsDemoMarker = false;

  /** The button's text; default by the product's kind ("Book a time", "Book dates", "Choose seats"). */
  @property() label?: string;

  @state() private opening = false;
  @state() private problem: OrderZoneError | undefined;

  constructor() {
    super(bookButtonMessages);
  }

  /** Opens the product's picker in a dialog. */
  async open(): Promise<void> {
    if (this.opening) return;
    this.opening = true;
    this.problem = undefined;
    try {
      const product = await this.loadedProduct();
      if (!isBookable(product)) throw new OrderZoneError('config', `Product "${product.id}" is not booked (${product.kind}): use <add-to-cart-button product-id="${product.id}">, not <book-button>.`);
      const { showBooking } = await import('../page-dialogs/page-dialogs.ts');
      await showBooking(this.activeZone, { productId: product.id, title: this.i18n.text(product.title) }, this);
    } catch (error) {
      const err = toOrderZoneError(error);
      this.problem = err;
      this.reportError(err);
    } finally {
      this.opening = false;
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const product = this.product;
    const bookable = product && isBookable(product) ? product : undefined;
    const full = bookable !== undefined && productStockLevel(bookable) === 'out_of_stock';
    const text = this.opening
      ? t('bookButton.opening')
      : full
        ? t('bookButton.fully_booked')
        : (this.label ?? (bookable ? t(`bookButton.${bookable.kind}`) : t('bookButton.book')));
    const problem = this.problem;
    return html`<button type="button" class="button primary" part="button" aria-haspopup="dialog" aria-busy=${this.opening ? 'true' : 'false'} ?disabled=${full} @click=${() => void this.open()}>
        ${text}
      </button>
      <div role="alert">${problem ? html`<p class="status" part="status">${problem.code === 'config' && product && !bookable ? t('bookButton.not_bookable') : describeError(problem, t)}</p>` : nothing}</div>`;
  }
}
