import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SeatMapSchema } from './booking-rules-schema.ts';
import { seatStatus, seatsInCart, validateSeatSelection, type SeatMap } from './seat-map.ts';
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

describe('seat status and the seats in the cart', () => {
  test('a seat held by the shopper\'s cart is theirs, not taken; unavailable wins; then taken, chosen, available', () => {
    const input = { takenSeatIds: ['F1', 'F2', 'A1'], yours: ['F1'], chosen: ['F2', 'B3'] };
    assert.equal(seatStatus({ id: 'F1' }, input), 'yours', 'the backend counts it held, but by this shopper');
    assert.equal(seatStatus({ id: 'F2' }, input), 'taken', 'taken by someone else meanwhile, even though it was picked');
    assert.equal(seatStatus({ id: 'B3' }, input), 'chosen');
    assert.equal(seatStatus({ id: 'B4' }, input), 'available');
    assert.equal(seatStatus({ id: 'F1', unavailable: true }, input), 'unavailable');
  });

  test('reads the held seats of one product and session off the cart, leaving lapsed and lost holds out', () => {
    const hold = { id: 'h', expiresAt: '2030-01-01T00:00:00Z' };
    const seats = (sessionId: string, seatIds: string[]) => ({ type: 'seats' as const, sessionId, seatIds });
    const lines = [
      { productId: 'film', booking: seats('s1', ['F1', 'F2']), hold },
      { productId: 'film', booking: seats('s1', ['C4']), hold, bookingProblem: 'hold_expired' },
      { productId: 'film', booking: seats('s1', ['C5']), bookingProblem: 'booking_unavailable' },
      { productId: 'film', booking: seats('s2', ['A1']), hold },
      { productId: 'concert', booking: seats('s1', ['B1']), hold },
      { productId: 'tee' },
    ];
    assert.deepEqual(seatsInCart(lines, 'film', 's1'), ['F1', 'F2']);
    assert.deepEqual(seatsInCart(lines, 'film', 's2'), ['A1']);
    assert.deepEqual(seatsInCart([], 'film', 's1'), []);
  });

  test('a seat map may name its stage and number its seats', () => {
    assert.equal(SeatMapSchema.safeParse({ ...cinema, stage: { 'en-US': 'Screen', 'zh-CN': '银幕' } }).success, true);
    const numbered = structuredClone(cinema);
    numbered.sections[0]!.rows[0]!.seats[0]!.number = '1';
    assert.equal(SeatMapSchema.safeParse(numbered).success, true);
    numbered.sections[0]!.rows[0]!.seats[0]!.number = '12345';
    assert.equal(SeatMapSchema.safeParse(numbered).success, false, 'a number is a few characters, printed on a seat');
  });
});
