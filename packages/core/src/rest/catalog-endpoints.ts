/**
 * The catalog's endpoints of the HTTP contract with their documentation: categories, product
 * search (and its query string), a product, SKU lookup. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { CatalogQuerySchema } from '../catalog/catalog-schema.ts';
import { CATALOG_ROUTES, SkuLookupRequestSchema } from './catalog-routes.ts';
import { endpoint, queryParametersOf, type QueryParameter } from './rest-endpoint.ts';
import { SKU_LOOKUP_ROUTE } from './sku-lookup-route.ts';

const productQuery: QueryParameter[] = queryParametersOf(
  CatalogQuerySchema,
  {
    categoryId: 'Only products of this category or its child categories.',
    text: 'Words that must all appear in the title, subtitle, tags or description (any locale, case-insensitive).',
    minPrice: 'Lowest price, in minor units of the shop currency (inclusive), compared with the lowest variant price.',
    maxPrice: 'Highest price, in minor units (inclusive).',
    options:
      'An accepted option value as `<groupId>:<valueId>`, repeated for several (`option=size:m&option=size:l&option=color:navy`). ' +
      'Values of one group are alternatives; a product matches when one of its variants has an accepted value in every filtered group. ' +
      'The group id ends at the first `:`.',
    inStockOnly: '`true` to leave out products (and option values) that are sold out.',
    sort: 'Result order.',
    page: '1-based page number.',
    pageSize: 'Results per page, 1–100.',
  },
  // `options` (group → values) travels as repeated `option=<groupId>:<valueId>` parameters.
  { options: { name: 'option', schema: { type: 'array', items: { type: 'string', pattern: '^[^:]+:.+$' } } } },
);

/** The catalog endpoints, keyed by the `BackendAdapter` method they serve. */
export const CATALOG_ENDPOINTS = {
  listCategories: endpoint({
    ...CATALOG_ROUTES.listCategories,
    operationId: 'listCategories',
    summary: 'List categories',
    description: 'All categories, parents before children.',
    errors: [],
  }),
  searchProducts: endpoint({
    ...CATALOG_ROUTES.searchProducts,
    operationId: 'searchProducts',
    summary: 'Search products',
    description: 'One page of products matching the query, with option facets and the price range of the whole result set.',
    query: productQuery,
    errors: ['validation'],
  }),
  getProduct: endpoint({
    ...CATALOG_ROUTES.getProduct,
    operationId: 'getProduct',
    summary: 'Get a product',
    description: 'One product with everything its detail page shows, with current stock.',
    pathParameters: [{ name: 'productId', description: 'The product id.' }],
    errors: ['not_found'],
  }),
  findSkus: endpoint({
    ...SKU_LOOKUP_ROUTE,
    operationId: 'findSkus',
    summary: 'Find products by SKU',
    description:
      'Quick order: the products (with current stock) that have a variant with one of the SKUs asked for, each product once. SKUs are compared without regard to case and surrounding spaces; unknown SKUs are simply absent from the answer. Creates nothing.',
    body: SkuLookupRequestSchema,
    errors: ['validation'],
  }),
} as const;
