/**
 * Styles of `<seat-picker>`: rows of square seats; a chosen seat is filled and carries a check mark,
 * a taken seat is crossed out, a seat not for sale is dashed and empty, so no state relies on colour.
 * Logical properties only, so the map mirrors in right-to-left pages.
 *
 * @module
 */
import { css } from 'lit';
import { textOn } from '../../styles/derived-colours.ts';

export const seatPickerStyles = css`
  :host {
    display: block;
    --_seat-size: var(--oz-seat-size, max(32px, calc(36px * var(--oz-density, 1))));
    --_seat-bg: var(--oz-seat-available-bg, var(--_surface));
    --_seat-selected-bg: var(--oz-seat-selected-bg, var(--_primary));
    --_seat-selected-text: var(--oz-seat-selected-text, var(--oz-color-on-primary, ${textOn('var(--_seat-selected-bg)')}));
    --_seat-taken-bg: var(--oz-seat-taken-bg, var(--_surface-alt));
  }
  .session-one {
    margin: 0;
    font-weight: var(--_weight-semibold);
  }
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2.5);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_text-sm);
  }
  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .seat-map-wrap {
    display: grid;
    gap: calc(var(--_space) * 2);
    overflow-x: auto;
    padding: 4px;
  }
  .section {
    display: grid;
    gap: var(--_space);
  }
  .seat-map {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .seat-row {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  /* On a narrow screen, labels and seats shrink (seats to 26 px) before the map scrolls sideways. */
  .row-label {
    flex: 0 1 4.5em;
    min-inline-size: 3em;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .seat-cell {
    display: flex;
    flex: 0 1 var(--_seat-size);
    min-inline-size: 26px;
  }
  .seat {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: var(--_seat-size);
    block-size: var(--_seat-size);
    padding: 0;
    border: 2px solid var(--_muted);
    border-radius: 6px 6px 3px 3px;
    background: var(--_seat-bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button.seat:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .seat.selected {
    border-color: var(--_seat-selected-bg);
    background: var(--_seat-selected-bg);
    color: var(--_seat-selected-text);
  }
  .seat.selected::after {
    content: '✓';
    font-weight: var(--_weight-bold);
  }
  .seat.taken {
    border-color: var(--_border);
    background: var(--_seat-taken-bg);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .seat.taken::after {
    content: '✕';
  }
  .seat.unavailable {
    border-style: dashed;
    border-color: var(--_border);
    background: transparent;
    cursor: not-allowed;
  }
  .seat-cell > .seat {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
  }
  .seat.sample {
    inline-size: 20px;
    block-size: 20px;
    font-size: 0.75em;
    cursor: default;
  }
  .chosen-seats {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chosen-seats li {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .seat-price {
    font-variant-numeric: tabular-nums;
  }
`;
