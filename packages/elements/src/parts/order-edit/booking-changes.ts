/**
 * The "Your bookings" part of `<order-detail>`: every booking line of the order with when it starts
 * and its windows, as the core gives them (`actions.bookingChanges`), written in the merchant's time zone —
 * "Free cancellation until Tue, 12 May 2026, 10:00", "Can be rescheduled until …" — with a
 * "Reschedule" button while the rescheduling window is open, and the reason instead once it has
 * closed. The open reschedule form shows the picker of the booking's kind (`<booking-picker>`,
 * `<stay-picker>`, `<seat-picker>`), the new pick as the core previews it, and "Confirm new time".
 * It holds no rule: the core says what is offered and whether a new pick can be taken
 * (`actions.rescheduleProblem`); its host passes the answers in.
 *
 * Rendered in the shadow root of `<order-detail>`, so its parts are the host's: `bookings`,
 * `booking-line`, `booking-window`, `reschedule` (the open form, also `action-form`), `picker`.
 *
 * @module
 */
import {
  type BookableProduct,
  type BookingChanges,
  type BookingDetails,
  type BookingSelection,
  type FieldError,
  type Money,
  type Order,
  type QuoteLine,
} from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../../components/tag-names.ts';
import { browserTimeZone, formatInstant, renderBookingDetails } from '../booking-details/booking-details.ts';
import type { SummaryFormatters } from '../price-summary/price-summary.ts';

/** What a picker's `oz-booking-change` carries. */
export interface PickDetail {
  selection: BookingSelection | undefined;
  preview?: { unitPrice: Money; details: BookingDetails };
}

/** The open reschedule form of one line. */
export interface RescheduleState {
  lineIndex: number;
  /** The line's product, once fetched. */
  product?: BookableProduct;
  /** Why the product could not be fetched (translated). */
  loadError?: string;
  pick?: PickDetail;
}

export interface BookingChangesProps {
  order: Order;
  /** What may be done with the order's bookings now, from the core (`actions.bookingChanges`). */
  changes: BookingChanges;
  /** The shopper's IANA zone; the merchant's is shown with its name when it differs. Default: the browser's. */
  shopperTimeZone?: string;
  reschedule?: RescheduleState;
  /** Why the new pick of the open form cannot be taken, from the core (`actions.rescheduleProblem`): `price_differs`. */
  pickProblem?: FieldError;
  errors: readonly FieldError[];
  busy: boolean;
  onReschedule(lineIndex: number): void;
  onPick(detail: PickDetail): void;
  onRetryLoad(): void;
  onBack(): void;
  onSubmit(event: Event): void;
}

/** The id of the reschedule form's error message. */
export const RESCHEDULE_ERROR_ID = 'reschedule-error';

/** The picker element of the booking's kind, for the line's product and variant. */
function renderPicker(product: BookableProduct, variantId: string, onPick: (detail: PickDetail) => void): TemplateResult {
  const changed = (event: Event): void => onPick((event as CustomEvent<PickDetail>).detail);
  switch (product.kind) {
    case 'time_slot':
      return html`<${staticTag('booking-picker')} part="picker" .product=${product} .variantId=${variantId} @oz-booking-change=${changed}></${staticTag('booking-picker')}>`;
    case 'stay':
      return html`<${staticTag('stay-picker')} part="picker" .product=${product} .variantId=${variantId} @oz-booking-change=${changed}></${staticTag('stay-picker')}>`;
    case 'seats':
      return html`<${staticTag('seat-picker')} part="picker" .product=${product} @oz-booking-change=${changed}></${staticTag('seat-picker')}>`;
  }
}

function renderForm(line: QuoteLine, p: BookingChangesProps, f: SummaryFormatters): TemplateResult {
  const state = p.reschedule!;
  const title = f.text(line.title);
  const preview = state.pick?.selection ? state.pick.preview : undefined;
  const priceDiffers = preview !== undefined && p.pickProblem?.code === 'price_differs';
  const error = p.errors.find((e) => e.field === 'booking' || e.field === 'lineIndex' || e.field.startsWith('booking.')) ?? p.errors[0];
  return html`<form id="action-form" class="reschedule" part="reschedule action-form" data-form="reschedule" aria-labelledby="reschedule-heading" novalidate @submit=${p.onSubmit}>
    <h4 id="reschedule-heading" tabindex="-1" data-autofocus>${f.t('reschedule.heading', { title })}</h4>
    <p class="muted">${f.t('reschedule.same_price', { price: f.money(line.unitPrice) })}</p>
    ${state.loadError
      ? html`<p class="field-error" role="alert">${state.loadError}</p>
          <button class="button" type="button" data-retry-product @click=${p.onRetryLoad}>${f.t('common.retry')}</button>`
      : state.product
        ? renderPicker(state.product, line.variantId, p.onPick)
        : html`<p class="muted" role="status" data-loading-picker>${f.t('reschedule.loading')}</p>`}
    ${preview
      ? html`<div class="reschedule-pick" data-new-pick>
          <span class="label">${f.t('reschedule.new_pick')}</span>
          ${renderBookingDetails(preview.details, f, p.shopperTimeZone ? { shopperTimeZone: p.shopperTimeZone } : {})}
          ${priceDiffers
            ? html`<p class="field-error" data-price-differs>${f.t('reschedule.price_differs', { price: f.money(preview.unitPrice), current: f.money(line.unitPrice) })}</p>`
            : nothing}
        </div>`
      : nothing}
    ${error ? html`<p class="field-error" id=${RESCHEDULE_ERROR_ID} tabindex="-1" role="alert">${describeFieldError(error, f.t)}</p>` : nothing}
    <div class="form-buttons">
      <button class="button primary" type="submit" data-submit ?disabled=${p.busy} aria-busy=${p.busy ? 'true' : 'false'}>
        ${p.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${f.t('detail.submit.reschedule')}
      </button>
      <button class="button" type="button" data-back ?disabled=${p.busy} @click=${p.onBack}>${f.t('detail.back')}</button>
    </div>
  </form>`;
}

/** Renders the bookings card, or nothing for an order without bookings. */
export function renderBookingChanges(p: BookingChangesProps, f: SummaryFormatters): TemplateResult | typeof nothing {
  const { changes } = p;
  if (changes.lines.length === 0 || (!changes.reschedule && !changes.cancelRefunds)) return nothing;
  const locale = f.locale ?? 'zh-CN';
  const shopperZone = p.shopperTimeZone ?? browserTimeZone();
  return html`<section class="card" part="bookings" aria-labelledby="bookings-heading" data-bookings>
    <h3 id="bookings-heading">${f.t('reschedule.bookings')}</h3>
    <ul class="booking-lines">
      ${changes.lines.map(({ lineIndex: index, booking, windows, canReschedule }) => {
        const line = p.order.lines[index]!;
        const when = (iso: string): string => formatInstant(iso, booking.timeZone, locale, shopperZone !== booking.timeZone);
        const title = f.text(line.title);
        const open = p.reschedule?.lineIndex === index;
        return html`<li class="booking-line" part="booking-line" data-booking-line=${index}>
          <div class="booking-line-text">
            <span class="booking-line-title">${title}</span>
            <span class="muted" data-starts-at>${f.t('reschedule.starts_at', { date: when(windows.startsAt) })}</span>
            ${changes.cancelRefunds
              ? html`<p class="booking-window ${windows.cancel.open ? 'open' : 'closed'}" part="booking-window" data-window="cancel" data-open=${String(windows.cancel.open)}>
                  ${f.t(windows.cancel.open ? 'reschedule.cancel_until' : 'reschedule.cancel_closed', { date: when(windows.cancel.until) })}
                </p>`
              : nothing}
            ${changes.reschedule
              ? html`<p class="booking-window ${windows.reschedule.open ? 'open' : 'closed'}" part="booking-window" data-window="reschedule" data-open=${String(windows.reschedule.open)}>
                  ${f.t(windows.reschedule.open ? 'reschedule.until' : 'reschedule.closed', { date: when(windows.reschedule.until) })}
                </p>`
              : nothing}
          </div>
          ${canReschedule
            ? html`<div class="booking-line-actions">
                <button
                  class="button"
                  type="button"
                  data-reschedule=${index}
                  aria-label=${f.t('reschedule.button_label', { title })}
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls=${open ? 'action-form' : nothing}
                  ?disabled=${p.busy}
                  @click=${() => p.onReschedule(index)}
                >
                  ${f.t('detail.action.reschedule')}
                </button>
              </div>`
            : nothing}
          ${open ? renderForm(line, p, f) : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
