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
import { productPickerMessages } from '../product-picker/product-picker.messages.ts';
import { renderUnitPrice } from '../unit-price/unit-price.ts';
import { unitPriceMessages } from '../unit-price/unit-price.messages.ts';
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
 * @cssprop [--oz-color-primary=#c2410c] - Accent: primary buttons, links, selection (dark scheme: #fb923c).
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
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
 * @cssprop [--oz-control-height=44px] - Height of buttons and inputs (default 44px × density, at least 32px).
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
export class ProductPrice extends ProductBlock {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, productPriceStyles];

  protected static override showsDemoMarker = false;

  constructor() {
    super([productPickerMessages, unitPriceMessages]);
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
