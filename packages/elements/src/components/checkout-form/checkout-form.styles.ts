/**
 * Styles of `<checkout-form>`.
 *
 * @module
 */
import { css } from 'lit';

export const checkoutFormStyles = css`
  :host {
    display: block;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 4);
    align-items: start;
  }
  @media (min-width: 860px) {
    .layout {
      grid-template-columns: var(--oz-checkout-columns, minmax(0, 3fr) minmax(280px, 2fr));
    }
    .order-summary {
      position: sticky;
      top: calc(var(--_space) * 2);
    }
    .summary-top {
      display: none;
    }
  }
  /* A phone: the order summary (its total first) above the form, opened on demand. */
  @media (max-width: 859.98px) {
    .layout > .order-summary {
      display: none;
    }
  }
  .summary-top {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary-top > summary {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_control-height);
    padding: var(--_space) calc(var(--_space) * 2);
    cursor: pointer;
    list-style: none;
    font-weight: var(--_weight-semibold);
  }
  .summary-top > summary::-webkit-details-marker {
    display: none;
  }
  .summary-top > summary::after {
    content: '';
    order: 1;
    width: 0.5em;
    height: 0.5em;
    margin-inline-start: calc(var(--_space) * 0.5);
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_transition);
  }
  .summary-top[open] > summary::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .summary-top > summary:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
    border-radius: var(--_radius);
  }
  .summary-top-label {
    color: var(--_primary-text);
  }
  .summary-top-total {
    order: 2;
    margin-inline-start: auto;
    font-size: var(--_text-lg);
    font-weight: var(--_weight-bold);
  }
  .summary-top-body {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: 0 calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }
  .required-hint {
    margin: calc(var(--_space) * -2) 0 0;
    font-size: var(--_text-sm);
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    padding: 0 calc(var(--_space) * 0.75);
    margin-inline-start: calc(var(--_space) * -0.75);
    font-weight: var(--_weight-bold);
    font-size: 1.05em;
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
  }
  .row.narrow {
    grid-template-columns: minmax(0, 240px);
  }
  .required {
    color: var(--_danger);
  }
  .optional,
  .hint {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.85em;
  }
  .field-error {
    margin: 0;
  }
  .field-error::before {
    content: '⚠ ';
  }
  textarea.input {
    resize: vertical;
    min-height: 88px;
  }
  .counter {
    justify-self: end;
  }
  .choices {
    display: grid;
    gap: var(--_space);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    cursor: pointer;
    transition: border-color var(--_transition), background var(--_transition);
  }
  .choice:hover {
    border-color: var(--_muted);
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 6%, var(--_surface));
  }
  .choice:has(input:focus-visible) {
    box-shadow: var(--_focus);
  }
  .choice input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .choice input:focus-visible {
    outline: none;
  }
  .choice-text {
    display: grid;
  }
  .choice-label {
    font-weight: var(--_weight-semibold);
  }
  .choice-description {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .choice-price {
    font-weight: var(--_weight-semibold);
    font-variant-numeric: tabular-nums;
  }
  .choice-skeleton {
    height: 56px;
  }
  .payment-note {
    margin: 0;
    font-size: 0.85em;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_warning);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice p {
    margin: 0 0 var(--_space);
  }
  .notice:focus,
  .changes:focus {
    outline: none;
    box-shadow: var(--_focus);
  }
  .error-summary {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h3 {
    margin: 0 0 var(--_space);
    font-size: 1em;
    color: var(--_danger);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .error-summary a {
    color: var(--_danger);
    text-decoration: underline;
  }
  .changes {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 7%, var(--_surface));
  }
  .changes h3 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.1em;
  }
  .changes p {
    margin: 0 0 var(--_space);
  }
  .changes ul {
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    font-variant-numeric: tabular-nums;
  }
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .submit {
    --_button-primary-bg: var(--oz-checkout-submit-bg, var(--oz-button-primary-bg, var(--_primary)));
    --_button-primary-text: var(--oz-checkout-submit-text, var(--oz-button-primary-text, var(--oz-color-on-primary)));
    width: 100%;
    min-height: 52px;
    font-size: 1.1em;
  }
  .section-hint {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .booking-issues {
    display: grid;
    gap: var(--_space);
  }
  .booking-issues h3 {
    margin: 0;
    font-size: 1em;
  }
  .booking-issues ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .booking-issues li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .order-summary {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .order-summary h2 {
    font-size: var(--_text-lg);
  }
  .summary-lines {
    --_line-image-size: 52px;
    --_line-image-bg: var(--_surface);
    --_line-text-size: 0.9em;
  }
  .summary-skeleton {
    height: 120px;
  }
`;
