/**
 * Integer division with a chosen rounding, for the shares of an amount (a percentage off a price, a
 * refund by line). A module apart from `money.ts` so that a bundle carries it only with the
 * pricing and refund rules that divide (the script-tag page's first paint does not).
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { Rounding } from './money.ts';

/** Integer division of `numerator / denominator` with the given rounding. */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding = 'half-up'): bigint {
  if (denominator === 0n) throw new OrderZoneError('validation', 'Division by zero.');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  const r = n % denominator;
  if (r !== 0n) {
    const twice = r * 2n;
    // 'up' and 'down' mean toward +∞ and −∞; 'half-up' rounds .5 away from zero, 'half-even' to even.
    const awayFromZero =
      rounding === 'up' ? !negative :
      rounding === 'down' ? negative :
      rounding === 'half-up' ? twice >= denominator :
      twice > denominator || (twice === denominator && q % 2n === 1n);
    if (awayFromZero) q += 1n;
  }
  return negative ? -q : q;
}
