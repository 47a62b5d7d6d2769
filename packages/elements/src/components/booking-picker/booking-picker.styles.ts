/**
 * Styles of `<booking-picker>`: calendar and slot list side by side on wide containers, stacked on
 * narrow ones (container queries). Full slots are struck through and say "Taken", so their state
 * never relies on colour.
 *
 * @module
 */
import { css } from 'lit';

export const bookingPickerStyles = css`
  :host {
    display: block;
    container: oz-booking / inline-size;
    --_slot-selected-border: var(--oz-slot-selected-border, var(--_primary));
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @container oz-booking (min-width: 640px) {
    .layout {
      grid-template-columns: max-content minmax(0, 1fr);
    }
  }
  .slots-column {
    display: grid;
    gap: calc(var(--_space) * 2.5);
    min-inline-size: 0;
  }
  td.day.has-slots::after {
    content: '';
    position: absolute;
    inset-block-end: 4px;
    inset-inline-start: 50%;
    inline-size: 4px;
    block-size: 4px;
    margin-inline-start: -2px;
    border-radius: 50%;
    background: currentColor;
  }
  .slot-list {
    display: grid;
    gap: var(--_space);
  }
  .slot {
    justify-content: start;
  }
  .slot:has(input:checked) {
    border-color: var(--_slot-selected-border);
    box-shadow: inset 0 0 0 1px var(--_slot-selected-border);
  }
  .slot-text {
    display: grid;
    flex: 1;
  }
  .slot-time {
    font-weight: var(--_weight-semibold);
    font-variant-numeric: tabular-nums;
  }
  .slot-shopper {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .slot.taken .slot-time {
    text-decoration: line-through;
  }
  .slot-state {
    font-size: var(--_text-sm);
    font-weight: var(--_weight-semibold);
  }
  .problem {
    margin: 0;
    color: var(--_danger);
  }
`;
