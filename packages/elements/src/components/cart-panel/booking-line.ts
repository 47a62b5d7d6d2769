/**
 * The booking lines of `<cart-panel>`: what a line books, its hold ("Held for 9:41", "Hold
 * expired", "No longer available"), "Check again" for a lapsed hold, and Remove; where the line
 * stands is the core's word (`bookingLineStanding`).
 *
 * @module
 */
import { holdSecondsLeft, type CartLine, type QuoteLine } from '@orderzone/core';
import { bookingLineOtherProblem, bookingLineStanding, bookingStandingBlocks, type BookingLineStanding } from '@orderzone/core/checkout';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCountdown } from '../../controllers/countdown.ts';
import { renderBookingDetails } from '../../parts/booking-details/booking-details.ts';
import { describeCartNotice } from '../product-detail/cart-notice.ts';
import { renderLineImage, renderPersonalization, type CartLineView } from './cart-lines.ts';

/**
 * A booking line: what it books, the hold's countdown or its problem ("Check again" for a lapsed
 * hold), and Remove; no quantity stepper (a booking line is always one).
 */
export function renderBookingLine(view: CartLineView, line: CartLine, quoteLine: QuoteLine | undefined): TemplateResult {
  const { rechecks } = view;
  const title = view.i18n.text(line.seen.title);
  const variantTitle = line.seen.variantTitle === undefined ? '' : view.i18n.text(line.seen.variantTitle);
  const status = bookingLineStanding(line, quoteLine, view.now());
  const details = quoteLine?.booking ?? line.bookingDetails;
  const otherProblem = bookingLineOtherProblem(quoteLine);
  const notice = view.notice(line.key);
  const failed = rechecks.error(line.key);
  const recheckError = failed ? `${view.i18n.t('cartPanel.recheck_failed')} ${describeError(failed, view.i18n.t)}` : undefined;
  const busy = rechecks.busy(line.key);
  const ids = { hold: `hold-${line.key}`, problem: `problem-${line.key}` };
  const problem = bookingStandingBlocks(status) || otherProblem !== undefined;
  return html`
    <li class="line booking ${problem ? 'has-problem' : ''}" part="line" data-line-key=${line.key} data-booking-status=${status ?? nothing}>
      ${renderLineImage(line)}
      <div class="line-body">
        <h3 class="line-title">${title}</h3>
        ${variantTitle ? html`<p class="line-meta">${variantTitle}</p>` : nothing}
        ${details ? renderBookingDetails(details, view.i18n) : nothing} ${renderPersonalization(view, line)}
        ${renderHold(view, line, status, ids, busy)}
        ${otherProblem
          ? html`<p class="line-problem" id=${ids.problem} data-problem=${otherProblem.code}>
              <span aria-hidden="true">⚠ </span>${view.i18n.t('cartPanel.problem', {
                problem: view.i18n.t(`line.${otherProblem.code}`, { available: otherProblem.available ?? 0 }),
                hint: view.i18n.t('cartPanel.problem_hint.remove'),
              })}
            </p>`
          : nothing}
        ${recheckError ? html`<p class="line-problem" role="alert" data-recheck-error>${recheckError}</p>` : nothing}
        ${notice ? html`<p class="line-notice" data-notice=${notice.code}>${describeCartNotice(notice, view.i18n.t)}</p>` : nothing}
        <div class="line-controls">
          ${status === 'hold_expired'
            ? html`<button
                class="button"
                part="recheck-button"
                type="button"
                data-recheck
                ?disabled=${busy}
                aria-busy=${busy ? 'true' : 'false'}
                aria-label=${view.i18n.t('cartPanel.recheck_label', { title })}
                aria-describedby=${ids.hold}
                @click=${() => view.recheck(line)}
              >
                ${busy ? view.i18n.t('cartPanel.rechecking') : view.i18n.t('cartPanel.recheck')}
              </button>`
            : nothing}
          <button class="button link" part="remove" type="button" data-remove aria-label=${view.i18n.t('cartPanel.remove_label', { title })} @click=${() => view.remove(line)}>
            ${view.i18n.t('cartPanel.remove')}
          </button>
        </div>
      </div>
      <div class="line-price">
        <span class="visually-hidden">${view.i18n.t('cartPanel.line_total')}</span>
        ${quoteLine
          ? html`<span class="line-total money" data-line-total>${view.i18n.money(quoteLine.total)}</span>`
          : html`<span class="line-total pending money" data-line-total>${view.i18n.money(line.seen.unitPrice)}</span>`}
      </div>
    </li>
  `;
}

/** The hold of a booking line: "Held for 9:41", "Hold expired…" or "No longer available…". */
function renderHold(view: CartLineView, line: CartLine, status: BookingLineStanding | undefined, ids: { hold: string }, busy: boolean): TemplateResult | typeof nothing {
  if (status === 'held') {
    const seconds = holdSecondsLeft(line, view.now()) ?? 0;
    return html`<p class="hold held" part="hold" id=${ids.hold} data-hold="held">
      <span role="timer" aria-live="off" data-hold-timer>${view.i18n.t('cartPanel.hold_left', { time: formatCountdown(seconds) })}</span>
    </p>`;
  }
  if (status === 'hold_expired') {
    return html`<p class="hold line-problem" part="hold" id=${ids.hold} data-hold="hold_expired">
      <span aria-hidden="true">⚠ </span><strong>${view.i18n.t('cartPanel.hold_expired')}</strong> ${busy ? '' : view.i18n.t('cartPanel.hold_expired_hint')}
    </p>`;
  }
  if (status === 'booking_unavailable') {
    return html`<p class="hold line-problem" part="hold" id=${ids.hold} data-hold="booking_unavailable">
      <span aria-hidden="true">⚠ </span><strong>${view.i18n.t('cartPanel.booking_unavailable')}</strong> ${view.i18n.t('cartPanel.booking_unavailable_hint')}
    </p>`;
  }
  return nothing;
}
