/**
 * Styles of `<quick-order>`.
 *
 * @module
 */
import { css } from 'lit';

export const quickOrderStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    max-width: var(--oz-quick-order-max-width, 760px);
    margin-inline: auto;
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h2 {
    margin: 0;
  }
  textarea.input {
    height: auto;
    min-height: 10em;
    font-family: var(--oz-font-family-mono, ui-monospace, monospace);
  }
  .problems {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
`;
