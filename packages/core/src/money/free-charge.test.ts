import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFreeCharge } from './free-charge.ts';

describe('isFreeCharge', () => {
  it('is free at 0 in any currency, and not for any other amount', () => {
    assert.equal(isFreeCharge({ amount: 0, currency: 'CNY' }), true);
    assert.equal(isFreeCharge({ amount: 0, currency: 'JPY' }), true);
    assert.equal(isFreeCharge({ amount: 1, currency: 'CNY' }), false);
    assert.equal(isFreeCharge({ amount: 1200, currency: 'USD' }), false);
    assert.equal(isFreeCharge({ amount: -100, currency: 'CNY' }), false);
  });
});
