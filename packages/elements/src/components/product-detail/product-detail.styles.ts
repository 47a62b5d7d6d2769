/**
 * Styles of `<product-detail>`: gallery and buying column side by side on wide containers, stacked
 * on narrow ones (container queries, so the element fits any column of a merchant's page).
 *
 * @module
 */
import { css } from 'lit';

export const productDetailStyles = css`
  :host {
    display: block;
    container: oz-detail / inline-size;
  }
  .detail {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .back svg:dir(rtl) {
    transform: scaleX(-1);
  }
  .back {
    justify-self: start;
    margin-inline-start: calc(var(--_space) * -0.5);
    font-weight: var(--_weight-semibold);
  }
  .main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @container oz-detail (min-width: 760px) {
    .main {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      gap: calc(var(--_space) * 5);
    }
    .gallery {
      position: sticky;
      top: calc(var(--_space) * 2);
    }
    .failed .main,
    :host([compact]) .main {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  /* Gallery */
  .gallery {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .main-image {
    aspect-ratio: 1 / 1;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .main-image img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .image-placeholder {
    display: block;
    width: 100%;
    height: 100%;
  }
  .thumbnails {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .thumbnail {
    display: block;
    width: 68px;
    height: 68px;
    padding: 0;
    border: 2px solid transparent;
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface-alt);
    overflow: hidden;
    cursor: pointer;
    opacity: 0.75;
    transition: border-color var(--_transition), opacity var(--_transition);
  }
  .thumbnail:hover {
    opacity: 1;
  }
  .thumbnail[aria-pressed='true'] {
    border-color: var(--_text);
    opacity: 1;
  }
  .thumbnail:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .thumbnail img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  /* Buying column */
  .info {
    display: grid;
    gap: calc(var(--_space) * 2.25);
    align-content: start;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.85em;
    line-height: 1.2;
    letter-spacing: -0.015em;
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    box-shadow: var(--_focus);
    border-radius: 4px;
  }
  .title-skeleton {
    display: block;
    width: 70%;
    height: 1.2em;
  }
  .subtitle {
    margin: calc(var(--_space) * -1.5) 0 0;
    color: var(--_muted);
    font-size: 1.05em;
  }
  .price-block {
    display: grid;
    gap: 4px;
    padding-bottom: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  .price-block p {
    margin: 0;
  }
  .price-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 1.25);
  }
  .price-now {
    font-size: 1.75em;
    font-weight: var(--_weight-bold);
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  .price-now.reduced {
    color: var(--_sale);
  }
  .price-was {
    font-size: 1.05em;
  }
  .tier-note {
    font-size: 0.925em;
    color: var(--_primary-text);
    font-weight: var(--_weight-semibold);
  }
  .tier-note.applied {
    color: var(--_success);
  }
  .line-total {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* Options */
  .options {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .option-group,
  .personalization {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .option-legend,
  .section-legend {
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: var(--_weight-semibold);
  }
  .option-chosen {
    margin-inline-start: var(--_space);
    font-weight: 400;
    color: var(--_muted);
  }
  .option-values {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .option-value {
    position: relative;
    display: inline-flex;
  }
  .option-input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
    margin: 0;
    pointer-events: none;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--_control-height);
    min-width: 52px;
    justify-content: center;
    padding: 0 calc(var(--_space) * 1.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    user-select: none;
    transition: border-color var(--_transition), box-shadow var(--_transition), background var(--_transition);
  }
  .option:hover {
    border-color: var(--_muted);
  }
  .option-input:checked + .option {
    border-color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
    background: var(--_surface-alt);
    font-weight: var(--_weight-semibold);
  }
  .option-input:focus-visible + .option {
    box-shadow: var(--_focus);
  }
  .option-input:checked:focus-visible + .option {
    box-shadow: inset 0 0 0 1px var(--_text), var(--_focus);
  }
  .option.sold-out {
    cursor: not-allowed;
    color: var(--_muted);
    background: var(--_surface-alt);
  }
  .option.sold-out .option-label {
    text-decoration: line-through;
  }
  .option-sold-out {
    flex-shrink: 0;
    font-size: 0.8em;
    white-space: nowrap;
  }
  .swatch {
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_swatch);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_text) 15%, transparent);
    flex: none;
  }

  /* Stock */
  .stock {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px calc(var(--_space) * 1.5);
    margin: 0;
    font-weight: var(--_weight-semibold);
  }
  .stock::before {
    content: '';
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: currentColor;
  }
  .stock-in_stock {
    color: var(--_success);
  }
  .stock-low_stock {
    color: var(--_warning);
  }
  .stock-out_of_stock {
    color: var(--_danger);
  }
  .sku {
    font-weight: 400;
    font-size: 0.85em;
  }

  /* Personalization */
  .personalization {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .personalization .section-legend {
    float: inline-start;
    width: 100%;
    margin: 0;
  }
  .pf-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.75);
  }
  .pf-delta {
    color: var(--_primary-text);
    font-weight: var(--_weight-semibold);
  }
  .pf-required {
    margin-inline-start: auto;
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .pf-required.required {
    color: var(--_text);
  }
  .pf-count {
    justify-self: end;
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .field-error {
    margin: 0;
  }

  /* Quantity and add to cart */
  .buy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) * 0.5);
  }
  .quantity-field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .quantity-field .label {
    font-weight: var(--_weight-semibold);
    font-size: 0.9em;
  }
  .quantity-hints {
    margin: 0;
    font-size: 0.8em;
  }
  .quantity-notice {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_warning);
    font-size: 0.85em;
  }
  .quantity-notice:empty {
    display: none;
  }
  .add-button {
    --_button-primary-bg: var(--oz-add-to-cart-bg, var(--oz-button-primary-bg, var(--_primary)));
    --_button-primary-text: var(--oz-add-to-cart-text, var(--oz-button-primary-text, var(--oz-color-on-primary)));
    flex: 1 1 200px;
    min-height: 48px;
    font-size: 1.05em;
  }
  .buy-row:has(.quantity-hints) .add-button {
    margin-bottom: calc(0.8em * 1.5 + var(--_space) * 0.5);
  }
  /* Bookable products: the picker in place of the quantity stepper */
  .booking-section {
    display: grid;
    gap: calc(var(--_space) * 1);
    min-width: 0;
  }
  .booking-heading {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_weight-semibold);
  }
  .booking-section .picker {
    display: block;
    min-width: 0;
  }
  .add-button .spinner {
    margin-inline-end: calc(var(--_space) * 1);
  }
  .status-region:empty,
  .alert-region:empty {
    display: none;
  }
  .status {
    margin: 0;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) * 0.8);
    border-inline-start: 4px solid var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }
  .status.notice {
    border-color: var(--_warning);
    background: color-mix(in srgb, var(--_warning) 9%, var(--_surface));
  }
  .status.error {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
    color: var(--_danger);
  }

  /* Description, specs, reviews */
  .more {
    display: grid;
    gap: calc(var(--_space) * 4);
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  @container oz-detail (min-width: 760px) {
    .more {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      gap: calc(var(--_space) * 3) calc(var(--_space) * 5);
    }
    .reviews {
      grid-column: 1 / -1;
    }
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-content: start;
  }
  .section-heading {
    display: flex;
    align-items: baseline;
    gap: var(--_space);
    margin: 0;
    font-size: 1.2em;
  }
  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .description p {
    margin: 0;
    white-space: pre-line;
    max-width: 68ch;
  }
  .spec-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  .spec-table th,
  .spec-table td {
    padding: calc(var(--_space) * 1.1) var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: inherit;
    vertical-align: top;
  }
  .spec-table th {
    width: 40%;
    font-weight: var(--_weight-medium);
    color: var(--_muted);
  }
  .review-list {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container oz-detail (min-width: 760px) {
    .review-list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .review {
    display: grid;
    gap: var(--_space);
    height: 100%;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .review-header {
    display: grid;
    gap: 4px;
  }
  .review-title {
    margin: 0;
    font-size: 1em;
  }
  .review-body {
    margin: 0;
    white-space: pre-line;
  }
  .review-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px calc(var(--_space) * 1.5);
    font-size: 0.85em;
  }
  .review-author {
    font-weight: var(--_weight-semibold);
    color: var(--_text);
  }
  .verified {
    color: var(--_success);
    font-weight: var(--_weight-semibold);
  }
  .verified::before {
    content: '✓ ';
  }

  /* Loading and error */
  .info-skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .info-skeleton .line {
    height: 1em;
  }
  .info-skeleton .line.tall {
    height: 1.8em;
  }
  .info-skeleton .block {
    height: 140px;
  }
`;
