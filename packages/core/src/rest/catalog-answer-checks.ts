/**
 * How the REST adapter checks the catalog's answers (the first paint's): the validators compiled
 * from the catalog schemas (`compiled-validators/`) decide whether an answer matches the contract
 * and give its data, exactly as the schemas' `safeParse()` would; only for an answer that does not
 * match are the schemas loaded (zod and the catalog schemas, the chunk the order calls load too), so
 * that the issues the adapter's `bad_response` error lists are zod's own, the same as with the schema
 * alone.
 *
 * @module
 */
import * as compiled from './compiled-validators/catalog-response-validators.ts';
import { INVALID, type Check } from './compiled-validators/validator-runtime.ts';
import type { ResponseIssue } from './rest-request.ts';

type CatalogCall = keyof typeof compiled;
type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: readonly ResponseIssue[] } };

/** The check of `name`'s answers: the compiled validator's data, or (when it does not match) the schema's `safeParse()`. */
function answerCheck<T>(name: CatalogCall, check: Check<T>): { safeParse(value: unknown): Parsed<T> | Promise<Parsed<T>> } {
  return {
    safeParse: (value) => {
      const data = check(value);
      return data === INVALID ? import('./catalog-routes.ts').then(({ CATALOG_ROUTES }) => CATALOG_ROUTES[name].response.safeParse(value) as Parsed<T>) : { success: true, data };
    },
  };
}

/** The checks of the catalog's answers, by the `BackendAdapter` method they serve. */
export const CATALOG_ANSWERS = {
  listCategories: answerCheck('listCategories', compiled.listCategories),
  searchProducts: answerCheck('searchProducts', compiled.searchProducts),
  getProduct: answerCheck('getProduct', compiled.getProduct),
};
