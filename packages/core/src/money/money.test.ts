import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OrderZoneError, type OrderZoneErrorCode } from '../errors.ts';
import {
  addMoney,
  compareMoney,
  currencyDigits,
  equalMoney,
  formatMoney,
  money,
  multiplyMoney,
  subtractMoney,
  sumMoney,
  toDecimalString,
  zeroMoney,
  type Money,
  type Rounding,
} from './money.ts';
import { allocateMoney } from './allocate-money.ts';
import { divideRounded } from './divide-rounded.ts';
import { minMoney, negateMoney, percentageOf } from './discount-arithmetic.ts';
import { parseMoney } from './money.ts';

const isCode = (code: OrderZoneErrorCode) => (error: unknown) => error instanceof OrderZoneError && error.code === code;

/** What Intl itself prints for a decimal string, the reference `formatMoney` must match. */
function intl(decimal: string, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal as unknown as number);
}

describe('currencyDigits', () => {
  test('knows JPY 0, CNY/USD/EUR 2, KWD 3', () => {
    assert.deepEqual(['JPY', 'CNY', 'USD', 'EUR', 'KWD'].map(currencyDigits), [0, 2, 2, 2, 3]);
  });
  test('rejects codes that are not three capital letters', () => {
    for (const code of ['cny', 'CN', 'CNYY', '', '¥']) assert.throws(() => currencyDigits(code), isCode('config'), code);
  });
});

describe('money', () => {
  test('accepts safe integers, including the extremes, and normalises −0', () => {
    assert.deepEqual(money(Number.MAX_SAFE_INTEGER, 'CNY'), { amount: Number.MAX_SAFE_INTEGER, currency: 'CNY' });
    assert.deepEqual(money(Number.MIN_SAFE_INTEGER, 'CNY').amount, Number.MIN_SAFE_INTEGER);
    assert.ok(Object.is(money(-0, 'CNY').amount, 0));
  });
  test('rejects fractions, NaN, infinities and unsafe integers', () => {
    for (const amount of [1.5, 0.1, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, -(2 ** 60)]) {
      assert.throws(() => money(amount, 'CNY'), isCode('validation'), String(amount));
    }
  });
  test('rejects bad currency codes', () => {
    assert.throws(() => money(1, 'yen'), isCode('config'));
  });
});

describe('addition and subtraction', () => {
  test('are exact where floats are not: ¥0.10 + ¥0.20 = ¥0.30', () => {
    const sum = addMoney(parseMoney('0.10', 'CNY'), parseMoney('0.20', 'CNY'));
    assert.equal(toDecimalString(sum), '0.30');
    assert.deepEqual(subtractMoney(sum, money(30, 'CNY')), money(0, 'CNY'));
  });
  test('refuse to mix currencies', () => {
    assert.throws(() => addMoney(money(1, 'CNY'), money(1, 'USD')), (e: unknown) => isCode('validation')(e) && /CNY/.test((e as Error).message) && /USD/.test((e as Error).message));
    assert.throws(() => subtractMoney(money(1, 'JPY'), money(1, 'KWD')), isCode('validation'));
    assert.throws(() => sumMoney([money(1, 'CNY'), money(1, 'USD')], 'CNY'), isCode('validation'));
    assert.throws(() => compareMoney(money(1, 'CNY'), money(1, 'USD')), isCode('validation'));
  });
  test('refuse results beyond the safe range instead of losing precision', () => {
    assert.throws(() => addMoney(money(Number.MAX_SAFE_INTEGER, 'CNY'), money(1, 'CNY')), isCode('validation'));
    assert.throws(() => subtractMoney(money(Number.MIN_SAFE_INTEGER, 'CNY'), money(1, 'CNY')), isCode('validation'));
    assert.throws(() => multiplyMoney(money(2 ** 52, 'JPY'), 2), isCode('validation'));
  });
  test('sum of nothing is zero; sum of many is exact', () => {
    assert.deepEqual(sumMoney([], 'KWD'), zeroMoney('KWD'));
    assert.deepEqual(sumMoney(Array.from({ length: 10 }, () => money(1, 'KWD')), 'KWD'), money(10, 'KWD'));
  });
  test('multiply only by whole numbers; negate flips the sign', () => {
    assert.deepEqual(multiplyMoney(money(1999, 'USD'), 3), money(5997, 'USD'));
    assert.throws(() => multiplyMoney(money(1999, 'USD'), 1.5), isCode('validation'));
    assert.deepEqual(negateMoney(money(500, 'JPY')), money(-500, 'JPY'));
    assert.ok(Object.is(negateMoney(money(0, 'JPY')).amount, 0));
  });
  test('compare, equal and min', () => {
    assert.equal(compareMoney(money(1, 'CNY'), money(2, 'CNY')), -1);
    assert.equal(compareMoney(money(2, 'CNY'), money(2, 'CNY')), 0);
    assert.equal(equalMoney(money(2, 'CNY'), money(2, 'USD')), false);
    assert.equal(equalMoney(undefined, undefined), true);
    assert.equal(equalMoney(money(0, 'CNY'), undefined), false);
    assert.deepEqual(minMoney(money(5, 'CNY'), money(3, 'CNY')), money(3, 'CNY'));
  });
});

describe('parseMoney and toDecimalString', () => {
  const cases: [string, string, number][] = [
    ['JPY', '500', 500],
    ['JPY', '-1200', -1200],
    ['CNY', '123.45', 12345],
    ['CNY', '0.05', 5],
    ['USD', '-19.99', -1999],
    ['EUR', '1000000.00', 100000000],
    ['KWD', '1.250', 1250],
    ['KWD', '0.005', 5],
    ['KWD', '-0.125', -125],
  ];
  test('parse to exact minor units and print back the same decimal', () => {
    for (const [currency, decimal, minor] of cases) {
      const parsed = parseMoney(decimal, currency);
      assert.deepEqual(parsed, { amount: minor, currency }, `${decimal} ${currency}`);
      assert.equal(toDecimalString(parsed), decimal);
    }
  });
  test('fewer decimals than the currency has are padded', () => {
    assert.deepEqual(parseMoney('12.5', 'CNY'), money(1250, 'CNY'));
    assert.deepEqual(parseMoney('7', 'KWD'), money(7000, 'KWD'));
    assert.equal(toDecimalString(parseMoney(' 12.5 ', 'CNY')), '12.50');
  });
  test('more decimals than the currency has is an error, never a rounding', () => {
    assert.throws(() => parseMoney('100.5', 'JPY'), isCode('validation'));
    assert.throws(() => parseMoney('1.005', 'CNY'), (e: unknown) => isCode('validation')(e) && /2 decimal places/.test((e as Error).message));
    assert.throws(() => parseMoney('1.0005', 'KWD'), isCode('validation'));
  });
  test('non-decimal text and unsafe amounts are rejected', () => {
    for (const text of ['', 'abc', '1,000.00', '1e3', '.5', '1.', '¥12', '+1']) assert.throws(() => parseMoney(text, 'CNY'), isCode('validation'), text);
    assert.throws(() => parseMoney('90071992547409.92', 'CNY'), isCode('validation'));
    assert.deepEqual(parseMoney('90071992547409.91', 'CNY'), money(Number.MAX_SAFE_INTEGER, 'CNY'));
  });
});

describe('formatMoney', () => {
  const samples: Money[] = [
    money(12345, 'CNY'),
    money(-12345, 'CNY'),
    money(5, 'CNY'),
    money(500, 'JPY'),
    money(1999, 'USD'),
    money(100000000, 'EUR'),
    money(1250, 'KWD'),
    money(5, 'KWD'),
  ];
  for (const locale of ['zh-CN', 'en-US']) {
    test(`${locale}: matches what Intl prints for the exact decimal`, () => {
      for (const m of samples) assert.equal(formatMoney(m, locale), intl(toDecimalString(m), m.currency, locale), `${m.amount} ${m.currency}`);
    });
  }
  test('shows every minor digit, even beyond float precision', () => {
    const formatted = formatMoney(money(Number.MAX_SAFE_INTEGER, 'CNY'), 'en-US');
    assert.equal(formatted.replace(/[^\d]/g, ''), String(Number.MAX_SAFE_INTEGER));
    assert.equal(formatMoney(money(5, 'KWD'), 'en-US').replace(/[^\d.]/g, ''), '0.005');
    assert.equal(formatMoney(money(500, 'JPY'), 'zh-CN').replace(/[^\d.]/g, ''), '500');
  });
  test('the two locales present CNY differently and the code display names the currency', () => {
    assert.notEqual(formatMoney(money(12345, 'CNY'), 'zh-CN'), formatMoney(money(12345, 'CNY'), 'en-US'));
    assert.match(formatMoney(money(12345, 'CNY'), 'en-US', { display: 'code' }), /CNY/);
  });
  test('a malformed locale is a config error, not a RangeError', () => {
    assert.throws(() => formatMoney(money(1, 'CNY'), 'zh_CN'), isCode('config'));
  });
  test('fraction "whole" leaves out only a fraction of zeros, and names the currency as everywhere else', () => {
    assert.equal(formatMoney(money(42800, 'CNY'), 'en-US', { fraction: 'whole' }), 'CN¥428');
    assert.equal(formatMoney(money(42850, 'CNY'), 'en-US', { fraction: 'whole' }), 'CN¥428.50');
    assert.equal(formatMoney(money(42800, 'CNY'), 'zh-CN', { fraction: 'whole' }), '¥428');
    assert.equal(formatMoney(money(42800, 'CNY'), 'en-US'), 'CN¥428.00');
    const symbol = (text: string): string => text.replace(/[\d.,\s]/g, '');
    assert.equal(symbol(formatMoney(money(42800, 'CNY'), 'en-US', { fraction: 'whole' })), symbol(formatMoney(money(42800, 'CNY'), 'en-US')));
  });
});

describe('amounts that are not safe integers', () => {
  // A Money that skipped `money()`: a custom adapter's answer, a hand-made object.
  const unsafe: Money[] = [Number.NaN, Infinity, -Infinity, 1.5, Number.MAX_SAFE_INTEGER + 1, -(2 ** 60)].map((amount) => ({ amount, currency: 'CNY' }));
  test('formatMoney refuses them with a validation error: “CN¥NaN” or a rounded figure is never printed', () => {
    for (const m of unsafe) {
      for (const locale of ['zh-CN', 'en-US']) assert.throws(() => formatMoney(m, locale), isCode('validation'), `${m.amount} ${locale}`);
    }
    assert.throws(() => formatMoney({ amount: '12' as unknown as number, currency: 'CNY' }, 'en-US'), isCode('validation'));
  });
  test('toDecimalString refuses them with a validation error', () => {
    for (const m of unsafe) assert.throws(() => toDecimalString(m), isCode('validation'), String(m.amount));
  });
});

describe('divideRounded and percentageOf', () => {
  const all: Rounding[] = ['half-up', 'half-even', 'down', 'up'];
  const round = (n: bigint, d: bigint) => all.map((r) => divideRounded(n, d, r));

  test('halves: half-up goes away from zero, half-even to even, down/up toward −∞/+∞', () => {
    assert.deepEqual(round(5n, 2n), [3n, 2n, 2n, 3n]); // 2.5
    assert.deepEqual(round(7n, 2n), [4n, 4n, 3n, 4n]); // 3.5
    assert.deepEqual(round(-5n, 2n), [-3n, -2n, -3n, -2n]); // −2.5
    assert.deepEqual(round(5n, -2n), [-3n, -2n, -3n, -2n]); // negative denominator
  });
  test('non-halves round to nearest in both half modes', () => {
    assert.deepEqual(round(26n, 10n), [3n, 3n, 2n, 3n]); // 2.6
    assert.deepEqual(round(-24n, 10n), [-2n, -2n, -3n, -2n]); // −2.4
    assert.deepEqual(round(20n, 10n), [2n, 2n, 2n, 2n]);
  });
  test('division by zero is an error', () => {
    assert.throws(() => divideRounded(1n, 0n), isCode('validation'));
  });
  test('percentageOf in basis points, default half-up', () => {
    assert.deepEqual(percentageOf(money(9900, 'CNY'), 1000), money(990, 'CNY'));
    assert.deepEqual(percentageOf(money(5, 'CNY'), 1000), money(1, 'CNY')); // 0.5 → 1
    assert.deepEqual(percentageOf(money(5, 'CNY'), 1000, 'half-even'), money(0, 'CNY')); // 0.5 → 0
    assert.deepEqual(percentageOf(money(15, 'CNY'), 1000, 'half-even'), money(2, 'CNY')); // 1.5 → 2
    assert.deepEqual(percentageOf(money(-5, 'CNY'), 1000), money(-1, 'CNY')); // −0.5 → −1
    assert.deepEqual(percentageOf(money(-5, 'CNY'), 1000, 'down'), money(-1, 'CNY'));
    assert.deepEqual(percentageOf(money(-5, 'CNY'), 1000, 'up'), money(0, 'CNY'));
    assert.deepEqual(percentageOf(money(3750, 'KWD'), 1500), money(563, 'KWD')); // 562.5 → 563
    assert.deepEqual(percentageOf(money(4500, 'JPY'), 333), money(150, 'JPY')); // 149.85 → 150
  });
  test('percentageOf stays exact for amounts whose product exceeds 2^53', () => {
    assert.deepEqual(percentageOf(money(Number.MAX_SAFE_INTEGER, 'CNY'), 10_000), money(Number.MAX_SAFE_INTEGER, 'CNY'));
    assert.deepEqual(percentageOf(money(Number.MAX_SAFE_INTEGER, 'CNY'), 5_000, 'down'), money(4503599627370495, 'CNY'));
  });
  test('percentageOf rejects fractional basis points', () => {
    assert.throws(() => percentageOf(money(100, 'CNY'), 12.5), isCode('validation'));
  });
});

describe('allocateMoney', () => {
  const amounts = (parts: Money[]) => parts.map((p) => p.amount);

  test('¥100.00 in three equal parts adds up exactly', () => {
    const parts = allocateMoney(money(10000, 'CNY'), [1, 1, 1]);
    assert.deepEqual(amounts(parts), [3334, 3333, 3333]);
    assert.deepEqual(sumMoney(parts, 'CNY'), money(10000, 'CNY'));
  });
  test('weights are respected and the remainder goes to the largest fractions', () => {
    assert.deepEqual(amounts(allocateMoney(money(100, 'JPY'), [1, 2])), [33, 67]);
    assert.deepEqual(amounts(allocateMoney(money(5, 'KWD'), [3, 7])), [2, 3]); // 1.5 | 3.5 → the tie goes to the first
  });
  test('negative amounts split with the same sign and still add up', () => {
    const parts = allocateMoney(money(-1001, 'USD'), [1, 1, 1, 1]);
    assert.deepEqual(amounts(parts), [-251, -250, -250, -250]);
    assert.deepEqual(sumMoney(parts, 'USD'), money(-1001, 'USD'));
  });
  test('many random splits always add up to the whole', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 200; i++) {
      const total = money((next() % 2_000_000) - 1_000_000, 'CNY');
      const weights = Array.from({ length: 1 + (next() % 7) }, () => next() % 100);
      const parts = allocateMoney(total, weights);
      assert.equal(parts.length, weights.length);
      if (weights.some((w) => w > 0)) assert.deepEqual(sumMoney(parts, 'CNY'), total, JSON.stringify({ total, weights }));
      weights.forEach((w, j) => w === 0 && assert.equal(parts[j]!.amount, 0));
    }
  });
  test('edge cases: no weights, zero weights, invalid weights', () => {
    assert.deepEqual(allocateMoney(money(100, 'CNY'), []), []);
    assert.deepEqual(amounts(allocateMoney(money(100, 'CNY'), [0, 0])), [0, 0]);
    assert.throws(() => allocateMoney(money(100, 'CNY'), [1, -1]), isCode('validation'));
    assert.throws(() => allocateMoney(money(100, 'CNY'), [0.5, 1]), isCode('validation'));
  });
});
