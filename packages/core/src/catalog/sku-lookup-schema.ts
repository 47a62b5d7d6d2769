/**
 * The SKU lookup of quick order (`POST /sku-lookups`): what a client asks and what a backend answers.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ProductSchema } from './catalog-schema.ts';

/**
 * `POST /sku-lookups` (quick order): the SKUs asked for, 1–200, each 1–64 characters. Compared
 * without regard to case or surrounding spaces.
 */
export const SkuLookupRequestSchema = z.object({ skus: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(200)) });
/** The SKUs a quick order looks up (`POST /sku-lookups`), 1–200, any case. */
export type SkuLookupRequest = z.infer<typeof SkuLookupRequestSchema>;

/** The answer to `POST /sku-lookups`: each product (with current stock) having a variant with one of the SKUs, once; unknown SKUs are simply absent. */
export const SkuLookupSchema = z.object({ products: z.array(ProductSchema) });
/** The products having a variant with one of the SKUs asked for, each once. */
export type SkuLookup = z.infer<typeof SkuLookupSchema>;

