/**
 * Styles of `<product-picker>`: a sidebar of filters beside the results on wide containers, filters
 * behind a button on narrow ones, and a grid that goes from one to four columns with the width of
 * its own container (not the viewport), so the picker fits a sidebar as well as a full page. The
 * filter panel's are beside its code (`catalog-filters.styles.ts`), which loads when it first shows,
 * and the list of the merchant's own cards' beside theirs (`custom-cards.styles.ts`).
 *
 * @module
 */
import { css } from 'lit';
import { textOn } from '../../styles/derived-colours.ts';

export const productPickerStyles = css`
  :host {
    display: block;
    container: oz-picker / inline-size;
    --_min-card: var(--oz-picker-min-card, 220px);
  }
  .picker {
    display: grid;
    gap: calc(var(--_space) * 2.5);
  }

  /* Heading and count */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .heading {
    margin: 0;
    font-size: var(--_text-xl);
    line-height: 1.2;
    letter-spacing: -0.01em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    box-shadow: var(--_focus);
    border-radius: 4px;
  }
  .count {
    margin: 0;
    font-size: 0.925em;
  }

  /* Category chips */
  /* A chip is one line: a category name longer than the row is cut with an ellipsis (the rows
     never grow wider than the picker to fit it). */
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    min-inline-size: 0;
  }
  .category-rows {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    min-inline-size: 0;
  }
  .subcategories .chip {
    min-height: 34px;
    font-size: var(--_text-sm);
    background: var(--_surface-alt);
    border-color: transparent;
  }
  .subcategories .chip[aria-pressed='true'] {
    background: var(--_surface);
    border-color: var(--_text);
    color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    min-height: 40px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.925em;
    font-weight: var(--_weight-medium);
    cursor: pointer;
    transition: background var(--_transition), border-color var(--_transition), color var(--_transition);
    max-inline-size: 100%;
  }
  .categories li {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .chip-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip:hover {
    border-color: var(--_muted);
  }
  .chip[aria-pressed='true'] {
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_surface);
  }
  .chip:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .chip-skeleton {
    width: 84px;
    border: 0;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .search {
    position: relative;
    flex: 1 1 260px;
    margin: 0;
  }
  .search-icon {
    position: absolute;
    inset-inline-start: calc(var(--_space) * 1.5);
    top: 50%;
    transform: translateY(-50%);
    display: flex;
    color: var(--_muted);
    pointer-events: none;
  }
  .search-input {
    padding-inline-start: calc(var(--_space) * 4.5);
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .sort .label {
    white-space: nowrap;
    color: var(--_muted);
    font-weight: var(--_weight-medium);
  }
  .sort select {
    width: auto;
    min-width: 11em;
  }
  .view-toggle {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .view-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 42px;
    border: 0;
    background: var(--_surface);
    color: var(--_muted);
    cursor: pointer;
  }
  .view-button + .view-button {
    border-inline-start: 1px solid var(--_border);
  }
  .view-button[aria-pressed='true'] {
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .view-button:focus-visible {
    outline: none;
    box-shadow: inset var(--_focus);
  }
  .filters-toggle[aria-expanded='true'] {
    border-color: var(--_text);
  }

  /* Filters and results side by side */
  .body {
    display: grid;
    grid-template-columns: minmax(200px, 240px) minmax(0, 1fr);
    gap: calc(var(--_space) * 4);
    align-items: start;
  }
  /* The shopper hid the filters: the results take the whole width. */
  .body.filters-hidden {
    grid-template-columns: minmax(0, 1fr);
  }
  /* Results */
  .results {
    container: oz-results / inline-size;
    min-width: 0;
    /* The last column, beside the filters' place even before the panel is rendered (it renders when first shown). */
    grid-column: -2 / -1;
    scroll-margin-top: calc(var(--_space) * 2);
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
    transition: opacity var(--_transition);
  }
  .grid > li {
    display: flex;
    min-width: 0;
    /* Cards out of view are not laid out or painted until scrolled to (issue 16: layout was most of
       a first render); the size each had once shown is kept. Its paint containment clips at the
       card's edge: the margin keeps the hover shadow and the focus ring whole. */
    content-visibility: auto;
    contain-intrinsic-size: auto 360px;
    overflow-clip-margin: 24px;
  }
  .grid.stale {
    opacity: 0.55;
  }
  @container oz-results (min-width: 300px) {
    .grid.grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container oz-results (min-width: 640px) {
    .grid.grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container oz-results (min-width: 900px) {
    .grid.grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .grid.list {
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  /* Cards */
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    width: 100%;
    border: 1px solid var(--oz-picker-card-border-color, var(--_card-border));
    border-radius: var(--oz-picker-card-radius, var(--_card-radius));
    background: var(--oz-picker-card-bg, var(--_card-bg));
    overflow: hidden;
    transition: box-shadow var(--_transition), border-color var(--_transition), transform var(--_transition);
  }
  .card:hover {
    box-shadow: var(--oz-picker-card-shadow, var(--_card-shadow));
    border-color: color-mix(in srgb, var(--_border) 60%, var(--_muted));
  }
  .card:has(.card-link:focus-visible) {
    box-shadow: var(--_focus);
    border-color: var(--_primary);
  }
  .card-media {
    position: relative;
    aspect-ratio: 1 / 1;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .card-media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    transition: transform calc(var(--_duration) * 2) var(--_easing);
  }
  .card:hover .card-media img {
    transform: scale(1.03);
  }
  @media (prefers-reduced-motion: reduce) {
    .card:hover .card-media img {
      transform: none;
    }
  }
  .card-placeholder {
    display: block;
    width: 100%;
    height: 100%;
  }
  .card-flags {
    position: absolute;
    top: var(--_space);
    inset-inline-start: var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .flag {
    padding: 2px 8px;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: var(--_weight-bold);
    letter-spacing: 0.02em;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1px 2px color-mix(in srgb, var(--_text) 10%, transparent);
  }
  .flag.sale {
    background: var(--oz-badge-sale-bg, var(--_sale));
    color: var(--oz-badge-sale-text, ${textOn('var(--oz-badge-sale-bg, var(--_sale))')});
  }
  .card-body {
    display: flex;
    flex-direction: column;
    gap: 6px;
    flex: 1;
    padding: calc(var(--_space) * 1.75) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  .card-title {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_weight-semibold);
    line-height: 1.35;
  }
  .card-link {
    all: unset;
    cursor: pointer;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .card-subtitle {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-sm);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .card-footer {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
    margin-top: auto;
    padding-top: 6px;
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px calc(var(--_space) * 0.75);
    margin: 0;
  }
  .price-now {
    font-size: 1.1em;
    font-weight: var(--_weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .card:has(.price-was) .price-now {
    color: var(--_sale);
  }
  .price-was {
    font-size: var(--_text-sm);
  }
  /* The dot and the text apart by a gap, not a margin, so they stay apart whichever way the text runs. */
  .stock {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    font-size: 0.8em;
    font-weight: var(--_weight-semibold);
    white-space: nowrap;
  }
  .stock::before {
    content: '';
    flex: none;
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: currentColor;
  }
  .stock.stock-in_stock {
    color: var(--_success);
  }
  .stock.stock-low_stock {
    color: var(--_warning);
  }
  .stock.stock-out_of_stock {
    color: var(--_danger);
  }
  /* Bookable products: how they are booked, in the accent colour; "Fully booked" keeps the danger colour. */
  .stock.booking:not(.stock-out_of_stock) {
    color: var(--_primary-text);
  }
  .stock.booking::before {
    border-radius: 1px;
  }
  .card.stock-out_of_stock .card-media img {
    opacity: 0.6;
  }

  /* List view */
  .grid.list .card {
    flex-direction: row;
  }
  .grid.list .card-media {
    flex: 0 0 clamp(96px, 28%, 180px);
    aspect-ratio: 1 / 1;
  }
  .grid.list .card-body {
    justify-content: center;
  }
  .grid.list .card-footer {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    margin-top: 4px;
    gap: 4px calc(var(--_space) * 2);
  }

  @container oz-results (max-width: 560px) {
    .grid {
      gap: calc(var(--_space) * 1.5);
    }
    .card-body {
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    }
    .card-subtitle {
      display: none;
    }
  }

  /* Skeleton cards */
  .skeleton-card {
    pointer-events: none;
  }
  .skeleton-card .card-media {
    border-radius: 0;
  }
  .skeleton-card .line {
    height: 0.9em;
    margin: 4px 0;
  }
  .skeleton-card .price-line {
    height: 1.2em;
    margin-top: 10px;
  }

  /* Empty and error states */
  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 6) calc(var(--_space) * 3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    text-align: center;
  }
  .state-title {
    margin: 0;
    font-size: var(--_text-lg);
    font-weight: var(--_weight-bold);
  }
  .state-body {
    margin: 0 0 var(--_space);
    max-width: 42ch;
  }
  .error-state {
    border-style: solid;
    border-color: color-mix(in srgb, var(--_danger) 35%, var(--_border));
    background: color-mix(in srgb, var(--_danger) 5%, var(--_surface));
  }

  /* Pagination */
  .pagination {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 4);
  }
  .page-status {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* Narrow containers: filters behind a button, stacked layout */
  @container oz-picker (max-width: 760px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 2.5);
    }
    .sort .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  }
  @container oz-picker (max-width: 480px) {
    .search {
      flex-basis: 100%;
    }
    .sort {
      flex: 1 1 0;
      min-width: 0;
    }
    .sort select {
      width: 100%;
      min-width: 0;
    }
    .heading {
      font-size: 1.35em;
    }
    .view-toggle {
      display: none;
    }
  }
`;
