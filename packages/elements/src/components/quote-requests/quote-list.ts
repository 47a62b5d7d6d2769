/**
 * `<quote-requests>`'s list of the shopper's requests: each one's status, lines, the merchant's
 * offer and until when it holds, what the status means now, and Accept, Add again and
 * Decline / Withdraw.
 *
 * @module
 */
import type { AsyncState, LocalizedText, Rfq } from '@orderzone/core';
import { allowedRfqBuyerActions, rfqReference, rfqStatusAt, rfqStatusTone } from '@orderzone/core/rfq';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { formatCalendarDate, formatInstant } from '../../i18n/date-format.ts';

/** What the list shows and what its buttons do in `<quote-requests>`. */
export interface QuoteListView {
  i18n: LocaleController;
  rfqs: AsyncState<Rfq[]>;
  /** The request being accepted or declined. */
  busyId: string | undefined;
  decide: (rfq: Rfq, action: 'accept' | 'decline' | 'checkout') => void;
  /** Loads the requests again after the list could not be loaded. */
  retry: () => void;
  /** What the last action said about `rfqId`, shown in that request. */
  feedback: (rfqId: string) => TemplateResult;
}

/** An item's name as shown: its title, and its variant's after a dot. */
export function itemName(i18n: LocaleController, line: { title: LocalizedText; variantTitle?: LocalizedText }): string {
  const variant = line.variantTitle ? i18n.text(line.variantTitle) : '';
  return variant ? `${i18n.text(line.title)} · ${variant}` : i18n.text(line.title);
}

/** An instant (`withTime`: with the time) or a calendar date (`YYYY-MM-DD`) in the shown language; as given if neither. */
function formatDate(i18n: LocaleController, iso: string, withTime = false): string {
  return formatCalendarDate(iso, i18n.locale) ?? formatInstant(iso, i18n.locale, withTime ? 'dateTime' : 'date') ?? iso;
}

/** What the status of `rfq` means for the shopper now, under its lines. */
function renderOutcome(i18n: LocaleController, rfq: Rfq, status: string): TemplateResult | typeof nothing {
  const t = i18n.t;
  const expires = rfq.offer ? formatDate(i18n, rfq.offer.expiresAt, true) : '';
  if (rfq.orderNumber) return html`<p class="notice success" data-outcome>${t('quotes.ordered', { orderNumber: rfq.orderNumber })}</p>`;
  switch (status) {
    case 'accepted': return html`<p class="notice success" data-outcome>${t('quotes.accepted_note', { date: expires })}</p>`;
    case 'expired': return html`<p class="notice error" data-outcome>${t('quotes.expired_note', { date: expires })}</p>`;
    case 'withdrawn': return html`<p class="notice error" data-outcome>${t('quotes.withdrawn_note')}</p>`;
    case 'declined': return html`<p class="muted" data-outcome>${t('quotes.declined_note')}</p>`;
    default: return nothing;
  }
}

function renderRequest(view: QuoteListView, rfq: Rfq, now: Date): TemplateResult {
  const i18n = view.i18n;
  const t = i18n.t;
  const status = rfqStatusAt(rfq, now);
  const actions = allowedRfqBuyerActions(rfq, now);
  const busy = view.busyId === rfq.id;
  const headingId = `rfq-${rfq.id}-heading`;
  return html`<li class="request" part="request" data-rfq=${rfq.id} data-status=${status} tabindex="-1" aria-labelledby=${headingId}>
      <div class="request-head">
        <h4 id=${headingId}>${t('quotes.request', { number: rfqReference(rfq) })}</h4>
        <span class="badge" part="status" data-tone=${rfqStatusTone(status)} data-status-text>${t(`quotes.status.${status}`)}</span>
      </div>
      <p class="muted small">${t('quotes.sent_on', { date: formatDate(i18n, rfq.createdAt), target: formatDate(i18n, rfq.targetDate) })}</p>
      <table class="request-lines">
        <thead>
          <tr>
            <th scope="col">${t('quotes.col.item')}</th>
            <th scope="col" class="num">${t('quotes.col.quantity')}</th>
            <th scope="col" class="num list-price">${t('quotes.col.list_price')}</th>
            <th scope="col" class="num">${t('quotes.col.quoted_price')}</th>
          </tr>
        </thead>
        <tbody>
          ${rfq.lines.map(
            (line) => html`<tr data-line=${line.variantId}>
              <th scope="row">${itemName(i18n, line)}<span class="muted sku">${line.sku}</span></th>
              <td class="num">${line.quantity}</td>
              <td class="num money list-price">${i18n.money(line.listUnitPrice)}</td>
              <td class="num money quoted" data-quoted>${line.unitPrice ? i18n.money(line.unitPrice) : t('quotes.not_quoted')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${rfq.offer
        ? html`<div class="offer">
            <p class="offer-total">${t('quotes.offer_total')} <strong class="money" data-offer-total>${i18n.money(rfq.offer.total)}</strong></p>
            <p class="muted" data-expires>${t('quotes.valid_until', { date: formatDate(i18n, rfq.offer.expiresAt, true) })}</p>
          </div>
          ${rfq.offer.note ? html`<p class="note" data-merchant-note>${t('quotes.merchant_note', { note: rfq.offer.note })}</p>` : nothing}`
        : nothing}
      ${rfq.note ? html`<p class="muted note">${t('quotes.your_note', { note: rfq.note })}</p>` : nothing}
      ${renderOutcome(i18n, rfq, status)}
      ${view.feedback(rfq.id)}
      ${actions.length > 0
        ? html`<div class="actions">
            ${actions.includes('accept')
              ? html`<button class="button primary" part="accept-button" type="button" data-accept ?disabled=${busy} @click=${() => view.decide(rfq, 'accept')}>${t('quotes.accept')}</button>`
              : nothing}
            ${actions.includes('checkout')
              ? html`<button class="button" type="button" data-add-again ?disabled=${busy} @click=${() => view.decide(rfq, 'checkout')}>${t('quotes.add_again')}</button>`
              : nothing}
            ${actions.includes('decline')
              ? html`<button class="button" part="decline-button" type="button" data-decline ?disabled=${busy} @click=${() => view.decide(rfq, 'decline')}>
                  ${t(status === 'requested' ? 'quotes.withdraw' : 'quotes.decline')}
                </button>`
              : nothing}
          </div>`
        : nothing}
    </li>`;
}

/** The shopper's requests, newest first; "loading", "none" or what went wrong with a retry. */
export function renderQuoteList(view: QuoteListView): TemplateResult {
  const t = view.i18n.t;
  const rfqs = view.rfqs;
  const list = rfqs.status === 'idle' ? undefined : rfqs.data;
  const now = new Date();
  let body: TemplateResult;
  if (list && list.length > 0) body = html`<ul class="requests">${list.map((rfq) => renderRequest(view, rfq, now))}</ul>`;
  else if (rfqs.status === 'error') body = html``;
  else if (rfqs.status === 'ready') body = html`<p class="muted" data-none>${t('quotes.none')}</p>`;
  else body = html`<p class="muted" role="status">${t('quotes.loading')}</p>`;
  return html`<section class="list" part="list" aria-labelledby="quotes-list-heading" aria-busy=${rfqs.status === 'loading' ? 'true' : 'false'}>
      <h3 id="quotes-list-heading">${t('quotes.list_heading')}</h3>
      ${rfqs.status === 'error'
        ? html`<div class="notice error" role="alert" data-list-error>
            <p>${describeError(rfqs.error, t)}</p>
            <button class="button" type="button" @click=${view.retry}>${t('common.retry')}</button>
          </div>`
        : nothing}
      ${body}
    </section>`;
}
