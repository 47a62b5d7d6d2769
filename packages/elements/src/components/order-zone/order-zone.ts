import { ContextProvider } from '@lit/context';
import {
  createOrderZone,
  normalizeLocale,
  safeLinkUrl,
  toOrderZoneError,
  type BackendAdapter,
  type KeyValueStorage,
  type Order,
  type OrderZone,
  type OrderZoneError,
  type Session,
} from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag, tagName } from '../tag-names.ts';
import { property, state } from 'lit/decorators.js';
import { configured, onConfigure } from '../../context/default-zone.ts';
import { createLazyEmbeddedBackend, runsDemoBackend } from '../../context/lazy-embedded-backend.ts';
import { createLazyRestAdapter } from '../../context/lazy-rest-adapter.ts';
import { zoneContext } from '../../context/zone-context.ts';
import { LocaleController } from '../../controllers/locale-controller.ts';
import { pageLocale } from '../../i18n/page-locale.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit, type OzEventDetails, type ZoneView } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import type { Theme } from '../zone-element.ts';
import { loadElement } from '../lazy-elements.ts';
import { renderDemoMarker } from '../../parts/demo-marker/demo-marker.ts';
import { warnObjectAttributes } from '../object-attributes.ts';
import { orderZoneStyles } from './order-zone.styles.ts';
import { cartButtonStyles } from '../cart-button/cart-button.styles.ts';
import { DEFAULT_ROUTE_PARAM, formatZoneRoute, readZoneRoute, sameRoute, zoneRouteUrl, type ZonePage, type ZoneRoute, type ZoneRouting } from './zone-route.ts';
import { VIEW_PARTS, VIEW_TAGS } from './zone-views.ts';
import { renderAccountButtons, SignOutDialog } from './zone-account.ts';
import { cartIcon, closeGlyph } from '../../icons/glyph-icons.ts';
import { onHelpConfigure, pageHelpConfig } from '../order-help/help-defaults.ts';
import { revealBelowCover, UncoveredFocusController } from '../../controllers/uncovered-focus.ts';
import { orderZoneByLanguage } from '../../i18n/first-paint-messages.ts';

const TOAST_MS = 6000;
/** The pages that get "Back to products" above them (the product page and the checkout have their own way back). */
const BACK_TO_PRODUCTS: readonly ZonePage[] = ['confirmation', 'order', 'lookup', 'sign-in', 'orders', 'help'];
const VIEWS: readonly ZoneView[] = ['browse', 'product', 'cart', 'checkout', 'confirmation', 'order', 'lookup', 'sign-in', 'orders', 'help'];
/**
 * Loads the element of `view` if it is registered lazily, and starts loading the zone's parts it
 * needs at the same time. A failed load is reported, never thrown (the element shows a failed part
 * itself, with "Try again").
 */
function loadView(view: ZoneView, zone: OrderZone | undefined): Promise<void> {
  const parts = VIEW_PARTS[view];
  if (zone && parts) void zone.load(...parts).catch(() => undefined);
  return loadElement(VIEW_TAGS[view]).catch((error: unknown) => console.error('OrderZone: could not load', VIEW_TAGS[view], error));
}

/** How long the first screen may take before what follows it loads anyway, in ms. */
const FIRST_SCREEN_MS = 3000;

/**
 * Runs `task` after the first screen: once the zone's catalog has answered (or after
 * {@link FIRST_SCREEN_MS} for a page that shows no catalog) and the page is idle, so it never
 * competes with what the first paint needs. Returns a function that cancels it.
 */
function afterFirstScreen(zone: OrderZone, task: () => void): () => void {
  let waiting = true;
  let cancelled = false;
  const idle = (): void => {
    if (!waiting) return;
    waiting = false;
    stop();
    clearTimeout(timer);
    const run = (): void => {
      if (!cancelled) task();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  };
  const timer = setTimeout(idle, FIRST_SCREEN_MS);
  const stop = zone.catalog.$categories.subscribe((state) => {
    if (state.status === 'ready' || state.status === 'error') queueMicrotask(idle);
  });
  return () => {
    cancelled = true;
    waiting = false;
    stop();
    clearTimeout(timer);
  };
}

/** An arrow drawn, not a "←" character: a symbol in text would be measured as text by contrast checkers. */
const backIcon = svg`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 4l-6 6 6 6"/></svg>`;
const checkIcon = svg`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d="M4.5 10.5l3.5 3.5 7.5-8"/></svg>`;

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
  @state() private toastVisible = false;
  /** The toast shows at the top edge rather than the bottom (see `toastAtTop`). */
  @state() private toastTop = false;
  @state() private announcement = '';
  @state() private order: Order | undefined;

  private ownedZone: OrderZone | undefined;
  /** The configuration the owned zone (or the configuration error) was made from. */
  private ownedKey = '';
  private ownedAdapter: BackendAdapter | undefined;
  private ownedStorage: KeyValueStorage | undefined;
  private reportedConfigError: OrderZoneError | undefined;
  private readonly provider = new ContextProvider(this, { context: zoneContext });
  private stopHelpConfigure: (() => void) | undefined;
  private readonly itemCount = new StoreController<number>(this);
  private readonly session = new StoreController<Session | undefined>(this);
  /** The zone whose account the header follows. */
  private accountFollowed: OrderZone | undefined;
  /** Cancels the account load waiting for the first screen (on disconnect, or for another zone). */
  private cancelAccountLoad: (() => void) | undefined;
  private readonly zoneLocale = new StoreController<string>(this);
  private readonly i18n = new LocaleController(this, orderZoneByLanguage, () => this.zoneLocale.value ?? this.resolveLocale());
  /** The page under the cart drawer. */
  private page: ZonePage = 'browse';
  /** How the next page change is written into the history (`navigate()` pushes; a popstate writes nothing). */
  private historyWrite: 'push' | 'none' | undefined;
  /** The route last written to or read from the URL. */
  private routeShown: ZoneRoute | undefined;
  /** Set after the first render: the view the zone opens with is never written into the URL. */
  private routeReady = false;
  /** Set when the view changed so focus moves to the new view's heading. */
  private focusPending = false;
  /** Set while the cart drawer closes because of a navigation. */
  private drawerClosing = false;
  private lastCount: number | undefined;
  /** Counts page navigations, so a late focus move never undoes a newer one. */
  private navigations = 0;
  /** Once shown, the product grid stays in the page (hidden) so search, filters and page survive a visit to a product. */
  private browseSeen = false;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the shopper last pressed a pointer in the zone (viewport coordinates); cleared by a key. */
  private lastPointer: { y: number; target: Element | undefined } | undefined;
  private stopConfigure: (() => void) | undefined;
  /** "Sign out?" with what it removes; signing out announces it and shows the sign-in view. */
  private readonly signOutDialog = new SignOutDialog(this, {
    zone: () => this.activeZone,
    done: (message) => {
      this.announce(message);
      this.navigate('sign-in');
    },
  });

  constructor() {
    super();
    // A focused control or a new view's heading never stays under the page's sticky header.
    new UncoveredFocusController(this);
    // The shopper is about to act: fetch the product page and the cart ahead of the click.
    const prefetch = (): void => {
      void loadView('product', this.activeZone);
      void loadView('cart', this.activeZone);
      this.loadAccount();
    };
    this.addEventListener('pointerover', prefetch, { once: true });
    this.addEventListener('focusin', prefetch, { once: true });
    this.addEventListener('oz-product-select', (e) => this.navigate('product', e.detail.productId));
    this.addEventListener('oz-navigate', (e) => {
      // Shown here: a building block inside this zone leaves it to the zone.
      e.preventDefault();
      this.onNavigate(e.detail);
    });
    // Where the shopper last acted: a pointer press, or (after a key) the focused control.
    this.addEventListener('pointerdown', (e) => {
      const target = e.composedPath()[0];
      this.lastPointer = { y: e.clientY, target: target instanceof Element ? target : undefined };
    });
    this.addEventListener('keydown', () => {
      this.lastPointer = undefined;
    });
    this.addEventListener('oz-cart-add', () => this.showToast());
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
    return this.zone ?? this.ownedZone;
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
    window.addEventListener('popstate', this.onPopState);
    this.readRoute();
    this.stopHelpConfigure = onHelpConfigure(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.stopHelpConfigure?.();
    this.stopConfigure?.();
    clearTimeout(this.toastTimer);
    this.cancelAccountLoad?.();
    this.cancelAccountLoad = undefined;
    this.accountFollowed = undefined;
    this.ownedZone?.dispose();
    this.ownedZone = undefined;
    this.ownedKey = '';
  }

  /** The first render waits for the messages of the zone's language (the loader preloads them with the first paint). */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.hasText) await this.i18n.languageLoaded;
    await super.scheduleUpdate();
  }

  /** Also waits, after a switch of language, for its messages and the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.i18n.loading) {
      await this.i18n.languageLoaded;
      done = await super.getUpdateComplete();
    }
    return done;
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
      if (this.view !== 'browse' && this.view !== 'product') {
        clearTimeout(this.toastTimer);
        this.toastVisible = false;
      }
    }
    if (changed.has('routing') && changed.get('routing') !== undefined) this.readRoute();
    if (this.page === 'browse') this.browseSeen = true;
    void loadView(this.view, this.activeZone);
    const count = this.itemCount.value;
    if (count !== undefined && this.lastCount !== undefined && count !== this.lastCount) {
      this.announce(this.i18n.t('zone.cart_count', { count }));
    }
    this.lastCount = count;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('view') || changed.has('productId')) this.writeRoute();
    this.routeReady = true;
    if (this.configError && this.configError !== this.reportedConfigError) {
      this.reportedConfigError = this.configError;
      emit(this, 'oz-error', { error: this.configError, message: describeError(this.configError, this.i18n.t) });
    }
    if (changed.has('view') && this.focusPending && this.view !== 'cart' && !this.drawerClosing) {
      this.focusPending = false;
      void this.focusView();
    }
  }

  /** The locale from the attribute, the page or the browser, normalised. */
  private resolveLocale(): string {
    return normalizeLocale(this.locale) ?? normalizeLocale(configured().locale) ?? pageLocale();
  }

  /** Creates, replaces or drops the owned zone to match the configuration, and provides the zone in use. */
  private syncZone(): void {
    if (this.zone) {
      this.ownedZone?.dispose();
      this.ownedZone = undefined;
      this.ownedKey = '';
      this.configError = undefined;
    } else {
      // Without an adapter or `api` of its own, the zone uses the one given to `configure()`.
      const wanted = this.adapter ?? (this.api ? undefined : configured().adapter);
      const key = JSON.stringify([this.currency, this.api ?? null, this.shop, this.locale ? null : (configured().locale ?? null)]);
      const sameAdapter = this.ownedAdapter === wanted && this.ownedStorage === this.storage;
      if (!(this.ownedZone && key === this.ownedKey && sameAdapter) && !(this.configError && key === this.ownedKey && sameAdapter)) {
        this.ownedZone?.dispose();
        this.ownedZone = undefined;
        this.ownedKey = key;
        this.ownedAdapter = wanted;
        this.ownedStorage = this.storage;
        try {
          const adapter = wanted ?? (this.api ? createLazyRestAdapter({ baseUrl: this.api }) : createLazyEmbeddedBackend(this.shop));
          this.ownedZone = createOrderZone({
            adapter,
            shopId: this.shop,
            currency: this.currency,
            locale: this.resolveLocale(),
            ...(this.storage ? { storage: this.storage } : {}),
          });
          this.configError = undefined;
        } catch (error) {
          this.configError = toOrderZoneError(error);
        }
      }
    }
    const zone = this.activeZone;
    if (zone) {
      this.itemCount.setStore(zone.cart.$itemCount);
      this.followAccount(zone);
      this.zoneLocale.setStore(zone.$locale);
      this.lastCount = zone.cart.$itemCount.get();
    }
    if (this.provider.value !== zone) this.provider.setValue(zone as OrderZone);
  }

  /**
   * The header's account buttons need the account part: loaded after the first screen (see
   * {@link afterFirstScreen}), or as soon as the shopper points at or focuses the zone (the
   * constructor's prefetch), and only when the backend offers sign-in.
   */
  private followAccount(zone: OrderZone): void {
    if (this.accountFollowed === zone) return;
    this.accountFollowed = zone;
    this.session.setStore(zone.account?.$session);
    this.cancelAccountLoad?.();
    this.cancelAccountLoad = zone.offers.signIn && !zone.account ? afterFirstScreen(zone, () => this.loadAccount()) : undefined;
  }

  /** Loads the account of the zone in use (once: `zone.load()` keeps it) and follows its session. */
  private loadAccount(): void {
    const zone = this.activeZone;
    if (!zone?.offers.signIn) return;
    zone.load('account').then(
      ({ account }) => {
        if (this.activeZone !== zone) return;
        this.session.setStore(account.$session);
        this.requestUpdate();
      },
      (error: unknown) => {
        // The header shows no account buttons; the sign-in page, if opened, shows the failure with "Try again".
        this.accountFollowed = undefined;
        console.warn('OrderZone: the account could not load', error);
      },
    );
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
    if (this.view === 'cart') this.drawerClosing = true;
    this.navigations += 1;
    this.focusPending = true;
    this.historyWrite = options.push === false ? 'none' : 'push';
    this.view = view;
    this.page = view;
  }

  private openCart(): void {
    this.navigate('cart');
  }

  private closeCart(): void {
    if (this.view === 'cart') this.view = this.page;
  }

  /** The drawer closed (Escape, its Close button, or a navigation from inside it). */
  private onDrawerClose(): void {
    if (this.view === 'cart') this.view = this.page;
    const moveToView = this.drawerClosing;
    this.drawerClosing = false;
    const navigations = this.navigations;
    // After the panel has returned focus to its opener; unless the shopper has moved on since.
    setTimeout(() => {
      if (navigations !== this.navigations) return;
      if (moveToView) {
        this.focusPending = false;
        void this.focusView();
      } else {
        this.cartButton()?.focus();
      }
    }, 0);
  }

  private cartButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.cart-button');
  }

  /** Moves focus to the main heading of the current view, so keyboard and screen-reader users land there. */
  private async focusView(): Promise<void> {
    await this.updateComplete;
    const child = this.renderRoot.querySelector<HTMLElement>(`[data-view="${this.page}"]`);
    if (!child) return;
    const navigations = this.navigations;
    await loadView(this.page, this.activeZone);
    if (navigations !== this.navigations) return;
    await (child as Partial<LitElement>).updateComplete;
    const root = child.shadowRoot;
    let heading = root?.querySelector<HTMLElement>('h1[tabindex="-1"], h2[tabindex="-1"]') ?? root?.querySelector<HTMLElement>('h1, h2') ?? null;
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading ??= this.renderRoot.querySelector<HTMLElement>('.view');
    heading?.focus({ preventScroll: true });
    // The zone's top (its header) in view, below the page's own sticky header if it has one.
    if (this.getBoundingClientRect().top < 0 || (heading ?? child).getBoundingClientRect().bottom > window.innerHeight) revealBelowCover(this, 'start');
    else revealBelowCover(heading ?? child);
  }

  /** "Skip to products": past the header, categories and filters, to the first product. */
  private skipToProducts(): void {
    const picker = this.renderRoot.querySelector<HTMLElement & { focusResults?: () => void }>(tagName('product-picker'));
    picker?.focusResults?.();
  }

  /** Where the footer's help entry leads: the merchant's page, the help view, or nowhere (no help given). */
  private helpEntry(): { url: string } | { view: 'help' } | undefined {
    const url = this.helpUrl ? safeLinkUrl(this.helpUrl) : undefined;
    if (url) return { url };
    return pageHelpConfig() !== undefined ? { view: 'help' } : undefined;
  }

  private renderFooter(t: (key: string, params?: Record<string, string | number>) => string): TemplateResult | typeof nothing {
    const entry = this.helpEntry();
    if (!entry) return nothing;
    const label = this.helpText?.trim() || t('zone.help');
    return html`<footer class="zone-footer" part="footer">
      <span class="muted">${t('zone.help_intro')}</span>
      ${'url' in entry
        ? html`<a class="help-link" part="help" href=${entry.url} data-help>${label}</a>`
        : html`<button type="button" class="button link help-link" part="help" data-help aria-current=${this.page === 'help' ? 'page' : nothing} @click=${() => this.navigate('help')}>${label}</button>`}
    </footer>`;
  }

  /** True while the zone keeps its view in the URL. */
  private get routed(): boolean {
    return this.routing === 'query' || this.routing === 'hash';
  }

  /** The page on show as a route. */
  private currentRoute(): ZoneRoute {
    return this.page === 'product' && this.productId ? { view: 'product', productId: this.productId } : { view: this.page };
  }

  /** Shows the view the URL names, if it names one (on connect, or when routing is turned on). */
  private readRoute(): void {
    if (!this.routed) return;
    const route = readZoneRoute(location.href, this.routing, this.routeParam);
    this.routeShown = route;
    if (route) this.applyRoute(route, false);
  }

  /**
   * Writes the page on show into the URL: a new history entry when the shopper moved to another
   * view (`navigate()`), the same entry when a property changed the view, nothing when the history
   * itself moved (Back, Forward) or the URL already says it. The history entry's state keeps what
   * the page's own router put there.
   */
  private writeRoute(): void {
    const write = this.historyWrite;
    this.historyWrite = undefined;
    if (!this.routed || write === 'none' || !this.routeReady || this.view === 'cart') return;
    const route = this.currentRoute();
    const inUrl = readZoneRoute(location.href, this.routing, this.routeParam);
    if (sameRoute(route, inUrl)) return;
    // Only a page the zone moved to by itself is written: the first page at load never is.
    if (write !== 'push' && sameRoute(route, this.routeShown)) return;
    const routing = this.routing as Exclude<ZoneRouting, 'none'>;
    const state: Record<string, unknown> = history.state !== null && typeof history.state === 'object' ? { ...(history.state as Record<string, unknown>) } : {};
    state[`${this.routeParam}:route`] = formatZoneRoute(route);
    const url = zoneRouteUrl(location.href, route, routing, this.routeParam);
    if (write === 'push') history.pushState(state, '', url);
    else history.replaceState(state, '', url);
    this.routeShown = route;
  }

  /** Back or Forward (or a link elsewhere on the page): shows the view the URL names now, if it differs. */
  private readonly onPopState = (): void => {
    if (!this.routed) return;
    const route = readZoneRoute(location.href, this.routing, this.routeParam) ?? { view: 'browse' };
    this.routeShown = route;
    if (sameRoute(route, this.currentRoute())) {
      if (this.view === 'cart') this.closeCart();
      return;
    }
    this.applyRoute(route, true);
  };

  private applyRoute(route: ZoneRoute, focus: boolean): void {
    if (route.view === 'product' && route.productId) this.productId = route.productId;
    if (this.view === 'cart' && focus) this.drawerClosing = true;
    this.navigations += 1;
    this.focusPending = focus;
    this.historyWrite = 'none';
    this.view = route.view;
    this.page = route.view;
  }

  private showToast(): void {
    this.toastVisible = true;
    this.toastTop = this.toastAtTop();
    this.scheduleToastHide();
    void this.updateComplete.then(() => this.keepToastClear());
  }

  /**
   * The toast shows at the bottom edge, or at the top when the shopper just acted in the lower half
   * of the window (where they pressed, else the control that has focus): "Add to cart" stays in
   * view, even as the page moves a little after it.
   */
  private toastAtTop(): boolean {
    let at = this.lastPointer?.y;
    if (at === undefined) {
      // The focused control, when focus is inside this zone (down through the shadow roots).
      let active: Element | null = document.activeElement;
      let inside = active === this || this.contains(active);
      while (active?.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
        inside ||= active === this;
      }
      const rect = inside ? active?.getBoundingClientRect() : undefined;
      at = rect && (rect.top + rect.bottom) / 2;
    }
    return at !== undefined && at > window.innerHeight / 2;
  }

  /** The control the shopper just used: the one pressed, else the focused one (down through shadow roots). */
  private usedControl(): Element | undefined {
    const pressed = this.lastPointer?.target;
    if (pressed?.isConnected) return pressed.closest('button, input, select, textarea, a, label, [role]') ?? pressed;
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active && active !== document.body ? active : undefined;
  }

  /**
   * Once the toast is drawn: if it lies over the control the shopper just used (a short window, a
   * tall toast), it moves to the other edge, where it is clear of it.
   */
  private keepToastClear(): void {
    const toast = this.renderRoot.querySelector('.toast');
    const control = this.usedControl();
    if (!toast || !control) return;
    const a = toast.getBoundingClientRect();
    const b = control.getBoundingClientRect();
    const overlaps = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    if (overlaps) this.toastTop = !this.toastTop;
  }

  private scheduleToastHide(): void {
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      const toast = this.renderRoot.querySelector('.toast');
      // Never pull the notice away from under the shopper's keyboard focus or pointer.
      if (toast && (toast.contains(this.shadowRoot?.activeElement ?? null) || toast.matches(':hover'))) this.scheduleToastHide();
      else this.toastVisible = false;
    }, TOAST_MS);
  }

  private hideToast(): void {
    clearTimeout(this.toastTimer);
    const hadFocus = this.renderRoot.querySelector('.toast')?.contains(this.shadowRoot?.activeElement ?? null);
    this.toastVisible = false;
    if (hadFocus) this.cartButton()?.focus();
  }

  private viewCartFromToast(): void {
    this.hideToast();
    this.openCart();
  }

  private announce(message: string): void {
    // Re-set so the same sentence twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  /** Under a product: bought together with it, related, recently viewed; loaded after the product page. */
  private renderRecommendations(): TemplateResult {
    void loadElement('product-recommendations').catch((error: unknown) => console.error('OrderZone: could not load', 'product-recommendations', error));
    const productId = this.productId ?? '';
    return html`<${staticTag('product-recommendations')} kind="bought_together" product-id=${productId} exportparts="base: recommendations"></${staticTag('product-recommendations')}>
      <${staticTag('product-recommendations')} kind="related" product-id=${productId} exportparts="base: recommendations"></${staticTag('product-recommendations')}>
      <${staticTag('product-recommendations')} kind="recently_viewed" product-id=${productId} exportparts="base: recommendations"></${staticTag('product-recommendations')}>`;
  }

  private renderView(): TemplateResult {
    const page = this.page;
    return html`
      ${this.browseSeen ? html`<${staticTag('product-picker')} data-view="browse" ?hidden=${page !== 'browse'}></${staticTag('product-picker')}>` : nothing}
      ${page === 'product' ? html`<${staticTag('product-detail')} data-view="product" product-id=${this.productId ?? ''}></${staticTag('product-detail')}>${this.renderRecommendations()}` : nothing}
      ${page === 'checkout' ? html`<${staticTag('checkout-form')} data-view="checkout"></${staticTag('checkout-form')}>` : nothing}
      ${page === 'confirmation' ? html`<${staticTag('order-confirmation')} data-view="confirmation" .order=${this.order}></${staticTag('order-confirmation')}>` : nothing}
      ${page === 'order' ? html`<${staticTag('order-detail')} data-view="order" .order=${this.order}></${staticTag('order-detail')}>` : nothing}
      ${page === 'lookup' ? html`<${staticTag('order-lookup')} data-view="lookup"></${staticTag('order-lookup')}>` : nothing}
      ${page === 'sign-in' ? html`<${staticTag('sign-in')} data-view="sign-in"></${staticTag('sign-in')}>` : nothing}
      ${page === 'orders' ? html`<${staticTag('order-list')} data-view="orders"></${staticTag('order-list')}>` : nothing}
      ${page === 'help' ? html`<${staticTag('order-help')} data-view="help" topic="general"></${staticTag('order-help')}>` : nothing}
    `;
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
          ? html`<button type="button" class="button skip-link" part="skip-link" data-skip-to-products @click=${this.skipToProducts}>${t('zone.skip_to_products')}</button>`
          : nothing}
        <div class="brand"><slot name="header"><span class="shop-name">${t('zone.shop')}</span></slot></div>
        <button type="button" class="button link find-order" part="find-order" data-find-order aria-current=${this.page === 'lookup' ? 'page' : nothing} @click=${() => this.navigate('lookup')}>
          ${t('zone.find_order')}
        </button>
        ${renderAccountButtons({
          supported: this.activeZone?.account?.supported ?? false,
          session: this.session.value,
          page: this.page,
          t,
          navigate: (view) => this.navigate(view),
          signOut: () => void this.signOutDialog.open(),
        })}
        <button
          type="button"
          class="cart-button"
          part="cart-button"
          aria-label=${t('zone.cart_button', { count })}
          aria-haspopup="dialog"
          aria-expanded=${this.view === 'cart' ? 'true' : 'false'}
          @click=${this.openCart}
        >
          ${cartIcon}<span class="cart-label" aria-hidden="true">${t('zone.cart')}</span>
          ${count > 0 ? html`<span class="cart-badge" part="cart-badge" aria-hidden="true">${count}</span>` : nothing}
        </button>
      </div>
      ${BACK_TO_PRODUCTS.includes(this.page)
        ? html`<nav class="view-nav" part="view-nav" aria-label=${t('zone.view_nav')}>
            <button type="button" class="button link back-to-products" data-back-to-products @click=${() => this.navigate('browse')}>
              ${backIcon}${t('zone.back_to_products')}
            </button>
          </nav>`
        : nothing}
      <div class="view" part="view" tabindex="-1">${this.renderView()}</div>
      <slot></slot>
      ${this.renderFooter(t)}
      <${staticTag('cart-panel')} mode="drawer" ?open=${this.view === 'cart'} @oz-cart-close=${this.onDrawerClose}></${staticTag('cart-panel')}>
      <div class="toast-region ${this.toastTop ? 'top' : ''}" role="status">
        ${this.toastVisible
          ? html`<div class="toast" part="toast" @focusout=${() => this.scheduleToastHide()}>
              <span class="toast-icon">${checkIcon}</span>
              <span class="toast-text">${t('zone.added')}</span>
              <button type="button" class="button toast-action" @click=${this.viewCartFromToast}>${t('zone.view_cart')}</button>
              <button type="button" class="toast-close" aria-label=${t('zone.dismiss')} @click=${this.hideToast}>${closeGlyph}</button>
            </div>`
          : nothing}
      </div>
      ${this.signOutDialog.render(t, this.itemCount.value ?? 0)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
