/**
 * Styles of the order's details block (`renderOrderDetails`), for the hosts that render it.
 *
 * @module
 */
import { css } from 'lit';

/** The details block's layout: as many columns as fit, 220px at least. */
export const orderDetailsStyles = css`
  .details {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
  }
`;
