/**
 * `<add-to-cart-button>`: "Add to cart" for one product, on a merchant's own page.
 *
 * @module
 */
import { quantityBounds, stockLevel, isBookable, toOrderZoneError } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { fieldOf } from '../form-selection.ts';
import { ProductBlock } from '../product-block.ts';
import type { Outcome } from './add-to-cart.ts';
import { addToCartButtonMessages } from './add-to-cart-button.messages.ts';
import { addToCartButtonStyles } from './add-to-cart-button.styles.ts';

let adding: Promise<typeof import('./add-to-cart.ts')> | undefined;
/** What a press does, fetched once, when the shopper first comes near a button (see `add-to-cart.ts`). */
const loadAdding = (): Promise<typeof import('./add-to-cart.ts')> => (adding ??= import('./add-to-cart.ts'));

/**
 * A button that puts a product in the shared cart. What goes in comes from its attributes
 * (`product-id`, `variant-id`, `quantity`, `personalization`) or from the merchant's `<form>`
 * around it: a `variant-id` field or `option.<group id>` fields, a `quantity` field, and
 * `personalization.<field id>` fields. In a form it also takes the form's submit (Enter in the
 * quantity field adds to the cart), checks the form's own constraints first, and keeps the
 * quantity field's `min`, `max` and `step` to the product's rule and the variant's stock.
 *
 * The core decides everything: the quantity is fitted to the product's minimum, maximum, steps and
 * stock, and the button says what happened ("Added to your cart: 2 × Cotton tee.", "Only 3 in
 * stock, so your cart now has 3."), with "View cart". A sold-out variant reads "Sold out" and is
 * disabled. Pressed before the product has loaded, it shows "Adding…" until it has. A choice still
 * missing, or a personalization value the core refuses, is said at the form's field.
 *
 * Until the script loads, the page shows what you put inside it (your own submit button, say);
 * once loaded the element shows its own button instead.
 *
 * @summary "Add to cart" for your own product page: attributes or your form, progress and outcome.
 *
 * @fires oz-cart-add - Units were added: `{ line, notice }` (`notice` when the quantity was capped or adjusted).
 * @fires oz-cart-change - The cart changed because of this button: `{ lines, itemCount, reason: 'add' }`.
 * @fires oz-navigate - "View cart": `{ view: 'cart' }` (cancelable; when nobody cancels it, the cart drawer opens).
 * @fires oz-error - The product could not be loaded or added: `{ error, message }` (also said under the button).
 *
 * @slot - What shows until the script loads (your own button or link).
 *
 * @csspart button - The button.
 * @csspart status - What the last press did (role="status", or role="alert" for a problem).
 * @csspart view-cart - The "View cart" button after an add.
 *
 * @cssprop [--oz-add-to-cart-bg=var(--oz-button-primary-bg)] - The button: background.
 * @cssprop [--oz-add-to-cart-text=var(--oz-button-primary-text)] - The button: text (derived from the background by default).
 * @cssprop [--oz-add-to-cart-min-width=10em] - The button's least width.
 * @cssprop [--oz-color-primary=#c2410c] - Accent, the button's default background.
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Corners of the button.
 * @cssprop [--oz-control-height=44px] - Height of the button.
 * @cssprop [--oz-color-success=#15803d] - "Added to your cart".
 * @cssprop [--oz-color-danger=#b91c1c] - A problem.
 */
export class AddToCartButton extends ProductBlock {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, addToCartButtonStyles];

  protected static override showsDemoMarker = false;

  /** How many to add; without it, the form's `quantity` field, else the product's minimum. */
  @property({ type: Number }) quantity?: number;

  /**
   * Personalization values as in a URL query (`engraving=Ada&gift-wrap=box`); fields of the form
   * around the element (`personalization.<field id>`) add to them.
   */
  @property() personalization?: string;

  /** The button's text; default "Add to cart" in the element's language. */
  @property() label?: string;

  /** Makes the button as wide as the element's container. */
  @property({ type: Boolean, reflect: true }) wide = false;

  @state() private waiting = false;
  @state() private outcome: Outcome | undefined;

  constructor() {
    super(addToCartButtonMessages);
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.add();
  };

  /** The shopper comes near: fetch what a press does, and the cart's code when the zone loads it on demand. */
  private readonly prefetch = (): void => {
    void this.loadPress().catch(() => undefined);
    void this.activeZone.load('cart').catch(() => undefined);
  };

  /** What a press does, with the core's cart notices and field problems in the language shown (what it says reads from them). */
  private async loadPress(): Promise<typeof import('./add-to-cart.ts')> {
    const press = await loadAdding();
    await this.i18n.include(press.flowMessages);
    return press;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form?.addEventListener('submit', this.onSubmit);
    this.form?.addEventListener('input', this.prefetch, { once: true });
    this.addEventListener('pointerenter', this.prefetch, { once: true });
    this.addEventListener('focusin', this.prefetch, { once: true });
  }

  override disconnectedCallback(): void {
    this.form?.removeEventListener('submit', this.onSubmit);
    this.form?.removeEventListener('input', this.prefetch);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.keepQuantityField();
  }

  /** The form's number field `quantity` takes the product's rule and the variant's stock, as the core bounds them. */
  private keepQuantityField(): void {
    const product = this.product;
    const field = this.form && fieldOf(this.form, 'quantity');
    if (!product || !(field instanceof HTMLInputElement) || field.type !== 'number') return;
    const { variant } = this.choice(product);
    const bounds = quantityBounds(product.quantity, variant?.stock ?? null);
    field.min = String(bounds.min);
    field.step = String(product.quantity.step);
    if (bounds.max !== undefined && bounds.max >= bounds.min) field.max = String(bounds.max);
    else field.removeAttribute('max');
  }

  /** Puts the chosen product in the cart and says what happened (`add-to-cart.ts`). */
  async add(): Promise<void> {
    if (this.waiting) return;
    if (this.form && !this.form.reportValidity()) return;
    this.outcome = undefined;
    this.waiting = true;
    try {
      // A press before the cart's code is here waits for it (the button says "Adding…"), then adds.
      const [product, { addChosen }, zone] = await Promise.all([this.loadedProduct(), this.loadPress(), this.activeZone.load('cart')]);
      this.outcome = addChosen({
        host: this,
        zone,
        product,
        choice: this.choice(product, this.quantity),
        chosenOptions: this.formSelection()?.options ?? {},
        personalization: this.personalization,
        form: this.form,
        i18n: this.i18n,
        report: (error) => this.reportError(error),
      });
    } catch (error) {
      const err = toOrderZoneError(error);
      this.outcome = { kind: 'error', text: (t) => describeError(err, t) };
      // A product that could not load is reported once, by the block; anything else here.
      if (err !== this.productError) this.reportError(err);
    } finally {
      this.waiting = false;
    }
  }

  /** "View cart" shows only after a press, so what a press does is there already. */
  private viewCart(): void {
    void loadAdding().then(({ navigateFrom }) => navigateFrom(this, this.activeZone, 'cart'));
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const product = this.product;
    const variant = product ? this.choice(product, this.quantity).variant : undefined;
    const soldOut = variant !== undefined && !isBookable(product!) && stockLevel(variant) === 'out_of_stock';
    const outcome = this.outcome;
    const said = outcome && outcome.kind !== 'error' ? outcome : undefined;
    return html`<button
        type="button"
        class="button primary"
        part="button"
        ?disabled=${soldOut}
        aria-busy=${this.waiting ? 'true' : 'false'}
        @click=${() => void this.add()}
      >
        ${this.waiting ? html`<span class="spinner" aria-hidden="true"></span>${t('addToCart.adding')}` : soldOut ? t('addToCart.sold_out') : (this.label ?? t('addToCart.add'))}
      </button>
      <div class="status-region" role="status">${said
        ? html`<p class="status ${said.kind}" part="status">
            ${said.text(t)} <button type="button" class="button link view-cart" part="view-cart" @click=${this.viewCart}>${t('addToCart.view_cart')}</button>
          </p>`
        : nothing}</div>
      <div class="alert-region" role="alert">${outcome?.kind === 'error' ? html`<p class="status error" part="status">${outcome.text(t)}</p>` : nothing}</div>`;
  }
}
