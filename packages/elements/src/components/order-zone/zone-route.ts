/**
 * The address of `<order-zone>`'s view in the page's URL, so the browser's Back and Forward buttons
 * move between the zone's views, a reload shows the same view and a view's address can be shared.
 *
 * - `query` (the default): one query parameter, `?oz=product/cotton-tee`, beside whatever else the
 *   page's URL holds. The zone's first page (`browse`) has no parameter at all, so a page that never
 *   leaves it keeps its URL untouched. The path and the fragment stay the merchant's: a merchant's
 *   own router (which owns the path) and hash links (`#about`) keep working.
 * - `hash`: the fragment, `#oz=product/cotton-tee`, for pages that cannot take a query parameter
 *   (the fragment then is the zone's: a hash link elsewhere on the page changes the view to the
 *   products).
 * - `none`: the URL is never read or written.
 *
 * Routes: `browse`, `product/<id>`, `checkout`, `confirmation`, `order`, `lookup`, `sign-in`,
 * `orders`, `help`. The cart is a drawer over a page, so it has no route of its own.
 *
 * @module
 */
import type { ZoneView } from '../../events/events.ts';

/** A page of the flow: every view but the cart drawer. */
export type ZonePage = Exclude<ZoneView, 'cart'>;

/** Where `<order-zone>` keeps its view in the URL (see the module doc). */
export type ZoneRouting = 'query' | 'hash' | 'none';

export interface ZoneRoute {
  view: ZonePage;
  productId?: string;
}

/** The query parameter (and fragment key) of the route, unless `route-param` names another. */
export const DEFAULT_ROUTE_PARAM = 'oz';

const PAGES: readonly ZonePage[] = ['browse', 'product', 'checkout', 'confirmation', 'order', 'lookup', 'sign-in', 'orders', 'help'];

/** Reads a route value, `product/cotton-tee` or `checkout`; `undefined` when it is not one. */
export function parseZoneRoute(value: string | null | undefined): ZoneRoute | undefined {
  const match = /^([a-z-]+)(?:\/(.+))?$/.exec(value ?? '');
  if (!match) return undefined;
  const view = match[1] as ZonePage;
  if (!PAGES.includes(view)) return undefined;
  if (view !== 'product') return match[2] === undefined ? { view } : undefined;
  if (!match[2]) return undefined;
  try {
    return { view, productId: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

/** The value of a route, `product/cotton-tee`; the product id is percent-encoded. */
export function formatZoneRoute(route: ZoneRoute): string {
  return route.view === 'product' && route.productId ? `product/${encodeURIComponent(route.productId)}` : route.view;
}

/** True when two routes show the same page. */
export function sameRoute(a: ZoneRoute | undefined, b: ZoneRoute | undefined): boolean {
  return (a?.view ?? 'browse') === (b?.view ?? 'browse') && (a?.view !== 'product' || a.productId === b?.productId);
}

/** The decoded name of one `name=value` pair of a query string (as written, when it cannot be decoded). */
function queryKey(pair: string): string {
  const name = pair.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Reads the route of `url` (a full URL); `undefined` when it names none (the zone shows its first page). */
export function readZoneRoute(url: string, routing: ZoneRouting, param = DEFAULT_ROUTE_PARAM): ZoneRoute | undefined {
  if (routing === 'none') return undefined;
  const parsed = new URL(url);
  if (routing === 'hash') {
    const fragment = new URLSearchParams(parsed.hash.replace(/^#/, ''));
    return parseZoneRoute(fragment.get(param));
  }
  return parseZoneRoute(parsed.searchParams.get(param));
}

/**
 * `url` with `route` in it and everything else kept: other query parameters in their order, the
 * path, the fragment (in `query` mode). `browse` removes the parameter in `query` mode.
 */
export function zoneRouteUrl(url: string, route: ZoneRoute, routing: Exclude<ZoneRouting, 'none'>, param = DEFAULT_ROUTE_PARAM): string {
  const next = new URL(url);
  const value = formatZoneRoute(route);
  if (routing === 'hash') {
    next.hash = `${param}=${value}`;
    return next.href;
  }
  // URLSearchParams would re-encode every other parameter (`a b` → `a+b`, `/` → `%2F`): the
  // merchant's part of the query string is kept exactly as it was.
  const kept = next.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && queryKey(pair) !== param);
  if (route.view !== 'browse') kept.push(`${encodeURIComponent(param)}=${value}`);
  next.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return next.href;
}
