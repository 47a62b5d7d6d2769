/**
 * `<order-list>`: the signed-in shopper's orders.
 *
 * @module
 */
import { toOrderZoneError, type AsyncState, type Order, type LoadedZone, type ReorderLine, type Session } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { orderStatusTone } from '@orderzone/core/orders';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { loadElement } from '../lazy-elements.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderListByLanguage } from './order-list.messages-by-language.ts';
import { orderListStyles } from './order-list.styles.ts';
import { reorderPanelStyles } from '../../parts/reorder-panel/reorder-panel.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { formatInstant } from '../../i18n/date-format.ts';

/**
 * The signed-in shopper's orders, newest first: number, date, status and total. Choosing one
 * shows it in an `<order-detail>` (live, with the actions its status allows) and "Back to my
 * orders" returns to the list (asked for again only when the opened order changed meanwhile).
 * Loads the list once when shown (`zone.account.loadOrders()`, unless it is already loaded or on
 * its way, as after signing in); says so when there are none, and offers sign-in to a guest. A
 * session the backend no longer accepts signs the shopper out with a message (the core decides).
 * "Order again" on a row shows the same panel as `<order-detail>` (what changed since the order:
 * price, stock, gone; then its lines into the cart in one step), its module loaded only when asked.
 *
 * @summary The signed-in shopper's orders; opens one in an order detail.
 *
 * @fires oz-order-select - An order was opened: `{ order }`.
 * @fires oz-navigate - "Sign in" (for a guest) or "Start shopping" (no orders yet) was chosen, or an order's lines went to the cart with "Order again" (`{ view: 'cart' }`).
 * @fires oz-error - Loading failed: `{ error, message }`.
 *
 * @csspart base - The whole element.
 * @csspart table - The table of orders.
 * @csspart empty - The "no orders yet" or "sign in" message.
 * @csspart error - The loading failure.
 * @csspart detail - The `<order-detail>` of the order opened.
 * @csspart reorder - The "Order again" panel: what changed since the order, and "Add to cart".
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-order-list-max-width=880px] - Maximum width.
 */
export class OrderList extends ZoneElement<'account'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, statusBadgeStyles, reorderPanelStyles, orderListStyles];

  @state() private opened?: Order;
  /** "Order again" of an order: its module loading, then the plan (what can be ordered now). */
  @state() private reorder: { order: Order; module?: typeof import('../../parts/reorder-panel/reorder-panel.ts'); plan?: ReorderLine[] } | undefined;

  private readonly orders = new StoreController<AsyncState<Order[]>>(this);
  private readonly session = new StoreController<Session | undefined>(this);
  private focusAfterRender?: string;
  /** The session whose orders are shown (an opened order closes when it changes). */
  private shownSession?: string;
  /** True when the opened order changed while on show, so the list is behind. */
  private openedChanged = false;
  private stopFollowing?: () => void;

  constructor() {
    super([...flowMessages, orderListByLanguage], ['account']);
  }

  protected override zoneChanged(zone: LoadedZone<'account'>): void {
    this.opened = undefined;
    this.orders.setStore(zone.account.$orders);
    this.session.setStore(zone.account.$session);
    this.followSession(zone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  /**
   * Loads the orders when the list is shown with a session and none are loaded or loading for it:
   * the core empties `$orders` (`idle`) when the session changes, and signing in already starts
   * loading them. Checked after the session changed (a microtask later, so the core's own
   * `loadOrders()` of a sign-in comes first), never during an update.
   */
  private followSession(zone: LoadedZone<'account'>): void {
    this.stopFollowing?.();
    const { account } = zone;
    this.stopFollowing = account.$session.subscribe((session) => {
      if (session?.token !== this.shownSession) {
        this.shownSession = session?.token;
        this.opened = undefined;
      }
      queueMicrotask(() => {
        if (!this.isConnected || this.activeZone !== zone) return;
        if (account.$session.get() && account.$orders.get().status === 'idle') void account.loadOrders();
      });
    });
  }

  protected override updated(): void {
    const orders = this.orders.value;
    if (orders?.status === 'error' && orders.error !== this.reported) {
      this.reported = orders.error;
      this.reportError(orders.error);
    }
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  private reported: unknown;

  private formatDate(iso: string): string {
    return formatInstant(iso, this.i18n.locale) ?? iso;
  }

  private async open(order: Order): Promise<void> {
    await loadElement('order-detail');
    this.openedChanged = false;
    this.opened = order;
    this.focusAfterRender = '[part="detail"]';
    emit(this, 'oz-order-select', { order });
  }

  /** Back to the list already loaded; asked for again only when the opened order changed meanwhile (paid, cancelled...). */
  private back(): void {
    const number = this.opened?.orderNumber;
    this.opened = undefined;
    this.focusAfterRender = number ? `[data-order="${CSS.escape(number)}"]` : 'h2';
    if (this.openedChanged) {
      this.openedChanged = false;
      void this.readyZone.account.loadOrders();
    }
  }

  /** Loads the panel's module, then plans the reorder from the catalog now (the core's `prepareReorder`). */
  private async startReorder(order: Order): Promise<void> {
    this.reorder = { order };
    try {
      const module = await import('../../parts/reorder-panel/reorder-panel.ts');
      if (this.reorder?.order !== order) return;
      this.reorder = { order, module };
      const plan = await module.prepareReorder(this.readyZone.adapter, order);
      if (this.reorder?.order !== order) return;
      this.reorder = { order, module, plan };
      this.focusAfterRender = '#reorder-heading';
    } catch (error) {
      this.reorder = undefined;
      this.reportError(toOrderZoneError(error));
    }
  }

  /** The "Order again" panel of `<order-detail>` for the order chosen, once planned. */
  private renderReorder(): TemplateResult | typeof nothing {
    const { reorder } = this;
    if (!reorder?.module || !reorder.plan) return nothing;
    const { orderNumber } = reorder.order;
    return html`<div class="reorder-of" data-reorder-of=${orderNumber}>
      <p class="muted">${this.t('orders.reorder_of', { orderNumber })}</p>
      ${reorder.module.renderReorderPanel({
        locale: this.i18n.locale,
        plan: reorder.plan,
        text: this.i18n.text,
        money: this.i18n.money,
        cart: this.readyZone.cart,
        done: (added) => {
          this.reorder = undefined;
          this.focusAfterRender = `[data-reorder="${CSS.escape(orderNumber)}"]`;
          if (added !== undefined && added > 0) emit(this, 'oz-navigate', { view: 'cart' });
        },
      })}
    </div>`;
  }

  private renderTable(orders: Order[]): TemplateResult {
    return html`<table part="table">
      <caption class="visually-hidden">${this.t('orders.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('orders.number')}</th>
          <th scope="col" class="date">${this.t('orders.date')}</th>
          <th scope="col">${this.t('orders.status')}</th>
          <th scope="col" class="total">${this.t('orders.total')}</th>
          <th scope="col" class="again-column"><span class="visually-hidden">${this.t('orders.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${orders.map(
          (order) => html`<tr>
            <th scope="row">
              <button
                class="button link number"
                type="button"
                data-order=${order.orderNumber}
                aria-label=${this.t('orders.open', { orderNumber: order.orderNumber })}
                @click=${() => void this.open(order)}
              >
                ${order.orderNumber}
              </button>
            </th>
            <td class="date"><time datetime=${order.createdAt}>${this.formatDate(order.createdAt)}</time></td>
            <td><span class="badge ${order.status}" data-status data-tone=${orderStatusTone(order.status)}>${this.t(`confirmation.status.${order.status}`)}</span></td>
            <td class="total money">${this.i18n.money(order.total)}</td>
            <td class="again-column">
              ${order.lines.some((line) => !line.booking)
                ? html`<button
                    class="button small"
                    type="button"
                    data-reorder=${order.orderNumber}
                    aria-label=${this.t('orders.reorder_label', { orderNumber: order.orderNumber })}
                    ?disabled=${this.reorder !== undefined && !this.reorder.plan}
                    @click=${() => void this.startReorder(order)}
                  >
                    ${this.t('orders.reorder')}
                  </button>`
                : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override render(): TemplateResult {
    const session = this.session.value;
    const heading = html`<h2 id="orders-heading" tabindex="-1">${this.t('orders.heading')}</h2>`;
    if (!session) {
      return html`<section class="orders" part="base" aria-labelledby="orders-heading">
        ${heading}
        <div class="empty" part="empty">
          <p>${this.t('orders.signed_out')}</p>
          <button class="button primary" type="button" data-sign-in @click=${() => emit(this, 'oz-navigate', { view: 'sign-in' })}>${this.t('orders.sign_in')}</button>
        </div>
      </section>`;
    }
    if (this.opened) {
      return html`<div class="orders" part="base">
        <${staticTag('order-detail')}
          part="detail"
          tabindex="-1"
          .zone=${this.zone}
          locale=${this.locale ?? nothing}
          .order=${this.opened}
          @oz-order-updated=${() => {
            this.openedChanged = true;
          }}
        ></${staticTag('order-detail')}>
        <div class="again"><button class="button" type="button" data-back @click=${this.back}>${this.t('orders.back')}</button></div>
      </div>`;
    }
    const orders = this.orders.value ?? { status: 'idle' };
    const list = orders.status === 'idle' ? undefined : orders.data;
    const who = session.shopper.phone ?? session.shopper.email ?? '';
    let body: TemplateResult;
    if (list && list.length > 0) body = this.renderTable(list);
    else if (orders.status === 'error') body = html``;
    else if (list) {
      body = html`<div class="empty" part="empty" data-empty>
        <p>${this.t('orders.empty')}</p>
        <button class="button" type="button" @click=${() => emit(this, 'oz-navigate', { view: 'browse' })}>${this.t('orders.browse')}</button>
      </div>`;
    } else body = html`<p class="muted" role="status">${this.t('orders.loading')}</p>`;
    return html`<section class="orders" part="base" aria-labelledby="orders-heading" aria-busy=${orders.status === 'loading' ? 'true' : 'false'}>
      ${heading}
      ${who ? html`<p class="muted" data-who>${this.t('orders.signed_in_as', { who })}</p>` : nothing}
      ${orders.status === 'error'
        ? html`<div class="notice error" part="error" role="alert" data-orders-error>
            <p>${describeError(orders.error, this.i18n.t)}</p>
            <button class="button" type="button" @click=${() => void this.readyZone.account.loadOrders()}>${this.t('common.retry')}</button>
          </div>`
        : nothing}
      ${this.renderReorder()} ${body}
    </section>`;
  }
}
