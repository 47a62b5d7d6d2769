/**
 * What happened to an order, as `<order-detail>` shows it: the timeline of every status it went
 * through (each event named on its own), the carrier and tracking number, where to send a return,
 * and a return request of a backend that does not record requests by line.
 *
 * @module
 */
import { safeImageUrl, type Order, type OrderHistoryEntry } from '@orderzone/core';
import { historyEvent, pendingReturnInstructions, shopperActionWording } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderPostalAddress } from '../../parts/address-fields/postal-address.ts';

/** How the record formats: the element's texts, and its dates (`undefined` for none or a bad one). */
export interface OrderRecordFormat {
  i18n: LocaleController;
  formatDate(iso: string | undefined): string | undefined;
}

/**
 * A timeline entry named by what happened (the core's `historyEvent`): "Order placed", "Shipping
 * address changed", "Refund declined"...; the status entered when the entry names no event this
 * version knows.
 */
function historyLabel(entry: OrderHistoryEntry, index: number, order: Order, t: LocaleController['t']): string {
  const event = historyEvent(entry, index);
  if (event === 'change_address' || event === 'cancel') return t(`detail.history.${shopperActionWording(event, order)}`);
  return event ? t(`detail.history.${event}`) : t(`confirmation.status.${entry.status}`);
}

/** The list of statuses the order went through, newest last and marked current. */
export function renderTimeline(order: Order, { i18n, formatDate }: OrderRecordFormat): TemplateResult | typeof nothing {
  const history = order.history ?? [];
  if (history.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="timeline-heading">
    <h3 id="timeline-heading">${i18n.t('detail.timeline')}</h3>
    <ol class="timeline" part="timeline">
      ${history.map(
        (entry, index) => html`<li class=${index === history.length - 1 ? 'current' : ''} aria-current=${index === history.length - 1 ? 'step' : nothing}>
          <span class="timeline-status" data-history=${historyEvent(entry, index) ?? entry.status}>${historyLabel(entry, index, order, i18n.t)}</span>
          ${formatDate(entry.at) ? html`<time class="muted" datetime=${entry.at}>${formatDate(entry.at)}</time>` : nothing}
          ${entry.note ? html`<span class="timeline-note">${entry.note}</span>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** Carrier and tracking number, once the order has them. */
export function renderTracking(order: Order, { i18n }: OrderRecordFormat): TemplateResult | typeof nothing {
  if (!order.tracking) return nothing;
  return html`<section class="card" part="tracking" aria-labelledby="tracking-heading" data-tracking>
    <h3 id="tracking-heading">${i18n.t('detail.tracking')}</h3>
    <dl class="pairs">
      <div><dt>${i18n.t('detail.carrier')}</dt><dd>${order.tracking.carrier}</dd></div>
      <div><dt>${i18n.t('detail.tracking_number')}</dt><dd class="mono" data-tracking-number>${order.tracking.number}</dd></div>
    </dl>
  </section>`;
}

/** Where to send a return while one awaits the goods, and a return request not recorded by line. */
export function renderReturn(order: Order, { i18n }: OrderRecordFormat): TemplateResult | typeof nothing {
  // A backend of contract 2.1 records requests by line: the "Refunds and returns" card shows the
  // request, and where to send the goods only while the latest return awaits them.
  const byLine = (order.afterSales?.length ?? 0) > 0;
  const request = byLine ? undefined : order.returnRequest;
  const instructions = pendingReturnInstructions(order);
  if (!request && !instructions) return nothing;
  return html`${instructions
    ? html`<section class="card" part="return-instructions" aria-labelledby="return-instructions-heading" data-return-instructions>
        <h3 id="return-instructions-heading">${i18n.t('detail.return_instructions')}</h3>
        <p>${i18n.t('detail.return_send_to')}</p>
        <p>${instructions.recipient}${instructions.phone ? html` · ${instructions.phone}` : nothing}</p>
        ${renderPostalAddress(instructions.address, i18n.locale)}
        ${instructions.note ? html`<p class="muted">${instructions.note}</p>` : nothing}
      </section>`
    : nothing}
  ${request
    ? html`<section class="card" aria-labelledby="return-request-heading" data-return-request>
        <h3 id="return-request-heading">${i18n.t('detail.return_request')}</h3>
        <p>${request.reason}</p>
        ${request.photos.length > 0
          ? html`<ul class="photos sent">
              ${request.photos.map((photo, index) => {
                const url = safeImageUrl(photo.url);
                return url ? html`<li class="photo"><img src=${url} alt=${i18n.t('detail.sent_photo_alt', { n: index + 1 })} /></li>` : nothing;
              })}
            </ul>`
          : nothing}
      </section>`
    : nothing}`;
}
