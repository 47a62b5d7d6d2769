/**
 * What the payment step shows without its live code: the cards of an order with nothing left to pay
 * ("Payment received", "Nothing to pay now") and the clock the live step runs on. `<order-detail>`
 * renders these itself and loads the live step (`payment-step.ts`: the payment watch, the QR code,
 * the countdown) only for an order the shopper still has to pay; `<order-confirmation>` has both.
 *
 * It is a template part, rendered in its host's shadow root: `part` names here are the host's.
 *
 * @module
 */
import type { Translate } from '@orderzone/core';
import { realClock, type WatchClock } from '@orderzone/core/orders';
import { html, type TemplateResult } from 'lit';

/** Timers and the current time; injectable so tests can drive the countdown by hand. */
export interface PaymentClock extends WatchClock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock. */
export const realPaymentClock: PaymentClock = { ...realClock, now: () => Date.now() };

/** The two cards of an order with nothing left to pay (core `paymentCard`): their class, `data-payment` and text. */
const SETTLED = {
  received: { tone: 'done', data: 'paid', text: 'payment.received' },
  nothing_to_do: { tone: 'none', data: 'none', text: 'payment.nothing_to_do' },
} as const;

/** The card of an order whose payment went through (`received`) or that needs none now (`nothing_to_do`). */
export function renderSettledPayment(card: keyof typeof SETTLED, t: Translate): TemplateResult {
  const { tone, data, text } = SETTLED[card];
  return html`<section class="card payment ${tone}" part="payment" aria-labelledby="payment-heading" data-payment=${data}>
    <h3 id="payment-heading">${t('payment.heading')}</h3>
    <p>${t(text)}</p>
  </section>`;
}
