/**
 * The sections of `<order-detail>` whose code is fetched only when an order needs them: the company
 * a business order was bought for, "Order again" (what changed since, then "Add to cart"), and the
 * "Rate your items" card of an order that can be reviewed.
 *
 * @module
 */
import { toOrderZoneError, type LoadedZone, type Order, type OrderZoneError, type ReorderLine } from '@orderzone/core';
import { canReviewOrder } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import type { ReviewSection, ReviewSectionHost } from '../../parts/order-reviews/order-reviews.ts';

/** What the sections need of the element they are part of. */
export interface OnDemandSectionsOptions {
  i18n: LocaleController;
  zone(): LoadedZone<'checkout'>;
  reportError(error: OrderZoneError): void;
  announce(message: string): void;
  /** "Order again" added `added` lines to the cart (`undefined`: the shopper closed it). */
  reordered(added: number | undefined): void;
}

/** Loads and renders the on-demand sections of one element (see the module). */
export class OnDemandSections {
  private readonly host: ReviewSectionHost;
  private readonly options: OnDemandSectionsOptions;
  /** The company summary's module, once an order with company details asked for it. */
  private companySummary: typeof import('../../parts/company-details/company-summary.ts') | undefined;
  /** "Order again": its module once loaded, and the plan once the catalog answered. */
  private reorder: { module: typeof import('../../parts/reorder-panel/reorder-panel.ts'); plan?: ReorderLine[] } | undefined;
  /** The reviews part, loaded on demand for an order that can be reviewed (`order-reviews.ts`). */
  private reviewSection?: ReviewSection;
  private reviewSectionLoading?: Promise<void>;

  constructor(host: ReviewSectionHost, options: OnDemandSectionsOptions) {
    this.host = host;
    this.options = options;
  }

  private setReorder(reorder: OnDemandSections['reorder']): void {
    this.reorder = reorder;
    this.host.requestUpdate();
  }

  /** The company a business order was bought for, once its module is loaded (only orders with one load it). */
  renderCompany(company: NonNullable<Order['company']>): TemplateResult | typeof nothing {
    if (this.companySummary) return this.companySummary.renderCompanySummary(company, this.options.i18n.locale);
    void import('../../parts/company-details/company-summary.ts').then((module) => {
      this.companySummary = module;
      this.host.requestUpdate();
    });
    return nothing;
  }

  /** "Order again": the button, then (its module loaded on demand) what changed and "Add to cart". */
  renderReorder(order: Order): TemplateResult | typeof nothing {
    if (!order.lines.some((line) => !line.booking)) return nothing;
    const { i18n } = this.options;
    if (this.reorder?.plan) {
      return this.reorder.module.renderReorderPanel({
        locale: i18n.locale,
        plan: this.reorder.plan,
        text: i18n.text,
        money: i18n.money,
        cart: this.options.zone().cart,
        done: (added) => {
          this.setReorder(undefined);
          this.options.reordered(added);
        },
      });
    }
    return html`<div class="reorder-action">
      <button class="button" type="button" data-reorder ?disabled=${this.reorder !== undefined} @click=${() => void this.startReorder(order)}>${i18n.t('detail.reorder')}</button>
    </div>`;
  }

  private async startReorder(order: Order): Promise<void> {
    try {
      const module = await import('../../parts/reorder-panel/reorder-panel.ts');
      this.setReorder({ module });
      const plan = await module.prepareReorder(this.options.zone().adapter, order);
      this.setReorder({ module, plan });
    } catch (error) {
      this.setReorder(undefined);
      this.options.reportError(toOrderZoneError(error));
    }
  }

  /**
   * The reviews part for an order that can be reviewed with this backend: its module (the form and
   * its texts) is fetched the first time one is shown, never for the page's first paint.
   */
  renderReviews(order: Order): TemplateResult | typeof nothing {
    const zone = this.options.zone();
    if (!canReviewOrder(order) || typeof zone.adapter.writeReview !== 'function') return nothing;
    if (this.reviewSection) return this.reviewSection.render(order);
    this.reviewSectionLoading ??= import('../../parts/order-reviews/order-reviews.ts').then(
      ({ ReviewSection }) => {
        this.reviewSection = new ReviewSection(this.host, {
          adapter: zone.adapter,
          access: (orderNumber) => this.options.zone().checkout.orderAccess(orderNumber),
          locale: () => this.options.i18n.locale,
          announce: (message) => this.options.announce(message),
        });
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.reviewSectionLoading = undefined;
        this.options.reportError(toOrderZoneError(error));
      },
    );
    return nothing;
  }
}
