/**
 * The frame of an open action form in `<order-detail>`: its heading, its body (the fields its host
 * renders: the edit's lines, a new address, a request's lines and photos), the reason of a refund or
 * return request, the confirmation of a cancel, and its submit and back buttons.
 *
 * @module
 */
import type { FieldError, Order } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { ORDER_TEXT_MAX_LENGTH, measureText, type ShopperActionWording, type ShopperFormAction } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { textCounter } from '../../i18n/shared-messages.ts';

/** What the form shows and what its controls do. */
export interface ActionFormProps {
  action: ShopperFormAction;
  /** How the action is worded for this order (core `shopperActionWording`). */
  wording: ShopperActionWording;
  order: Order;
  busy: boolean;
  /** Problems the core or the backend found in what was sent. */
  fieldErrors: readonly FieldError[];
  /** Cancelling refunds the booking (its cancellation window is open). */
  cancelRefunds: boolean;
  /** The fields of the action, above the reason. */
  fields: TemplateResult | typeof nothing;
  /** The reason of a refund or return request. */
  reason: string;
  onReason(value: string): void;
  /** The photos field of a return request, below the reason. */
  photos: TemplateResult | typeof nothing;
  onSubmit(event: Event): void;
  onBack(): void;
}

function renderReason(p: ActionFormProps, i18n: LocaleController): TemplateResult {
  const error = p.fieldErrors.find((e) => e.field === 'reason');
  const measure = measureText(p.reason.trim(), ORDER_TEXT_MAX_LENGTH);
  return html`<div class="field">
    <label class="label" for="action-reason">${i18n.t(p.action === 'request_refund' ? 'detail.refund_reason' : 'detail.return_reason')}<span class="required" aria-hidden="true"> *</span></label>
    <textarea
      class="input"
      id="action-reason"
      name="reason"
      required
      data-autofocus
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'action-reason-error action-reason-count' : 'action-reason-count'}
      .value=${p.reason}
      @input=${(e: Event) => p.onReason((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <span class="hint" id="action-reason-count">${textCounter(measure, i18n.t, 'detail.reason_count')}</span>
    ${error ? html`<p class="field-error" id="action-reason-error">${describeFieldError(error, i18n.t)}</p>` : nothing}
  </div>`;
}

/** The form of `p.action` (see the module). */
export function renderActionForm(p: ActionFormProps, i18n: LocaleController): TemplateResult {
  const { action, wording: key, order, busy } = p;
  const t = i18n.t;
  return html`<form id="action-form" class="action-form" part="action-form" aria-labelledby="action-form-heading" novalidate data-form=${action} @submit=${p.onSubmit}>
    <h4 id="action-form-heading" tabindex="-1" ?data-autofocus=${action === 'cancel' || action === 'change_address' || action === 'edit'}>${t(`detail.form.${key}`)}</h4>
    ${p.fields}
    ${action === 'cancel'
      ? html`<p>${t(key === 'cancel_booking' && p.cancelRefunds ? 'detail.cancel_booking_confirm' : 'detail.cancel_confirm', { orderNumber: order.orderNumber, total: i18n.money(order.total) })}</p>`
      : nothing}
    ${action === 'request_refund' || action === 'request_return' ? renderReason(p, i18n) : nothing} ${p.photos}
    <div class="form-buttons">
      <button class="button ${action === 'cancel' ? 'danger-solid' : 'primary'}" type="submit" data-submit ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t(`detail.submit.${key}`)}
      </button>
      <button class="button" type="button" data-back ?disabled=${busy} @click=${p.onBack}>${t(action !== 'cancel' ? 'detail.back' : key === 'cancel_booking' ? 'detail.keep_booking' : 'detail.keep_order')}</button>
    </div>
  </form>`;
}
