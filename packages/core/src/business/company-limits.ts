/**
 * Limits of the company details, apart from their schema so that forms and the checkout carry no
 * schema library.
 *
 * @module
 */

/** Longest accepted company values, in characters (code points). */
export const COMPANY_LIMITS = {
  name: 100,
  invoiceTitle: 100,
  purchaseOrderNumber: 64,
} as const;
