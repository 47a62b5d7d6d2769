/**
 * Styles of a cart button with its item count: `<order-zone>`'s header button and `<cart-button>`
 * (classes `cart-button`, `cart-label`, `cart-badge`).
 *
 * @module
 */
import { css } from 'lit';

export const cartButtonStyles = css`
  .cart-button {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 1.75);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: var(--_weight-semibold);
    cursor: pointer;
    transition: border-color var(--_transition), background var(--_transition);
  }
  .cart-button:hover {
    border-color: var(--_muted);
  }
  .cart-button:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .cart-badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 22px;
    height: 22px;
    padding: 0 6px;
    border-radius: var(--_badge-radius);
    background: var(--oz-cart-badge-bg, var(--_badge-bg));
    color: var(--oz-cart-badge-text, var(--_badge-text));
    font-size: 0.78em;
    font-weight: var(--_weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .cart-button {
    white-space: nowrap;
  }
`;
