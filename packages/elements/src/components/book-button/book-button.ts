/**
 * `<book-button>`: "Book" for a bookable product, on a merchant's own page.
 *
 * @module
 */
import { OrderZoneError, isBookable, productStockLevel, toOrderZoneError } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
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
      const { showBooking } = await import('../../parts/page-dialogs/page-dialogs.ts');
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
