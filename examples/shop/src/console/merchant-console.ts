/**
 * `<merchant-console>`: the demo's merchant side, on the OrderZone server's admin API
 * (`admin-client.ts`) with a merchant key.
 *
 * - The list (`console.html`): the orders, newest first, found by order number, phone or e-mail and
 *   filtered by what is left to do; above them the messages the server sent (its outbox), so a
 *   person playing the demo can read a sign-in or verification code.
 * - One order (`console.html#order/<number>`): what a merchant needs to fulfil it (contact, address,
 *   each line with its personalization text and booking dates or seats, the money and the payments
 *   at the provider, the history) and the actions the core's transition table allows now, plus
 *   "simulate the payment" while the simulated provider has a payment for it. An open refund or
 *   return request is shown line by line; approving it takes the units accepted per line (the rest
 *   declined), and a refund shows what it gives back, by the core's rule, before it is made.
 *
 * It follows the server by asking again every few seconds (slower while the tab is hidden) and says
 * what changed in a live region. Without a merchant key (or with one the server refuses) it asks for
 * one. Rendered in the light DOM so the page's stylesheet styles it.
 */
import { formatMoney, isOrderZoneError, localize, toOrderZoneError, type Order, type OrderStatus, type Product, type ReviewModeration, type ReviewRecord, type Translate } from '@orderzone/core';
import { coreMessages, createTranslator, describeError, describeFieldError } from '@orderzone/core/messages';
import { allowedMerchantActions, openAfterSale, parseOrderNumber } from '@orderzone/core/orders';
import { DEMO_RISK_RULES } from '@orderzone/embedded-backend';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createAdminClient, REVIEW_PAGE_SIZE, type AdminClient, type OrderRecord, type OutboxEntry } from './admin-client.ts';
import { consoleMessages } from './console-messages.ts';
import { insightMessages } from './insight-messages.ts';
import { actionLabelKey, decidedLines, formOf, initialValues, lineField, refundPreview, runAction, type ActionForm, type ConsoleAction, type FormValues } from './merchant-actions.ts';
import { formatDateTime, renderAfterSaleRequest, renderCustomer, renderHistory, renderLines, renderPaymentFacts, renderTotals, type ViewContext } from './order-view.ts';
import { isCodeMessage, renderMessage } from './outbox-view.ts';
import { reviewConsoleMessages } from './review-messages.ts';
import { renderReviewModeration } from './review-moderation-view.ts';
import { rfqConsoleMessages } from './rfq-messages.ts';

/** How often the console asks the server again while the tab is visible, and while it is hidden. */
const POLL_MS = 2_000;
const HIDDEN_POLL_MS = 10_000;
/** Orders per list. */
const LIST_LIMIT = 50;
/** Messages shown. */
const OUTBOX_LIMIT = 12;

/** What is left to do, as statuses: the list's filter. */
export const ORDER_FILTERS: Readonly<Record<string, readonly OrderStatus[]>> = {
  all: [],
  awaiting_payment: ['pending_payment'],
  to_ship: ['paid', 'pending_shipment', 'refund_rejected'],
  shipped: ['shipped'],
  after_sales: ['refund_requested', 'return_requested', 'return_approved', 'returned'],
  bookings: ['confirmed'],
  closed: ['completed', 'cancelled', 'refunded', 'return_rejected', 'fulfilled'],
};

/** Which page of the console shows: the list, one order, or the sales insight. */
type ConsoleRoute = { view: 'list' } | { view: 'order'; orderNumber: string } | { view: 'insights' } | { view: 'rfqs'; rfqId?: string };

/** The route of a location hash: `#order/<number>` is one order, `#insights` the insight, anything else the list. */
function routeOf(hash: string): ConsoleRoute {
  if (hash === '#insights') return { view: 'insights' };
  if (hash === '#rfqs') return { view: 'rfqs' };
  const rfq = /^#rfq\/(.+)$/.exec(hash);
  if (rfq) return { view: 'rfqs', rfqId: decodeURIComponent(rfq[1]!) };
  const match = /^#order\/(.+)$/.exec(hash);
  return match ? { view: 'order', orderNumber: decodeURIComponent(match[1]!) } : { view: 'list' };
}

/** An action form the merchant has open. */
interface OpenForm {
  orderNumber: string;
  action: ConsoleAction;
  form: ActionForm;
  values: FormValues;
  /** Form field → error sentence. */
  fieldErrors: Record<string, string>;
}

/** A refusal shown on the order. */
interface CardError {
  orderNumber: string;
  message: string;
  detail: string;
}

/** A field of an action form. */
interface FormField {
  name: string;
  /** Message key, or the label itself for a line (already translated). */
  label: string;
  multiline?: boolean;
  required?: boolean;
  autocomplete?: string;
  /** A number of units, 0 to `max` (the lines of an approval). */
  units?: { max: number };
}

/** The fields of each form: name, message key, and whether the server requires it (an approval's line fields come first, see `formFields`). */
const FORM_FIELDS: Record<ActionForm, FormField[]> = {
  ship: [
    { name: 'carrier', label: 'console.field.carrier', required: true },
    { name: 'number', label: 'console.field.tracking_number', required: true },
  ],
  approve_return: [
    { name: 'recipient', label: 'console.field.recipient', required: true },
    { name: 'phone', label: 'console.field.phone', autocomplete: 'tel' },
    { name: 'region', label: 'console.field.region', required: true },
    { name: 'city', label: 'console.field.city', required: true },
    { name: 'district', label: 'console.field.district' },
    { name: 'line1', label: 'console.field.line1', required: true },
    { name: 'postalCode', label: 'console.field.postal_code' },
    { name: 'note', label: 'console.field.note', multiline: true },
  ],
  reject_refund: [{ name: 'note', label: 'console.field.reason', multiline: true }],
  reject_return: [{ name: 'note', label: 'console.field.reason', multiline: true }],
  approve_refund: [{ name: 'note', label: 'console.field.note', multiline: true }],
};

/** Where a key typed into the console is kept: this tab only. */
const KEY_STORAGE = 'orderzone-console:merchant-key';

/** The merchant console of the demo shop. */
export class MerchantConsole extends LitElement {
  /** The REST API's base URL; the admin API is under `{api}/admin`. */
  @property() api = '/api';

  /** The merchant key (`ozk_…`): given by the page in development, else typed by the merchant. */
  @property({ attribute: false }) merchantKey: string | undefined;

  /** `zh-CN` or `en-US`. */
  @property() locale = 'zh-CN';

  @state() private route: ConsoleRoute = routeOf(location.hash);
  @state() private orders: Order[] | undefined;
  @state() private moreOrders = false;
  @state() private messages: OutboxEntry[] | undefined;
  @state() private reviews: ReviewRecord[] | undefined;
  /** Where the next page of reviews starts ("Show more reviews"); none on the last page. */
  @state() private reviewsCursor: string | undefined;
  @state() private reviewError: { reviewId: string; message: string } | undefined;
  @state() private record: OrderRecord | undefined;
  @state() private missing = false;
  @state() private products = new Map<string, Product>();
  /** The search applied, and the one being typed. */
  @state() private search = { text: '', filter: 'all' };
  @state() private draft = { text: '', filter: 'all' };
  @state() private open: OpenForm | undefined;
  @state() private error: CardError | undefined;
  @state() private busy = false;
  @state() private offline = false;
  @state() private keyRefused = false;
  @state() private announcement = '';

  private client: AdminClient | undefined;
  private clientKey: string | undefined;
  /** Bumped by every change made here: an answer asked for before it is not applied over it. */
  private generation = 0;
  private timer: number | undefined;
  private pending: Promise<void> | undefined;
  private again = false;
  private focusAfterUpdate: string | undefined;
  private readonly onHashChange = () => this.navigate(routeOf(location.hash));
  private readonly onVisibility = () => {
    if (!document.hidden) this.poke();
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.merchantKey ??= sessionStorage.getItem(KEY_STORAGE) ?? undefined;
    window.addEventListener('hashchange', this.onHashChange);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.poke();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
  }

  private get t(): Translate {
    return createTranslator(this.locale, coreMessages, consoleMessages, insightMessages, reviewConsoleMessages, rfqConsoleMessages);
  }

  private get view(): ViewContext {
    return { t: this.t, locale: this.locale, products: this.products };
  }

  /** The client for the current key (a new one when the key changes). */
  private adminClient(): AdminClient | undefined {
    if (!this.merchantKey) return undefined;
    if (this.clientKey !== this.merchantKey) {
      this.client = createAdminClient(this.api, this.merchantKey);
      this.clientKey = this.merchantKey;
    }
    return this.client;
  }

  /** Asks the server now (or right after the request in flight), then again every few seconds. */
  private poke(): void {
    clearTimeout(this.timer);
    if (this.pending) {
      this.again = true;
      return;
    }
    this.pending = this.refresh().finally(() => {
      this.pending = undefined;
      if (!this.isConnected || this.keyRefused || !this.merchantKey) return;
      if (this.again) {
        this.again = false;
        this.poke();
        return;
      }
      this.timer = window.setTimeout(() => this.poke(), document.hidden ? HIDDEN_POLL_MS : POLL_MS);
    });
  }

  private async refresh(): Promise<void> {
    const client = this.adminClient();
    if (!client || this.keyRefused) return;
    const generation = this.generation;
    const route = this.route;
    try {
      if (route.view === 'order') {
        const record = await client.getOrder(route.orderNumber);
        if (generation === this.generation && route === this.route) this.showRecord(record);
      } else {
        // As many reviews as are shown (pages loaded with "Show more"), at most the admin API's page of 100.
        const reviewLimit = Math.min(Math.max(this.reviews?.length ?? 0, REVIEW_PAGE_SIZE), 100);
        const [page, messages, reviews] = await Promise.all([client.listOrders({ ...this.searchQuery(), limit: LIST_LIMIT }), client.outbox(OUTBOX_LIMIT), client.listReviews({ limit: reviewLimit })]);
        if (generation === this.generation && route === this.route) {
          this.showList(page.orders, page.nextCursor !== undefined, messages);
          this.reviews = reviews.reviews;
          this.reviewsCursor = reviews.nextCursor;
          void this.loadProductsById(reviews.reviews.map((review) => review.productId));
        }
      }
      this.offline = false;
    } catch (error) {
      if (isOrderZoneError(error) && error.code === 'unauthorized') this.keyRefused = true;
      else if (isOrderZoneError(error) && error.code === 'not_found' && route.view === 'order' && route === this.route) this.missing = true;
      else this.offline = true;
    }
  }

  /** The admin API's search for what the merchant typed: an order number, else a phone or e-mail. */
  private searchQuery(): { orderNumber?: string; contact?: string; statuses: readonly OrderStatus[] } {
    const text = this.search.text.trim();
    const statuses = ORDER_FILTERS[this.search.filter] ?? [];
    if (text === '') return { statuses };
    return parseOrderNumber(text) ? { orderNumber: text, statuses } : { contact: text, statuses };
  }

  private showList(orders: Order[], more: boolean, messages: OutboxEntry[]): void {
    const t = this.t;
    const known = this.messages ? new Set(this.messages.map((message) => message.id)) : undefined;
    const newCode = known ? messages.find((message) => !known.has(message.id) && isCodeMessage(message) && message.code !== undefined) : undefined;
    const before = this.orders ? new Map(this.orders.map((order) => [order.orderNumber, order.status])) : undefined;
    const changed = before !== undefined && orders.some((order) => before.get(order.orderNumber) !== order.status);
    if (newCode && isCodeMessage(newCode)) {
      this.announcement = t('console.outbox.new', { channel: t(`console.outbox.channel.${newCode.channel}`), destination: newCode.destination, code: newCode.code! });
    } else if (changed) {
      this.announcement = t('console.updated');
    }
    this.orders = orders;
    this.moreOrders = more;
    this.messages = messages;
  }

  private showRecord(record: OrderRecord): void {
    const before = this.record?.order;
    if (before && before.orderNumber === record.order.orderNumber && before.status !== record.order.status) {
      this.announcement = this.t('console.order_updated', { orderNumber: record.order.orderNumber, status: this.t(`console.status.${record.order.status}`) });
    }
    this.record = record;
    this.missing = false;
    void this.loadProducts(record.order);
  }

  /** Loads the products of lines with personalization once, for the names of their fields. */
  private loadProducts(order: Order): Promise<void> {
    return this.loadProductsById(order.lines.filter((line) => Object.keys(line.personalization).length > 0).map((line) => line.productId));
  }

  /** Loads the products of `ids` not loaded yet (a product that cannot be loaded is left out). */
  private async loadProductsById(ids: readonly string[]): Promise<void> {
    const client = this.adminClient();
    const wanted = [...new Set(ids)].filter((id) => !this.products.has(id));
    if (!client || wanted.length === 0) return;
    const loaded = await Promise.all(wanted.map((id) => client.getProduct(id).catch(() => undefined)));
    const products = new Map(this.products);
    for (const product of loaded) if (product) products.set(product.id, product);
    this.products = products;
  }

  private navigate(route: ConsoleRoute): void {
    this.route = route;
    this.generation++;
    this.record = undefined;
    this.missing = false;
    this.open = undefined;
    this.error = undefined;
    this.focusAfterUpdate = route.view === 'order' ? '#order-heading' : route.view === 'insights' ? '#insight-heading' : route.view === 'rfqs' ? (route.rfqId === undefined ? '#rfq-heading' : '#rfq-title') : '#orders-heading';
    this.poke();
  }

  // ---- searching

  private submitSearch(event: SubmitEvent): void {
    event.preventDefault();
    this.search = { ...this.draft };
    this.generation++;
    this.orders = undefined;
    this.poke();
  }

  private clearSearch(): void {
    this.draft = { text: '', filter: 'all' };
    this.search = { ...this.draft };
    this.generation++;
    this.orders = undefined;
    this.poke();
  }

  // ---- the merchant key

  private submitKey(event: SubmitEvent): void {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('key');
    const key = typeof value === 'string' ? value.trim() : '';
    if (key === '') return;
    sessionStorage.setItem(KEY_STORAGE, key);
    this.merchantKey = key;
    this.keyRefused = false;
    this.poke();
  }

  // ---- actions

  private start(order: Order, action: ConsoleAction): void {
    this.error = undefined;
    const form = formOf(action);
    if (!form) {
      void this.perform(order.orderNumber, action, {});
      return;
    }
    this.open = { orderNumber: order.orderNumber, action, form, values: initialValues(form, order), fieldErrors: {} };
    this.focusAfterUpdate = `#field-${order.orderNumber}-${this.formFields(form, order)[0]!.name}`;
  }

  private cancel(): void {
    const open = this.open;
    this.open = undefined;
    if (open) this.focusAfterUpdate = `[data-order="${open.orderNumber}"] [data-action="${open.action}"]`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const open = this.open;
    if (open) void this.perform(open.orderNumber, open.action, open.values);
  }

  private async perform(orderNumber: string, action: ConsoleAction, values: FormValues): Promise<void> {
    const client = this.adminClient();
    if (!client || this.busy) return;
    const t = this.t;
    this.busy = true;
    this.generation++;
    try {
      const order = await runAction(client, orderNumber, action, values);
      if (this.record?.order.orderNumber === order.orderNumber) this.record = { ...this.record, order };
      this.open = undefined;
      this.error = undefined;
      this.announcement = t(`console.done.${action}`, { orderNumber });
      this.focusAfterUpdate = '#order-heading';
    } catch (error) {
      const code = isOrderZoneError(error) ? error.code : 'other';
      const messageKey = ['conflict', 'validation', 'not_found', 'unauthorized'].includes(code) ? `console.error.${code}` : 'console.error.other';
      const detail = error instanceof Error ? error.message : String(error);
      this.error = { orderNumber, message: t(messageKey), detail: t('console.error.detail', { message: detail }) };
      if (this.open && isOrderZoneError(error) && error.fieldErrors.length > 0) {
        const fieldErrors: Record<string, string> = {};
        const order = this.record?.order.orderNumber === orderNumber ? this.record.order : undefined;
        const lineNames = order ? decidedLines(order).map((line) => lineField(line.lineIndex)) : [];
        for (const fieldError of error.fieldErrors) {
          // `lines.<i>…` is order line i's field; `lines` (nothing accepted) the first line's.
          const line = /^lines(?:\.(\d+))?/.exec(fieldError.field);
          const name = line ? (line[1] !== undefined ? lineField(Number(line[1])) : (lineNames[0] ?? 'lines')) : fieldError.field.split('.').pop()!;
          fieldErrors[name] ??= describeFieldError(fieldError, t);
        }
        this.open = { ...this.open, fieldErrors };
        const first = (order ? this.formFields(this.open.form, order) : FORM_FIELDS[this.open.form]).find((field) => fieldErrors[field.name]);
        if (first) this.focusAfterUpdate = `#field-${orderNumber}-${first.name}`;
      } else if (this.open) {
        // Not about a field (the order changed meanwhile): the form cannot help any more.
        this.open = undefined;
        this.focusAfterUpdate = '#order-heading';
      }
    } finally {
      this.busy = false;
      // The payments, the history and the audit log after the action (or what changed meanwhile).
      this.generation++;
      this.poke();
    }
  }

  /** The fields of `form` for `order`: an approval starts with one field per line of the open request. */
  private formFields(form: ActionForm, order: Order): FormField[] {
    if (form !== 'approve_refund' && form !== 'approve_return') return FORM_FIELDS[form];
    const lines = decidedLines(order).map(({ lineIndex, units }): FormField => {
      const line = order.lines[lineIndex];
      const title = line ? localize(line.title, this.locale) : `#${lineIndex + 1}`;
      return { name: lineField(lineIndex), label: this.t('console.field.accept_units', { title, max: units }), units: { max: units } };
    });
    return [...lines, ...FORM_FIELDS[form]];
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.querySelector<HTMLElement>(this.focusAfterUpdate);
    if (!target) return;
    this.focusAfterUpdate = undefined;
    target.focus();
  }

  // ---- rendering

  protected override render(): TemplateResult {
    const t = this.t;
    return html`
      <div class="console-heading">
        <h1 id="console-title">${t('console.title')}</h1>
        <p class="muted">${t('console.intro')}</p>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" data-announcement>${this.announcement}</div>
      ${this.offline ? html`<p class="banner" role="alert" data-offline>${t('console.offline')}</p>` : nothing}
      ${!this.merchantKey || this.keyRefused
        ? this.renderKeyForm(t)
        : this.route.view === 'order'
          ? this.renderOrderPage(this.route.orderNumber, t)
          : this.route.view === 'insights'
            ? this.renderInsights(t)
            : this.route.view === 'rfqs'
              ? this.renderRfqs(this.route.rfqId, t)
              : this.renderListPage(t)}
    `;
  }

  private renderKeyForm(t: Translate): TemplateResult {
    return html`<section class="key-form" aria-labelledby="key-heading">
      <h2 id="key-heading">${t('console.key.title')}</h2>
      <p class="muted">${t('console.key.intro')}</p>
      ${this.keyRefused ? html`<p class="card-error" role="alert">${t('console.key.refused')}</p>` : nothing}
      <form @submit=${this.submitKey} class="field">
        <label for="merchant-key">${t('console.key.label')}</label>
        <input id="merchant-key" name="key" autocomplete="off" spellcheck="false" required />
        <div class="form-actions"><button type="submit" class="button primary">${t('console.key.submit')}</button></div>
      </form>
    </section>`;
  }

  /** The insight page: its module (and the charting library with it) is fetched only when it is opened. */
  private renderInsights(t: Translate): TemplateResult {
    if (!customElements.get('sales-insight')) void import('./insight-view.ts').then(() => this.requestUpdate());
    return html`<p class="back"><a href="#orders">← ${t('console.back')}</a></p>
      <sales-insight .client=${this.adminClient()} .locale=${this.locale}></sales-insight>`;
  }

  /** The requests for quote (the list, or one): its module is fetched only when it is opened. */
  private renderRfqs(rfqId: string | undefined, t: Translate): TemplateResult {
    if (!customElements.get('rfq-desk')) void import('./rfq-desk.ts').then(() => this.requestUpdate());
    return html`<p class="back"><a href="#orders">← ${t('console.back')}</a></p>
      <rfq-desk .client=${this.adminClient()} .locale=${this.locale} .rfqId=${rfqId}></rfq-desk>`;
  }

  /** The next page of reviews, after those shown. */
  private async showMoreReviews(): Promise<void> {
    const client = this.adminClient();
    const cursor = this.reviewsCursor;
    if (!client || !cursor || this.busy) return;
    this.busy = true;
    try {
      const page = await client.listReviews({ cursor });
      const shown = new Set((this.reviews ?? []).map((review) => review.id));
      this.reviews = [...(this.reviews ?? []), ...page.reviews.filter((review) => !shown.has(review.id))];
      this.reviewsCursor = page.nextCursor;
      this.announcement = this.t('console.reviews.shown', { count: this.reviews.length });
      void this.loadProductsById(page.reviews.map((review) => review.productId));
    } catch {
      this.offline = true;
    } finally {
      this.busy = false;
    }
  }

  /** Publishes, hides or replies to a review, then shows the list as the server has it. */
  private async moderateReview(reviewId: string, moderation: ReviewModeration): Promise<void> {
    const client = this.adminClient();
    if (!client || this.busy) return;
    this.busy = true;
    this.reviewError = undefined;
    try {
      const saved = await client.moderateReview(reviewId, moderation);
      this.reviews = (this.reviews ?? []).map((review) => (review.id === saved.id ? saved : review));
      this.announcement = this.t(`console.review.done.${moderation.action}`);
    } catch (error) {
      const problem = toOrderZoneError(error);
      const field = problem.fieldErrors[0];
      this.reviewError = { reviewId, message: field ? describeFieldError(field, this.t) : describeError(problem, this.t) };
    } finally {
      this.busy = false;
    }
  }

  private renderListPage(t: Translate): TemplateResult {
    const orders = this.orders;
    const searching = this.search.text.trim() !== '' || this.search.filter !== 'all';
    return html`
      <p class="insight-link"><a href="#insights" data-insight-link>${t('insight.link')}</a> · <a href="#rfqs" data-rfq-link>${t('rfq.link')}</a></p>
      ${this.renderOutbox(t)}
      ${renderReviewModeration(this.reviews, {
        t,
        locale: this.locale,
        products: this.products,
        busy: this.busy,
        ...(this.reviewError ? { error: this.reviewError } : {}),
        moderate: (reviewId, moderation) => void this.moderateReview(reviewId, moderation),
        more: this.reviewsCursor !== undefined,
        showMore: () => void this.showMoreReviews(),
      })}
      <section id="orders" aria-labelledby="orders-heading">
        <h2 id="orders-heading" tabindex="-1">
          ${t('console.orders')} ${orders ? html`<span class="count">(${t('console.count', { count: orders.length })})</span>` : nothing}
        </h2>
        ${this.renderSearch(t)}
        ${orders === undefined
          ? html`<p class="muted">${t('console.loading')}</p>`
          : orders.length === 0
            ? searching
              ? html`<p class="empty" data-empty>${t('console.search.none')}</p>`
              : html`<p class="empty" data-empty>${t('console.empty')} <a href="./">${t('console.back_to_shop')}</a></p>`
            : html`<ol class="orders" role="list">
                ${orders.map((order) => html`<li>${this.renderOrderSummary(order, t)}</li>`)}
              </ol>
              ${this.moreOrders ? html`<p class="muted" data-more>${t('console.more', { count: orders.length })}</p>` : nothing}`}
      </section>
    `;
  }

  private renderSearch(t: Translate): TemplateResult {
    return html`<form class="search" role="search" aria-label=${t('console.search')} @submit=${this.submitSearch}>
      <div class="field">
        <label for="order-search">${t('console.search.query')}</label>
        <input
          id="order-search"
          type="search"
          name="q"
          autocomplete="off"
          .value=${this.draft.text}
          @input=${(e: Event) => (this.draft = { ...this.draft, text: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="order-filter">${t('console.search.status')}</label>
        <select id="order-filter" name="status" .value=${this.draft.filter} @change=${(e: Event) => (this.draft = { ...this.draft, filter: (e.target as HTMLSelectElement).value })}>
          ${Object.keys(ORDER_FILTERS).map((filter) => html`<option value=${filter} ?selected=${this.draft.filter === filter}>${t(`console.filter.${filter}`)}</option>`)}
        </select>
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary">${t('console.search.submit')}</button>
        <button type="button" class="button" @click=${this.clearSearch}>${t('console.search.clear')}</button>
      </div>
    </form>`;
  }

  /** An order in the list: enough to pick it, and the way into it. */
  private renderOrderSummary(order: Order, t: Translate): TemplateResult {
    const status = t(`console.status.${order.status}`);
    const items = order.lines.map((line) => `${line.quantity} × ${localize(line.title, this.locale)}`).join(', ');
    return html`<article class="order-card summary" aria-labelledby="summary-${order.orderNumber}" data-order=${order.orderNumber}>
      <header class="order-header">
        <h3 id="summary-${order.orderNumber}"><a href="#order/${encodeURIComponent(order.orderNumber)}" aria-label=${t('console.open', { orderNumber: order.orderNumber })}>${order.orderNumber}</a></h3>
        <span class="status status-${order.status}" data-status>${status}</span>
      </header>
      <p class="summary-line">
        <span>${formatDateTime(order.createdAt, this.locale)}</span>
        <span>${order.contact.name}</span>
        <strong data-total>${formatMoney(order.total, this.locale)}</strong>
        <span>${localize(order.paymentMethod.label, this.locale)}</span>
      </p>
      <p class="muted items-summary">${items}</p>
    </article>`;
  }

  /** The codes and notices the server sent, newest first. */
  private renderOutbox(t: Translate): TemplateResult {
    const messages = this.messages ?? [];
    const now = Date.now();
    return html`<section class="outbox" aria-labelledby="outbox-heading" data-outbox>
      <h2 id="outbox-heading">${t('console.outbox')} <span class="count">(${t('console.outbox.count', { count: messages.length })})</span></h2>
      <p class="muted">${t('console.outbox.intro')}</p>
      ${this.messages === undefined
        ? html`<p class="muted">${t('console.loading')}</p>`
        : messages.length === 0
          ? html`<p class="muted" data-outbox-empty>${t('console.outbox.empty', { threshold: formatMoney(DEMO_RISK_RULES.amountThreshold, this.locale) })}</p>`
          : html`<ol class="messages" role="list">
              ${messages.map((message) => renderMessage(message, t, this.locale, now))}
            </ol>`}
    </section>`;
  }

  private renderOrderPage(orderNumber: string, t: Translate): TemplateResult {
    const back = html`<p class="back"><a href="#orders">← ${t('console.back')}</a></p>`;
    if (this.missing) return html`${back}<p class="card-error" role="alert" data-missing>${t('console.order_missing', { orderNumber })}</p>`;
    if (!this.record) return html`${back}<p class="muted">${t('console.loading')}</p>`;
    return html`${back}${this.renderOrder(this.record, t)}`;
  }

  /** The actions offered now: the transition table's, and the simulated payment while there is one to pay. */
  private actionsOf(record: OrderRecord): ConsoleAction[] {
    const actions: ConsoleAction[] = allowedMerchantActions(record.order);
    const simulated = record.order.status === 'pending_payment' && (record.payments ?? []).some((payment) => payment.provider === 'simulated');
    return simulated ? ['simulate_payment', ...actions] : actions;
  }

  private renderOrder(record: OrderRecord, t: Translate): TemplateResult {
    const { order } = record;
    const view = this.view;
    const actions = this.actionsOf(record);
    const status = t(`console.status.${order.status}`);
    const open = this.open?.orderNumber === order.orderNumber ? this.open : undefined;
    const error = this.error?.orderNumber === order.orderNumber ? this.error : undefined;
    const refundReason = [...(order.history ?? [])].reverse().find((entry) => entry.action === 'request_refund')?.note;
    const request = openAfterSale(order);
    return html`<article class="order-card" aria-labelledby="order-heading" data-order=${order.orderNumber}>
      <header class="order-header">
        <h2 id="order-heading" tabindex="-1">${t('console.order', { orderNumber: order.orderNumber })}</h2>
        <span class="status status-${order.status}" data-status>${status}</span>
      </header>
      <p class="muted">${t('console.placed')} ${formatDateTime(order.createdAt, this.locale)}</p>

      ${actions.length > 0
        ? html`<div class="actions" role="group" aria-label=${t('console.actions', { orderNumber: order.orderNumber })}>
            ${actions.map((action) => {
              const primary = action === actions[0];
              return html`<button
                type="button"
                class="button ${primary ? 'primary' : ''}"
                data-action=${action}
                aria-expanded=${formOf(action) ? String(open?.action === action) : nothing}
                ?disabled=${this.busy || (open !== undefined && open.action !== action)}
                @click=${() => (open?.action === action ? this.cancel() : this.start(order, action))}
              >
                ${t(actionLabelKey(action, order))}
              </button>`;
            })}
          </div>
          ${actions.includes('simulate_payment') ? html`<p class="muted hint">${t('console.action.simulate_payment.hint')}</p>` : nothing}
          ${actions.includes('confirm_payment') ? html`<p class="muted hint">${t('console.action.confirm_payment.hint')}</p>` : nothing}`
        : html`<p class="muted" data-no-actions>${t('console.no_actions', { status })}</p>`}
      ${open ? this.renderForm(order, open, actions, t) : nothing}
      ${error
        ? html`<div class="card-error" role="alert" data-error>
            <p>${error.message}</p>
            <p class="muted">${error.detail}</p>
          </div>`
        : nothing}

      <div class="order-columns">
        <section aria-labelledby="customer-heading">
          <h3 id="customer-heading">${t('console.customer')}</h3>
          ${renderCustomer(order, view)}
        </section>
        <section aria-labelledby="payment-heading">
          <h3 id="payment-heading">${t('console.payment')}</h3>
          ${renderPaymentFacts(record, view)}
          ${renderTotals(order, view)}
        </section>
      </div>

      <section aria-labelledby="lines-heading">
        <h3 id="lines-heading">${t('console.lines')}</h3>
        ${renderLines(order, view)}
      </section>

      ${order.tracking || request || order.refunded || refundReason || order.returnRequest || order.returnInstructions
        ? html`<section aria-labelledby="after-heading">
            <h3 id="after-heading">${t('console.after_sales')}</h3>
            <dl class="facts">
              ${order.tracking ? html`<div><dt>${t('console.tracking')}</dt><dd data-tracking>${t('console.tracking_value', { carrier: order.tracking.carrier, number: order.tracking.number })}</dd></div>` : nothing}
              ${renderAfterSaleRequest(order, request, view)}
              ${refundReason ? html`<div><dt>${t('console.refund_reason')}</dt><dd>${refundReason}</dd></div>` : nothing}
              ${order.returnRequest
                ? html`<div><dt>${t('console.return_reason')}</dt><dd data-return-reason>${order.returnRequest.reason}</dd></div>
                    ${order.returnRequest.photos.length > 0
                      ? html`<div>
                          <dt>${t('console.return_photos')}</dt>
                          <dd class="photos">
                            ${order.returnRequest.photos.map((photo, index) => html`<img src=${photo.url} alt=${t('console.return_photo_alt', { index: index + 1, orderNumber: order.orderNumber })} data-return-photo />`)}
                          </dd>
                        </div>`
                      : nothing}`
                : nothing}
              ${order.returnInstructions
                ? html`<div>
                    <dt>${t('console.return_address')}</dt>
                    <dd>
                      ${order.returnInstructions.recipient}${order.returnInstructions.phone ? ` · ${order.returnInstructions.phone}` : ''} ·
                      ${[order.returnInstructions.address.region, order.returnInstructions.address.city, order.returnInstructions.address.district, order.returnInstructions.address.line1, order.returnInstructions.address.postalCode].filter(Boolean).join(' ')}
                    </dd>
                  </div>`
                : nothing}
            </dl>
          </section>`
        : nothing}

      <section aria-labelledby="history-heading">
        <h3 id="history-heading">${t('console.history')}</h3>
        ${renderHistory(order, view)}
      </section>
    </article>`;
  }

  private renderForm(order: Order, open: OpenForm, actions: ConsoleAction[], t: Translate): TemplateResult {
    if (!actions.includes(open.action)) {
      return html`<p class="card-error" role="alert">${t('console.changed', { status: t(`console.status.${order.status}`) })}</p>`;
    }
    const id = (name: string): string => `field-${order.orderNumber}-${name}`;
    const submitKey = `console.submit.${open.form}`;
    const preview = open.form === 'approve_refund' ? refundPreview(order, open.values) : undefined;
    const decides = open.form === 'approve_refund' || open.form === 'approve_return';
    return html`<form
      class="action-form"
      aria-label=${t(`console.form.${open.form}`, { orderNumber: order.orderNumber })}
      novalidate
      @submit=${this.submit}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancel()}
      data-form=${open.form}
    >
      <div class="fields">
        ${this.formFields(open.form, order).map((field) => {
          const fieldError = open.fieldErrors[field.name];
          const input = (e: Event): void => {
            this.open = { ...open, values: { ...open.values, [field.name]: (e.target as HTMLInputElement).value } };
          };
          return html`<div class="field ${field.multiline ? 'wide' : ''}">
            <label for=${id(field.name)}>${field.units ? field.label : t(field.label)}${field.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
            ${field.units
              ? html`<input id=${id(field.name)} name=${field.name} type="number" inputmode="numeric" min="0" max=${field.units.max} step="1" .value=${open.values[field.name] ?? ''} aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id(field.name)}-error` : nothing} @input=${input} data-accept-line />`
              : field.multiline
              ? html`<textarea id=${id(field.name)} name=${field.name} rows="2" maxlength="500" .value=${open.values[field.name] ?? ''} aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id(field.name)}-error` : nothing} @input=${input}></textarea>`
              : html`<input id=${id(field.name)} name=${field.name} .value=${open.values[field.name] ?? ''} ?required=${field.required} autocomplete=${field.autocomplete ?? 'off'} aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id(field.name)}-error` : nothing} @input=${input} />`}
            ${fieldError ? html`<p class="field-error" id="${id(field.name)}-error">${fieldError}</p>` : nothing}
          </div>`;
        })}
      </div>
      ${decides ? html`<p class="muted">${t('console.decide_hint')}</p>` : nothing}
      ${open.form === 'approve_refund'
        ? html`<p class="refund-preview" aria-live="polite" data-refund-preview>${preview ? html`<strong>${t('console.refund_preview', { amount: formatMoney(preview, this.locale) })}</strong>` : nothing}</p>`
        : nothing}
      <div class="form-actions">
        <button type="submit" class="button primary" data-submit ?disabled=${this.busy}>${t(submitKey)}</button>
        <button type="button" class="button" @click=${this.cancel}>${t('console.cancel')}</button>
      </div>
    </form>`;
  }
}

customElements.define('merchant-console', MerchantConsole);

declare global {
  interface HTMLElementTagNameMap {
    'merchant-console': MerchantConsole;
  }
}
