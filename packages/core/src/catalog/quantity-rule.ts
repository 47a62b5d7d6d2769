/**
 * A product's quantity rule, in one place: at least `min`, at most `max` and the tracked stock, in
 * steps of `step` counted from `min` (min 2, step 3 allows 2, 5, 8...). Whether a quantity is
 * allowed, the range a stepper may move in, and the allowed quantity nearest to a request.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { QuantityRule } from './catalog-schema.ts';

/** What a shopper is told when a quantity was fitted to the rule (the cart's notices include these). */
export type QuantityNotice =
  /**
   * Fewer units than asked were put in the cart because of stock, the product's maximum, or
   * (`cart_limit`) because the cart's item count must stay a safe integer (`Number.MAX_SAFE_INTEGER`).
   */
  | { code: 'quantity_capped'; requested: number; allowed: number; reason: 'stock' | 'max' | 'cart_limit' }
  /**
   * The quantity was raised to the product's minimum or rounded to its step, or (`quoted`) kept at
   * the quoted quantity of a line bought under a request for quote (`allowed`; see `rfq-quantity.ts`).
   */
  | { code: 'quantity_adjusted'; requested: number; allowed: number; reason: 'min' | 'step' | 'quoted' }
  /** The variant is sold out; nothing was added. */
  | { code: 'sold_out' };

/** The quantity that may go in the cart for a request, and what to tell the shopper about it. */
export interface QuantityFit {
  /** Units allowed; `0` when nothing can be ordered (the notice is then `sold_out`). */
  allowed: number;
  notice?: QuantityNotice;
}

/** The range of quantities a shopper may choose from, as {@link quantityBounds} gives it. */
export interface QuantityBounds {
  /** The smallest allowed quantity: the rule's `min`. */
  min: number;
  /**
   * The largest allowed quantity within the rule's `max` and the tracked stock, on a step;
   * `undefined` when neither limits it. Below `min` when nothing can be ordered.
   */
  max: number | undefined;
}

/**
 * Throws `OrderZoneError('validation')` (field `quantity`, code `invalid_quantity`) unless a
 * quantity asked for is a whole number of at least `least`: one check for pricing, adding and setting.
 */
export function checkQuantityAsked(quantity: number, least: 0 | 1): void {
  if (!Number.isSafeInteger(quantity) || quantity < least) {
    throw new OrderZoneError('validation', `Quantity must be a whole number of at least ${least}; got ${String(quantity)}.`, {
      fieldErrors: [{ field: 'quantity', code: 'invalid_quantity' }],
    });
  }
}

/** The largest quantity allowed by `rule` that does not exceed `limit`, or 0 when there is none. */
function largestAllowedUpTo(limit: number, rule: QuantityRule): number {
  if (limit < rule.min) return 0;
  return rule.min + Math.floor((limit - rule.min) / rule.step) * rule.step;
}

/**
 * True when `quantity` is allowed by the product's quantity rule: a whole number, at least `min`,
 * at most `max` (when set), and `min` plus a whole number of `step`s (min 10, step 5 allows
 * 10, 15, 20...). Stock is not considered.
 */
export function isQuantityAllowed(rule: QuantityRule, quantity: number): boolean {
  if (!Number.isSafeInteger(quantity) || quantity < rule.min) return false;
  if (rule.max !== undefined && quantity > rule.max) return false;
  return (quantity - rule.min) % rule.step === 0;
}

/**
 * The smallest and largest quantity a shopper may choose under `rule` with `stock` units left
 * (`null`: stock not tracked). `max` is the largest allowed quantity within the rule's `max` and the
 * stock (min 10, step 5, max 47 → 45), `undefined` when unbounded; a `max` below `min` means nothing
 * can be ordered.
 */
export function quantityBounds(rule: QuantityRule, stock: number | null): QuantityBounds {
  const limit = Math.min(rule.max ?? Infinity, stock ?? Infinity);
  return { min: rule.min, max: limit === Infinity ? undefined : largestAllowedUpTo(limit, rule) };
}

/**
 * Fits a requested quantity to a product's rule and stock:
 *
 * 1. Stock 0 (tracked), or even `min` above the stock → nothing, `sold_out`.
 * 2. Above `max` or the tracked stock → lowered to the largest allowed quantity within both
 *    (`quantity_capped`, reason `stock` when stock is the tighter limit, else `max`), even when the
 *    request is also between two steps: the limit is what the shopper needs to hear (max 1000,
 *    step 5: 1001 → 1000, capped by `max`).
 * 3. Below `min` → raised to `min` (`quantity_adjusted`, reason `min`).
 * 4. Between two steps → rounded to the **nearest** allowed quantity, halves rounding up
 *    (min 1, step 6: 4 → 7, 3 → 1) (`quantity_adjusted`, reason `step`); a rounding up past the
 *    largest allowed quantity is a cap (step 5, max 1003: 1003 → 1000, capped by `max`).
 * 5. Above `room` (the units the cart still has room for, so that its item count stays a safe
 *    integer; `Number.MAX_SAFE_INTEGER` by default) → lowered to the largest allowed quantity within
 *    it (`quantity_capped`, reason `cart_limit`; `allowed` 0 when not even `min` fits).
 *
 * `requested` in the notice is always the quantity the caller asked for (beyond
 * `Number.MAX_SAFE_INTEGER` only with reason `cart_limit`, and then not exact). `allowed` is always
 * a safe integer.
 */
export function fitQuantity(requested: number, rule: QuantityRule, stock: number | null, room: number = Number.MAX_SAFE_INTEGER): QuantityFit {
  // Without a maximum or a stock count, the cap is Infinity (the largest allowed quantity up to it);
  // a stock of 0 or less is below any rule's minimum (at least 1), so it caps at 0: sold out.
  const maxCap = largestAllowedUpTo(rule.max ?? Infinity, rule);
  const stockCap = largestAllowedUpTo(stock ?? Infinity, rule);
  const cap = Math.min(maxCap, stockCap);
  if (cap === 0) return { allowed: 0, notice: { code: 'sold_out' } };
  const capped = (): QuantityFit => ({ allowed: cap, notice: { code: 'quantity_capped', requested, allowed: cap, reason: stockCap <= maxCap ? 'stock' : 'max' } });
  const fitted = ((): QuantityFit => {
    if (requested > Math.min(rule.max ?? Infinity, stock ?? Infinity)) return capped();
    if (requested < rule.min) return { allowed: rule.min, notice: { code: 'quantity_adjusted', requested, allowed: rule.min, reason: 'min' } };
    const over = (requested - rule.min) % rule.step;
    if (over === 0) return { allowed: requested };
    const allowed = requested - over + (2 * over >= rule.step ? rule.step : 0);
    if (allowed > cap) return capped();
    return { allowed, notice: { code: 'quantity_adjusted', requested, allowed, reason: 'step' } };
  })();
  // The cart's room is the last limit: its item count must stay a safe integer.
  const roomCap = largestAllowedUpTo(Math.min(room, Number.MAX_SAFE_INTEGER), rule);
  if (fitted.allowed > roomCap) return { allowed: roomCap, notice: { code: 'quantity_capped', requested, allowed: roomCap, reason: 'cart_limit' } };
  return fitted;
}
