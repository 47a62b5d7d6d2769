/**
 * Styles of the price summary; included by every element that renders one.
 *
 * @module
 */
import { css } from 'lit';

export const priceSummaryStyles = css`
  .price-summary {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .price-summary .summary-row {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
  .price-summary dt,
  .price-summary dd {
    margin: 0;
  }
  .price-summary dd {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-align: end;
  }
  .price-summary .summary-row.discount dd {
    color: var(--_success);
  }
  .price-summary .summary-row.included {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .price-summary .summary-row.total {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 1.25);
    font-size: var(--_text-lg);
    font-weight: var(--_weight-bold);
  }
  .price-summary .calculating {
    color: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }
`;
