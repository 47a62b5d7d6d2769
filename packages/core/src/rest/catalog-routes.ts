/**
 * The catalog's part of the HTTP contract as the REST adapter needs it at run time: the method,
 * path and response schema of `GET /categories`, `GET /products` and `GET /products/{productId}`,
 * and how a catalog query travels in a query string (`catalog-paths.ts`). `rest-contract.ts` adds
 * their documentation (for the OpenAPI document). The REST adapter checks these answers with the
 * validators compiled from these schemas (`compiled-validators/`), so that its first call needs
 * neither zod nor this module.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CategorySchema, ProductPageSchema, ProductSchema } from '../catalog/catalog-schema.ts';
import { CATALOG_PATHS } from './catalog-paths.ts';
import type { RestRoute } from './rest-request.ts';

export { catalogQueryFromSearchParams, catalogQueryToSearchParams } from './catalog-paths.ts';

export { SkuLookupRequestSchema, SkuLookupSchema, type SkuLookup, type SkuLookupRequest } from '../catalog/sku-lookup-schema.ts';

/** `GET /categories`: all categories, parents before children. */
export const CategoryListSchema = z.object({ categories: z.array(CategorySchema) });
export type CategoryList = z.infer<typeof CategoryListSchema>;

/** The catalog endpoints, keyed by the `BackendAdapter` method they serve (documented in `REST_ENDPOINTS`). */
export const CATALOG_ROUTES = {
  listCategories: { ...CATALOG_PATHS.listCategories, response: CategoryListSchema },
  searchProducts: { ...CATALOG_PATHS.searchProducts, response: ProductPageSchema },
  getProduct: { ...CATALOG_PATHS.getProduct, response: ProductSchema },
} as const satisfies Record<string, RestRoute>;
