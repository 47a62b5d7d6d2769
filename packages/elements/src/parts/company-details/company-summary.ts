/**
 * The company an order was bought for: name, unified social credit code, fapiao and purchase order
 * number. `<order-detail>` loads this module only for an order that has company details (so private
 * orders carry none of it) and renders it among the order's details, in its shadow root and styles.
 *
 * @module
 */
import type { CompanyDetails } from '@orderzone/core';
import { createTranslator } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { merchantMessages } from '../../i18n/shared-messages.ts';
import { companySummaryMessages } from './company-details.messages.ts';

/**
 * The company details of an order in `locale`, or nothing when it was not bought for a company.
 * Text comes from `companySummaryMessages`, with the merchant's overrides on top.
 */
export function renderCompanySummary(company: CompanyDetails | undefined, locale: string): TemplateResult | typeof nothing {
  if (!company) return nothing;
  const t = createTranslator(locale, companySummaryMessages, ...merchantMessages());
  const invoice = t(`company.invoice_type.${company.invoiceType}`);
  return html`<div data-company>
    <h3>${t('company.heading')}</h3>
    <p data-company-name>${company.name}</p>
    <p><span class="muted">${t('company.credit_code')}</span> <span data-credit-code translate="no">${company.creditCode}</span></p>
    <p data-invoice>${company.invoiceTitle ? `${invoice} · ${company.invoiceTitle}` : invoice}</p>
    ${company.purchaseOrderNumber
      ? html`<p><span class="muted">${t('company.purchase_order')}</span> <span data-purchase-order translate="no">${company.purchaseOrderNumber}</span></p>`
      : nothing}
  </div>`;
}
