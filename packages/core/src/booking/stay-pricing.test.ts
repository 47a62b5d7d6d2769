import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { priceStay, type StayRules } from './stay-pricing.ts';
import { fieldErrorsOf } from '../testing/field-errors-of.ts';

const deluxe: StayRules = {
  defaultPrice: { amount: 48_800, currency: 'CNY' },
  weekendPrice: { amount: 58_800, currency: 'CNY' },
  datePrices: { '2026-05-01': { amount: 88_800, currency: 'CNY' } },
  closedNights: ['2026-05-20'],
  minNights: 2,
};

describe('priceStay', () => {
  test('prices each night, weekend nights (Friday, Saturday) at the weekend price', () => {
    // 2026-05-07 is a Thursday: nights Thu, Fri, Sat.
    const stay = priceStay(deluxe, '2026-05-07', '2026-05-10', 'CNY');
    assert.deepEqual(stay.nights.map((n) => [n.date, n.price.amount]), [['2026-05-07', 48_800], ['2026-05-08', 58_800], ['2026-05-09', 58_800]]);
    assert.deepEqual(stay.total, { amount: 166_400, currency: 'CNY' });
  });

  test('a specific date price wins over the weekend price', () => {
    // 2026-05-01 is a Friday.
    assert.deepEqual(priceStay(deluxe, '2026-05-01', '2026-05-03', 'CNY').nights.map((n) => n.price.amount), [88_800, 58_800]);
  });

  test('refuses a stay with a closed night, naming the night', () => {
    assert.deepEqual(fieldErrorsOf(() => priceStay(deluxe, '2026-05-19', '2026-05-22', 'CNY')), [{ field: 'checkIn', code: 'closed_night', params: { date: '2026-05-20' } }]);
    // Checking out on the closed date is fine: that night is not part of the stay.
    assert.equal(priceStay(deluxe, '2026-05-18', '2026-05-20', 'CNY').nights.length, 2);
  });

  test('refuses a stay shorter than the minimum and reports every problem together', () => {
    assert.deepEqual(fieldErrorsOf(() => priceStay(deluxe, '2026-05-20', '2026-05-21', 'CNY')), [
      { field: 'checkOut', code: 'stay_too_short', params: { min: 2 } },
      { field: 'checkIn', code: 'closed_night', params: { date: '2026-05-20' } },
    ]);
  });

  test('refuses check-out on or before check-in, and malformed dates', () => {
    assert.deepEqual(fieldErrorsOf(() => priceStay(deluxe, '2026-05-10', '2026-05-10', 'CNY')), [{ field: 'checkOut', code: 'check_out_before_check_in' }]);
    assert.deepEqual(fieldErrorsOf(() => priceStay(deluxe, '2026-05-10', '2026-05-31x', 'CNY')), [{ field: 'checkOut', code: 'invalid_date' }]);
    assert.deepEqual(fieldErrorsOf(() => priceStay(deluxe, '2026-01-01', '2028-01-01', 'CNY')), [{ field: 'checkOut', code: 'stay_too_long', params: { max: 366 } }]);
  });

  test('a price in another currency is a configuration error', () => {
    assert.throws(() => priceStay(deluxe, '2026-05-11', '2026-05-13', 'USD'), { code: 'config', message: /CNY, not USD/ });
  });
});
