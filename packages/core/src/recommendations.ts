/**
 * `@orderzone/core/recommendations`: recommendations for a shopper ("related to this product",
 * "frequently bought together", "recently viewed", "for you"), each with why, and the browsing
 * history they come from, kept on the device. The main entry `@orderzone/core` exports their
 * types only, so a page without recommendations carries none of this code.
 *
 * ```ts
 * import { recommendationsFor } from '@orderzone/core/recommendations';
 * const { items } = await recommendationsFor(zone).load({ kind: 'related', productId: 'cotton-tee' });
 * ```
 *
 * @packageDocumentation
 */
export * from './recommendations/recommendation-limits.ts';
export * from './recommendations/browsing-history.ts';
export * from './recommendations/recommendations-client.ts';
export type * from './recommendations/recommendation-schema.ts';
