/**
 * Styles of the quantity stepper; included by every element that renders one. A host may size it
 * in its own styles (the cart's is smaller).
 *
 * @module
 */
import { css } from 'lit';

export const quantityStepperStyles = css`
  .stepper {
    display: inline-flex;
    align-items: stretch;
    height: 48px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .step-button {
    display: inline-grid;
    place-items: center;
    width: 44px;
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 1.25em;
    cursor: pointer;
  }
  /* The − and +: bars as the SVG glyphs of glyph-icons.ts draw theirs (a 10-unit stroke 1.6 wide
     with round caps, in a 16-unit em square): an em square scaled to 11.6 by 1.6 units, so its edges
     are smoothed as a drawn stroke's are rather than snapped to whole pixels; in the text colour,
     kept in forced-colours mode (the button's forced text colour). */
  .step-button::before,
  .step-button[data-step='up']::after {
    content: '';
    grid-area: 1 / 1;
    width: 1em;
    height: 1em;
    border-radius: 6.9% / 50%;
    background: currentColor;
    transform: scale(0.725, 0.1);
    forced-color-adjust: none;
  }
  .step-button[data-step='up']::after {
    transform: rotate(90deg) scale(0.725, 0.1);
  }
  .step-button:hover:not(:disabled) {
    background: var(--_surface-alt);
  }
  .step-button:disabled {
    color: var(--_border);
    cursor: not-allowed;
  }
  .step-button:focus-visible,
  .quantity-input:focus-visible {
    outline: none;
    box-shadow: inset var(--_focus);
  }
  .quantity-input {
    width: 3.5em;
    border: 0;
    border-inline: 1px solid var(--_border);
    border-radius: 0;
    padding: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-weight: var(--_weight-semibold);
    text-align: center;
    -moz-appearance: textfield;
  }
  .quantity-input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .quantity-input::-webkit-inner-spin-button,
  .quantity-input::-webkit-outer-spin-button {
    -webkit-appearance: none;
    margin: 0;
  }
`;
