/**
 * When a charge is shown as "Free" (免运费) rather than as an amount: decided here once, for every
 * place that shows a delivery or shipping price (the checkout's options, the price summary).
 *
 * @module
 */
import type { Money } from './money.ts';

/**
 * True when a delivery or shipping charge costs nothing (an amount of 0 in any currency): a storefront
 * shows it as "Free" instead of `¥0.00`. A negative amount (a bad answer) is not free: it is shown as
 * it is.
 */
export function isFreeCharge(charge: Money): boolean {
  return charge.amount === 0;
}
