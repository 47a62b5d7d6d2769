import { ContextProvider } from '@lit/context';
import { normalizeLocale, type BackendAdapter, type KeyValueStorage, type Order, type OrderZone, type OrderZoneError } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from '../property-decorators.ts';
import { configured, onConfigure } from '../../context/default-zone.ts';
import { runsDemoBackend } from '../../context/lazy-embedded-backend.ts';
import { zoneContext } from '../../context/zone-context.ts';
import { LocaleController } from '../../controllers/locale-controller.ts';
import { zoneLocale } from '../../i18n/page-locale.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit, type OzEventDetails, type ZoneView } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import type { Theme } from '../zone-element.ts';
import { renderDemoMarker } from '../../parts/demo-marker/demo-marker.ts';
import { warnObjectAttributes } from '../object-attributes.ts';
import { orderZoneStyles } from './order-zone.styles.ts';
import { cartButtonStyles } from '../cart-button/cart-button.styles.ts';
import { DEFAULT_ROUTE_PARAM, type ZonePage, type ZoneRoute, type ZoneRouting } from './zone-route.ts';
import { onHelpConfigure } from '../order-help/help-defaults.ts';
import { UncoveredFocusController } from '../../controllers/uncovered-focus-controller.ts';
import { orderZoneByLanguage } from '../../i18n/first-paint-messages.ts';
import { afterFirstScreen, loadView } from './zone-loading.ts';
import { OwnedZone } from './owned-zone.ts';
import { AccountFollower } from './account-follower.ts';
import { ZoneToast } from './zone-toast.ts';
import { ZoneHistory } from './zone-history.ts';
import { renderZoneFooter, renderZonePage } from './zone-page.ts';
import { focusProducts, ViewFocus } from './zone-focus.ts';
import { cartButtonIn, renderCartButton, renderCartDrawer } from './cart-drawer.ts';

/** The pages that get "Back to products" above them (the product page and the checkout have their own way back). */
const BACK_TO_PRODUCTS: readonly ZonePage[] = ['confirmation', 'order', 'lookup', 'sign-in', 'orders', 'help'];
const VIEWS: readonly ZoneView[] = ['browse', 'product', 'cart', 'checkout', 'confirmation', 'order', 'lookup', 'sign-in', 'orders', 'help'];
/** An arrow drawn, not a "←" character: a symbol in text would be measured as text by contrast checkers. */
const backIcon = svg`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 4l-6 6 6 6"/></svg>`;

/**
 * The whole ordering flow in one tag: browse and search products, a product page, the cart as a
 * drawer, checkout and the order confirmation. It creates one core zone from its attributes (or
 * uses the `zone` / `adapter` given as properties) and shares it, through `@lit/context`, with every
 * OrderZone element inside it, including your own elements placed in its default slot.
 *
 * Backend: the `adapter` property wins; else `api` (a REST base URL, see `docs/backend-contract.md`);
 * else the adapter given to `configure()`; else the embedded demo backend that runs in the page
 * (fetched on its first call), with simulated payments: the zone then shows a small "Demo: no real
 * orders or payments" marker above its header and logs one console warning per page naming the
 * `api` attribute. A wrong configuration (an unknown currency,
 * a bad shop id) is shown in the element and dispatched as `oz-error`, never a blank element.
 *
 * @summary Drop-in self-service ordering: browse, product, cart, checkout, confirmation.
 *
 * @fires oz-error - The configuration is wrong, or a child reported a failure: `{ error, message }`.
 * @fires oz-navigate - Bubbles from the children; `<order-zone>` switches views on it (and on `oz-product-select`, `oz-cart-add`, `oz-order-created`).
 *
 * @slot header - The shop's name or logo in the header bar; defaults to the localized "Shop".
 * @slot - Your own content under the current view; OrderZone elements in it share this zone.
 *
 * @csspart base - The whole element.
 * @csspart header - The header bar.
 * @csspart cart-button - The cart button in the header.
 * @csspart cart-badge - The item count on the cart button.
 * @csspart find-order - The "Find my order" button in the header (opens `<order-lookup>`).
 * @csspart account - The header's account buttons: "Sign in", or "My orders" and "Sign out" (when the backend offers sign-in).
 * @csspart sign-out-dialog - The dialog that says what signing out removes, before it does.
 * @csspart view - The container of the current view.
 * @csspart toast - The "Added to cart" notice.
 * @csspart error - The configuration error box.
 * @csspart demo-marker - "Demo: no real orders or payments", above the header when the zone runs on the demo backend because no backend is configured.
 * @csspart recommendations - Each list of recommendations under a product (`<product-recommendations>`: bought together, related, recently viewed).
 *
 * @cssprop [--oz-zone-max-width=1200px] - Widest the content gets; it is centred beyond that.
 * @cssprop [--oz-cart-badge-bg=var(--oz-badge-bg)] - Item count on the cart button: background.
 * @cssprop [--oz-cart-badge-text=var(--oz-badge-text)] - Item count on the cart button: text.
 */
export class OrderZoneElement extends LitElement {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, cartButtonStyles, orderZoneStyles];

  /** ISO 4217 code of the shop's prices. */
  @property() currency = 'CNY';

  /** Language (`zh-CN`, `en-US`); default: the page's `<html lang>`, else the browser's language. */
  @property() locale?: string;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the shopper's system preference). Without it the
   * zone follows what the page declares (`color-scheme` on the root element or
   * `<meta name="color-scheme">`): light when the page declares nothing, the shopper's preference
   * when it declares `light dark`. Every OrderZone element inside follows it.
   */
  @property({ reflect: true }) theme?: Theme;

  /** Base URL of a backend implementing the OrderZone REST contract. */
  @property() api?: string;

  /** Shop id: namespaces the cart and everything stored in the browser. */
  @property() shop = 'default';

  /** A backend adapter; wins over `api`. */
  @property({ attribute: false }) adapter?: BackendAdapter;

  /** Where the zone keeps the cart and checkout draft; default the browser's `localStorage`. */
  @property({ attribute: false }) storage?: KeyValueStorage;

  /** An existing zone to use instead of creating one from the attributes. */
  @property({ attribute: false }) zone?: OrderZone;

  /**
   * The view shown now: `browse`, `product`, `cart` (the drawer, over the page), `checkout`,
   * `confirmation`, `order` (the last order's detail, live, with its actions), `lookup` (find an order),
   * `sign-in` (sign in with a one-time code) or `orders` (the signed-in shopper's orders).
   */
  @property({ reflect: true }) view: ZoneView = 'browse';

  /** The product shown by the `product` view. */
  @property({ attribute: 'product-id', reflect: true }) productId?: string;

  /**
   * Where the view is kept in the page's URL, so Back and Forward move between the zone's views, a
   * reload shows the same view and its address can be shared: `query` (default) a query parameter
   * (`?oz=product/cotton-tee`, none on the products), written with `history.pushState` only when
   * the shopper moves to another view and leaving the path, the other parameters and the fragment
   * alone; `hash` the fragment (`#oz=product/cotton-tee`); `none` never reads or writes the URL.
   * See `docs/elements.md`, "Routing".
   */
  @property() routing: ZoneRouting = 'query';

  /** The name of the query parameter (or fragment key) of the route; give each zone its own when a page has two. */
  @property({ attribute: 'route-param' }) routeParam = DEFAULT_ROUTE_PARAM;

  /**
   * The shop's own help page (an http(s) URL, or relative): the footer's help entry links to it.
   * Without it the entry opens the `help` view (the questions, answers and contact channels given
   * to `configureHelp()`); with neither, the footer shows no help entry.
   */
  @property({ attribute: 'help-url' }) helpUrl?: string;

  /** The text of the footer's help entry; default "Help and contact" in the zone's language. */
  @property({ attribute: 'help-text' }) helpText?: string;

  @state() private configError: OrderZoneError | undefined;
  @state() private announcement = '';
  @state() private order: Order | undefined;

  private readonly owned = new OwnedZone();
  private reportedConfigError: OrderZoneError | undefined;
  private readonly provider = new ContextProvider(this, { context: zoneContext });
  private stopHelpConfigure: (() => void) | undefined;
  private readonly itemCount = new StoreController<number>(this);
  /** The account the header's buttons follow; "Sign out?" with what it removes, then signing out announces it and shows the sign-in view. */
  private readonly account = new AccountFollower(this, () => this.activeZone, {
    zone: () => this.activeZone,
    done: (message) => {
      this.announce(message);
      this.navigate('sign-in');
    },
  });
  private readonly zoneLocale = new StoreController<string>(this);
  private readonly i18n = new LocaleController(this, orderZoneByLanguage, () => this.zoneLocale.value ?? this.resolveLocale());
  /** The page under the cart drawer. */
  private page: ZonePage = 'browse';
  /** The page on show in the URL, and Back and Forward. */
  private readonly routeHistory = new ZoneHistory(this, {
    routing: () => this.routing,
    routeParam: () => this.routeParam,
    view: () => this.view,
    currentRoute: () => this.currentRoute(),
    applyRoute: (route, focus) => this.applyRoute(route, focus),
    closeCart: () => this.closeCart(),
  });
  /** Where focus goes when a view opens or the cart drawer closes. */
  private readonly viewFocus = new ViewFocus(this, () => this.page);
  private lastCount: number | undefined;
  /** Once shown, the product grid stays in the page (hidden) so search, filters and page survive a visit to a product. */
  private browseSeen = false;
  /** "Added to cart", with "View cart". */
  private readonly toast = new ZoneToast(this, { viewCart: () => this.navigate('cart'), cartButton: () => cartButtonIn(this.renderRoot) });
  private stopConfigure: (() => void) | undefined;
  /** Cancels the loads that wait for the first screen (see `preloadAfterFirstScreen`). */
  private cancelPreload: (() => void) | undefined;

  constructor() {
    super();
    // A focused control or a new view's heading never stays under the page's sticky header.
    new UncoveredFocusController(this);
    // The shopper is about to act: fetch the product page and the cart ahead of the click.
    const prefetch = (): void => {
      void loadView('product', this.activeZone);
      void loadView('cart', this.activeZone);
      this.account.load();
      void this.toast.load();
    };
    this.addEventListener('pointerover', prefetch, { once: true });
    this.addEventListener('focusin', prefetch, { once: true });
    this.addEventListener('oz-product-select', (e) => this.navigate('product', e.detail.productId));
    this.addEventListener('oz-navigate', (e) => {
      // Shown here: a building block inside this zone leaves it to the zone.
      e.preventDefault();
      this.onNavigate(e.detail);
    });
    this.addEventListener('oz-cart-add', () => this.toast.show());
    this.addEventListener('oz-order-created', (e) => {
      this.order = e.detail.order;
      this.navigate('confirmation');
    });
    this.addEventListener('oz-signed-in', () => this.navigate('orders'));
    this.addEventListener('oz-error', (e) => {
      if (e.target !== this) this.announce(e.detail.message);
    });
  }

  /** The zone in use: the `zone` property, or the one created from the attributes. */
  get activeZone(): OrderZone | undefined {
    return this.zone ?? this.owned.zone;
  }

  override connectedCallback(): void {
    // Before children connect, so their context requests get this zone and never the page default.
    this.syncZone();
    this.stopConfigure = onConfigure(() => {
      this.syncZone();
      this.requestUpdate();
    });
    super.connectedCallback();
    warnObjectAttributes(this, ['zone', 'adapter', 'storage']);
    this.routeHistory.read();
    this.stopHelpConfigure = onHelpConfigure(() => this.requestUpdate());
    this.preloadAfterFirstScreen();
  }

  /** What a shopper's first actions show loads once the first screen is done ("Added to cart"), not with it. */
  private preloadAfterFirstScreen(): void {
    const zone = this.activeZone;
    this.cancelPreload?.();
    this.cancelPreload = zone
      ? afterFirstScreen(zone, () => {
          void this.toast.load();
        })
      : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHelpConfigure?.();
    this.stopConfigure?.();
    this.cancelPreload?.();
    this.owned.drop();
  }

  /**
   * The first render waits for the messages of the zone's language (the loader preloads them with
   * the first paint); a render with the zone's account loaded, for the code of its header buttons.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.hasText) await this.i18n.languageLoaded;
    const accountButtons = this.account.ready();
    if (accountButtons) await accountButtons;
    await super.scheduleUpdate();
  }

  /**
   * Also waits, after a switch of language, for its messages and the render that shows them, and
   * for the code of an "Added to cart" notice an add asked for.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.toast.settled;
    return this.i18n.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config: PropertyKey[] = ['currency', 'api', 'shop', 'adapter', 'storage', 'zone'];
    if (config.some((p) => (changed as Map<PropertyKey, unknown>).has(p))) this.syncZone();
    if (changed.has('locale') && this.locale !== undefined) {
      const locale = normalizeLocale(this.locale);
      if (locale) this.activeZone?.setLocale(locale);
    }
    if (changed.has('view')) {
      if (!VIEWS.includes(this.view)) this.view = 'browse';
      if (this.view === 'product' && !this.productId) this.view = 'browse';
      if (this.view !== 'cart') this.page = this.view as ZonePage;
      // "Added — View cart" only makes sense while browsing; the cart, checkout and confirmation replace it.
      if (this.view !== 'browse' && this.view !== 'product') this.toast.clear();
    }
    if (changed.has('routing') && changed.get('routing') !== undefined) this.routeHistory.read();
    if (this.page === 'browse') this.browseSeen = true;
    void loadView(this.view, this.activeZone);
    const count = this.itemCount.value;
    if (count !== undefined && this.lastCount !== undefined && count !== this.lastCount) {
      this.announce(this.i18n.t('zone.cart_count', { count }));
    }
    this.lastCount = count;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.routeHistory.afterUpdate(changed.has('view') || changed.has('productId'));
    if (this.configError && this.configError !== this.reportedConfigError) {
      this.reportedConfigError = this.configError;
      emit(this, 'oz-error', { error: this.configError, message: describeError(this.configError, this.i18n.t) });
    }
    this.viewFocus.updated(changed.has('view'), this.view === 'cart');
  }

  /** The locale from the attribute, the page or the browser, normalised. */
  private resolveLocale(): string {
    return zoneLocale(this.locale, configured().locale);
  }

  /** Creates, replaces or drops the owned zone to match the configuration, and provides the zone in use. */
  private syncZone(): void {
    if (this.zone) {
      this.owned.drop();
      this.configError = undefined;
    } else {
      const { currency, api, shop, locale, adapter, storage } = this;
      this.owned.sync({ currency, api, shop, locale, adapter, storage }, () => this.resolveLocale());
      this.configError = this.owned.error;
    }
    const zone = this.activeZone;
    if (zone) {
      this.itemCount.setStore(zone.cart.$itemCount);
      this.account.follow(zone);
      this.zoneLocale.setStore(zone.$locale);
      this.lastCount = zone.cart.$itemCount.get();
    }
    if (this.provider.value !== zone) this.provider.setValue(zone as OrderZone);
  }

  private onNavigate(detail: OzEventDetails['oz-navigate']): void {
    if (detail.view === 'browse' && this.view === 'cart' && (this.page === 'browse' || this.page === 'product')) {
      // "Continue shopping" in the drawer: back to the page under it.
      this.closeCart();
      return;
    }
    this.navigate(detail.view, detail.productId);
  }

  /** Shows a view; the cart opens as a drawer over the current page. */
  navigate(view: ZoneView, productId?: string, options: { push?: boolean } = {}): void {
    if (view === 'product' && !productId && !this.productId) view = 'browse';
    if (productId) this.productId = productId;
    if (view === 'cart') {
      this.view = 'cart';
      return;
    }
    this.viewFocus.navigating(this.view === 'cart', true);
    this.routeHistory.willWrite(options.push === false ? 'none' : 'push');
    this.view = view;
    this.page = view;
  }

  private closeCart(): void {
    if (this.view === 'cart') this.view = this.page;
  }

  /** The drawer closed (Escape, its Close button, or a navigation from inside it). */
  private onDrawerClose(): void {
    this.closeCart();
    this.viewFocus.drawerClosed();
  }

  /** The page on show as a route. */
  private currentRoute(): ZoneRoute {
    return this.page === 'product' && this.productId ? { view: 'product', productId: this.productId } : { view: this.page };
  }

  /** Shows the page of `route`, read from the URL. */
  private applyRoute(route: ZoneRoute, focus: boolean): void {
    if (route.view === 'product' && route.productId) this.productId = route.productId;
    this.viewFocus.navigating(this.view === 'cart' && focus, focus);
    this.routeHistory.willWrite('none');
    this.view = route.view;
    this.page = route.view;
  }

  private announce(message: string): void {
    // Re-set so the same sentence twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    if (this.configError) {
      return html`<div class="zone" part="base">
        <div class="config-error" part="error" role="alert">
          <p class="config-error-title">${describeError(this.configError, t)}</p>
          <p class="config-error-detail">${t('zone.config_error_detail')} <code>${this.configError.message}</code></p>
        </div>
      </div>`;
    }
    const count = this.itemCount.value ?? 0;
    return html`<div class="zone" part="base">
      ${runsDemoBackend(this.activeZone) ? renderDemoMarker(t) : nothing}
      <div class="bar" part="header">
        ${this.page === 'browse'
          ? html`<button type="button" class="button skip-link" part="skip-link" data-skip-to-products @click=${() => focusProducts(this.renderRoot)}>${t('zone.skip_to_products')}</button>`
          : nothing}
        <div class="brand"><slot name="header"><span class="shop-name">${t('zone.shop')}</span></slot></div>
        <button type="button" class="button link find-order" part="find-order" data-find-order aria-current=${this.page === 'lookup' ? 'page' : nothing} @click=${() => this.navigate('lookup')}>
          ${t('zone.find_order')}
        </button>
        ${this.account.renderButtons({
          supported: this.activeZone?.account?.supported ?? false,
          session: this.account.session.value,
          page: this.page,
          t,
          navigate: (view) => this.navigate(view),
        })}
        ${renderCartButton(count, this.view === 'cart', t, () => this.navigate('cart'))}
      </div>
      ${BACK_TO_PRODUCTS.includes(this.page)
        ? html`<nav class="view-nav" part="view-nav" aria-label=${t('zone.view_nav')}>
            <button type="button" class="button link back-to-products" data-back-to-products @click=${() => this.navigate('browse')}>
              ${backIcon}${t('zone.back_to_products')}
            </button>
          </nav>`
        : nothing}
      <div class="view" part="view" tabindex="-1">${renderZonePage({ page: this.page, productId: this.productId, order: this.order, browseSeen: this.browseSeen })}</div>
      <slot></slot>
      ${renderZoneFooter({ helpUrl: this.helpUrl, helpText: this.helpText, page: this.page, t, openHelp: () => this.navigate('help') })}
      ${renderCartDrawer(this.view === 'cart', this.onDrawerClose)}
      ${this.toast.render(t)}
      ${this.account.renderDialog(t, this.itemCount.value ?? 0)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
