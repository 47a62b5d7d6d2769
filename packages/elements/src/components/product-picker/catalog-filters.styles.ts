/**
 * Styles of `<product-picker>`'s filter panel (`catalog-filters.ts`): beside the results on wide
 * containers, below the toolbar in a box of its own on narrow ones. They join the picker's styles
 * when the panel's code arrives, the first time it shows.
 *
 * @module
 */
import { css } from 'lit';

export const catalogFiltersStyles = css`
  .filters {
    display: grid;
    gap: calc(var(--_space) * 3);
    position: sticky;
    top: calc(var(--_space) * 2);
  }
  .filters.closed {
    display: none;
  }
  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .facet-title {
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: var(--_weight-bold);
    font-size: 0.8em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .price-range {
    display: flex;
    align-items: end;
    gap: var(--_space);
  }
  .price-field {
    display: grid;
    gap: 4px;
    flex: 1;
    min-width: 0;
  }
  .price-field .label {
    font-weight: var(--_weight-medium);
    font-size: 0.8em;
    color: var(--_muted);
  }
  .price-dash {
    padding-bottom: 10px;
    color: var(--_muted);
  }
  .facet-values {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.25);
    min-height: 36px;
    cursor: pointer;
  }
  .check input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  .check-label {
    flex: 1;
  }
  .check-count {
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .clear-filters {
    justify-self: start;
  }
  .field-error {
    margin: var(--_space) 0 0;
  }

  /* Narrow containers: the panel opens below the toolbar, in a box of its own. */
  @container oz-picker (max-width: 760px) {
    .filters:not(.open) {
      display: none;
    }
    .filters {
      position: static;
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }
`;
