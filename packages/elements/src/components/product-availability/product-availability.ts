/**
 * `<product-availability>`: whether a product can be had, live, on a merchant's own page.
 *
 * @module
 */
import { isBookable, productStockLevel, stockLevel, type Product, type StockLevel } from '@orderzone/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
 * @cssprop [--oz-color-primary=#c2410c] - Accent: primary buttons, links, selection (dark scheme: #fb923c).
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
 * @cssprop [--oz-color-muted=#6b6460] - Secondary text (dark: #b5aea9).
 * @cssprop [--oz-color-surface=#ffffff] - Cards, inputs, panels (dark: #1c1917).
 * @cssprop [--oz-color-surface-alt=#f7f5f3] - Image placeholders, notices, summaries (dark: #292524).
 * @cssprop [--oz-color-canvas=transparent] - Background of the element itself (dark: #1c1917).
 * @cssprop [--oz-canvas-padding=16px] - Inner padding of the dark panel an element paints with `theme="dark"` (or `auto` in dark mode) on a light page.
 * @cssprop [--oz-color-border=#e2ddd8] - Borders and dividers (dark: #44403c).
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
 * @cssprop [--oz-color-primary-text=derived] - The accent as text on surfaces (links, link buttons); by default the accent, darkened (light) or lightened (dark) to 4.5:1.
 * @cssprop [--oz-color-sale=#b91c1c] - Sale prices and badges (dark: #f87171).
 * @cssprop [--oz-font-size-xl=1.6em] - Page headings.
 * @cssprop [--oz-font-weight-bold=700] - Prices and headings.
 * @cssprop [--oz-font-weight-medium=500] - Medium weight.
 * @cssprop [--oz-input-bg=var(--oz-color-surface)] - Inputs: background.
 * @cssprop [--oz-input-border-color=var(--oz-color-border)] - Inputs: border.
 * @cssprop [--oz-input-radius=calc(var(--oz-radius) * 0.8)] - Inputs: corners.
 * @cssprop [--oz-input-text=var(--oz-color-text)] - Inputs: text.
 * @cssprop [--oz-shadow=soft two-layer shadow] - Raised cards and panels.
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
