/**
 * Styles of `<order-list>`.
 *
 * @module
 */
import { css } from 'lit';

export const orderListStyles = css`
  :host {
    display: block;
  }
  .orders {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--oz-order-list-max-width, 880px);
    margin-inline: auto;
  }
  h2 {
    margin: 0;
    font-size: var(--_text-xl);
  }
  h2:focus,
  .notice:focus,
  [part='detail']:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(var(--_space) * 1.25) var(--_space);
    text-align: inherit;
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  th {
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: var(--_weight-semibold);
  }
  td.total,
  th.total {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .number {
    font-family: var(--_font-mono);
    /* An order number breaks after a hyphen first, and anywhere rather than push the table out of a
       narrow widget ('break-word', unlike 'anywhere', leaves the column its hyphen-wide minimum). */
    overflow-wrap: break-word;
  }
  .empty,
  .notice {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .notice.error {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  th.again-column,
  td.again-column {
    text-align: end;
    white-space: nowrap;
  }
  td.again-column .button {
    padding-block: calc(var(--_space) * 0.5);
  }
  .reorder-of {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .again {
    display: flex;
    justify-content: center;
  }
  @media (max-width: 560px) {
    th.date,
    td.date {
      display: none;
    }
  }
  @media (max-width: 560px) {
    /* "Order again" wraps onto two lines rather than squeeze the order number. */
    td.again-column {
      white-space: normal;
    }
    td.again-column .button {
      white-space: normal;
      max-inline-size: 7em;
      padding-inline: var(--_space);
      line-height: 1.2;
    }
  }
  @media (max-width: 400px) {
    th,
    td {
      padding-inline: calc(var(--_space) * 0.5);
    }
    .number {
      font-size: 0.9em;
    }
    .badge {
      padding-inline: calc(var(--_space) * 0.75);
    }
  }
`;
