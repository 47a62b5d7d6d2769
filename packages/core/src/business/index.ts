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
export { checkQuickOrder, parseQuickOrder, QUICK_ORDER_MAX_LINES, type QuickOrderEntry, type QuickOrderLine, type QuickOrderProblem, quickOrderSkus, remainingQuickOrderText, skuKey } from './quick-order.ts';
export { placeQuickOrder, type QuickOrderResult } from './quick-order-client.ts';
export { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, creditCodeProblem, type CreditCodeProblem, isValidCreditCode, normalizeCreditCode } from './credit-code.ts';
export { addReorderToCart, planReorder, prepareReorder, type ReorderChange, type ReorderLine } from './reorder.ts';
