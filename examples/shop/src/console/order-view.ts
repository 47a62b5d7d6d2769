/**
 * What the console shows of one order, for the merchant fulfilling it: who ordered and how to reach
 * them, where it goes, each line to prepare with its personalization text and what a booking books
 * (dates, times, seats, in the shop's time zone), the money (totals, payments at the provider,
 * refunds), and the order's history. Plain render functions over the admin API's answer; the
 * element (`merchant-console.ts`) holds the state.
 */
import { formatMoney, localize, type AfterSale, type Address, type BookingDetails, type Order, type Product, type QuoteLine, type Translate } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { OrderRecord, PaymentView, RefundView } from './admin-client.ts';

/** What the render functions need from the page. */
export interface ViewContext {
  t: Translate;
  locale: string;
  /** Products by id, once loaded (the names of personalization fields and choices). */
  products: ReadonlyMap<string, Product>;
}

/** A date-time as the merchant reads it (in the browser's zone). */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A calendar date (`2026-12-20`, a day with no time zone) in the merchant's language: "Dec 20, 2026", "2026年12月20日". */
export function formatCalendarDate(date: string, locale: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return day ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : date;
}

/** An address on one line, as it is written on a parcel in the address's country. */
export function formatAddress(address: Address): string {
  const street = [address.line1, address.line2].filter(Boolean).join(' ');
  return address.country === 'CN'
    ? [address.region, address.city, address.district, street, address.postalCode].filter(Boolean).join(' ')
    : [street, address.district, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
}

/** A calendar date (`2026-05-01`) with its weekday, as written in `locale`. */
function calendarDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(`${date}T12:00:00Z`));
}

function row(label: string, value: unknown, name?: string): TemplateResult {
  return html`<div data-row=${name ?? nothing}><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** What a booking line books, in the shop's time zone (where the service happens). */
function renderBooking(details: BookingDetails, { t, locale }: ViewContext): TemplateResult {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const when = (start: string, end?: string) => {
    const format = new Intl.DateTimeFormat(locale, { timeZone: details.timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    return end ? format.formatRange(new Date(start), new Date(end)) : format.format(new Date(start));
  };
  let rows: TemplateResult[];
  switch (details.type) {
    case 'time_slot':
      rows = [
        row(t('console.booking.when'), when(details.start, details.end), 'when'),
        ...(details.resourceName !== undefined ? [row(t('console.booking.with'), text(details.resourceName))] : []),
        ...(details.onSite ? [row(t('console.service_at'), t('console.booking.on_site'))] : []),
      ];
      break;
    case 'stay':
      rows = [
        row(t('console.booking.check_in'), t('console.booking.date_time', { date: calendarDate(details.checkIn, locale), time: details.checkInTime }), 'check-in'),
        row(t('console.booking.check_out'), t('console.booking.date_time', { date: calendarDate(details.checkOut, locale), time: details.checkOutTime }), 'check-out'),
        row(t('console.booking.nights', { count: details.nights.length }), details.nights.map((night) => calendarDate(night.date, locale)).join(' · ')),
      ];
      break;
    case 'seats':
      rows = [
        row(t('console.booking.session'), details.sessionLabel !== undefined ? `${text(details.sessionLabel)} · ${when(details.startsAt)}` : when(details.startsAt), 'when'),
        ...(details.venue !== undefined ? [row(t('console.booking.venue'), text(details.venue))] : []),
        row(
          t('console.booking.seats'),
          html`<ul class="seats">${details.seats.map((seat) => html`<li>${t('console.booking.seat', { seat: text(seat.label), zone: text(seat.zoneName) })}</li>`)}</ul>`,
          'seats',
        ),
      ];
      break;
  }
  return html`<dl class="booking" data-booking=${details.type}>${rows}</dl>
    <p class="muted small">${t('console.booking.time_zone', { timeZone: details.timeZone })}</p>`;
}

/** The line's personalization: each field's name and what the shopper typed or chose. */
function renderPersonalization(line: QuoteLine, { t, locale, products }: ViewContext): TemplateResult | typeof nothing {
  const entries = Object.entries(line.personalization);
  if (entries.length === 0) return nothing;
  const fields = products.get(line.productId)?.personalization ?? [];
  return html`<dl class="personalization" aria-label=${t('console.personalization')}>
    ${entries.map(([id, value]) => {
      const field = fields.find((candidate) => candidate.id === id);
      const choice = field?.kind === 'choice' ? field.choices?.find((candidate) => candidate.id === value) : undefined;
      return row(field ? localize(field.label, locale) : id, html`<span class="typed" data-personalization=${id}>${choice ? localize(choice.label, locale) : value}</span>`);
    })}
  </dl>`;
}

/** The lines to prepare. */
export function renderLines(order: Order, context: ViewContext): TemplateResult {
  const { t, locale } = context;
  return html`<ol class="lines" role="list">
    ${order.lines.map(
      (line) => html`<li class="line" data-line=${line.variantId}>
        <div class="line-head">
          <span class="line-title">${localize(line.title, locale)}${line.variantTitle ? html` <span class="muted">(${localize(line.variantTitle, locale)})</span>` : nothing}</span>
          <span class="line-price">${t('console.line_quantity', { quantity: line.quantity, unitPrice: formatMoney(line.unitPrice, locale) })} = ${formatMoney(line.total, locale)}</span>
        </div>
        <p class="muted small">SKU ${line.sku}${line.shipped === false ? html` · ${t('console.no_shipping')}` : nothing}</p>
        ${renderPersonalization(line, context)} ${line.booking ? renderBooking(line.booking, context) : nothing}
      </li>`,
    )}
  </ol>`;
}

/**
 * The open refund or return request line by line (units asked, where each line stands, what it
 * gives back), then what was refunded so far; `nothing` when neither is there.
 */
export function renderAfterSaleRequest(order: Order, request: AfterSale | undefined, { t, locale }: ViewContext): TemplateResult | typeof nothing {
  if (!request && !order.refunded) return nothing;
  return html`${request
    ? html`<div>
        <dt>${t(`console.request.${request.kind}`)}</dt>
        <dd>
          <ul class="items" data-request>
            ${request.lines.map((line) => {
              const orderLine = order.lines[line.lineIndex];
              const title = orderLine ? localize(orderLine.title, locale) : `#${line.lineIndex + 1}`;
              return html`<li data-request-line=${line.lineIndex}>
                ${t(`console.request_line.${line.status}`, { quantity: line.quantity, accepted: line.accepted ?? line.quantity, title, amount: formatMoney(line.amount, locale) })}
              </li>`;
            })}
          </ul>
        </dd>
      </div>`
    : nothing}
  ${order.refunded ? html`<div><dt>${t('console.refunded')}</dt><dd data-refunded>${formatMoney(order.refunded, locale)}</dd></div>` : nothing}`;
}

/** Subtotal, discounts, shipping and tax, and the total. */
export function renderTotals(order: Order, { t, locale }: ViewContext): TemplateResult {
  return html`<dl class="totals">
    ${row(t('console.subtotal'), formatMoney(order.subtotal, locale))}
    ${order.adjustments.map((adjustment) => row(localize(adjustment.label, locale), formatMoney(adjustment.amount, locale)))}
    <div class="total" data-row="total"><dt>${t('console.total')}</dt><dd data-total>${formatMoney(order.total, locale)}</dd></div>
  </dl>`;
}

function providerName(provider: string, t: Translate): string {
  return provider === 'simulated' ? t('console.payment.provider.simulated') : provider;
}

function renderPayment(payment: PaymentView, { t, locale }: ViewContext): TemplateResult {
  return html`<li data-payment=${payment.status}>
    ${t('console.payment.line', { provider: providerName(payment.provider, t), amount: formatMoney(payment.paid ?? payment.amount, locale), status: t(`console.payment.status.${payment.status}`) })}
    ${payment.providerTransactionId ? html`<span class="muted small">· ${t('console.payment.transaction', { id: payment.providerTransactionId })}</span>` : nothing}
  </li>`;
}

function renderRefund(refund: RefundView, { t, locale }: ViewContext): TemplateResult {
  return html`<li data-refund=${refund.status}>${t('console.refund.line', { amount: formatMoney(refund.amount, locale), status: t(`console.refund.status.${refund.status}`) })}</li>`;
}

/** How the order is paid: its method, the deadline, and what the provider says. */
export function renderPaymentFacts(record: OrderRecord, context: ViewContext): TemplateResult {
  const { order } = record;
  const { t, locale } = context;
  const payments = record.payments ?? [];
  const refunds = record.refunds ?? [];
  return html`<div class="payment-facts">
    <p><strong>${localize(order.paymentMethod.label, locale)}</strong>${order.status === 'pending_payment' && order.payBy ? html` · ${t('console.pay_by', { time: formatDateTime(order.payBy, locale) })}` : nothing}</p>
    ${record.payments === undefined
      ? nothing
      : payments.length === 0
        ? html`<p class="muted small">${t('console.payment.none')}</p>`
        : html`<ul class="payments" aria-label=${t('console.payments')}>${payments.map((payment) => renderPayment(payment, context))}${refunds.map((refund) => renderRefund(refund, context))}</ul>`}
  </div>`;
}

/** The order's timeline, newest first. */
export function renderHistory(order: Order, { t, locale }: ViewContext): TemplateResult | typeof nothing {
  const history = [...(order.history ?? [])].reverse();
  if (history.length === 0) return nothing;
  return html`<ol class="history" role="list">
    ${history.map(
      (entry) => html`<li>
        <span class="history-time">${formatDateTime(entry.at, locale)}</span>
        <span>${t(`console.status.${entry.status}`)}${entry.note ? html` · <q>${entry.note}</q>` : nothing}</span>
      </li>`,
    )}
  </ol>`;
}

/** Contact, address, delivery, the company bought for and the shopper's note: who to reach, where it goes, whom to invoice. */
export function renderCustomer(order: Order, { t, locale }: ViewContext): TemplateResult {
  const { contact } = order;
  const shipsGoods = order.lines.some((line) => line.shipped !== false);
  return html`<dl class="facts">
    ${row(
      t('console.contact'),
      html`<span data-contact-name>${contact.name}</span><br /><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}" aria-label=${t('console.phone_link', { phone: contact.phone })}>${contact.phone}</a
        ><br /><a href="mailto:${contact.email}" aria-label=${t('console.email_link', { email: contact.email })}>${contact.email}</a>`,
      'contact',
    )}
    ${order.shippingAddress ? row(shipsGoods ? t('console.ship_to') : t('console.service_at'), html`<span data-address>${formatAddress(order.shippingAddress)}</span>`, 'address') : nothing}
    ${order.shippingOption ? row(t('console.delivery'), `${localize(order.shippingOption.label, locale)} · ${formatMoney(order.shippingOption.price, locale)}`) : nothing}
    ${order.company
      ? row(
          t('console.company'),
          html`<span data-company-name>${order.company.name}</span><br /><span translate="no">${t('console.company.credit_code', { code: order.company.creditCode })}</span
            ><br /><span data-invoice>${t(`console.invoice.${order.company.invoiceType}`, { title: order.company.invoiceTitle ?? '' })}</span
            >${order.company.purchaseOrderNumber ? html`<br /><span data-purchase-order>${t('console.company.po', { number: order.company.purchaseOrderNumber })}</span>` : nothing}`,
          'company',
        )
      : nothing}
    ${order.note ? row(t('console.note'), html`<q data-note>${order.note}</q>`, 'note') : nothing}
  </dl>`;
}
