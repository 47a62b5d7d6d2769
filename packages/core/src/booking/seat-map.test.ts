import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SeatMapSchema } from './booking-rules-schema.ts';
import { validateSeatSelection, type SeatMap } from './seat-map.ts';
import { fieldErrorsOf } from '../testing/field-errors-of.ts';

const cinema: SeatMap = {
  zones: [
    { id: 'standard', name: 'Standard', price: { amount: 4_500, currency: 'CNY' } },
    { id: 'premium', name: 'Premium', price: { amount: 6_800, currency: 'CNY' } },
  ],
  sections: [
    {
      id: 'stalls',
      name: 'Stalls',
      rows: [
        { id: 'A', label: 'Row A', seats: [{ id: 'A1', label: 'Row A, seat 1', zoneId: 'standard' }, { id: 'A2', label: 'Row A, seat 2', zoneId: 'standard', unavailable: true }] },
        { id: 'F', label: 'Row F', seats: [{ id: 'F1', label: 'Row F, seat 1', zoneId: 'premium' }, { id: 'F2', label: 'Row F, seat 2', zoneId: 'premium' }] },
      ],
    },
  ],
};

describe('validateSeatSelection', () => {
  test('prices each seat from its zone and totals them', () => {
    assert.equal(SeatMapSchema.safeParse(cinema).success, true);
    const selection = validateSeatSelection(cinema, ['A1', 'F2'], [], 4);
    assert.deepEqual(selection.seats, [
      { seatId: 'A1', zoneId: 'standard', price: { amount: 4_500, currency: 'CNY' } },
      { seatId: 'F2', zoneId: 'premium', price: { amount: 6_800, currency: 'CNY' } },
    ]);
    assert.deepEqual(selection.total, { amount: 11_300, currency: 'CNY' });
  });

  test('counts a seat listed twice once', () => {
    assert.equal(validateSeatSelection(cinema, ['F1', 'F1'], [], 1).seats.length, 1);
  });

  test('refuses unavailable, held or sold and unknown seats, naming each', () => {
    assert.deepEqual(fieldErrorsOf(() => validateSeatSelection(cinema, ['A2', 'F1', 'Z9'], new Set(['F1']), 4)), [
      { field: 'seats', code: 'seat_unavailable', params: { seat: 'A2' } },
      { field: 'seats', code: 'seat_unavailable', params: { seat: 'F1' } },
      { field: 'seats', code: 'unknown_seat', params: { seat: 'Z9' } },
    ]);
  });

  test('refuses more seats than allowed per order, and an empty selection', () => {
    assert.deepEqual(fieldErrorsOf(() => validateSeatSelection(cinema, ['A1', 'F1', 'F2'], [], 2)), [{ field: 'seats', code: 'too_many_seats', params: { max: 2 } }]);
    assert.deepEqual(fieldErrorsOf(() => validateSeatSelection(cinema, [], [], 2)), [{ field: 'seats', code: 'required' }]);
  });

  test('a seat in an undefined zone is a configuration error', () => {
    const broken: SeatMap = { ...cinema, zones: [cinema.zones[0]!] };
    assert.throws(() => validateSeatSelection(broken, ['F1'], [], 4), { code: 'config', message: /"premium"/ });
  });
});
