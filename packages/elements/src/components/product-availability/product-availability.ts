/**
 * `<product-availability>`: whether a product can be had, live, on a merchant's own page.
 *
 * @module
 */
import { isBookable, productStockLevel, stockLevel, type Product, type StockLevel } from '@orderzone/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../property-decorators.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ProductBlock } from '../product-block.ts';
import { STOCK_KEYS } from '../product-picker/product-card.ts';
import { productAvailabilityMessages } from './product-availability.messages.ts';
import { productAvailabilityStyles } from './product-availability.styles.ts';

/**
 * One line saying whether the product can be had, as the core judges the stock the backend reports:
 * "In stock", "Only 3 left" (for the variant chosen by `variant-id` or the merchant's `<form>`
 * around it), "Only a few left" before a variant is chosen, "Sold out"; for a bookable product
 * "Available to book" or "Fully booked". Written out and marked with a dot, never told by colour
 * alone. It follows the backend, and an order placed on the page.
 *
 * Until it is known it shows its own content (what your page says before the script loads).
 *
 * @summary A product's live stock line for your own page.
 *
 * @fires oz-error - The product could not be loaded: `{ error, message }` (your content stays).
 *
 * @slot - What shows until the stock is known.
 *
 * @csspart availability - The line.
 *
 * @cssprop [--oz-availability-in-stock-color=var(--oz-color-success)] - "In stock".
 * @cssprop [--oz-availability-low-stock-color=var(--oz-color-warning)] - "Only 3 left".
 * @cssprop [--oz-availability-out-of-stock-color=var(--oz-color-danger)] - "Sold out", "Fully booked".
 * @cssprop [--oz-color-success=#15803d] - In stock (dark: #4ade80).
 * @cssprop [--oz-color-warning=#a16207] - Low stock (dark: #facc15).
 * @cssprop [--oz-color-danger=#b91c1c] - Sold out (dark: #f87171).
 */
export class ProductAvailability extends ProductBlock {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, productAvailabilityStyles];

  protected static override showsDemoMarker = false;

  /** Read-only, reflected for your styles: `in_stock`, `low_stock` or `out_of_stock` once known. */
  @property({ reflect: true }) level?: StockLevel;

  constructor() {
    super(productAvailabilityMessages);
  }

  /** The level and the sentence, from the core. */
  private availability(product: Product): { level: StockLevel; text: string } {
    const t = this.i18n.t;
    if (isBookable(product)) {
      const level = productStockLevel(product);
      return { level, text: t(level === 'out_of_stock' ? 'availability.fully_booked' : 'availability.bookable') };
    }
    const { variant } = this.choice(product);
    if (!variant) {
      const level = productStockLevel(product);
      return { level, text: t(STOCK_KEYS[level]) };
    }
    const level = stockLevel(variant);
    return { level, text: level === 'low_stock' ? t('stock.low_stock_count', { count: variant.stock ?? 0 }) : t(STOCK_KEYS[level]) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const product = this.product;
    this.level = product ? this.availability(product).level : undefined;
  }

  protected override render(): TemplateResult {
    const product = this.product;
    if (!product) return this.fallback();
    const { level, text } = this.availability(product);
    return html`<p class="availability ${level}" part="availability">${text}</p>`;
  }
}
