import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ORDER_NUMBER_ALPHABET, createOrderNumber, isOrderNumber, parseOrderNumber } from './order-number.ts';

describe('order numbers', () => {
  it('carry at least 40 random bits, in a short form without look-alike characters', () => {
    assert.ok(ORDER_NUMBER_ALPHABET.length ** 9 > 2 ** 40, `${ORDER_NUMBER_ALPHABET.length}^9 numbers`);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) assert.equal(ORDER_NUMBER_ALPHABET.includes(lookAlike), false, lookAlike);
    const numbers = new Set(Array.from({ length: 2000 }, () => createOrderNumber()));
    assert.equal(numbers.size, 2000, 'no repeats in 2000');
    for (const number of numbers) {
      assert.match(number, /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      assert.ok(isOrderNumber(number));
    }
  });

  it('uses every character about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const c of createOrderNumber().slice(3, 8) + createOrderNumber().slice(9, 13)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const values = [...counts.values()];
    assert.equal(counts.size, ORDER_NUMBER_ALPHABET.length);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    for (const value of values) assert.ok(Math.abs(value - mean) / mean < 0.15, `${value} vs mean ${mean}`);
  });

  it('refuses every single mistyped character and every swap of two neighbours', () => {
    const number = createOrderNumber(() => new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
    const compact = number.replace(/^OZ-|-/g, '');
    for (let i = 0; i < compact.length; i++) {
      for (const c of ORDER_NUMBER_ALPHABET) {
        if (c === compact[i]) continue;
        const typo = compact.slice(0, i) + c + compact.slice(i + 1);
        assert.equal(parseOrderNumber(typo), undefined, `${typo} (position ${i})`);
      }
      if (i + 1 < compact.length && compact[i] !== compact[i + 1]) {
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        assert.equal(parseOrderNumber(swapped), undefined, `swap at ${i}`);
      }
    }
  });

  it('reads what a shopper types: any case, spaces or dashes, with or without the prefix', () => {
    const number = createOrderNumber();
    const compact = number.slice(3).replace('-', '');
    assert.equal(parseOrderNumber(compact.toLowerCase()), number);
    assert.equal(parseOrderNumber(` ${compact.slice(0, 4)} ${compact.slice(4)} `), number);
    assert.equal(parseOrderNumber(`oz${compact}`), number);
    assert.equal(parseOrderNumber(`0Z-${compact}`), number, 'a zero typed for the prefix’s O');
    assert.equal(parseOrderNumber('OZ250314000001'), undefined, 'the old sequential numbers are not order numbers');
    assert.equal(parseOrderNumber(''), undefined);
    assert.equal(parseOrderNumber(`${compact}O`), undefined);
  });
});
