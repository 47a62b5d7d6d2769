/**
 * `@orderzone/core/business`: business buying for a storefront and for backends: quick order
 * (reading pasted SKUs and quantities or a CSV file's text, and checking each line against the
 * catalog with the product's quantity rule and stock) and the unified social credit code check. The
 * company details at checkout are in `@orderzone/core/checkout` (`validateCompanyDetails`); the main
 * entry `@orderzone/core` exports the types only.
 *
 * ```ts
 * import { checkQuickOrder, parseQuickOrder } from '@orderzone/core/business';
 * ```
 *
 * @packageDocumentation
 */
export * from './business/quick-order.ts';
export * from './business/quick-order-client.ts';
export * from './business/credit-code.ts';
export * from './business/reorder.ts';
