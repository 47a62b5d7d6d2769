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
  /* Label and value side by side; in a narrow column the value goes under its label rather than
     being squeezed until its prices break. */
  .booking-details .booking-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1);
    align-items: baseline;
  }
  .booking-details dt {
    flex: 0 0 auto;
    min-inline-size: 5.5em;
    font-weight: var(--_weight-semibold);
  }
  .booking-details dd {
    flex: 1 1 10em;
    margin: 0;
    color: var(--_text);
    min-width: 0;
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
