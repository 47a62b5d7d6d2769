/**
 * Styles of the "Edit order" and "Reschedule" parts of `<order-detail>` (with the quantity stepper's
 * own styles, which `<order-detail>` includes too).
 *
 * @module
 */
import { css } from 'lit';

export const orderEditStyles = css`
  .edit-lines,
  .booking-lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .edit-line,
  .booking-line {
    display: grid;
    gap: var(--_space);
    padding-bottom: calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
  }
  .edit-line:last-child,
  .booking-line:last-child {
    border-bottom: none;
    padding-bottom: 0;
  }
  .edit-line.removed .edit-line-title {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .edit-line-text,
  .booking-line-text {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .edit-line-title,
  .booking-line-title {
    font-weight: var(--_weight-semibold);
    overflow-wrap: anywhere;
  }
  .edit-line-controls,
  .booking-line-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .edit-line-total {
    margin-inline-start: auto;
    font-weight: var(--_weight-semibold);
  }
  .edit-problem,
  .edit-price-changed {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    margin: 0;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 8%, var(--_surface));
  }
  .edit-problem:focus {
    outline: none;
  }
  .edit-totals {
    display: grid;
    gap: var(--_space);
  }
  .edit-total-row {
    display: flex;
    justify-content: space-between;
    margin: 0;
  }
  .edit-new-heading {
    margin: 0;
    font-size: 1em;
  }
  .booking-window {
    margin: 0;
    font-size: var(--_text-sm);
  }
  .booking-window.open {
    color: color-mix(in srgb, var(--_success) 80%, var(--_text));
  }
  .booking-window.closed {
    color: var(--_muted);
  }
  .reschedule {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reschedule h4:focus {
    outline: none;
  }
`;
