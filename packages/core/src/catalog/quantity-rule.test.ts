import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitQuantity, isQuantityAllowed, quantityBounds } from './quantity-rule.ts';

describe('isQuantityAllowed', () => {
  test('counts steps from the minimum and respects the maximum', () => {
    const rule = { min: 10, max: 40, step: 5 };
    assert.deepEqual(
      [5, 9, 10, 12, 15, 40, 45].map((q) => isQuantityAllowed(rule, q)),
      [false, false, true, false, true, true, false],
    );
  });
  test('rejects fractions, zero and negative numbers', () => {
    const rule = { min: 1, step: 1 };
    assert.equal(isQuantityAllowed(rule, 1.5), false);
    assert.equal(isQuantityAllowed(rule, 0), false);
    assert.equal(isQuantityAllowed(rule, -1), false);
    assert.equal(isQuantityAllowed(rule, 1_000_000), true);
  });
});

describe('fitQuantity', () => {
  test('rounds to the nearest step counted from the minimum, halves up', () => {
    const rule = { min: 2, step: 3 };
    assert.deepEqual(fitQuantity(3, rule, null), { allowed: 2, notice: { code: 'quantity_adjusted', requested: 3, allowed: 2, reason: 'step' } });
    assert.equal(fitQuantity(4, { min: 1, step: 6 }, null).allowed, 7);
    assert.equal(fitQuantity(3, { min: 1, step: 6 }, null).allowed, 1);
    assert.deepEqual(fitQuantity(5, rule, null), { allowed: 5 });
  });

  test('caps within stock and max at an allowed step, and reports sold out when even the minimum exceeds stock', () => {
    assert.deepEqual(fitQuantity(19, { min: 2, step: 3, max: 20 }, 12), { allowed: 11, notice: { code: 'quantity_capped', requested: 19, allowed: 11, reason: 'stock' } });
    assert.deepEqual(fitQuantity(30, { min: 2, step: 3, max: 20 }, null), { allowed: 20, notice: { code: 'quantity_capped', requested: 30, allowed: 20, reason: 'max' } });
    assert.deepEqual(fitQuantity(5, { min: 2, step: 3 }, 1), { allowed: 0, notice: { code: 'sold_out' } });
  });

  test('never allows more than the safe range or the room given, on an allowed step', () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    assert.deepEqual(fitQuantity(MAX + 10, { min: 1, step: 1 }, null), { allowed: MAX, notice: { code: 'quantity_capped', requested: MAX + 10, allowed: MAX, reason: 'cart_limit' } });
    // Rounding up to a step would leave the safe range: the step below it.
    const { allowed } = fitQuantity(MAX - 1, { min: 1, step: 4 }, null);
    assert.ok(Number.isSafeInteger(allowed) && allowed <= MAX && (allowed - 1) % 4 === 0, String(allowed));
    assert.deepEqual(fitQuantity(30, { min: 2, step: 3 }, null, 10), { allowed: 8, notice: { code: 'quantity_capped', requested: 30, allowed: 8, reason: 'cart_limit' } });
    assert.deepEqual(fitQuantity(30, { min: 2, step: 3, max: 5 }, null, 10).notice, { code: 'quantity_capped', requested: 30, allowed: 5, reason: 'max' });
    assert.deepEqual(fitQuantity(3, { min: 2, step: 1 }, null, 1), { allowed: 0, notice: { code: 'quantity_capped', requested: 3, allowed: 0, reason: 'cart_limit' } });
  });

  test('names the limit, not the pack size, when a request over the maximum or stock is also between steps', () => {
    const rule = { min: 5, max: 1000, step: 5 };
    assert.deepEqual(fitQuantity(1001, rule, null), { allowed: 1000, notice: { code: 'quantity_capped', requested: 1001, allowed: 1000, reason: 'max' } });
    assert.deepEqual(fitQuantity(1003, { ...rule, max: 1003 }, null), { allowed: 1000, notice: { code: 'quantity_capped', requested: 1003, allowed: 1000, reason: 'max' } });
    assert.deepEqual(fitQuantity(48, rule, 47), { allowed: 45, notice: { code: 'quantity_capped', requested: 48, allowed: 45, reason: 'stock' } });
    // At or under the limit, between steps: the pack size is the reason.
    assert.deepEqual(fitQuantity(998, rule, null), { allowed: 1000, notice: { code: 'quantity_adjusted', requested: 998, allowed: 1000, reason: 'step' } });
    assert.deepEqual(fitQuantity(46, rule, 47), { allowed: 45, notice: { code: 'quantity_adjusted', requested: 46, allowed: 45, reason: 'step' } });
  });
});

describe('quantityBounds', () => {
  test('is unbounded above without a maximum or tracked stock', () => {
    assert.deepEqual(quantityBounds({ min: 2, step: 3 }, null), { min: 2, max: undefined });
  });
  test('stops at the rule maximum', () => {
    assert.deepEqual(quantityBounds({ min: 1, max: 20, step: 1 }, null), { min: 1, max: 20 });
  });
  test('stops at the stock, and at the tighter of maximum and stock', () => {
    assert.deepEqual(quantityBounds({ min: 1, step: 1 }, 7), { min: 1, max: 7 });
    assert.deepEqual(quantityBounds({ min: 1, max: 20, step: 1 }, 7), { min: 1, max: 7 });
    assert.deepEqual(quantityBounds({ min: 1, max: 5, step: 1 }, 7), { min: 1, max: 5 });
  });
  test('gives a maximum below the minimum when the stock is below the minimum or sold out', () => {
    for (const stock of [7, 0]) {
      const bounds = quantityBounds({ min: 10, step: 5 }, stock);
      assert.equal(bounds.min, 10);
      assert.ok(bounds.max !== undefined && bounds.max < bounds.min, `stock ${stock}: max ${bounds.max}`);
    }
  });
  test('lands the maximum on a step counted from the minimum', () => {
    assert.deepEqual(quantityBounds({ min: 10, max: 47, step: 5 }, null), { min: 10, max: 45 });
    assert.deepEqual(quantityBounds({ min: 10, step: 5 }, 47), { min: 10, max: 45 });
  });
  test('agrees with fitQuantity: the maximum is what the largest request is fitted to', () => {
    const rule = { min: 2, max: 20, step: 3 };
    for (const stock of [null, 12, 20, 3]) {
      assert.equal(quantityBounds(rule, stock).max, fitQuantity(1_000, rule, stock).allowed);
    }
  });
});
