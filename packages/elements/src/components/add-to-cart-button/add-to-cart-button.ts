/**
 * `<add-to-cart-button>`: "Add to cart" for one product, on a merchant's own page.
 *
 * @module
 */
import {
  OrderZoneError,
  isBookable,
  quantityBounds,
  stockLevel,
  toOrderZoneError,
  validatePersonalization,
  type FieldError,
} from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { fieldOf } from '../form-selection.ts';
import { navigateFrom } from '../page-navigation.ts';
import { describeCartAdd } from '../product-detail/cart-notice.ts';
import { ProductBlock } from '../product-block.ts';
import { addToCartButtonMessages } from './add-to-cart-button.messages.ts';
import { addToCartButtonStyles } from './add-to-cart-button.styles.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What the last press said, re-translated on every render so a locale switch applies. */
interface Outcome {
  kind: 'added' | 'notice' | 'error';
  text: (t: Translate) => string;
}

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
  /** Form fields this element marked invalid, cleared when the shopper changes them. */
  private flagged = new Set<HTMLElement & { setCustomValidity(message: string): void }>();

  constructor() {
    super(addToCartButtonMessages);
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.add();
  };

  private readonly onFieldInput = (event: Event): void => {
    const field = event.target as HTMLElement & { setCustomValidity?(message: string): void };
    for (const flagged of [...this.flagged]) {
      if (flagged !== field && !(flagged instanceof HTMLInputElement && field instanceof HTMLInputElement && flagged.name === field.name)) continue;
      flagged.setCustomValidity('');
      flagged.removeAttribute('aria-invalid');
      this.flagged.delete(flagged);
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.form?.addEventListener('submit', this.onSubmit);
    this.form?.addEventListener('input', this.onFieldInput);
    this.form?.addEventListener('change', this.onFieldInput);
  }

  override disconnectedCallback(): void {
    this.form?.removeEventListener('submit', this.onSubmit);
    this.form?.removeEventListener('input', this.onFieldInput);
    this.form?.removeEventListener('change', this.onFieldInput);
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

  /** Marks `field` of the form with `message` (the browser says it there) and focuses it. */
  private flag(field: HTMLElement | undefined, message: string): boolean {
    if (!field || !('setCustomValidity' in field)) return false;
    const control = field as HTMLElement & { setCustomValidity(message: string): void; reportValidity(): boolean };
    control.setCustomValidity(message);
    control.setAttribute('aria-invalid', 'true');
    this.flagged.add(control);
    control.reportValidity();
    return true;
  }

  /** Says a problem under the button, and at the form's field when it has one. */
  private refuse(text: (t: Translate) => string, field?: HTMLElement): void {
    this.outcome = { kind: 'error', text };
    this.flag(field, text(this.i18n.t));
  }

  private personalizationValues(fromForm: Record<string, string>): Record<string, string> {
    const own = Object.fromEntries([...new URLSearchParams(this.personalization ?? '')].filter(([, value]) => value.trim() !== ''));
    return { ...own, ...fromForm };
  }

  /** Puts the chosen product in the cart and says what happened. */
  async add(): Promise<void> {
    if (this.waiting) return;
    if (this.form && !this.form.reportValidity()) return;
    this.outcome = undefined;
    let product = this.product;
    if (!product) {
      this.waiting = true;
      try {
        product = await this.loadedProduct();
      } catch (error) {
        const err = toOrderZoneError(error);
        this.outcome = { kind: 'error', text: (t) => describeError(err, t) };
        // A product that could not load is reported once, by the block; a missing product-id here.
        if (err.code === 'config') this.reportError(err);
        return;
      } finally {
        this.waiting = false;
      }
    }
    if (isBookable(product)) {
      this.outcome = { kind: 'error', text: (t) => t('addToCart.bookable') };
      this.reportError(new OrderZoneError('config', `Product "${product.id}" is booked (${product.kind}): use <book-button product-id="${product.id}">, not <add-to-cart-button>.`));
      return;
    }
    const choice = this.choice(product, this.quantity);
    const form = this.form;
    if (!choice.variant) {
      const chosen = this.formSelection()?.options ?? {};
      const missing = product.optionGroups.filter((group) => !chosen[group.id]);
      const names = (missing.length > 0 ? missing : product.optionGroups).map((group) => this.i18n.text(group.name));
      const list = new Intl.ListFormat(this.i18n.locale, { type: 'conjunction' }).format(names);
      const field = form && missing[0] ? fieldOf(form, `option.${missing[0].id}`) : undefined;
      this.refuse((t) => t('addToCart.choose', { options: list }), field);
      return;
    }
    const personalization = this.personalizationValues(choice.personalization);
    const problems: FieldError[] = validatePersonalization(product, personalization);
    if (problems.length > 0) {
      const [first] = problems as [FieldError];
      this.refuse((t) => describeFieldError(first, t), form ? fieldOf(form, first.field) : undefined);
      return;
    }
    const cart = this.activeZone.cart;
    try {
      const result = cart.add({ product, variantId: choice.variant.id, quantity: choice.quantity, personalization });
      const { line, notice } = result;
      if (result.outcome === 'refused' || !line) {
        this.outcome = { kind: 'notice', text: (t) => describeCartAdd(result, t) };
        return;
      }
      const title = this.i18n.text(product.title);
      this.outcome = {
        kind: notice ? 'notice' : 'added',
        text: (t) => [t('addToCart.added', { quantity: result.added, title }), describeCartAdd(result, t)].filter(Boolean).join(' '),
      };
      emit(this, 'oz-cart-add', notice ? { line, notice } : { line });
      emit(this, 'oz-cart-change', { lines: cart.$lines.get(), itemCount: cart.$itemCount.get(), reason: 'add' });
    } catch (error) {
      const err = toOrderZoneError(error);
      const fieldError = err.fieldErrors[0];
      const text = fieldError ? (t: Translate) => describeFieldError(fieldError, t) : (t: Translate) => describeError(err, t);
      this.refuse(text, fieldError && form ? fieldOf(form, fieldError.field) : undefined);
      this.reportError(err);
    }
  }

  private viewCart(): void {
    navigateFrom(this, this.activeZone, 'cart');
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
