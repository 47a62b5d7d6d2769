/**
 * Styles of the refund and return parts of `<order-detail>`: the line picker of the request forms
 * and the "Refunds and returns" card (with the quantity stepper's own styles, which `<order-detail>`
 * includes too).
 *
 * @module
 */
import { css } from 'lit';

export const afterSalesStyles = css`
  .after-sale-choice {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
    display: grid;
    gap: var(--_space);
  }
  .after-sale-choice legend {
    padding: 0;
    margin-bottom: var(--_space);
  }
  .after-sale-lines,
  .after-sale-list,
  .after-sale-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .after-sale-lines {
    gap: calc(var(--_space) * 1.5);
  }
  .after-sale-line {
    display: grid;
    gap: var(--_space);
    padding-bottom: calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
  }
  .after-sale-line:last-child {
    border-bottom: none;
    padding-bottom: 0;
  }
  .after-sale-line-text {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .after-sale-line-title {
    font-weight: var(--_weight-semibold);
    overflow-wrap: anywhere;
  }
  .after-sale-line.unavailable .after-sale-line-title {
    color: var(--_muted);
  }
  .after-sale-line-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .after-sale-line-amount {
    margin-inline-start: auto;
    font-weight: var(--_weight-semibold);
    white-space: nowrap;
  }
  .after-sale-total {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .after-sale-total strong {
    font-size: var(--_text-lg);
    white-space: nowrap;
  }
  .after-sale-total span:first-child {
    font-weight: var(--_weight-semibold);
  }
  .after-sales-refunded {
    font-weight: var(--_weight-semibold);
  }
  .after-sale-list {
    gap: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 1.5);
  }
  .after-sale {
    display: grid;
    gap: var(--_space);
    padding-top: calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
  }
  .after-sale:first-child {
    border-top: none;
    padding-top: 0;
  }
  .after-sale-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .after-sale-kind {
    font-weight: var(--_weight-semibold);
  }
  .after-sale-badge {
    white-space: nowrap;
  }
  .after-sale-items {
    gap: calc(var(--_space) * 0.75);
  }
  .after-sale-item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: calc(var(--_space) * 1.5);
    row-gap: 2px;
  }
  .after-sale-item-title {
    overflow-wrap: anywhere;
  }
  .after-sale-item-status {
    grid-column: 1;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .after-sale-item.refunded .after-sale-item-status {
    color: var(--_success);
  }
  .after-sale-item.rejected .after-sale-item-status {
    color: var(--_danger);
  }
  .after-sale-item-amount {
    grid-column: 2;
    grid-row: 1;
    white-space: nowrap;
    font-weight: var(--_weight-semibold);
  }
  .after-sale-sum,
  .after-sale-reason,
  .after-sale-note {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
