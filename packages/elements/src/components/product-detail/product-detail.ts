import {
  findVariant,
  summarizeReviews,
  toOrderZoneError,
  unavailableOptionValues,
  validatePersonalization,
  type BookableProduct,
  type CartNotice,
  type FieldError,
  type LoadedZone,
  type Money,
  type OrderZoneError,
  type Product,
  type Variant,
} from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { cssProperties } from '../../directives/css-properties.ts';
import { property, state } from '../property-decorators.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ratingStyles, renderRatingSummary } from '../product-picker/rating-stars.ts';
import { quantityStepperStyles } from '../../parts/quantity-stepper/quantity-stepper.styles.ts';
import { loadElement } from '../lazy-elements.ts';
import { ZoneElement } from '../zone-element.ts';
import { renderAddStatus, type AddStatus } from './add-status.ts';
import { PICKER_TAGS, renderBookingPurchase, type BookingChangeDetail } from './booking-purchase.ts';
import { describeCartAdd } from './cart-notice.ts';
import { filledValues, fitToVariant, personalizationProblems, renderGoodsPurchase } from './goods-purchase.ts';
import { renderImageGallery, thumbnailKeyTarget } from './image-gallery.ts';
import { renderOptionGroups } from './option-groups.ts';
import { personalizationInputId } from './personalization-fields.ts';
import { renderProductAbout } from './product-about.ts';
import { productDetailByLanguage } from './product-detail.messages-by-language.ts';
import { productDetailStyles } from './product-detail.styles.ts';
import { renderProductReviews } from './product-reviews.ts';
import { productReviewStyles } from './product-reviews.styles.ts';
import { chooseOptionValue, firstVariant, galleryImages, imageIndexFor } from './variant-choice.ts';
import { recordView } from './view-history.ts';
import { unitPriceMessages } from '../../parts/unit-price/unit-price.messages.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

const backIcon = svg`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 4l-6 6 6 6"/></svg>`;

/**
 * Everything about one product and the controls to buy it: gallery, rating, price (unit price,
 * compare-at, bulk tiers and line total, all from the core's `previewUnitPrice`), variant choice,
 * stock, personalization, quantity and "Add to cart", then description, specifications and reviews.
 * Loading, "not found" and error states are covered, with a retry.
 *
 * A bookable product (a time slot, a stay or seats) shows the picker of its kind in place of the
 * quantity stepper (`<booking-picker>`, `<stay-picker>` with the room type chosen above it,
 * `<seat-picker>`) and the price of the pick as the core previews it. "Add to cart" then places a hold
 * through `zone.bookings.addToCart()`, showing progress meanwhile; when the pick was taken in the
 * meantime it says so and the picker reloads its availability; a pick the backend refuses shows the
 * reason. Nothing else in the cart changes in either case.
 *
 * @summary Product page with variants, personalization and add to cart.
 *
 * @fires oz-cart-add - Units were added to the cart: `{ line, notice }` (`notice` when the quantity was capped or adjusted).
 * @fires oz-cart-change - The cart changed because of this element: `{ lines, itemCount, reason: 'add' }`.
 * @fires oz-navigate - The shopper pressed "Back": `{ view: 'browse' }`.
 * @fires oz-error - Loading the product or adding it failed: `{ error, message }` (also shown in the element).
 *
 * @csspart base - The whole element.
 * @csspart back - The "Back" button.
 * @csspart title - The product title (the page's heading; focusable with `tabindex="-1"`).
 * @csspart gallery - The image gallery.
 * @csspart main-image - The large image.
 * @csspart thumbnails - The thumbnail list.
 * @csspart thumbnail - One thumbnail button.
 * @csspart rating - The rating summary.
 * @csspart price - The price block.
 * @csspart options - The variant choices.
 * @csspart option-group - One option group (a radio group).
 * @csspart option - One option value.
 * @csspart swatch - A colour swatch.
 * @csspart stock - The stock message.
 * @csspart personalization - The personalization fieldset.
 * @csspart field - One personalization field.
 * @csspart quantity - The quantity stepper.
 * @csspart quantity-input - The quantity input.
 * @csspart quantity-button - The − and + buttons.
 * @csspart quantity-notice - Why the quantity shown is not the one typed ("Only 3 in stock, so your quantity was reduced to 3.").
 * @csspart add-button - The "Add to cart" button.
 * @csspart picker - The booking picker of a bookable product (`<booking-picker>`, `<stay-picker>` or `<seat-picker>`).
 * @csspart status - The message after adding to cart.
 * @csspart description - The description section.
 * @csspart specs - The specifications section.
 * @csspart reviews - The reviews section.
 * @csspart review - One review.
 * @csspart review-photos - The photos of a review.
 * @csspart review-reply - The shop's reply under a review.
 * @csspart error - The "not found" or error message.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-add-to-cart-bg=var(--oz-button-primary-bg)] - "Add to cart" button: background.
 * @cssprop [--oz-add-to-cart-text=var(--oz-button-primary-text)] - "Add to cart" button: text.
 * @cssprop [--oz-color-star=#f59e0b] - Filled rating stars.
 *
 * @slot - Nothing; the element renders everything from the catalog.
 */
export class ProductDetail extends ZoneElement<'bookings'> {
  /** The element's styles: the shared design tokens and controls, those of the parts it renders, then its own. */
  static override styles = [tokens, controls, ratingStyles, quantityStepperStyles, productDetailStyles, productReviewStyles];

  /** The product to show. */
  @property({ attribute: 'product-id', reflect: true }) productId?: string;

  /** Hides the "Back" button (for a page that has its own navigation). */
  @property({ type: Boolean, attribute: 'hide-back' }) hideBack = false;

  /**
   * Shows only what buying takes: the title, price, choices, the booking picker or quantity and
   * "Add to cart"; no gallery, description, specifications or reviews (`<book-button>`'s dialog).
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private product: Product | undefined;
  @state() private loadError: OrderZoneError | undefined;
  @state() private selected: Record<string, string> = {};
  @state() private quantity = 1;
  /** Why the quantity in use is not the one the shopper typed (capped by stock, raised to the minimum...). */
  @state() private quantityNotice?: CartNotice;
  @state() private personalization: Record<string, string> = {};
  /** Fields whose problems are shown: those the shopper left, or all after a failed "Add to cart". */
  @state() private shownErrors = new Set<string>();
  @state() private showAllErrors = false;
  /** Problems the cart reported beyond the core's own validation. */
  @state() private cartFieldErrors: FieldError[] = [];
  @state() private activeImage = 0;
  @state() private status: AddStatus | undefined;
  /** A bookable product's pick, as its picker last reported it. */
  @state() private bookingSelection: BookingChangeDetail['selection'];
  /** The pick's price from the core's preview. */
  @state() private bookingPrice: Money | undefined;
  /** True while `zone.bookings.addToCart()` places the hold. */
  @state() private holding = false;

  private reload = false;
  private abort: AbortController | undefined;

  constructor() {
    super([...flowMessages, unitPriceMessages, productDetailByLanguage], ['bookings']);
  }

  protected zoneChanged(_zone: LoadedZone<'bookings'>): void {
    this.reload = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.reload || changed.has('productId')) {
      this.reload = false;
      void this.load();
    }
  }

  /** Loads (or reloads) the product. */
  private async load(): Promise<void> {
    this.abort?.abort();
    this.product = undefined;
    this.loadError = undefined;
    this.status = undefined;
    const id = this.productId;
    if (!id || !this.isConnected) return;
    const abort = new AbortController();
    this.abort = abort;
    try {
      const product = await this.activeZone.catalog.getProduct(id, abort.signal);
      if (abort.signal.aborted) return;
      this.showProduct(product);
      recordView(this.activeZone, product.id);
    } catch (error) {
      if (abort.signal.aborted) return;
      const err = toOrderZoneError(error);
      if (err.code === 'aborted') return;
      this.loadError = err;
      this.reportError(err);
    }
  }

  private showProduct(product: Product): void {
    const first = firstVariant(product);
    this.product = product;
    this.selected = { ...first.options };
    this.quantity = product.quantity.min;
    this.quantityNotice = undefined;
    this.personalization = {};
    this.shownErrors = new Set();
    this.showAllErrors = false;
    this.cartFieldErrors = [];
    this.activeImage = imageIndexFor(product, first);
    this.bookingSelection = undefined;
    this.bookingPrice = undefined;
    this.holding = false;
    if (product.kind !== 'goods') void loadElement(PICKER_TAGS[product.kind]).catch((error: unknown) => console.error('OrderZone: could not load', PICKER_TAGS[product.kind], error));
  }

  private get variant(): Variant | undefined {
    return this.product ? findVariant(this.product, this.selected) : undefined;
  }

  /** Uses the allowed quantity nearest to `requested` for `variant`, with the core's notice of why it differs (see `fitToVariant`). */
  private useQuantity(requested: number, product: Product, variant: Variant | undefined): void {
    ({ quantity: this.quantity, notice: this.quantityNotice } = fitToVariant(requested, product, variant));
  }

  private chooseOption(groupId: string, valueId: string): void {
    const product = this.product;
    if (!product) return;
    const next = chooseOptionValue(product, this.selected, groupId, valueId);
    this.selected = next;
    const variant = findVariant(product, next);
    if (variant?.image) this.activeImage = imageIndexFor(product, variant);
    this.useQuantity(this.quantity, product, variant);
    this.status = undefined;
    if (product.kind !== 'goods') this.bookingPrice = variant ? this.previewBooking(product, variant.id) : undefined;
  }

  /** The price of the current pick for `variantId`, from the core; undefined without a valid pick. */
  private previewBooking(product: BookableProduct, variantId: string): Money | undefined {
    const selection = this.bookingSelection;
    if (!selection) return undefined;
    try {
      return this.readyZone.bookings.preview(product, variantId, selection).unitPrice;
    } catch {
      return undefined;
    }
  }

  private onBookingChange(detail: BookingChangeDetail): void {
    this.bookingSelection = detail.selection;
    this.bookingPrice = detail.selection ? detail.preview?.unitPrice : undefined;
    if (this.status?.kind === 'error') this.status = undefined;
  }

  /**
   * Makes the picker load its availability again (`refresh()`), on the month or session the shopper
   * is on, and forget the pick this element has just dealt with (added, or refused as taken).
   */
  private refreshPicker(): void {
    const picker = this.renderRoot.querySelector<HTMLElement & { refresh?: (options: { clearPick: boolean }) => Promise<void> }>('.picker');
    void picker?.refresh?.({ clearPick: true });
  }

  private async addBooking(product: BookableProduct): Promise<void> {
    const variant = this.variant;
    if (!variant || this.holding) return;
    const booking = this.bookingSelection;
    if (!booking) {
      this.status = { kind: 'error', text: (t) => t(`detail.booking_choose_first.${product.kind}`) };
      return;
    }
    this.holding = true;
    this.status = { kind: 'notice', text: (t) => t('detail.holding_status') };
    const cart = this.activeZone.cart;
    try {
      const result = await this.readyZone.bookings.addToCart({ product, variantId: variant.id, booking });
      if (this.product !== product) return;
      if (result.outcome === 'refused') {
        // The same pick is already in the cart: nothing was added.
        this.status = { kind: 'notice', text: (t) => describeCartAdd(result, t) };
        return;
      }
      const title = this.i18n.text(product.title);
      const hold = result.line?.hold;
      const minutes = hold ? Math.max(1, Math.round((Date.parse(hold.expiresAt) - Date.now()) / 60_000)) : 0;
      this.status = { kind: 'added', text: (t) => (hold ? t('detail.booking_added', { title, minutes }) : t('detail.booking_added_no_hold', { title })) };
      this.bookingSelection = undefined;
      this.bookingPrice = undefined;
      this.refreshPicker();
      if (result.line) emit(this, 'oz-cart-add', { line: result.line });
      emit(this, 'oz-cart-change', { lines: cart.$lines.get(), itemCount: cart.$itemCount.get(), reason: 'add' });
    } catch (error) {
      if (this.product !== product) return;
      const err = toOrderZoneError(error);
      if (err.code === 'conflict') {
        this.status = { kind: 'error', text: (t) => t(`detail.booking_taken.${product.kind}`) };
        this.bookingSelection = undefined;
        this.bookingPrice = undefined;
        this.refreshPicker();
      } else {
        this.status = { kind: 'error', text: (t) => describeError(err, t) };
      }
      this.reportError(err);
    } finally {
      if (this.product === product) this.holding = false;
    }
  }

  /** Sets the quantity nearest to `requested` that can be ordered; returns it. */
  private setQuantity(requested: number): number {
    const product = this.product;
    if (product) this.useQuantity(requested, product, this.variant);
    return this.quantity;
  }

  private setPersonalization(fieldId: string, value: string): void {
    this.personalization = { ...this.personalization, [fieldId]: value };
    this.cartFieldErrors = this.cartFieldErrors.filter((e) => e.field !== `personalization.${fieldId}`);
  }

  private markShown(fieldId: string): void {
    if (this.shownErrors.has(fieldId)) return;
    this.shownErrors = new Set([...this.shownErrors, fieldId]);
  }

  private onThumbnailKeydown(event: KeyboardEvent, index: number, count: number): void {
    const target = thumbnailKeyTarget(event.key, index, count);
    if (target === undefined) return;
    event.preventDefault();
    this.activeImage = target;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`.thumbnail[data-index="${target}"]`)?.focus());
  }

  private async addToCart(): Promise<void> {
    const product = this.product;
    const variant = this.variant;
    if (!product || !variant) return;
    const values = filledValues(this.personalization);
    const problems = validatePersonalization(product, values);
    if (problems.length > 0) {
      this.showAllErrors = true;
      this.status = { kind: 'error', text: (t) => t('detail.fix_fields') };
      await this.updateComplete;
      const firstId = problems[0]!.field.replace(/^personalization\./, '');
      this.renderRoot.querySelector<HTMLElement>(`#${personalizationInputId(firstId)}`)?.focus();
      return;
    }
    const cart = this.activeZone.cart;
    try {
      const result = cart.add({ product, variantId: variant.id, quantity: this.quantity, personalization: values });
      const { notice, line } = result;
      if (result.outcome === 'refused' || !line) {
        // Nothing was added: say why, and no "added" event, so no "Added to cart" toast either.
        this.status = { kind: 'notice', text: (t) => describeCartAdd(result, t) };
      } else {
        const title = this.i18n.text(product.title);
        this.status = {
          kind: notice ? 'notice' : 'added',
          text: (t) => [t('detail.added', { quantity: result.added, title }), describeCartAdd(result, t)].filter(Boolean).join(' '),
        };
        emit(this, 'oz-cart-add', notice ? { line, notice } : { line });
        emit(this, 'oz-cart-change', { lines: cart.$lines.get(), itemCount: cart.$itemCount.get(), reason: 'add' });
      }
    } catch (error) {
      const err = toOrderZoneError(error);
      const fieldErrors = err.fieldErrors.filter((e) => e.field.startsWith('personalization.'));
      if (fieldErrors.length) {
        this.cartFieldErrors = fieldErrors;
        this.showAllErrors = true;
      }
      this.status = { kind: 'error', text: (t) => describeError(err, t) };
      this.reportError(err);
    }
  }

  private back(): void {
    emit(this, 'oz-navigate', { view: 'browse' });
  }

  private renderVariantChoice(product: Product): TemplateResult | typeof nothing {
    return renderOptionGroups(
      { product, selected: this.selected, unavailable: unavailableOptionValues(product, this.selected), onChoose: (g, v) => this.chooseOption(g, v) },
      this.i18n,
    );
  }

  /** A bookable product: variant choice (room types for stays), the picker, the pick's price and "Add to cart". */
  private renderBookingPurchase(product: BookableProduct): TemplateResult {
    const variant = this.variant;
    const parts = renderBookingPurchase(
      {
        product,
        zone: this.zone,
        variantId: variant?.id ?? product.variants[0]!.id,
        selection: this.bookingSelection,
        price: this.bookingPrice,
        holding: this.holding,
        supported: this.readyZone.bookings.supported,
        onChange: (detail) => this.onBookingChange(detail),
        onAdd: () => void this.addBooking(product),
      },
      this.i18n,
    );
    return html`${parts.price} ${this.renderVariantChoice(product)} ${parts.picker} ${parts.buy} ${renderAddStatus(this.status, this.i18n.t)}`;
  }

  private renderPurchase(product: Product): TemplateResult {
    if (product.kind !== 'goods') return this.renderBookingPurchase(product);
    const problems = personalizationProblems(product, filledValues(this.personalization), this.cartFieldErrors, this.i18n);
    const parts = renderGoodsPurchase(
      {
        product,
        variant: this.variant,
        quantity: this.quantity,
        quantityNotice: this.quantityNotice,
        personalization: this.personalization,
        errors: Object.fromEntries(Object.entries(problems).filter(([id]) => this.showAllErrors || this.shownErrors.has(id))),
        onInput: (id, value) => this.setPersonalization(id, value),
        onBlur: (id) => this.markShown(id),
        onQuantity: (q) => this.setQuantity(q),
        onAdd: () => void this.addToCart(),
      },
      this.i18n,
    );
    return html`${parts.price} ${this.renderVariantChoice(product)} ${parts.buy} ${renderAddStatus(this.status, this.i18n.t)}`;
  }

  protected override render(): TemplateResult {
    const product = this.product;
    const error = this.loadError;
    const loading = !product && !error;
    const images = product ? galleryImages(product, this.variant) : [];
    const t = this.i18n.t;
    let title: TemplateResult | string;
    if (product) title = this.i18n.text(product.title);
    else if (error) title = t(error.code === 'not_found' ? 'detail.not_found_title' : 'detail.error_title');
    else title = html`<span class="visually-hidden">${t('detail.loading')}</span><span class="skeleton title-skeleton" aria-hidden="true"></span>`;

    return html`<article class="detail ${loading ? 'loading' : error ? 'failed' : 'ready'}" part="base" aria-busy=${loading ? 'true' : 'false'}>
      ${this.hideBack ? nothing : html`<button type="button" class="button link back" part="back" @click=${this.back}>${backIcon}${this.i18n.t('detail.back')}</button>`}
      <div class="main">
        ${this.compact
          ? nothing
          : product
          ? renderImageGallery(
              {
                images,
                active: Math.min(this.activeImage, Math.max(0, images.length - 1)),
                onSelect: (i) => (this.activeImage = i),
                onThumbnailKeydown: (e, i) => this.onThumbnailKeydown(e, i, images.length),
              },
              this.i18n,
            )
          : loading
            ? html`<div class="gallery" aria-hidden="true"><div class="main-image skeleton"></div></div>`
            : nothing}
        <div class="info">
          <h2 class="title" part="title" tabindex="-1">${title}</h2>
          ${product
            ? html`${product.subtitle ? html`<p class="subtitle">${this.i18n.text(product.subtitle)}</p>` : nothing}
              ${renderRatingSummary(summarizeReviews(product.reviews), this.i18n)} ${this.renderPurchase(product)}`
            : error
              ? html`<div class="error-state load-problem" part="error">
                  <p>${describeError(error, t)}</p>
                  ${error.code === 'not_found'
                    ? html`<button type="button" class="button primary" @click=${this.back}>${t('detail.back')}</button>`
                    : html`<button type="button" class="button primary" @click=${() => void this.load()}>${t('common.retry')}</button>`}
                </div>`
              : html`<div class="info-skeleton" aria-hidden="true">
                  <div class="skeleton line" ${cssProperties({ width: '40%' })}></div>
                  <div class="skeleton line tall" ${cssProperties({ width: '30%' })}></div>
                  <div class="skeleton line" ${cssProperties({ width: '90%' })}></div>
                  <div class="skeleton line" ${cssProperties({ width: '75%' })}></div>
                  <div class="skeleton block"></div>
                </div>`}
        </div>
      </div>
      ${product && !this.compact ? html`<div class="more">${renderProductAbout(product, this.i18n)} ${renderProductReviews(product, this.i18n)}</div>` : nothing}
    </article>`;
  }
}
