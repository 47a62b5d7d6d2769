/**
 * The price of one unit as a template part, from the core's `previewUnitPrice()`: the price now
 * (marked `reduced` when lower than before), the price before struck through (the list price when a
 * bulk tier applies, else the compare-at price) with a spoken "Was", the bulk tier that applies and
 * the next one. Used by `<product-detail>` and `<product-price>`, each with its own styles for the
 * classes `price-line`, `price-now`, `price-was` and `tier-note`. Its text is in
 * `unit-price.messages.ts` (the elements add that catalog).
 *
 * @module
 */
import type { UnitPricePreview } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** The price line and the tier notes of `preview`, the unit price for `quantity` units. */
export function renderUnitPrice(preview: UnitPricePreview, quantity: number, i18n: LocaleController): TemplateResult {
  const { t, money } = i18n;
  const tierApplied = preview.listUnitPrice.amount !== preview.unitPrice.amount;
  const was = tierApplied ? preview.listUnitPrice : preview.compareAtPrice;
  return html`<p class="price-line">
      <span class="visually-hidden">${t('unitPrice.label')}</span>
      <span class="price-now ${was ? 'reduced' : ''}">${money(preview.unitPrice)}</span>
      ${was ? html`<span class="visually-hidden">${t('price.was', { price: money(was) })}</span><s class="price-was" aria-hidden="true">${money(was)}</s>` : nothing}
    </p>
    ${tierApplied ? html`<p class="tier-note applied">${t('unitPrice.tier_applied', { quantity })}</p>` : nothing}
    ${preview.nextTier ? html`<p class="tier-note">${t('unitPrice.tier_next', { quantity: preview.nextTier.minQuantity, price: money(preview.nextTier.unitPrice) })}</p>` : nothing}`;
}
