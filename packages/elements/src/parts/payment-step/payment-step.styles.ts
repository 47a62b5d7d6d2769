/**
 * Styles of the live payment step (`payment-step.ts`); its hosts add them to their own, after the
 * card's (`payment-card.styles.ts`).
 *
 * @module
 */
import { css } from 'lit';

/** The live step (`payment-step.ts`): a problem, a total to accept, the QR code, the countdown and "check now". */
export const paymentStepStyles = css`
  .payment.stuck {
    border-color: var(--_danger);
  }
  .payment.total-change {
    border-color: var(--_warning);
  }
  .total-change .totals {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    width: 100%;
  }
  .total-change .totals div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  .total-change dd {
    margin: 0;
    font-weight: var(--oz-font-weight-bold, 700);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .total-change .charged dd {
    font-size: var(--oz-font-size-lg, 1.15em);
  }
  .payment-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qr {
    display: grid;
    gap: var(--_space);
    justify-items: center;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    width: 100%;
    box-sizing: border-box;
  }
  .qr img {
    width: min(220px, 60vw);
    height: auto;
    image-rendering: pixelated;
    background: white;
    padding: var(--_space);
    border-radius: calc(var(--_radius) * 0.6);
  }
  .qr-code {
    width: min(220px, 60vw);
    height: auto;
    border-radius: calc(var(--_radius) * 0.6);
  }
  .qr-code + .qr-payload {
    font-size: 0.75em;
    color: var(--_muted);
  }
  .qr-payload {
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--_muted);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    font-family: var(--_font-mono);
    font-size: 0.9em;
    overflow-wrap: anywhere;
    max-width: 100%;
  }
  .qr-label {
    font-weight: var(--_weight-bold);
  }
  .countdown {
    font-weight: var(--_weight-semibold);
    font-variant-numeric: tabular-nums;
  }
  .check-payment {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.5);
  }
  .check-payment .button {
    padding-inline: 0;
  }
  .check-payment p {
    margin: 0;
  }
`;
