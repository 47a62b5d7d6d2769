/**
 * Styles of `<product-price>`: inline, as large as the text around it unless themed.
 *
 * @module
 */
import { css } from 'lit';

export const productPriceStyles = css`
  :host {
    display: inline-block;
    background: none;
    font-size: var(--oz-price-font-size, inherit);
    line-height: 1.35;
  }
  .price {
    display: grid;
    gap: 2px;
  }
  p {
    margin: 0;
  }
  .price-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 0.75);
  }
  .price-now {
    color: var(--oz-price-color, inherit);
    font-weight: var(--oz-price-font-weight, var(--_weight-bold));
    font-variant-numeric: tabular-nums;
  }
  .price-now.reduced {
    color: var(--oz-price-sale-color, var(--_sale));
  }
  .price-was {
    font-size: 0.85em;
  }
  .tier-note {
    font-size: var(--_text-sm);
    color: var(--_primary-text);
    font-weight: var(--_weight-semibold);
  }
  .tier-note.applied {
    color: var(--_success);
  }
`;
