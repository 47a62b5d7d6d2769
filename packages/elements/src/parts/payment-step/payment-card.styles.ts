/**
 * Styles of the payment step's card (`payment-card.ts`): all an order with nothing left to pay
 * needs. Its hosts add them to their own, before the live step's (`payment-step.styles.ts`).
 *
 * @module
 */
import { css } from 'lit';

/** The card of every payment step (`payment-card.ts`): what an order with nothing left to pay needs. */
export const paymentCardStyles = css`
  .payment {
    border-width: 2px;
    border-color: var(--_primary);
    display: grid;
    gap: calc(var(--_space) * 1.5);
    justify-items: start;
  }
  .payment.none,
  .payment.done {
    border-color: var(--_border);
    border-width: 1px;
  }
  .payment p {
    margin: 0;
  }
`;
