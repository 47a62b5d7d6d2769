/**
 * Styles of `<checkout-button>`.
 *
 * @module
 */
import { css } from 'lit';

export const checkoutButtonStyles = css`
  :host {
    display: inline-block;
    background: none;
  }
  .button.primary {
    --_button-primary-bg: var(--oz-checkout-button-bg, var(--oz-button-primary-bg, var(--_primary)));
    --_button-primary-text: var(--oz-checkout-button-text, var(--oz-button-primary-text, var(--oz-color-on-primary)));
    text-decoration: none;
  }
  :host([wide]) {
    display: block;
  }
  :host([wide]) .button {
    width: 100%;
  }
`;
