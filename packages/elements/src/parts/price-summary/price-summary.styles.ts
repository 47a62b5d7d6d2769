/**
 * Styles of the price summary and the priced lines (with the booking details under a booking line);
 * included by every element that renders one.
 *
 * @module
 */
import { css } from 'lit';
import { bookingDetailsStyles } from '../booking-details/booking-details.styles.ts';

export const priceSummaryStyles = css`
  ${bookingDetailsStyles}
  .price-summary {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .price-summary .summary-row {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
  .price-summary dt,
  .price-summary dd {
    margin: 0;
  }
  .price-summary dd {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-align: end;
  }
  .price-summary .summary-row.discount dd {
    color: var(--_success);
  }
  .price-summary .summary-row.included {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .price-summary .summary-row.total {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 1.25);
    font-size: var(--_text-lg);
    font-weight: var(--_weight-bold);
  }
  .price-summary .calculating {
    color: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }
  /* The priced lines (quote-lines.ts); hosts size them with the private variables set here. */
  .summary-lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .summary-line {
    display: grid;
    grid-template-columns: var(--_line-image-size, 52px) 1fr auto;
    gap: calc(var(--_space) * 1.5);
    align-items: center;
  }
  .summary-line img,
  .summary-line .image-placeholder {
    width: var(--_line-image-size, 52px);
    height: var(--_line-image-size, 52px);
    border-radius: calc(var(--_radius) * 0.6);
    object-fit: cover;
    background: var(--_line-image-bg, var(--_surface));
  }
  .summary-line-text {
    display: grid;
    font-size: var(--_line-text-size, 1em);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .summary-line-title {
    font-weight: var(--_weight-semibold);
  }
  .summary-line-total {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_weight-semibold);
  }
  /* What a booking line books: under its title and total, as wide as both (on a phone the title's
     column alone is a few words wide). */
  .summary-line-booking {
    grid-column: 2 / -1;
    min-width: 0;
    margin-block-start: calc(var(--_space) * -0.75);
  }
  .summary-line.booking {
    align-items: start;
  }
`;
