/**
 * The first products request of a page whose `<order-zone>` has `api`, worked out in one place: the
 * script-tag loader starts it while the module wave is still loading ({@link startFirstProducts}),
 * and the REST adapter the zone creates takes its answer ({@link takeStartedProducts}) instead of
 * asking again. Both agree because the picker's first query (`firstPickerQuery`), the zone's
 * locale (`zoneLocale`) and the adapter's URL and headers (`productsRequest` of `@orderzone/core/rest`)
 * are each worked out by one function both use. When they do not agree (the page configured another
 * language after the loader ran, a route shows a product first), the adapter asks as usual.
 *
 * @module
 */
import { productsRequest, type StartedRequest } from '@orderzone/core/rest';
import { readZoneRoute, type ZoneRouting } from '../components/order-zone/zone-route.ts';
import { zoneLocale } from '../i18n/page-locale.ts';
import { firstPickerQuery, PICKER_PAGE_SIZE } from './first-picker-query.ts';

/** Where the loader leaves the request it started, for the adapter of that `api`. */
const STARTED = Symbol.for('@orderzone/elements started GET /products');
type Holder = { [STARTED]?: { api: string; request: StartedRequest } };

/**
 * Starts the products request of `zone`'s first page (its `<product-picker>` with no attribute) when
 * it has `api` and shows the product grid first (no route to another page in the URL, no other `view`).
 */
export function startFirstProducts(zone: Element | null, configuredLocale: string | undefined): void {
  const api = zone?.getAttribute('api');
  if (!zone || !api) return;
  const route = readZoneRoute(location.href, (zone.getAttribute('routing') ?? 'query') as ZoneRouting, zone.getAttribute('route-param') ?? undefined);
  if ((route?.view ?? zone.getAttribute('view') ?? 'browse') !== 'browse') return;
  const { url, headers } = productsRequest(api, firstPickerQuery(undefined, PICKER_PAGE_SIZE, ''), zoneLocale(zone.getAttribute('locale'), configuredLocale));
  const response = fetch(url, { headers, redirect: 'manual' });
  // A failure is the adapter's to see (it then asks again); none is reported from here.
  response.catch(() => undefined);
  (window as Holder)[STARTED] = { api, request: { url, headers, response } };
}

/** The request the loader started for a REST adapter on `api`, handed out once. */
export function takeStartedProducts(api: string): StartedRequest | undefined {
  const held = (window as Holder)[STARTED];
  delete (window as Holder)[STARTED];
  return held?.api === api ? held.request : undefined;
}
