/**
 * The order summary of `<checkout-form>`: the column beside the form, and on a phone the total first
 * in a disclosure above it. Both show the quote's lines and amounts as the core priced them.
 *
 * @module
 */
import type { AsyncState, Quote } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';
import { renderQuoteLines } from '../../parts/price-summary/quote-lines.ts';

/**
 * On a phone (below 860 px, where the summary would come after "Place order"): the total first,
 * in a disclosure that shows the lines and amounts when opened, as the best checkouts do.
 */
export function renderSummaryAtTop(i18n: LocaleController, quoteState: AsyncState<Quote>): TemplateResult {
  const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
  const pending = quoteState.status === 'loading' || quoteState.status === 'idle' || !quote;
  return html`
    <details class="summary-top" part="summary-top" data-summary-top>
      <summary>
        <span class="summary-top-label">${i18n.t('checkoutForm.summary_show')}</span>
        <span class="summary-top-total money" data-summary-top-total>${pending ? i18n.t('summary.calculating') : i18n.money(quote.total)}</span>
      </summary>
      <div class="summary-top-body">
        ${quote ? renderQuoteLines(quote.lines, i18n) : nothing} ${renderPriceSummary(quote, i18n, { pending })}
      </div>
    </details>
  `;
}

/** The summary column: the quote's lines, its amounts, and whether it can be ordered. */
export function renderOrderSummary(i18n: LocaleController, quoteState: AsyncState<Quote>): TemplateResult {
  const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
  return html`
    <aside class="order-summary" part="order-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">${i18n.t('checkoutForm.summary')}</h2>
      ${quote ? renderQuoteLines(quote.lines, i18n) : html`<div class="skeleton summary-skeleton" aria-hidden="true"></div>`}
      ${renderPriceSummary(quote, i18n, { pending: quoteState.status === 'loading' || quoteState.status === 'idle' })}
      ${quoteState.status === 'ready' && !quoteState.data.orderable ? html`<p class="field-error">${i18n.t('checkoutForm.not_orderable')}</p>` : nothing}
    </aside>
  `;
}
