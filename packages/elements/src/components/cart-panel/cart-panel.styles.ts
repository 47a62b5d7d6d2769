/**
 * Styles of `<cart-panel>`.
 *
 * @module
 */
import { css } from 'lit';

export const cartPanelStyles = css`
  :host {
    display: block;
    --_drawer-width: var(--oz-cart-drawer-width, 420px);
    --_image-size: var(--oz-cart-image-size, 72px);
  }
  :host([mode='drawer']) {
    display: contents;
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
  }
  :host(:not([mode='drawer'])) .panel {
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    padding: calc(var(--_space) * 3);
    background: var(--_card-bg);
    box-shadow: var(--_card-shadow);
  }
  /* The drawer opens from the inline-end side: the right in left-to-right pages, the left in RTL. */
  dialog {
    margin-block: 0;
    margin-inline: auto 0;
    width: min(100vw, var(--_drawer-width));
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--oz-cart-drawer-shadow, 0 0 32px rgb(0 0 0 / 0.22));
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(28 25 23 / 0.45);
  }
  dialog .panel {
    padding: calc(var(--_space) * 2.5);
    min-height: 100%;
    align-content: start;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }
  /* Apart from the heading by a space, not a margin: in a right-to-left page the heading's English
     text runs left to right, and an inline-start margin would sit on the other side. */
  h2 .count {
    font-size: 0.7em;
    font-weight: var(--_weight-medium);
    color: var(--_muted);
  }
  h2:focus {
    outline: none;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    padding: 0;
    font-size: 1.4em;
    line-height: 1;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_warning);
    font-size: 0.925em;
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .undo-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_text);
    color: var(--_surface);
  }
  .undo-bar .button.link {
    color: var(--_surface);
    text-decoration: underline;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .line {
    display: grid;
    grid-template-columns: var(--_image-size) 1fr auto;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2) 0;
    border-block-end: 1px solid var(--_border);
  }
  .line:first-child {
    padding-block-start: 0;
  }
  .line-image {
    width: var(--_image-size);
    height: var(--_image-size);
    border-radius: calc(var(--_radius) * 0.8);
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .line-body {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .line-title {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_weight-semibold);
    overflow-wrap: anywhere;
  }
  .line-meta {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .personalization {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: var(--_text-sm);
    overflow-wrap: anywhere;
  }
  .line-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .line-controls .stepper {
    height: 40px;
    border-radius: calc(var(--_radius) * 0.8);
  }
  .line-controls .step-button {
    width: 40px;
    font-size: var(--_text-lg);
  }
  .line-price {
    display: grid;
    align-content: start;
    justify-items: end;
    gap: calc(var(--_space) * 0.25);
    text-align: end;
  }
  .line-total {
    font-weight: var(--_weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .line-problem,
  .line-notice {
    margin: 0;
    font-size: var(--_text-sm);
    font-weight: var(--_weight-semibold);
  }
  .line-problem {
    color: var(--_danger);
  }
  .line-notice {
    color: var(--_warning);
  }
  /* Booking lines: the hold countdown, or what went wrong with it */
  .hold {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .hold.held {
    color: var(--_warning);
    font-weight: var(--_weight-semibold);
    font-variant-numeric: tabular-nums;
  }
  .line.booking .line-controls {
    flex-wrap: wrap;
  }
  .line-total.pending {
    color: var(--_muted);
  }
  .line.has-problem .line-image {
    outline: 2px solid var(--_danger);
    outline-offset: 2px;
  }
  .calculating {
    color: var(--_muted);
    font-style: italic;
    font-weight: 400;
  }
  .clear-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: var(--_space);
  }
  .clear-confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.25);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface-alt);
    width: 100%;
  }
  .clear-confirm p {
    margin: 0;
    flex: 1 1 12em;
    font-weight: var(--_weight-semibold);
  }
  .coupon {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  /* The field keeps room for a whole code (the input and Apply only; Remove sits under them). */
  .coupon-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .coupon-row .input {
    flex: 1 1 14ch;
    min-width: 14ch;
    font-family: var(--_font-mono);
    letter-spacing: 0.02em;
  }
  .coupon-status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .coupon-status-row:has(.coupon-status:empty):not(:has(.coupon-remove)) {
    display: none;
  }
  .coupon-status {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .coupon-remove {
    min-height: 32px;
    padding-inline: 0;
    font-size: var(--_text-sm);
  }
  .coupon-status.applied {
    color: var(--_success);
  }
  .coupon-status.rejected {
    color: var(--_danger);
  }
  .summary-box {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .actions {
    display: grid;
    gap: var(--_space);
  }
  .actions .button.primary {
    --_button-primary-bg: var(--oz-cart-checkout-bg, var(--oz-button-primary-bg, var(--_primary)));
    --_button-primary-text: var(--oz-cart-checkout-text, var(--oz-button-primary-text, var(--oz-color-on-primary)));
    width: 100%;
    min-height: 48px;
    font-size: 1.05em;
  }
  .blocked-reason {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  .empty {
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
  }
  .empty-icon {
    font-size: 2.5em;
    line-height: 1;
    color: var(--_muted);
  }
  .empty h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .empty p {
    color: var(--_muted);
  }
  @media (max-width: 480px) {
    .line {
      grid-template-columns: calc(var(--_image-size) * 0.8) 1fr;
    }
    .line-price {
      grid-column: 2;
      justify-items: start;
      text-align: inherit;
    }
    .line-image {
      width: calc(var(--_image-size) * 0.8);
      height: calc(var(--_image-size) * 0.8);
    }
  }
`;
