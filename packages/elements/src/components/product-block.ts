/**
 * The base of the building blocks that show or buy one product on a merchant's own page
 * (`<product-price>`, `<product-availability>`, `<add-to-cart-button>`, `<book-button>`): the
 * product named by `product-id`, kept live by the core (`catalog.watchProduct`), and the variant,
 * quantity and personalization chosen by the element's attributes or by the merchant's `<form>`
 * around it (see `form-selection.ts`), followed as the shopper changes it.
 *
 * Until the product is there (and when it cannot be loaded) a block shows what the merchant put
 * inside it, the same content the page showed before the script loaded.
 *
 * @module
 */
import { OrderZoneError, findVariant, type AsyncState, type LoadedZone, type Product, type Variant } from '@orderzone/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from './property-decorators.ts';
import { StoreController } from '../controllers/store-controller.ts';
import { readFormSelection, type FormSelection } from './form-selection.ts';
import { ZoneElement } from './zone-element.ts';

/** What a block works with: the variant chosen (if any), the quantity asked for, personalization. */
export interface ProductChoice {
  /** The chosen variant; `undefined` while the form has not chosen every option (or names no known variant). */
  variant: Variant | undefined;
  /** The quantity asked for, as given (the core fits it to the product's rule); the product's minimum when none is. */
  quantity: number;
  personalization: Record<string, string>;
}

/** The base class of the building blocks that show or buy one product on a merchant's own page: the product named by `product-id`, kept live, and the variant, quantity and personalization chosen by attributes or the surrounding `<form>`. */
export abstract class ProductBlock extends ZoneElement {
  /** The product, by its id in the shop's catalog. */
  @property({ attribute: 'product-id', reflect: true }) productId?: string;

  /**
   * The variant, by id. Without it, the variant chosen by the form around the element (a
   * `variant-id` field, or one `option.<group id>` field per option group); a product without
   * options has only one.
   */
  @property({ attribute: 'variant-id' }) variantId?: string;

  protected readonly productState = new StoreController<AsyncState<Product>>(this);
  /** The merchant's form around the element, while connected. */
  protected form: HTMLFormElement | null = null;
  private reported: OrderZoneError | undefined;
  private readonly onFormChange = (): void => this.requestUpdate();

  protected zoneChanged(_zone: LoadedZone<never>): void {
    this.follow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = this.closest('form');
    for (const type of ['input', 'change', 'reset']) this.form?.addEventListener(type, this.onFormChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['input', 'change', 'reset']) this.form?.removeEventListener(type, this.onFormChange);
    this.form = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('productId')) this.follow();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.productState.value;
    if (state?.status === 'error' && state.error !== this.reported) {
      this.reported = state.error;
      this.reportError(state.error);
    }
  }

  private follow(): void {
    this.productState.setStore(this.productId && this.isConnected ? this.activeZone.catalog.watchProduct(this.productId) : undefined);
  }

  /** The product, once loaded (kept while it is asked again). */
  protected get product(): Product | undefined {
    const state = this.productState.value;
    return state && state.status !== 'idle' ? state.data : undefined;
  }

  /** Why the product could not be loaded, while that is so (reported once as `oz-error`). */
  protected get productError(): OrderZoneError | undefined {
    const state = this.productState.value;
    return state?.status === 'error' ? state.error : undefined;
  }

  /**
   * The product once it has loaded: at once when it has, else when the core has it (rejects with
   * its error, or `config` when no `product-id` names one).
   */
  protected loadedProduct(): Promise<Product> {
    const ready = this.product;
    if (ready) return Promise.resolve(ready);
    if (!this.productId) return Promise.reject(new OrderZoneError('config', `<${this.localName}> needs a product-id attribute naming the product.`));
    const store = this.activeZone.catalog.watchProduct(this.productId);
    return new Promise<Product>((resolve, reject) => {
      const stop = store.subscribe((value) => {
        if (value.status === 'ready') resolve(value.data);
        else if (value.status === 'error') reject(value.error);
        else return;
        queueMicrotask(() => stop());
      });
    });
  }

  /** What the form around the element chooses, now. */
  protected formSelection(): FormSelection | undefined {
    return this.form ? readFormSelection(this.form) : undefined;
  }

  /** The variant, quantity and personalization chosen now, by the attributes and the form. */
  protected choice(product: Product, quantity?: number): ProductChoice {
    const form = this.formSelection();
    const variantId = this.variantId ?? form?.variantId;
    const variant = variantId ? product.variants.find((v) => v.id === variantId) : findVariant(product, form?.options ?? {});
    const typed = form?.quantity === undefined || form.quantity.trim() === '' ? undefined : Number(form.quantity);
    return { variant, quantity: quantity ?? typed ?? product.quantity.min, personalization: form?.personalization ?? {} };
  }

  /** The merchant's own content: what the page showed before the script loaded. */
  protected fallback(): TemplateResult {
    return html`<slot></slot>`;
  }
}
