/**
 * The lines of a quote or an order as a list: image, title, variant, quantity and line total, exactly
 * as the backend priced them; a booking line shows what it books (booking-details.ts) instead of a
 * quantity, under the title and the total across the line's width (never squeezed beside them). Shared by `<checkout-form>`'s order summary and `<order-confirmation>`; rendered in their
 * shadow roots, so a `part` name given here is theirs (`booking-details` included). Sizes come from
 * the host: `--_line-image-size`, `--_line-image-bg` and `--_line-text-size` (see price-summary.styles.ts).
 *
 * @module
 */
import { safeImageUrl, type QuoteLine } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderBookingDetails, type BookingDetailsOptions } from '../booking-details/booking-details.ts';
import type { SummaryFormatters } from './price-summary.ts';

/** The line's image, or the placeholder when it has none (or one whose URL may not be shown). */
function lineImage(line: QuoteLine): TemplateResult {
  const url = safeImageUrl(line.image?.url);
  return url ? html`<img src=${url} alt="" loading="lazy" />` : html`<span class="image-placeholder" aria-hidden="true"></span>`;
}

/** Renders the lines; `part` names the list for `::part()` styling. */
export function renderQuoteLines(lines: readonly QuoteLine[], f: SummaryFormatters, part?: string, options: BookingDetailsOptions = {}): TemplateResult {
  return html`<ul class="summary-lines" part=${part ?? nothing}>
    ${lines.map(
      (line) => html`<li class="summary-line ${line.booking ? 'booking' : ''}">
        ${lineImage(line)}
        <div class="summary-line-text">
          <span class="summary-line-title">${f.text(line.title)}</span>
          ${line.variantTitle ? html`<span class="muted">${f.text(line.variantTitle)}</span>` : nothing}
          ${line.booking ? nothing : html`<span class="muted">${f.t('summary.line_quantity', { quantity: line.quantity })}</span>`}
        </div>
        <span class="summary-line-total money">${f.money(line.total)}</span>
        ${line.booking ? html`<div class="summary-line-booking">${renderBookingDetails(line.booking, f, options)}</div>` : nothing}
      </li>`,
    )}
  </ul>`;
}
