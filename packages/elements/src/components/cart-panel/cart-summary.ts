/**
 * The summary box of `<cart-panel>`: the coupon form, why prices could not be loaded (with Try
 * again), the price summary, and Checkout with why it is disabled (`cartCheckoutBlock` in the core).
 *
 * @module
 */
import { COUPON_CODE_MAX_LENGTH, type AsyncState, type Quote } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';

/** The coupon form as the shopper sees it, and what it can do. */
export interface CouponForm {
  /** The code the checkout draft holds, and what the shopper typed since (if anything). */
  applied: string;
  typed: string | undefined;
  onInput(value: string): void;
  onApply(event: Event): Promise<void>;
  onRemove(): Promise<void>;
}

/** The coupon form with what the quote said of the code. */
function renderCoupon(i18n: LocaleController, form: CouponForm, quote: Quote | undefined): TemplateResult {
  const value = form.typed ?? form.applied;
  const result = quote?.coupon;
  const status = result ? i18n.t(`coupon.${result.status}`, { code: result.code, ...(result.minSpend ? { minSpend: i18n.money(result.minSpend) } : {}) }) : '';
  return html`
    <form class="coupon" part="coupon" @submit=${form.onApply}>
      <label class="label" for="coupon">${i18n.t('cartPanel.coupon_label')}</label>
      <div class="coupon-row">
        <input
          class="input"
          id="coupon"
          name="coupon"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength=${COUPON_CODE_MAX_LENGTH}
          .value=${value}
          aria-describedby=${status ? 'coupon-status' : nothing}
          aria-invalid=${result && result.status !== 'applied' ? 'true' : 'false'}
          @input=${(e: Event) => form.onInput((e.target as HTMLInputElement).value)}
        />
        <button class="button" type="submit" data-coupon-apply>${i18n.t('cartPanel.coupon_apply')}</button>
      </div>
      <div class="coupon-status-row">
        <p class="coupon-status ${result?.status === 'applied' ? 'applied' : 'rejected'}" id="coupon-status" role="status" data-coupon-status>${status}</p>
        ${form.applied && result?.status === 'applied'
          ? html`<button class="button link coupon-remove" type="button" data-coupon-remove @click=${form.onRemove}>${i18n.t('cartPanel.coupon_remove')}</button>`
          : nothing}
      </div>
    </form>
  `;
}

/**
 * The coupon, the price summary and Checkout: `quote` is the last one of `quoteState`, `fresh` says
 * whether it is about this very cart (not a change being re-quoted), `block` why Checkout is disabled.
 */
export function renderCartSummary(
  i18n: LocaleController,
  quoteState: AsyncState<Quote>,
  quote: Quote | undefined,
  fresh: boolean,
  block: 'bookings' | 'problems' | undefined,
  coupon: CouponForm,
  retry: () => void,
  checkout: () => void,
): TemplateResult {
  return html`
    <div class="summary-box">
      ${renderCoupon(i18n, coupon, fresh ? quote : undefined)}
      ${quoteState.status === 'error'
        ? html`<div class="notice error" role="alert" data-quote-error>
            ${i18n.t('cartPanel.quote_failed')} ${describeError(quoteState.error, i18n.t)}
            <button class="button link" type="button" @click=${retry}>${i18n.t('common.retry')}</button>
          </div>`
        : nothing}
      ${renderPriceSummary(quote, i18n, { pending: !fresh })}
      <div class="actions">
        <button
          class="button primary"
          part="checkout-button"
          type="button"
          data-checkout
          ?disabled=${block !== undefined}
          aria-describedby=${block ? 'blocked-reason' : nothing}
          @click=${checkout}
        >
          ${i18n.t('cartPanel.checkout')}
        </button>
        ${block ? html`<p class="blocked-reason" id="blocked-reason">${i18n.t(block === 'bookings' ? 'cartPanel.blocked_bookings' : 'cartPanel.blocked_problems')}</p>` : nothing}
        <slot name="footer"></slot>
      </div>
    </div>
  `;
}
