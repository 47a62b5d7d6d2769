/**
 * Styles of the booking details part; composed into price-summary.styles.ts, so every element that
 * renders priced lines has them.
 *
 * @module
 */
import { css } from 'lit';

export const bookingDetailsStyles = css`
  .booking-details {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: var(--_text-sm);
    color: var(--_muted);
  }
  .booking-details .booking-row {
    display: grid;
    grid-template-columns: minmax(5.5em, max-content) 1fr;
    gap: calc(var(--_space) * 1);
    align-items: baseline;
  }
  .booking-details dt {
    font-weight: var(--_weight-semibold);
  }
  .booking-details dd {
    margin: 0;
    color: var(--_text);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .booking-details .booking-nightly {
    color: var(--_muted);
  }
  .booking-seats {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1);
  }
`;
