/**
 * Styles of `<order-confirmation>`.
 *
 * @module
 */
import { css } from 'lit';

export const orderConfirmationStyles = css`
  :host {
    display: block;
  }
  .confirmation {
    display: grid;
    gap: calc(var(--_space) * 3);
    max-width: var(--oz-confirmation-max-width, 760px);
    margin-inline: auto;
  }
  .hero {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    text-align: center;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .check {
    display: grid;
    place-items: center;
    width: 56px;
    height: 56px;
    border-radius: 50%;
    background: var(--_success);
    color: var(--_surface);
    font-size: 1.75em;
    line-height: 1;
  }
  h2 {
    margin: 0;
    font-size: var(--_text-xl);
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  .hero p {
    margin: 0;
  }
  .order-number {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 1.5);
    margin-top: var(--_space);
  }
  .order-number-value {
    display: grid;
    gap: 2px;
  }
  .order-number-label {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .order-number strong {
    font-size: var(--_text-xl);
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
    user-select: all;
  }
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .card {
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .details p,
  address {
    margin: 0;
    font-style: normal;
    overflow-wrap: anywhere;
  }
  .summary-lines {
    --_line-image-size: 56px;
    --_line-image-bg: var(--_surface-alt);
    --_line-text-size: 1em;
    margin-bottom: calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: center;
  }
`;
