/**
 * Styles of `<add-to-cart-button>`.
 *
 * @module
 */
import { css } from 'lit';

export const addToCartButtonStyles = css`
  :host {
    display: inline-grid;
    gap: var(--_space);
    justify-items: start;
    background: none;
  }
  .button.primary {
    --_button-primary-bg: var(--oz-add-to-cart-bg, var(--oz-button-primary-bg, var(--_primary)));
    --_button-primary-text: var(--oz-add-to-cart-text, var(--oz-button-primary-text, var(--oz-color-on-primary)));
    min-width: var(--oz-add-to-cart-min-width, 10em);
  }
  :host([wide]) .button.primary {
    width: 100%;
  }
  :host([wide]) {
    display: grid;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: oz-add-spin 0.8s linear infinite;
  }
  @keyframes oz-add-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  .status {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .status-region:empty,
  .alert-region:empty {
    display: none;
  }
  .status.added {
    color: var(--_success);
  }
  .status.error {
    color: var(--_danger);
  }
  .view-cart {
    margin-inline-start: calc(var(--_space) * 0.5);
    min-height: 0;
    padding: 0 2px;
    font-size: inherit;
    text-decoration: underline;
  }
`;
