/**
 * An amount split into parts proportional to weights (a refund shared among an order's lines). A
 * module apart from `money.ts` so that a bundle carries it only with the refund rules that use it.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import { checkedMoney, zeroMoney, type Money } from './money.ts';

/**
 * Splits an amount into parts proportional to `weights` without losing or inventing a minor unit:
 * the parts always add up to `m` exactly (largest-remainder method).
 */
export function allocateMoney(m: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) return [];
  const w = weights.map((x) => {
    if (!Number.isSafeInteger(x) || x < 0) throw new OrderZoneError('validation', 'Allocation weights must be non-negative integers.');
    return BigInt(x);
  });
  const totalWeight = w.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) return weights.map(() => zeroMoney(m.currency));
  const amount = BigInt(m.amount);
  const sign = amount < 0n ? -1n : 1n;
  const abs = amount * sign;
  const parts = w.map((x) => (abs * x) / totalWeight);
  const remainders = w.map((x, i) => ({ i, r: (abs * x) % totalWeight }));
  let left = abs - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts.map((p) => checkedMoney(p * sign, m.currency));
}
