/**
 * `<product-price>`: a product's live price on a merchant's own page.
 *
 * @module
 */
import { fromPrice, isBookable, previewUnitPrice, type Product, type UnitPricePreview } from '@orderzone/core';
import { html, type TemplateResult } from 'lit';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ProductBlock } from '../product-block.ts';
import { fromPriceText } from '../product-picker/product-card.ts';
import { productPickerByLanguage } from '../../i18n/first-paint-messages.ts';
import { renderUnitPrice } from '../../parts/unit-price/unit-price.ts';
import { unitPriceMessages } from '../../parts/unit-price/unit-price.messages.ts';
import { productPriceStyles } from './product-price.styles.ts';

/**
 * The price of a product, live: what the core computes for the variant, quantity and
 * personalization chosen (by the `variant-id` attribute, or by the merchant's `<form>` around it),
 * with the sale price ("Was ¥99" struck through), the bulk tier that applies and the next one
 * ("From 10 units: ¥26.50 each"). Before a variant is chosen it reads the lowest price ("From ¥79",
 * "From ¥480 / night"). It follows the backend: when the price changes there, it changes here.
 *
 * Until the price is known (and if the product cannot be loaded) it shows its own content: write
 * the price your page already knows inside it, and that is what shows before the script loads.
 *
 * ```html
 * <product-price product-id="cotton-tee">¥79.00</product-price>
 * ```
 *
 * @summary A product's live price: sale, "from" and bulk-tier notes, for your own page.
 *
 * @fires oz-error - The product could not be loaded: `{ error, message }` (your content stays).
 *
 * @slot - What shows until the price is known: the price as your page has it.
 *
 * @csspart price - The price block.
 *
 * @cssprop [--oz-price-font-size=inherit] - Size of the price (the text around it by default).
 * @cssprop [--oz-price-font-weight=var(--oz-font-weight-bold)] - Weight of the price.
 * @cssprop [--oz-price-color=inherit] - Colour of the price.
 * @cssprop [--oz-price-sale-color=var(--oz-color-sale)] - Colour of a reduced price.
 * @cssprop [--oz-color-sale=#b91c1c] - Sale prices (dark: #f87171).
 * @cssprop [--oz-color-muted=#6b6460] - The price before, struck through.
 * @cssprop [--oz-color-success=#15803d] - "Bulk price for 10 units".
 * @cssprop [--oz-color-primary-text=derived] - "From 10 units: … each".
 */
export class ProductPrice extends ProductBlock {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, productPriceStyles];

  protected static override showsDemoMarker = false;

  constructor() {
    super([productPickerByLanguage, unitPriceMessages]);
  }

  /**
   * The core's price for the chosen variant, quantity and personalization (for the product's
   * minimum quantity while the typed one is not a quantity); `undefined` while nothing is chosen.
   */
  private preview(product: Product): { preview: UnitPricePreview; quantity: number } | undefined {
    const { variant, quantity, personalization } = this.choice(product);
    if (!variant || isBookable(product)) return undefined;
    for (const units of [quantity, product.quantity.min]) {
      try {
        return { preview: previewUnitPrice(product, variant.id, units, personalization), quantity: units };
      } catch {
        // Not a quantity (an empty or half-typed field): the price of the minimum.
      }
    }
    return undefined;
  }

  protected override render(): TemplateResult {
    const product = this.product;
    if (!product) return this.fallback();
    const priced = this.preview(product);
    return html`<div class="price" part="price">
      ${priced
        ? renderUnitPrice(priced.preview, priced.quantity, this.i18n)
        : html`<p class="price-line"><span class="price-now">${fromPriceText(fromPrice(product), product.kind, this.i18n)}</span></p>`}
    </div>`;
  }
}
