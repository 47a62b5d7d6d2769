/**
 * `<sales-insight>`: the console's insight page. Sales by day (a chart drawn with uPlot, and the
 * figures in a table), the best sellers, sales by product and the low-stock forecast ("runs out in
 * about N days"), all computed by the server (`GET /admin/insights`). This module, and uPlot with
 * it, is loaded by `import()` only when the merchant opens the page: never by the shop.
 */
import { formatMoney, localize, type Money, type Translate } from '@orderzone/core';
import { coreMessages, createTranslator } from '@orderzone/core/messages';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { AdminClient, SalesInsight } from './admin-client.ts';
import { insightMessages } from './insight-messages.ts';

/** The period the page shows, in days. */
export const INSIGHT_DAYS = 30;

/** The digits of a currency's minor unit (2 for CNY), for the chart's axis. */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export class SalesInsightView extends LitElement {
  /** The admin API of the console. */
  @property({ attribute: false }) client?: AdminClient;
  @property() locale = 'zh-CN';

  @state() private insight: SalesInsight | undefined;
  @state() private failure: string | undefined;
  private chart: uPlot | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get t(): Translate {
    return createTranslator(this.locale, coreMessages, insightMessages);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.load(this.client);
  }

  private async load(client: AdminClient): Promise<void> {
    try {
      this.insight = await client.insights(INSIGHT_DAYS);
      this.failure = undefined;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  private money(amount: number, currency: string): string {
    return formatMoney({ amount: Math.round(amount), currency } satisfies Money, this.locale);
  }

  protected override updated(): void {
    const insight = this.insight;
    const box = this.querySelector<HTMLElement>('[data-chart="by-day"]');
    if (!insight || !box) return;
    this.chart?.destroy();
    const days = insight.salesByDay;
    const x = days.map((day) => Date.parse(`${day.date}T00:00:00Z`) / 1000);
    const revenue = days.map((day) => day.revenue.amount);
    const scale = 10 ** minorDigits(insight.currency);
    const width = Math.max(280, Math.min(box.clientWidth || 640, 960));
    this.chart = new uPlot(
      {
        width,
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
        legend: { show: false },
        cursor: { show: true, drag: { x: false, y: false } },
        // Half a day on each side, so the first and last bars show whole; room above the highest.
        scales: { x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] }, y: { range: (_u, _min, max) => [0, Math.max(max * 1.15, scale)] } },
        axes: [
          { stroke: 'currentColor', grid: { show: false } },
          { stroke: 'currentColor', size: 96, values: (_u, ticks) => ticks.map((tick) => this.money(tick, insight.currency)) },
        ],
        series: [{}, { label: this.t('insight.revenue'), stroke: '#b4532a', fill: 'rgba(180, 83, 42, 0.25)', width: 2, paths: uPlot.paths.bars!({ size: [0.7, 24] }), points: { show: false } }],
      },
      [x, revenue],
      box,
    );
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const insight = this.insight;
    const heading = html`<h2 id="insight-heading" tabindex="-1">${t('insight.heading')}</h2>`;
    if (this.failure) return html`<section class="insight" aria-labelledby="insight-heading">${heading}<p class="card-error" role="alert">${t('insight.failed', { message: this.failure })}</p></section>`;
    if (!insight) return html`<section class="insight" aria-labelledby="insight-heading">${heading}<p class="muted">${t('insight.loading')}</p></section>`;
    const { currency } = insight;
    const total = insight.salesByDay.reduce((sum, day) => sum + day.revenue.amount, 0);
    const orders = insight.salesByDay.reduce((sum, day) => sum + day.orders, 0);
    const title = (text: SalesInsight['salesByProduct'][number]['title']) => localize(text, this.locale);
    return html`<section class="insight" aria-labelledby="insight-heading" data-insight>
      ${heading}
      <p class="muted">${t('insight.intro', { days: INSIGHT_DAYS, from: insight.from, to: insight.to })}</p>

      <h3>${t('insight.by_day')}</h3>
      <figure class="chart">
        <div data-chart="by-day" role="img" aria-label=${t('insight.by_day.chart', { from: insight.from, to: insight.to, total: this.money(total, currency), orders })}></div>
      </figure>
      <details>
        <summary>${t('insight.by_day.figures')}</summary>
        <table class="figures" data-by-day>
          <thead><tr><th scope="col">${t('insight.date')}</th><th scope="col">${t('insight.orders')}</th><th scope="col">${t('insight.units')}</th><th scope="col">${t('insight.revenue')}</th></tr></thead>
          <tbody>
            ${insight.salesByDay.map((day) => html`<tr><th scope="row">${day.date}</th><td>${day.orders}</td><td>${day.units}</td><td>${formatMoney(day.revenue, this.locale)}</td></tr>`)}
          </tbody>
        </table>
      </details>

      <h3>${t('insight.low_stock')}</h3>
      ${insight.lowStock.length === 0
        ? html`<p class="muted" data-low-stock-none>${t('insight.low_stock.none', { horizonDays: insight.horizonDays })}</p>`
        : html`<p class="muted">${t('insight.low_stock.intro', { velocityDays: insight.velocityDays, horizonDays: insight.horizonDays })}</p>
            <ul class="low-stock" data-low-stock>
              ${insight.lowStock.map(
                (item) => html`<li data-variant=${item.variantId}>
                  <strong>${title(item.title)}</strong> <span class="muted">${item.sku}</span><br />
                  <span data-runs-out>${item.runsOutInDays === 0 ? t('insight.runs_out_now') : t('insight.runs_out', { days: item.runsOutInDays })}</span>
                  · ${t('insight.low_stock.item', { stock: item.stock, perDay: new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(item.unitsPerDay) })}
                </li>`,
              )}
            </ul>`}

      <h3>${t('insight.best_sellers')}</h3>
      ${insight.bestSellers.length === 0
        ? html`<p class="muted">${t('insight.none')}</p>`
        : html`<ol class="best-sellers" data-best-sellers>
            ${insight.bestSellers.map((item) => html`<li data-product=${item.productId}>${t('insight.best_seller', { title: title(item.title), units: item.units })}</li>`)}
          </ol>`}

      <h3>${t('insight.by_product')}</h3>
      ${insight.salesByProduct.length === 0
        ? nothing
        : html`<table class="figures" data-by-product>
            <thead><tr><th scope="col">${t('insight.product')}</th><th scope="col">${t('insight.orders')}</th><th scope="col">${t('insight.units')}</th><th scope="col">${t('insight.revenue')}</th></tr></thead>
            <tbody>
              ${insight.salesByProduct.map((item) => html`<tr data-product=${item.productId}><th scope="row">${title(item.title)}</th><td>${item.orders}</td><td>${item.units}</td><td>${formatMoney(item.revenue, this.locale)}</td></tr>`)}
            </tbody>
          </table>`}
    </section>`;
  }
}

customElements.define('sales-insight', SalesInsightView);

declare global {
  interface HTMLElementTagNameMap {
    'sales-insight': SalesInsightView;
  }
}
