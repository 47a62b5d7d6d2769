/**
 * The number of units in a stored cart, read without the cart's code: what the cart badge shows at
 * first paint on a zone whose cart loads on demand. It only adds up the quantities of a stored cart
 * in the current format and currency; the cart checks every line when it loads (`stored-cart.ts`)
 * and its own count replaces this one.
 *
 * @module
 */
import { STORED_CART_VERSION } from './stored-cart-version.ts';

/** The storage key of a shop's cart. */
export const cartStorageKey = (shopId: string): string => `orderzone:${shopId}:cart`;

/**
 * The units of the cart stored as `raw` (a booking line counts one); 0 for nothing stored or a value
 * the cart would not read (not JSON, another version or currency). Lines without a positive whole
 * quantity are not counted.
 */
export function storedItemCount(raw: string | null, currency: string): number {
  let json: { version?: unknown; currency?: unknown; lines?: unknown } | null;
  try {
    json = raw === null ? null : (JSON.parse(raw) as typeof json);
  } catch {
    return 0;
  }
  if (!json || json.version !== STORED_CART_VERSION || json.currency !== currency || !Array.isArray(json.lines)) return 0;
  let units = 0;
  for (const line of json.lines as { quantity?: unknown; booking?: unknown }[]) {
    const quantity = line?.booking ? 1 : line?.quantity;
    if (Number.isSafeInteger(quantity) && (quantity as number) > 0 && (quantity as number) <= Number.MAX_SAFE_INTEGER - units) units += quantity as number;
  }
  return units;
}
