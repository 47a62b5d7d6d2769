/**
 * `@orderzone/core/schemas`: the `zod/mini` schemas of the wire model (catalog, orders, bookings),
 * for adapters and backends that validate what crosses the wire. The main entry `@orderzone/core`
 * exports the same model as types only, so a page that never validates carries no schema library.
 *
 * ```ts
 * import { ProductSchema } from '@orderzone/core/schemas';
 * const product = ProductSchema.parse(await response.json());
 * ```
 *
 * @packageDocumentation
 */
export * from './catalog/primitive-schemas.ts';
export * from './catalog/catalog-schema.ts';
export * from './order/order-schema.ts';
export * from './order/order-action-schema.ts';
export * from './booking/booking-schema.ts';
export * from './booking/booking-rules-schema.ts';
export * from './business/company-details-schema.ts';
export * from './catalog/sku-lookup-schema.ts';
