/**
 * Styles of the month calendar part and of what every booking picker shows (loading, error with
 * retry, messages, the price of the pick). Included by `<booking-picker>`, `<stay-picker>` and
 * `<seat-picker>`. Component tokens: `--oz-calendar-day-size`, `--oz-calendar-selected-bg`,
 * `--oz-calendar-selected-text`, `--oz-calendar-range-bg`.
 *
 * @module
 */
import { css } from 'lit';
import { textOn } from '../../styles/derived-colours.ts';

export const bookingCalendarStyles = css`
  :host {
    --_day-size: var(--oz-calendar-day-size, max(40px, calc(44px * var(--oz-density, 1))));
    --_selected-bg: var(--oz-calendar-selected-bg, var(--_primary));
    --_selected-text: var(--oz-calendar-selected-text, var(--oz-color-on-primary, ${textOn('var(--_selected-bg)')}));
    --_range-bg: var(--oz-calendar-range-bg, color-mix(in srgb, var(--_primary) 14%, var(--_surface)));
  }
  .calendar {
    display: grid;
    gap: var(--_space);
    /* Seven days at their size, or narrower on a narrow screen: the days then share the width. */
    inline-size: min(100%, calc(var(--_day-size) * 7 + 16px));
  }
  .calendar-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .calendar-title {
    margin: 0;
    font-size: var(--_text-lg);
    font-weight: var(--_weight-semibold);
    text-align: center;
  }
  .calendar-nav {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_control-height);
    block-size: var(--_control-height);
    padding: 0;
    border: 1px solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-bg);
    color: var(--_button-text);
    cursor: pointer;
  }
  .calendar-nav:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .calendar-nav:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .calendar-nav svg:dir(rtl) {
    transform: scaleX(-1);
  }
  .calendar-grid {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 2px;
    table-layout: fixed;
  }
  .calendar-grid[aria-busy='true'] tbody {
    opacity: 0.55;
  }
  .calendar-grid th {
    padding-block: calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: var(--_text-sm);
    font-weight: var(--_weight-medium);
    text-align: center;
  }
  .calendar-grid td {
    padding: 0;
  }
  td.day {
    position: relative;
    block-size: var(--_day-size);
    min-block-size: var(--_day-size);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.6);
    text-align: center;
    vertical-align: middle;
    line-height: 1.15;
    cursor: pointer;
    transition: background var(--_transition), border-color var(--_transition);
  }
  td.day:hover:not([aria-disabled='true']) {
    border-color: var(--_muted);
  }
  td.day:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  td.day[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  /* Not available: struck through, so it does not rely on colour. */
  td.day[aria-disabled='true'] .day-number {
    text-decoration: line-through;
  }
  td.day.range {
    background: var(--_range-bg);
  }
  td.day[aria-selected='true']:not(.range) {
    background: var(--_selected-bg);
    color: var(--_selected-text);
    font-weight: var(--_weight-bold);
  }
  /* Today: a dot in the day's corner, clear of the number and of the price under it. */
  td.day.today::after {
    content: '';
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    inline-size: 6px;
    block-size: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  td.day.today .day-number {
    font-weight: var(--_weight-bold);
  }
  .day-number {
    display: block;
  }
  .day-note {
    display: block;
    font-size: 0.7em;
    white-space: nowrap;
    overflow-wrap: normal;
    letter-spacing: -0.01em;
  }
  td.day.closed .day-note,
  td.day.sold-out .day-note {
    font-style: italic;
  }

  /* What every picker shows. */
  .picker {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .picker-heading {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_weight-semibold);
  }
  .loading-state {
    color: var(--_muted);
    margin: 0;
  }
  .error-state {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-state p,
  .problems p {
    margin: 0;
  }
  .error-state p,
  .problems {
    color: var(--_danger);
  }
  .problems {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .problems li::before {
    content: '⚠ ';
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .pick-summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .pick-summary p {
    margin: 0;
  }
  .pick-price {
    font-size: var(--_text-lg);
    font-weight: var(--_weight-bold);
    font-variant-numeric: tabular-nums;
  }
  fieldset.choice-group {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  fieldset.choice-group legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: var(--_weight-semibold);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: var(--_control-height);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choice:has(input:disabled) {
    color: var(--_muted);
    cursor: not-allowed;
    border-style: dashed;
  }
  .choice:has(input:focus-visible) {
    box-shadow: var(--_focus);
  }
  .choice input {
    margin: 0;
    accent-color: var(--_primary);
  }
`;
