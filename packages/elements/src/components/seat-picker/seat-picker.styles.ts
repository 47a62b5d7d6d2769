/**
 * Styles of `<seat-picker>`: rows of square seats printed with their numbers; a chosen seat is
 * filled and carries a check mark, a seat in the shopper's cart is striped, a taken seat is crossed
 * out, a seat not for sale is dashed and empty, so no state relies on colour. Price zones differ by
 * a tint and a band across the seat's top (the legend shows each). A bar names what the seats face.
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
    --_seat-yours: var(--oz-seat-yours-bg, var(--_primary));
    --_zone-1: var(--oz-seat-zone-1, light-dark(#b45309, #fbbf24));
    --_zone-2: var(--oz-seat-zone-2, light-dark(#0f766e, #2dd4bf));
    --_zone-3: var(--oz-seat-zone-3, light-dark(#7e22ce, #c084fc));
  }
  .legend-list.zones {
    margin-block-start: var(--_space);
    font-weight: var(--_weight-semibold);
  }
  /* What the seats face: a curved bar above the map. */
  .stage {
    justify-self: center;
    inline-size: min(80%, 420px);
    margin: 0 0 var(--_space);
    padding-block: 4px;
    border-block-start: 4px solid var(--_muted);
    border-radius: 50% 50% 0 0 / 12px 12px 0 0;
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: var(--_weight-semibold);
    letter-spacing: 0.08em;
    text-align: center;
    text-transform: uppercase;
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
    --_zone: var(--_muted);
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
  .seat-number {
    font-size: 0.72em;
    font-weight: var(--_weight-semibold);
    font-variant-numeric: tabular-nums;
    line-height: 1;
    overflow-wrap: normal;
  }
  /* Price zones: the first as is, the others tinted, with a band across the top in their colour. */
  .seat.zone-1 {
    --_zone: var(--_zone-1);
  }
  .seat.zone-2 {
    --_zone: var(--_zone-2);
  }
  .seat.zone-3 {
    --_zone: var(--_zone-3);
  }
  .seat:is(.zone-1, .zone-2, .zone-3):is(.available, .sample) {
    border-color: var(--_zone);
    border-block-start-width: 6px;
    background: color-mix(in srgb, var(--_zone) 16%, var(--_seat-bg));
  }
  button.seat:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .seat.chosen {
    border-color: var(--_seat-selected-bg);
    background: var(--_seat-selected-bg);
    color: var(--_seat-selected-text);
  }
  .seat.chosen:is(.zone-1, .zone-2, .zone-3) {
    border-block-start: 6px solid var(--_zone);
  }
  /* The check mark in the corner, clear of the number (an element, not a pseudo-element, so
     contrast checkers can tell the number's background). */
  .seat-check {
    position: absolute;
    inset-block-start: -7px;
    inset-inline-end: -7px;
    display: grid;
    place-items: center;
    inline-size: 15px;
    block-size: 15px;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-size: 10px;
    font-weight: var(--_weight-bold);
    line-height: 1;
  }
  /* Held by the shopper's cart: theirs, striped in the accent colour. */
  .seat.yours {
    border-color: var(--_seat-yours);
    background: repeating-linear-gradient(135deg, color-mix(in srgb, var(--_seat-yours) 40%, var(--_seat-bg)) 0 4px, var(--_seat-bg) 4px 8px);
    color: var(--_text);
    cursor: default;
  }
  .seat.yours .seat-number {
    padding: 1px 2px;
    border-radius: 3px;
    background: var(--_seat-bg);
  }
  .seat.taken {
    border-color: var(--_border);
    background: var(--_seat-taken-bg);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .seat.taken .seat-number,
  .seat.unavailable .seat-number {
    display: none;
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
  .seat.sample .seat-check {
    inset-block-start: -6px;
    inset-inline-end: -6px;
    inline-size: 12px;
    block-size: 12px;
    font-size: 8px;
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
