/**
 * The price summary part: subtotal, each adjustment (discounts, shipping, tax) and the total, exactly
 * as a quote or an order states them. It never adds anything up itself. Rendered inside the shadow
 * root of `<cart-panel>`, `<checkout-form>` and `<order-confirmation>`, so its parts are theirs.
 *
 * Parts: `summary` (the `<dl>`), `summary-row`, `summary-total`.
 *
 * @module
 */
import { isFreeCharge, type Adjustment, type LocalizedText, type Money } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';

/** What a price summary shows: a quote's or an order's amounts. */
export interface PricedAmounts {
  readonly subtotal: Money;
  readonly adjustments: readonly Adjustment[];
  readonly total: Money;
}

/** The formatting an element's locale offers (its `LocaleController`). */
export interface SummaryFormatters {
  t(key: string, params?: Record<string, string | number>): string;
  text(value: LocalizedText | undefined): string;
  money(value: Money): string;
  /** The active locale, for dates and times (booking details); default `zh-CN`. */
  readonly locale?: string;
}

export interface PriceSummaryOptions {
  /** True while a new quote is being calculated: amounts are replaced by "Calculating…". */
  pending?: boolean;
}

function adjustmentLabel(adjustment: Adjustment, f: SummaryFormatters): string {
  const label = f.text(adjustment.label);
  if (adjustment.kind === 'discount' && adjustment.code) return f.t('summary.discount_code', { label, code: adjustment.code });
  return label;
}

/**
 * Renders the summary of `amounts`. Tax already included in prices (`included: true`) is shown muted,
 * under the backend's own label, and is not part of any sum shown. Free shipping reads "Free".
 *
 * Renders the summary of `amounts`. With no amounts yet (or `pending`), the rows say
 * "Calculating…" and the list is marked `aria-busy`.
 */
export function renderPriceSummary(amounts: PricedAmounts | undefined, f: SummaryFormatters, options: PriceSummaryOptions = {}): TemplateResult {
  const pending = options.pending === true || amounts === undefined;
  const value = (m: Money | undefined): TemplateResult =>
    pending || !m ? html`<span class="calculating">${f.t('summary.calculating')}</span>` : html`${f.money(m)}`;
  return html`
    <dl class="price-summary" part="summary" aria-busy=${pending ? 'true' : 'false'}>
      ${amounts
        ? html`
            <div class="summary-row subtotal" part="summary-row">
              <dt>${f.t('summary.subtotal')}</dt>
              <dd>${value(amounts.subtotal)}</dd>
            </div>
            ${pending
              ? nothing
              : amounts.adjustments.map(
                  (a) => html`
                    <div class="summary-row ${a.kind} ${a.included ? 'included' : ''}" part="summary-row">
                      <dt>${adjustmentLabel(a, f)}</dt>
                      <dd>${a.kind === 'shipping' && isFreeCharge(a.amount) ? f.t('summary.free_shipping') : f.money(a.amount)}</dd>
                    </div>
                  `,
                )}
            <div class="summary-row total" part="summary-row summary-total">
              <dt>${f.t('summary.total')}</dt>
              <dd>${value(amounts.total)}</dd>
            </div>
          `
        : html`
            <div class="summary-row total" part="summary-row summary-total">
              <dt>${f.t('summary.total')}</dt>
              <dd>${value(undefined)}</dd>
            </div>
          `}
    </dl>
  `;
}
