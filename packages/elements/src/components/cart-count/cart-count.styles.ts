/**
 * Styles of `<cart-count>`.
 *
 * @module
 */
import { css } from 'lit';

export const cartCountStyles = css`
  :host {
    display: inline;
    background: none;
    font: inherit;
    font-family: var(--oz-font-family, inherit);
    color: inherit;
    line-height: inherit;
    font-variant-numeric: tabular-nums;
  }
`;
