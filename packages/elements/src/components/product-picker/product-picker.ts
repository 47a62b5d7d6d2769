import {
  currencyDigits,
  toDecimalString,
  type AsyncState,
  type CatalogQuery,
  type CatalogSearch,
  type CatalogSort,
  type Category,
  type OrderZone,
  type OrderZoneError,
  type ProductPage,
} from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { live } from 'lit/directives/live.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { joinStyles } from '../../styles/joined-styles.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { renderCategories, headingText } from './category-chips.ts';
import { FilterPanelController } from './filter-panel.ts';
import { activeFilterCount } from './filter-count.ts';
import type { CustomCards } from './card-template.ts';
import type { PriceProblem } from './filter-query.ts';
import { renderCardSkeleton, renderProductCard } from './product-card.ts';
import { productPickerStyles } from './product-picker.styles.ts';
import { ratingStyles } from './rating-stars.ts';
import { productPickerByLanguage } from '../../i18n/first-paint-messages.ts';
import { firstPickerQuery } from '../../context/first-picker-query.ts';

/** How results are laid out. */
export type PickerView = 'grid' | 'list';

const SEARCH_DEBOUNCE_MS = 250;
const SKELETON_CARDS = 8;
/** Widest picker (px) whose filters start hidden behind the button; the styles' container query agrees. */
const NARROW_PICKER = 760;

/**
 * A product grid a shopper can browse: category chips, a search box, filters (price range, option
 * facets, in stock only), sorting, grid or list layout and pages. The filter panel offers the option
 * groups that apply to what is listed (the core's `offeredFacets`: groups at least two listed
 * products have, values that would list something, units never mixed) and collapses with its
 * "Filters" button at every width: open beside the results on wide containers, closed behind the
 * button on narrow ones until the shopper opens it. Every state is covered: loading
 * placeholders (from the frame after the first render: a first page that arrives sooner is drawn
 * at once, no placeholders flashing), "no products" with a way out, and errors with a retry. Opening a product only
 * dispatches `oz-product-select`; `<order-zone>` (or the page) shows it.
 *
 * Your own cards: put a `<template data-oz-card>` inside the picker and each product of the page
 * is a clone of it, filled from the catalog (`data-oz-text="title"`, `<img data-oz-image>`,
 * `data-oz-href="/products/{id}"`, `data-oz-open`, `data-oz-show="sale"`, and `product-id` on the
 * building blocks inside; see `card-template.ts` and docs/building-blocks.md). The cards are in the
 * picker's light DOM (`<ul slot="cards" role="list">` of `<li data-product-id>`), so your page's
 * styles apply; text is set as text and every URL passes the core's rules.
 *
 * @summary Searchable, filterable product grid.
 *
 * @fires oz-product-select - The shopper opened a product: `{ productId }`.
 * @fires oz-error - Loading products failed: `{ error, message }` (also shown in the element).
 *
 * @csspart base - The whole picker.
 * @csspart heading - The heading ("All products" or the category's name).
 * @csspart count - The number of results.
 * @csspart categories - The row of category chips.
 * @csspart category - One category chip.
 * @csspart toolbar - The row with search, sort and layout controls.
 * @csspart search - The search form.
 * @csspart sort - The sort select.
 * @csspart view-toggle - The grid/list buttons.
 * @csspart filters - The filter panel.
 * @csspart facet - One group of filters.
 * @csspart results - The results region.
 * @csspart grid - The list of cards.
 * @csspart card - One product card.
 * @csspart card-image - The image area of a card.
 * @csspart card-title - The title of a card.
 * @csspart price - The price of a card.
 * @csspart badge - Any badge on a card (also `badge-stock`, `badge-sale`, `badge-bulk`).
 * @csspart rating - The star rating of a card.
 * @csspart empty - The "no products" message.
 * @csspart error - The error message.
 * @csspart pagination - The pagination bar.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-picker-min-card=220px] - Narrowest card before the grid drops a column (grid view).
 * @cssprop [--oz-picker-card-bg=var(--oz-card-bg)] - Product cards: background.
 * @cssprop [--oz-picker-card-border-color=var(--oz-card-border-color)] - Product cards: border.
 * @cssprop [--oz-picker-card-radius=var(--oz-card-radius)] - Product cards: corners.
 * @cssprop [--oz-picker-card-shadow=var(--oz-card-shadow)] - Product cards: shadow on hover.
 * @cssprop [--oz-badge-sale-bg=var(--oz-color-sale)] - Sale badge: background.
 * @cssprop [--oz-badge-sale-text=var(--oz-color-on-primary)] - Sale badge: text.
 * @cssprop [--oz-color-star=#f59e0b] - Filled rating stars.
 *
 * @slot - A `<template data-oz-card>`: your own product card (nothing else shows).
 * @slot cards - Filled by the picker with your cards; leave it to the picker.
 */
export class ProductPicker extends ZoneElement {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, ratingStyles, productPickerStyles];

  /** Shows this category (its id); empty for all products. The shopper's chip choice updates it. */
  @property() category?: string;

  /** Products per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Cards in a grid or in a list. */
  @property({ reflect: true }) view: PickerView = 'grid';

  @state() private searchText = '';
  @state() private minPriceText = '';
  @state() private maxPriceText = '';
  @state() private priceProblem: PriceProblem | undefined;
  /** The shopper's choice to show (`true`) or hide the filters; until then, shown when the picker is wide. */
  @state() private filtersOpen: boolean | undefined;
  /** Whether the picker is narrow (760px or less, as the styles' container query): filters start hidden. Unknown until measured. */
  @state() private narrow: boolean | undefined = typeof ResizeObserver === 'undefined' ? false : undefined;
  private readonly sizeWatcher = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    const narrow = width > 0 && width <= NARROW_PICKER;
    // After this frame's layout: re-rendering inside the observer's callback would resize it again.
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });

  private search: CatalogSearch | undefined;
  /** The merchant's cards, in the light DOM: their code is fetched once a card template is there. */
  private cards: CustomCards | undefined;
  private cardsLoading = false;
  private readonly results = new StoreController<AsyncState<ProductPage>>(this);
  private readonly query = new StoreController<CatalogQuery>(this);
  private readonly categories = new StoreController<AsyncState<Category[]>>(this);
  private restart = false;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedError: OrderZoneError | undefined;
  /** The filter panel, rendered from the first time it shows. */
  private readonly filterPanel = new FilterPanelController(this);
  /**
   * Whether the placeholder cards may show: from the frame after the first render on. A first page
   * that arrives before that frame is drawn at once, no placeholders created, shown or thrown away.
   */
  private placeholdersDue = false;

  constructor() {
    super(productPickerByLanguage);
  }

  protected zoneChanged(zone: OrderZone): void {
    this.search?.dispose();
    this.search = zone.catalog.createSearch();
    this.results.setStore(this.search.$results);
    this.query.setStore(this.search.$query);
    this.categories.setStore(zone.catalog.$categories);
    const categories = zone.catalog.$categories.get();
    if (categories.status === 'idle' || categories.status === 'error') void zone.catalog.loadCategories().catch(() => undefined);
    this.restart = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeWatcher?.observe(this);
  }

  /** Whether the filter panel is shown: the shopper's choice, else open when wide (once measured). */
  private get filtersShown(): boolean {
    return this.filtersOpen ?? this.narrow === false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeWatcher?.disconnect();
    clearTimeout(this.debounceTimer);
    this.search?.dispose();
    this.search = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.search) return;
    if (this.restart) {
      this.restart = false;
      this.track(this.search.run(firstPickerQuery(this.category, this.pageSize, this.searchText)));
      return;
    }
    const patch: Partial<CatalogQuery> = {};
    if (changed.has('category')) patch.categoryId = this.category || undefined;
    if (changed.has('pageSize')) patch.pageSize = this.pageSize;
    if (Object.keys(patch).length > 0) this.track(this.search.update(patch));
  }

  /** The merchant's card template: a `<template data-oz-card>` child. */
  private get cardTemplate(): HTMLTemplateElement | null {
    return this.querySelector<HTMLTemplateElement>(':scope > template[data-oz-card]');
  }

  /** Fills the list of the merchant's cards from the page of results (fetching how, the first time). */
  private renderCards(template: HTMLTemplateElement, data: ProductPage | undefined, stale: boolean): void {
    if (!this.cards) {
      if (this.cardsLoading) return;
      this.cardsLoading = true;
      import('./card-template.ts').then(
        (module) => {
          // The list's layout joins the picker's styles before the list is first drawn.
          joinStyles(this.renderRoot, [module.customCardsStyles]);
          this.cards = new module.CustomCards(this, (productId) => this.select(productId));
          this.requestUpdate();
        },
        (error: unknown) => {
          this.cardsLoading = false;
          console.error('OrderZone: could not load the card template code', error);
        },
      );
      return;
    }
    this.cards.render(template, data?.items ?? [], this.view, stale, this.i18n, this.zone);
  }

  protected override firstUpdated(): void {
    requestAnimationFrame(() => {
      this.placeholdersDue = true;
      const state = this.results.value;
      if (this.isConnected && !(state && 'data' in state && state.data)) this.requestUpdate();
    });
  }

  protected override updated(): void {
    const template = this.cardTemplate;
    if (template) {
      const results = this.results.value;
      this.renderCards(template, results && 'data' in results ? results.data : undefined, results?.status === 'loading');
    }
    const state = this.results.value;
    if (state?.status === 'error' && state.error !== this.reportedError && state.error.code !== 'aborted') {
      this.reportedError = state.error;
      this.reportError(state.error);
    }
  }

  /** Search state lives in the stores; a rejected run is already an error state there. */
  private track(run: Promise<void>): void {
    run.catch(() => undefined);
  }

  private get currentQuery(): CatalogQuery {
    return this.query.value ?? {};
  }

  /**
   * Moves keyboard focus to the first product of the results, past the categories, search and
   * filters (`<order-zone>`'s "Skip to products" does this); to the results region while nothing is listed.
   */
  focusResults(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('.results .card-link');
    const results = this.renderRoot.querySelector<HTMLElement>('.results');
    if (!first) results?.setAttribute('tabindex', '-1');
    (first ?? results)?.focus();
  }

  private select(productId: string): void {
    emit(this, 'oz-product-select', { productId });
  }

  /** A card's title pressed (click, Enter or Space): opens its product. One listener for every card. */
  private onCardClick(event: Event): void {
    const productId = (event.target as Element).closest('.card-link')?.closest<HTMLElement>('[data-product-id]')?.dataset.productId;
    if (productId) this.select(productId);
  }

  private chooseCategory(id: string | undefined): void {
    this.category = id;
  }

  private onSearchInput(e: Event): void {
    this.searchText = (e.target as HTMLInputElement).value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.applySearchText(), SEARCH_DEBOUNCE_MS);
  }

  private onSearchSubmit(e: Event): void {
    e.preventDefault();
    clearTimeout(this.debounceTimer);
    this.applySearchText();
  }

  private applySearchText(): void {
    const text = this.searchText.trim();
    if (text === (this.currentQuery.text ?? '')) return;
    this.track(this.search?.update({ text: text || undefined }) ?? Promise.resolve());
  }

  private onSortChange(e: Event): void {
    this.track(this.search?.update({ sort: (e.target as HTMLSelectElement).value as CatalogSort }) ?? Promise.resolve());
  }

  /** Removes the search words and every filter; keeps the category and the sort order. */
  private clearFilters(): void {
    clearTimeout(this.debounceTimer);
    this.searchText = '';
    this.minPriceText = '';
    this.maxPriceText = '';
    this.priceProblem = undefined;
    this.track(this.search?.update({ text: undefined, minPrice: undefined, maxPrice: undefined, options: undefined, inStockOnly: undefined }) ?? Promise.resolve());
  }

  private goToPage(page: number): void {
    this.track(this.search?.update({ page }) ?? Promise.resolve());
    this.renderRoot.querySelector<HTMLElement>('.results')?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }

  private retry(): void {
    this.track(this.search?.retry() ?? Promise.resolve());
  }

  /*
   * The toolbar is one template: its icons, sort options and view buttons written out in it, its
   * labels set as properties. Part of the picker's first render, so no template of its own per
   * option, icon or button (issue 16).
   */
  private renderToolbar(q: CatalogQuery, filterCount: number): TemplateResult {
    const t = this.i18n.t;
    const grid = this.view === 'grid';
    return html`<div class="toolbar" part="toolbar">
      <form class="search" part="search" role="search" @submit=${this.onSearchSubmit}>
        <label class="visually-hidden" for="search" .textContent=${t('picker.search_label')}></label>
        <span class="search-icon"><svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M8.5 14a5.5 5.5 0 1 1 0-11 5.5 5.5 0 0 1 0 11zm4-1.5L17 17"/></svg></span>
        <input
          id="search"
          class="input search-input"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          maxlength="200"
          placeholder=${t('picker.search_placeholder')}
          .value=${live(this.searchText)}
          @input=${this.onSearchInput}
        />
      </form>
      <button type="button" class="button filters-toggle" aria-expanded=${this.filtersShown ? 'true' : 'false'} aria-controls=${this.filterPanel.isRendered(this.filtersShown) ? 'filters' : nothing} @click=${() => (this.filtersOpen = !this.filtersShown)}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M3 5h14M6 10h8M9 15h2"/></svg> ${filterCount > 0 ? t('picker.filters_active', { count: filterCount }) : t('picker.filters')}
      </button>
      <div class="sort">
        <label class="label" for="sort" .textContent=${t('picker.sort_label')}></label>
        <select id="sort" class="input" part="sort" .value=${live(q.sort ?? 'relevance')} @change=${this.onSortChange}>
          <option value="relevance" .textContent=${t('picker.sort.relevance')}></option>
          <option value="price_asc" .textContent=${t('picker.sort.price_asc')}></option>
          <option value="price_desc" .textContent=${t('picker.sort.price_desc')}></option>
          <option value="rating" .textContent=${t('picker.sort.rating')}></option>
          <option value="newest" .textContent=${t('picker.sort.newest')}></option>
        </select>
      </div>
      <div class="view-toggle" part="view-toggle" role="group" aria-label=${t('picker.view_label')}>
        <button type="button" class="view-button" aria-pressed=${grid ? 'true' : 'false'} title=${t('picker.view_grid')} @click=${() => (this.view = 'grid')}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 3h6v6H3zM11 3h6v6h-6zM3 11h6v6H3zM11 11h6v6h-6z"/></svg><span class="visually-hidden" .textContent=${t('picker.view_grid')}></span>
        </button>
        <button type="button" class="view-button" aria-pressed=${grid ? 'false' : 'true'} title=${t('picker.view_list')} @click=${() => (this.view = 'list')}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 4h14v3H3zM3 8.5h14v3H3zM3 13h14v3H3z"/></svg><span class="visually-hidden" .textContent=${t('picker.view_list')}></span>
        </button>
      </div>
    </div>`;
  }

  private renderResults(state: AsyncState<ProductPage>, filterCount: number): TemplateResult {
    const t = this.i18n.t;
    const data = 'data' in state ? state.data : undefined;
    const error = state.status === 'error' && state.error.code !== 'aborted' ? state.error : undefined;
    const loading = state.status === 'loading' || state.status === 'idle' || (state.status === 'error' && !error);
    let body: TemplateResult | typeof nothing;
    if (error) {
      body = html`<div class="state error-state" part="error" role="alert">
        <p class="state-title">${t('picker.error_title')}</p>
        <p class="state-body">${describeError(error, t)}</p>
        <button type="button" class="button primary" @click=${this.retry}>${t('common.retry')}</button>
      </div>`;
    } else if (!data) {
      body = this.placeholdersDue
        ? html`<ul class="grid ${this.view}" part="grid" role="list">
            ${Array.from({ length: Math.min(this.pageSize, SKELETON_CARDS) }, () => html`<li>${renderCardSkeleton()}</li>`)}
          </ul>`
        : nothing;
    } else if (data.total === 0 && !loading) {
      const hasFilters = filterCount > 0 || Boolean(this.currentQuery.text);
      body = html`<div class="state empty-state" part="empty">
        <p class="state-title">${t('picker.empty_title')}</p>
        <p class="state-body muted">${t('picker.empty_body')}</p>
        ${hasFilters
          ? html`<button type="button" class="button primary" @click=${this.clearFilters}>${t('picker.clear_filters')}</button>`
          : this.category
            ? html`<button type="button" class="button primary" @click=${() => this.chooseCategory(undefined)}>${t('picker.show_all')}</button>`
            : nothing}
      </div>`;
    } else {
      const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
      body = html`${this.cardTemplate
          ? this.cards
            ? html`<slot name="cards"></slot>`
            : html`<ul class="grid ${this.view}" part="grid" role="list">${data.items.map(() => html`<li>${renderCardSkeleton()}</li>`)}</ul>`
          : // One listener for the cards' title buttons, which are the controls (they take Enter and Space themselves).
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<ul class="grid ${this.view} ${loading ? 'stale' : ''}" part="grid" role="list" @click=${this.onCardClick}>${data.items.map((item) => renderProductCard(item, this.i18n))}</ul>`}
        ${data.total > data.pageSize
          ? html`<nav class="pagination" part="pagination" aria-label=${t('picker.pagination')}>
              <button type="button" class="button" ?disabled=${data.page <= 1} @click=${() => this.goToPage(data.page - 1)}>${t('picker.prev')}</button>
              <span class="page-status">${t('picker.page', { page: data.page, pages })}</span>
              <button type="button" class="button" ?disabled=${data.page >= pages} @click=${() => this.goToPage(data.page + 1)}>${t('picker.next')}</button>
            </nav>`
          : nothing}`;
    }
    return html`<section class="results" part="results" aria-labelledby="heading" aria-busy=${loading ? 'true' : 'false'}>${body}</section>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const state = this.results.value ?? { status: 'idle' };
    const categoryState = this.categories.value;
    const categories = categoryState && 'data' in categoryState ? (categoryState.data ?? []) : [];
    const q = this.currentQuery;
    const data = 'data' in state ? state.data : undefined;
    const filterCount = activeFilterCount(q);
    const loadingFirst = !data && state.status !== 'error';
    const range = data?.facets.priceRange;
    const digits = currencyDigits(this.activeZone.currency);
    const priceStep = digits === 0 ? '1' : `0.${'0'.repeat(digits - 1)}1`;
    return html`<div class="picker" part="base">
      <header class="header">
        <h2 id="heading" class="heading" part="heading" tabindex="-1">${headingText(categories, this.category, this.i18n)}</h2>
        <p class="count muted" part="count" role="status">
          ${loadingFirst ? t('picker.loading') : data ? t('picker.results', { count: data.total }) : ''}
        </p>
      </header>
      ${renderCategories(categoryState, this.category, this.i18n, (id) => this.chooseCategory(id))} ${this.renderToolbar(q, filterCount)}
      <div class="body ${this.filtersOpen === false ? 'filters-hidden' : ''}">
        ${this.filterPanel.render(
          this.filtersShown,
          this.filtersOpen === true,
          () => ({
            query: q,
            currency: this.activeZone.currency,
            facets: data?.facets.options ?? [],
            minPriceText: this.minPriceText,
            maxPriceText: this.maxPriceText,
            minPlaceholder: range ? toDecimalString(range.min) : '0',
            maxPlaceholder: range ? toDecimalString(range.max) : '',
            priceStep,
            priceError: this.priceProblem ? t(this.priceProblem.key, this.priceProblem.params) : undefined,
            open: this.filtersOpen,
            activeCount: filterCount,
            onPriceText: (which, value, problem) => {
              if (which === 'min') this.minPriceText = value;
              else this.maxPriceText = value;
              this.priceProblem = problem;
            },
            onQueryChange: (change) => this.track(this.search?.update(change) ?? Promise.resolve()),
            onClear: () => this.clearFilters(),
          }),
          this.i18n,
        )}
        ${this.renderResults(state, filterCount)}
      </div>
    </div>`;
  }
}
