/**
 * The wire model of a signed-in shopper's browsing history kept by the backend
 * (`GET|DELETE /me/viewed-products`, `PUT /me/viewed-products/{productId}`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema } from '../catalog/primitive-schemas.ts';
import { VIEWED_PRODUCTS_MAX } from './recommendation-limits.ts';

/** The products a signed-in shopper viewed, newest first (at most `VIEWED_PRODUCTS_MAX`), as the backend keeps them. */
export const ViewedProductsSchema = z.object({
  productIds: z.array(IdSchema).check(z.maxLength(VIEWED_PRODUCTS_MAX)),
});
/** A signed-in shopper's viewed products, newest first, as the backend keeps them. */
export type ViewedProducts = z.infer<typeof ViewedProductsSchema>;
