/**
 * Styles of `<stay-picker>`: larger day cells that hold the nightly price; check-in and check-out
 * filled, the nights between tinted; closed and sold-out nights say so in the cell (not by colour).
 *
 * @module
 */
import { css } from 'lit';

export const stayPickerStyles = css`
  :host {
    display: block;
    --_day-size: var(--oz-calendar-day-size, max(48px, calc(52px * var(--oz-density, 1))));
  }
  .range-status {
    margin: 0;
    font-weight: var(--_weight-semibold);
  }
  td.day .day-note {
    font-size: 0.65em;
    font-variant-numeric: tabular-nums;
  }
  /* A phone (375 px): seven days with a price each fit without pushing the page sideways. */
  @media (max-width: 30rem) {
    :host {
      --_day-size: var(--oz-calendar-day-size, max(40px, calc(44px * var(--oz-density, 1))));
    }
    td.day .day-note {
      font-size: 0.6em;
      letter-spacing: -0.02em;
    }
  }
  td.day.range-start,
  td.day.range-end {
    background: var(--_selected-bg);
    color: var(--_selected-text);
    font-weight: var(--_weight-bold);
  }
  td.day.closed:not(.range-start):not(.range-end),
  td.day.sold-out:not(.range-start):not(.range-end) {
    /* A plain tint, not hatching: text on a pattern has no contrast anyone (or axe) can measure. */
    color: var(--_muted);
    background: var(--_surface-alt);
  }
  .night-list {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .night-list li {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .night-price {
    font-variant-numeric: tabular-nums;
  }
  .clear-button {
    justify-self: start;
  }
`;
