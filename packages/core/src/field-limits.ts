/**
 * The length limits of the contract's short fields (a coupon code, an order number, an e-mail
 * address or a phone number, the words of a catalog search), in one place: the zod schemas refuse
 * longer values with them, and the elements state them as their inputs' `maxlength`, so a shopper
 * cannot type what the contract would refuse. Both count UTF-16 units (`z.maxLength` and HTML's
 * `maxlength` alike); these fields hold codes, addresses and search words, never long prose (free
 * texts on an order have their own limit, `ORDER_TEXT_MAX_LENGTH`, counted in code points).
 *
 * Kept apart from the schemas so that a form can read them without loading zod.
 *
 * @module
 */

/** Longest coupon code a quote accepts (`QuoteRequest.couponCode`). */
export const COUPON_CODE_MAX_LENGTH = 64;

/** Longest order number the contract accepts (an order lookup, the order a quote edits). */
export const ORDER_NUMBER_MAX_LENGTH = 64;

/** Longest e-mail address: 254 characters, the longest path SMTP (RFC 5321) carries. */
export const EMAIL_MAX_LENGTH = 254;

/** Longest contact a shopper gives to find an order or to sign in: a phone number or an e-mail address. */
export const CONTACT_MAX_LENGTH = EMAIL_MAX_LENGTH;

/** Longest text of a catalog search (`CatalogQuery.text`). */
export const CATALOG_SEARCH_TEXT_MAX_LENGTH = 200;
