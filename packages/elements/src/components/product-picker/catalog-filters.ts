/**
 * The filter panel of `<product-picker>` as a template part: price range (major units typed by the
 * shopper, read as amounts of the zone's currency with the core's `parseMoney`: `filter-query.ts`),
 * the option facets of the current results as checkbox groups (those the core's `offeredFacets`
 * offers), and "in stock only". Holds no state: the picker passes values and handlers, and gets the
 * query changes the controls ask for. A chunk of its own with its styles and query changes, loaded
 * the first time the panel shows (`filter-panel.ts`).
 *
 * Parts: `filters`, `facet`.
 *
 * @module
 */
import { offeredFacets, type CatalogQuery, type OptionFacet } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { priceRange, toggleOption, type PriceProblem } from './filter-query.ts';

export { catalogFiltersStyles } from './catalog-filters.styles.ts';

export interface CatalogFiltersProps {
  query: CatalogQuery;
  /** The zone's currency, which the price boxes are read in. */
  currency: string;
  /** The option facets of the current results, as the backend counted them. */
  facets: readonly OptionFacet[];
  /** What the shopper typed in the price boxes. */
  minPriceText: string;
  maxPriceText: string;
  /** Placeholders from the result set's price range, in major units. */
  minPlaceholder: string;
  maxPlaceholder: string;
  /** Smallest step of the currency (`0.01` for CNY). */
  priceStep: string;
  /** The translated price problem, if any. */
  priceError: string | undefined;
  /**
   * The shopper's choice: `true` shows the panel, `false` hides it; `undefined` leaves it to the
   * width (shown beside the results on wide containers, hidden on narrow ones), decided in CSS so the
   * first paint is right.
   */
  open: boolean | undefined;
  activeCount: number;
  /**
   * A price box changed to `value`, with the problem of the range both boxes now ask for, if any;
   * without one, a range other than the query's follows as a query change.
   */
  onPriceText(which: 'min' | 'max', value: string, problem: PriceProblem | undefined): void;
  /**
   * An option value or the in-stock switch changed: the query's option filters now (`undefined` when
   * none is left), or whether it keeps products in stock only (`undefined` for all).
   */
  onQueryChange(change: Pick<CatalogQuery, 'options'> | Pick<CatalogQuery, 'inStockOnly'> | Pick<CatalogQuery, 'minPrice' | 'maxPrice'>): void;
  onClear(): void;
}

/* eslint-disable lit-a11y/role-has-required-aria-attrs -- the in-stock switch is a checkbox: its own checked state is the switch's state (ARIA in HTML forbids aria-checked on it) */
/** Renders the filter panel. */
export function renderCatalogFilters(p: CatalogFiltersProps, i18n: LocaleController): TemplateResult {
  const selected = p.query.options ?? {};
  const priceInput = (which: 'min' | 'max'): TemplateResult => html`<div class="price-field">
    <label class="label" for="price-${which}">${i18n.t(which === 'min' ? 'picker.price_min_short' : 'picker.price_max_short')}</label>
    <input
      id="price-${which}"
      class="input"
      type="number"
      inputmode="decimal"
      min="0"
      step=${p.priceStep}
      placeholder=${which === 'min' ? p.minPlaceholder : p.maxPlaceholder}
      aria-invalid=${p.priceError ? 'true' : 'false'}
      aria-describedby=${p.priceError ? 'price-error' : nothing}
      .value=${live(which === 'min' ? p.minPriceText : p.maxPriceText)}
      @change=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        const range = which === 'min' ? priceRange(value, p.maxPriceText, p.currency) : priceRange(p.minPriceText, value, p.currency);
        p.onPriceText(which, value, 'problem' in range ? range.problem : undefined);
        if ('problem' in range || (p.query.minPrice === range.min && p.query.maxPrice === range.max)) return;
        p.onQueryChange({ minPrice: range.min, maxPrice: range.max });
      }}
    />
  </div>`;
  return html`<aside id="filters" class="filters ${p.open === true ? 'open' : p.open === false ? 'closed' : ''}" part="filters" aria-label=${i18n.t('picker.filters')}>
    <fieldset class="facet" part="facet">
      <legend class="facet-title">${i18n.t('picker.price')}</legend>
      <div class="price-range">${priceInput('min')}<span class="price-dash" aria-hidden="true">–</span>${priceInput('max')}</div>
      ${p.priceError ? html`<p id="price-error" class="field-error">${p.priceError}</p>` : nothing}
    </fieldset>
    ${offeredFacets(p.facets, p.query.options).map(
      (facet) => html`<fieldset class="facet" part="facet">
        <legend class="facet-title">${i18n.text(facet.name)}</legend>
        <ul class="facet-values" role="list">
          ${facet.values.map((value) => {
            const checked = (selected[facet.groupId] ?? []).includes(value.id);
            return html`<li>
              <label class="check">
                <input
                  type="checkbox"
                  .checked=${live(checked)}
                  @change=${(e: Event) => p.onQueryChange({ options: toggleOption(p.query.options, facet.groupId, value.id, (e.target as HTMLInputElement).checked) })}
                />
                <span class="check-label">${i18n.text(value.label)}</span>
                <span class="check-count muted">${value.count}</span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>`,
    )}
    <fieldset class="facet" part="facet">
      <legend class="facet-title">${i18n.t('picker.availability')}</legend>
      <label class="check switch">
        <input type="checkbox" role="switch" .checked=${live(p.query.inStockOnly === true)} @change=${(e: Event) => p.onQueryChange({ inStockOnly: (e.target as HTMLInputElement).checked || undefined })} />
        <span class="check-label">${i18n.t('picker.in_stock_only')}</span>
      </label>
    </fieldset>
    ${p.activeCount > 0 ? html`<button type="button" class="button link clear-filters" @click=${p.onClear}>${i18n.t('picker.clear_filters')}</button>` : nothing}
  </aside>`;
}
/* eslint-enable lit-a11y/role-has-required-aria-attrs */
