/**
 * The URL fragment `<order-zone routing="hash">` keeps in sync with its view, so the browser's back
 * button and shared links work: `#oz=browse`, `#oz=product/<id>`, `#oz=checkout`,
 * `#oz=confirmation`, `#oz=order`, `#oz=lookup`, `#oz=sign-in`, `#oz=orders`. The cart is a drawer over a page, so it has no fragment of its own.
 *
 * @module
 */
import type { ZoneView } from '../../events/events.ts';

/** A page of the flow: every view but the cart drawer. */
export type ZonePage = Exclude<ZoneView, 'cart'>;

export interface ZoneRoute {
  view: ZonePage;
  productId?: string;
}

const PAGES: readonly ZonePage[] = ['browse', 'product', 'checkout', 'confirmation', 'order', 'lookup', 'sign-in', 'orders'];

/** Reads a route from `location.hash`; `undefined` when the fragment is not an OrderZone route. */
export function parseZoneHash(hash: string): ZoneRoute | undefined {
  const match = /^#?oz=([a-z-]+)(?:\/(.+))?$/.exec(hash);
  if (!match) return undefined;
  const view = match[1] as ZonePage;
  if (!PAGES.includes(view)) return undefined;
  if (view === 'product') {
    if (!match[2]) return undefined;
    try {
      return { view, productId: decodeURIComponent(match[2]) };
    } catch {
      return undefined;
    }
  }
  return { view };
}

/** The fragment for a route, e.g. `#oz=product/tee-classic`. */
export function formatZoneHash(route: ZoneRoute): string {
  return route.view === 'product' && route.productId ? `#oz=product/${encodeURIComponent(route.productId)}` : `#oz=${route.view}`;
}
