/**
 * `<order-zone>`'s view in the browser's history: reads the route from the URL (on connect, when
 * routing is turned on, on Back and Forward) and writes the page on show into it.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ZoneView } from '../../events/events.ts';
import { formatZoneRoute, readZoneRoute, sameRoute, zoneRouteUrl, type ZoneRoute, type ZoneRouting } from './zone-route.ts';

/** What the history needs of its element. */
export interface ZoneHistoryHost {
  routing(): ZoneRouting;
  routeParam(): string;
  view(): ZoneView;
  /** The page on show as a route. */
  currentRoute(): ZoneRoute;
  /** Shows the page of `route` (moving focus to it when `focus`); the history writes nothing for it. */
  applyRoute(route: ZoneRoute, focus: boolean): void;
  /** Closes the cart drawer over the page. */
  closeCart(): void;
}

/** Keeps an element's page and the URL in step (see `zone-route.ts` for the URL's shape). */
export class ZoneHistory implements ReactiveController {
  /** How the next page change is written into the history (`navigate()` pushes; a popstate writes nothing). */
  private nextWrite: 'push' | 'none' | undefined;
  /** The route last written to or read from the URL. */
  private shown: ZoneRoute | undefined;
  /** Set after the first render: the view the zone opens with is never written into the URL. */
  private ready = false;

  constructor(
    element: ReactiveControllerHost,
    private readonly host: ZoneHistoryHost,
  ) {
    element.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** True while the zone keeps its view in the URL. */
  private get routed(): boolean {
    return this.host.routing() === 'query' || this.host.routing() === 'hash';
  }

  /** How the next page change is written: `push` a new entry, or `none`. */
  willWrite(write: 'push' | 'none'): void {
    this.nextWrite = write;
  }

  /** Shows the view the URL names, if it names one (on connect, or when routing is turned on). */
  read(): void {
    if (!this.routed) return;
    const route = readZoneRoute(location.href, this.host.routing(), this.host.routeParam());
    this.shown = route;
    if (route) this.host.applyRoute(route, false);
  }

  /** After each render of the element: writes the page on show into the URL when `viewChanged` (see {@link write}). */
  afterUpdate(viewChanged: boolean): void {
    if (viewChanged) this.write();
    this.ready = true;
  }

  /**
   * Writes the page on show into the URL: a new history entry when the shopper moved to another
   * view (`navigate()`), the same entry when a property changed the view, nothing when the history
   * itself moved (Back, Forward) or the URL already says it. The history entry's state keeps what
   * the page's own router put there.
   */
  private write(): void {
    const write = this.nextWrite;
    this.nextWrite = undefined;
    if (!this.routed || write === 'none' || !this.ready || this.host.view() === 'cart') return;
    const route = this.host.currentRoute();
    const inUrl = readZoneRoute(location.href, this.host.routing(), this.host.routeParam());
    if (sameRoute(route, inUrl)) return;
    // Only a page the zone moved to by itself is written: the first page at load never is.
    if (write !== 'push' && sameRoute(route, this.shown)) return;
    const routing = this.host.routing() as Exclude<ZoneRouting, 'none'>;
    const state: Record<string, unknown> = history.state !== null && typeof history.state === 'object' ? { ...(history.state as Record<string, unknown>) } : {};
    state[`${this.host.routeParam()}:route`] = formatZoneRoute(route);
    const url = zoneRouteUrl(location.href, route, routing, this.host.routeParam());
    if (write === 'push') history.pushState(state, '', url);
    else history.replaceState(state, '', url);
    this.shown = route;
  }

  /** Back or Forward (or a link elsewhere on the page): shows the view the URL names now, if it differs. */
  private readonly onPopState = (): void => {
    if (!this.routed) return;
    const route = readZoneRoute(location.href, this.host.routing(), this.host.routeParam()) ?? { view: 'browse' };
    this.shown = route;
    if (sameRoute(route, this.host.currentRoute())) {
      if (this.host.view() === 'cart') this.host.closeCart();
      return;
    }
    this.host.applyRoute(route, true);
  };
}
