/**
 * `<product-recommendations>`: products to recommend, each with why.
 *
 * @module
 */
import type { CartLine, LoadedZone, OrderZoneError, RecommendationKind, RecommendationList, RecommendationReason } from '@orderzone/core';
import { safeImageUrl, toOrderZoneError } from '@orderzone/core';
import { recommendationsFor, withoutCartProducts, type HistoryPlace, type RecommendationsClient } from '@orderzone/core/recommendations';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { priceText } from '../product-picker/product-card.ts';
import { productPickerByLanguage } from '../../i18n/first-paint-messages.ts';
import { ZoneElement } from '../zone-element.ts';
import { productRecommendationsByLanguage } from './product-recommendations.messages-by-language.ts';
import { productRecommendationsStyles } from './product-recommendations.styles.ts';

/** The kinds, as the `kind` attribute takes them. */
const KINDS: readonly RecommendationKind[] = ['related', 'bought_together', 'recently_viewed', 'for_you'];

/**
 * Products to recommend, from the shop's backend, each saying why ("Because you viewed …",
 * "Often bought with …"): `kind="related"` (like the product of `product-id`), `bought_together`
 * (bought in the same orders as that product, or, without `product-id`, as the cart's products),
 * `recently_viewed` (what the shopper viewed on this device), `for_you` (from the shopper's browsing
 * and, when signed in, their orders). Never a product that is sold out or already in the cart. It
 * shows nothing while there is nothing to recommend (or the backend offers no recommendations).
 *
 * The browsing history stays on the device (the zone's storage) while the shopper is signed out;
 * a signed-in shopper's is kept with their account by the backend (when it offers that), and says
 * so. "Recently viewed" offers to clear it (the account's too). A product page records the views
 * (`<product-detail>` does).
 *
 * ```html
 * <product-recommendations kind="bought_together" product-id="cotton-tee" limit="4"></product-recommendations>
 * ```
 *
 * @summary Products to recommend (related, bought together, recently viewed, for you), each with why.
 *
 * @fires oz-product-select - The shopper opened a recommended product: `{ productId }`.
 * @fires oz-error - The recommendations could not be loaded, or the history could not be cleared: `{ error, message }`.
 *
 * @csspart base - The section around the heading and the list.
 * @csspart heading - The heading.
 * @csspart list - The list of products.
 * @csspart item - One recommended product.
 * @csspart reason - Why it is recommended.
 * @csspart clear-history - The "Clear browsing history" button (recently viewed).
 *
 */
export class ProductRecommendations extends ZoneElement<'cart'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, productRecommendationsStyles];

  protected static override showsDemoMarker = false;

  /** What to recommend: `related`, `bought_together`, `recently_viewed` or `for_you`. */
  @property({ reflect: true }) kind: RecommendationKind = 'related';

  /** The product the shopper is looking at (for `related` and `bought_together`). */
  @property({ attribute: 'product-id', reflect: true }) productId?: string;

  /** How many products to show at most (1–24). */
  @property({ type: Number }) limit = 4;

  /** A heading of your own instead of the kind's. */
  @property() heading?: string;

  @state() private list: RecommendationList | undefined;
  @state() private cleared = false;

  private readonly cart = new StoreController<readonly CartLine[]>(this);
  private readonly viewed = new StoreController<readonly string[]>(this);
  private readonly kept = new StoreController<HistoryPlace>(this);
  private client: RecommendationsClient | undefined;
  private asked: string | undefined;
  private loading: AbortController | undefined;

  constructor() {
    // The cart's lines decide what is left out (and what the backend is told is in the cart).
    super([productPickerByLanguage, productRecommendationsByLanguage], ['cart']);
  }

  protected zoneChanged(zone: LoadedZone<'cart'>): void {
    this.client = recommendationsFor(zone);
    this.cart.setStore(zone.cart.$lines);
    this.viewed.setStore(this.client.history.$viewed);
    this.kept.setStore(this.client.history.$kept);
    this.asked = undefined;
    this.list = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loading = undefined;
    this.asked = undefined;
  }

  /** The kind asked for, or `related` for a value it does not know. */
  private get activeKind(): RecommendationKind {
    return KINDS.includes(this.kind) ? this.kind : 'related';
  }

  /** What the answer depends on: a change asks the backend again. */
  private question(): string {
    const kind = this.activeKind;
    const cartDecides = kind === 'bought_together' && !this.productId;
    const historyDecides = kind === 'recently_viewed' || kind === 'for_you';
    return JSON.stringify([
      kind,
      this.productId ?? '',
      this.limit,
      cartDecides ? (this.cart.value ?? []).map((line) => line.productId) : [],
      historyDecides ? (this.viewed.value ?? []) : [],
      this.activeZone?.account?.$session.get()?.token ?? '',
    ]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.client || !this.isConnected) return;
    const question = this.question();
    if (question === this.asked) return;
    this.asked = question;
    void this.load(this.client);
  }

  private async load(client: RecommendationsClient): Promise<void> {
    this.loading?.abort();
    const loading = new AbortController();
    this.loading = loading;
    const limit = Number.isInteger(this.limit) ? Math.min(24, Math.max(1, this.limit)) : 4;
    try {
      const list = await client.load({ kind: this.activeKind, ...(this.productId ? { productId: this.productId } : {}), limit }, { signal: loading.signal });
      if (this.loading === loading) this.list = list;
    } catch (error) {
      if (loading.signal.aborted || this.loading !== loading) return;
      const failure: OrderZoneError = toOrderZoneError(error);
      this.list = undefined;
      this.reportError(failure);
    }
  }

  /** Why `reason` recommends a product, in the shopper's words. */
  private reasonText(reason: RecommendationReason): string {
    const t = this.i18n.t;
    const name = reason.subject ? this.i18n.text(reason.subject.name) : undefined;
    if (name === undefined && (reason.code === 'best_seller' || reason.code === 'similar')) return t(`recommendations.reason.${reason.code}.shop`);
    return t(`recommendations.reason.${reason.code}`, { name: name ?? '' });
  }

  private select(productId: string): void {
    emit(this, 'oz-product-select', { productId });
  }

  /** Clears the history where it is kept (the account's on the backend too); a failure is reported, nothing hidden. */
  private async clearHistory(): Promise<void> {
    if (!this.client) return;
    try {
      await this.client.history.clear();
      this.cleared = true;
    } catch (error) {
      this.reportError(toOrderZoneError(error));
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const kind = this.activeKind;
    const list = this.list && this.cart.value ? withoutCartProducts(this.list, this.cart.value) : this.list;
    const items = list?.kind === kind ? list.items : [];
    const status = html`<p class="visually-hidden" role="status">${this.cleared && items.length === 0 ? t('recommendations.history_cleared') : ''}</p>`;
    if (items.length === 0) return html`<div class="empty"></div>${status}`;
    return html`<section class="recommendations" part="base" aria-labelledby="heading">
        <div class="head">
          <h2 id="heading" part="heading">${this.heading ?? t(`recommendations.heading.${kind}`)}</h2>
          ${kind === 'recently_viewed'
            ? html`<p class="note" data-history-note>${t(this.kept.value === 'account' ? 'recommendations.history_note.account' : 'recommendations.history_note')}</p>
                <button type="button" class="button link" part="clear-history" @click=${() => void this.clearHistory()}>${t('recommendations.clear_history')}</button>`
            : nothing}
        </div>
        <ul class="list" part="list">
          ${items.map(({ product, reason }) => {
            const image = safeImageUrl(product.image?.url);
            return html`<li class="item" part="item" data-product-id=${product.id}>
              <div class="media">${image && product.image ? html`<img src=${image} alt="" loading="lazy" decoding="async" />` : nothing}</div>
              <div class="body">
                <button type="button" class="title" @click=${() => this.select(product.id)}>${this.i18n.text(product.title)}</button>
                <p class="price">${priceText(product, this.i18n)}</p>
                <p class="reason" part="reason">${this.reasonText(reason)}</p>
              </div>
            </li>`;
          })}
        </ul>
      </section>
      ${status}`;
  }
}
