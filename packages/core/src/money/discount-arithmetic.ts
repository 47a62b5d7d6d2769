/**
 * The arithmetic of a price's discounts: a percentage of an amount, an amount negated (a discount
 * shown as a negative line), the smaller of two amounts. A module apart from `money.ts` so that a
 * bundle carries it only with the pricing that uses it (the script-tag page's first paint does not).
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import { checkedMoney, compareMoney, money, type Money, type Rounding } from './money.ts';
import { divideRounded } from './divide-rounded.ts';

/** Negates an amount (a discount shown as a negative line). */
export function negateMoney(m: Money): Money {
  return money(-m.amount, m.currency);
}

/**
 * A share of an amount expressed in basis points (1 bp = 0.01 %): `percentageOf(m, 1000)` is 10 %.
 * Rounded to the currency's minor unit.
 */
export function percentageOf(m: Money, basisPoints: number, rounding: Rounding = 'half-up'): Money {
  if (!Number.isSafeInteger(basisPoints)) {
    throw new OrderZoneError('validation', `Percentages are integer basis points; got ${String(basisPoints)}.`);
  }
  return checkedMoney(divideRounded(BigInt(m.amount) * BigInt(basisPoints), 10_000n, rounding), m.currency);
}

/** The smaller of two amounts. */
export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}
