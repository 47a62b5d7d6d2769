/**
 * The SKU lookup of quick order and reorder (`POST /sku-lookups`) as the REST adapter sends it:
 * loaded on its first call, since business buying is never part of the first paint.
 * `rest-contract.ts` adds its documentation (for the OpenAPI document).
 *
 * @module
 */
import type { RequestContext } from '../backend/backend-adapter.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { SkuLookupSchema } from '../catalog/sku-lookup-schema.ts';
import type { RestRequest, RestRoute } from './rest-request.ts';

/** `POST /sku-lookups`: method, path and the schema of its answer. */
export const SKU_LOOKUP_ROUTE = { method: 'POST', path: '/sku-lookups', response: SkuLookupSchema } as const satisfies RestRoute;

/** The products having a variant with one of `skus`, as the backend answers them. */
export async function requestSkuLookup(request: RestRequest, skus: string[], ctx?: RequestContext): Promise<Product[]> {
  return (await request(SKU_LOOKUP_ROUTE, { body: { skus }, ...(ctx ? { ctx } : {}) })).products;
}
