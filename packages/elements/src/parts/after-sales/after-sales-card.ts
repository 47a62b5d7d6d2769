/**
 * The "Refunds and returns" card of `<order-detail>`: every refund and return request of the order,
 * oldest first, with its status, each line's status ("Refunded", "1 of 2 accepted: send it back",
 * "Declined") and amount, the shopper's reason and photos, the shop's note, and what has been
 * refunded so far. It renders the order as the backend recorded it (`order.afterSales`,
 * `order.refunded`) and decides nothing.
 *
 * Rendered in the shadow root of `<order-detail>`, so its parts are the host's: `after-sales`,
 * `after-sale` (one request), `after-sale-status`.
 *
 * @module
 */
import { safeImageUrl, type AfterSale, type AfterSaleLine, type Order } from '@orderzone/core';
import { afterSaleLineAmount, afterSaleStatusTone, afterSaleSum, partlyAccepted } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryFormatters } from '../price-summary/price-summary.ts';

/** How the host formats a date-time. */
export interface AfterSalesFormatters extends SummaryFormatters {
  date(iso: string | undefined): string | undefined;
}

/** A line's status in words, with how many units the shop accepted when it took only some. */
function lineStatus(line: AfterSaleLine, f: SummaryFormatters): string {
  const accepted = line.accepted ?? line.quantity;
  return f.t(`after_sale.line_status.${line.status}${partlyAccepted(line) ? '_some' : ''}`, { accepted, quantity: line.quantity });
}

function renderSale(order: Order, sale: AfterSale, f: AfterSalesFormatters): TemplateResult {
  const date = f.date(sale.requestedAt);
  const sum = afterSaleSum(sale);
  return html`<li class="after-sale" part="after-sale" data-after-sale=${sale.id} data-after-sale-status=${sale.status}>
    <div class="after-sale-head">
      <span class="after-sale-kind">${f.t(`after_sale.kind.${sale.kind}`)}</span>
      <span class="badge after-sale-badge ${sale.status}" part="after-sale-status" data-tone=${afterSaleStatusTone(sale.status)}>${f.t(`after_sale.status.${sale.status}`)}</span>
      ${date ? html`<time class="muted" datetime=${sale.requestedAt}>${date}</time>` : nothing}
    </div>
    <ul class="after-sale-items">
      ${sale.lines.map((line) => {
        const orderLine = order.lines[line.lineIndex];
        const title = orderLine ? f.text(orderLine.title) : f.t('after_sale.unknown_line', { n: line.lineIndex + 1 });
        const amount = afterSaleLineAmount(line);
        return html`<li class="after-sale-item ${line.status}" data-line-status=${line.status} data-line=${line.lineIndex}>
          <span class="after-sale-item-title">${f.t('after_sale.item', { title, quantity: line.quantity })}</span>
          <span class="after-sale-item-status">${lineStatus(line, f)}</span>
          <span class="after-sale-item-amount">${amount ? f.money(amount) : nothing}</span>
        </li>`;
      })}
    </ul>
    <p class="after-sale-sum">
      ${sum === 'refunded' && sale.refunded
        ? html`<span data-after-sale-refunded>${f.t('after_sale.refunded', { amount: f.money(sale.refunded) })}</span>`
        : sum === 'asked'
          ? html`<span data-after-sale-asked>${f.t('after_sale.asked', { amount: f.money(sale.amount) })}</span>`
          : nothing}
    </p>
    ${sale.reason ? html`<p class="after-sale-reason"><span class="muted">${f.t('after_sale.reason')}</span> ${sale.reason}</p>` : nothing}
    ${sale.photos.length > 0
      ? html`<ul class="photos sent">
          ${sale.photos.map((photo, index) => {
            const url = safeImageUrl(photo.url);
            return url ? html`<li class="photo"><img src=${url} alt=${f.t('detail.sent_photo_alt', { n: index + 1 })} /></li>` : nothing;
          })}
        </ul>`
      : nothing}
    ${sale.note ? html`<p class="after-sale-note"><span class="muted">${f.t('after_sale.note')}</span> ${sale.note}</p>` : nothing}
  </li>`;
}

/** Renders the card, or nothing when the order has no request recorded by line. */
export function renderAfterSales(order: Order, f: AfterSalesFormatters): TemplateResult | typeof nothing {
  const sales = order.afterSales ?? [];
  if (sales.length === 0) return nothing;
  return html`<section class="card after-sales" part="after-sales" aria-labelledby="after-sales-heading" data-after-sales>
    <h3 id="after-sales-heading">${f.t('after_sale.heading')}</h3>
    ${order.refunded && order.refunded.amount > 0
      ? html`<p class="after-sales-refunded" data-refunded-total>${f.t('after_sale.refunded_total', { amount: f.money(order.refunded), total: f.money(order.total) })}</p>`
      : nothing}
    <ol class="after-sale-list">
      ${sales.map((sale) => renderSale(order, sale, f))}
    </ol>
  </section>`;
}
