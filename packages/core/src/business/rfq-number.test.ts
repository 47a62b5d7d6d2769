import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOrderNumber } from '../order/order-number.ts';
import { createRfqNumber } from './rfq-number.ts';
import { rfqReference } from './rfq-reference.ts';

describe('request-for-quote numbers', () => {
  it('read like order numbers with their own prefix, random, and are never taken for an order number', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => createRfqNumber()));
    assert.equal(numbers.size, 1000, 'no repeats in 1000');
    for (const number of numbers) {
      assert.match(number, /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      assert.equal(parseOrderNumber(number), undefined, number);
    }
    const fixed = createRfqNumber(() => new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
    assert.equal(fixed.slice(4), parseOrderNumber(fixed.slice(4))?.slice(3), 'the same check character as an order number');
  });

  it('name a request by its number, or by the end of its id from a backend that gives no number', () => {
    assert.equal(rfqReference({ id: 'rfq_7ee322bbe2166b4731fb', number: 'RFQ-7KD4M-9QXT2' }), 'RFQ-7KD4M-9QXT2');
    assert.equal(rfqReference({ id: 'rfq_7ee322bbe2166b4731fb' }), '#4731FB');
    assert.equal(rfqReference({ id: 'q-12' }), '#Q-12');
  });
});
