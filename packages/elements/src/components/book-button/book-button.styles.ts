/**
 * Styles of `<book-button>`.
 *
 * @module
 */
import { css } from 'lit';

export const bookButtonStyles = css`
  :host {
    display: inline-grid;
    gap: var(--_space);
    justify-items: start;
    background: none;
  }
  .button.primary {
    --_button-primary-bg: var(--oz-book-button-bg, var(--oz-button-primary-bg, var(--_primary)));
    --_button-primary-text: var(--oz-book-button-text, var(--oz-button-primary-text, var(--oz-color-on-primary)));
  }
  .status {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
`;
