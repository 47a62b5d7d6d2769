/**
 * The limits of recommendation requests, without the schemas (so the browsing history carries no
 * schema library).
 *
 * @module
 */

/** The most products one request may ask for. */
export const RECOMMENDATION_LIMIT_MAX = 24;
/** How many a request asks for when it says nothing. */
export const RECOMMENDATION_LIMIT_DEFAULT = 8;
/** The most viewed product ids a request carries (the newest first), and the device keeps. */
export const VIEWED_PRODUCTS_MAX = 30;
