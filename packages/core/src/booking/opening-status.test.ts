import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasRoomForBooking, nightStatus, slotStatus, soldOutNights } from './opening-status.ts';

const night = (date: string, remaining: number, closed = false) => ({ date, remaining, closed, price: { amount: 50_000, currency: 'CNY' } });

describe('slotStatus', () => {
  test('a slot with one place left is available, with none it is sold out', () => {
    assert.equal(slotStatus({ remaining: 1 }), 'available');
    assert.equal(slotStatus({ remaining: 4 }), 'available');
    assert.equal(slotStatus({ remaining: 0 }), 'sold_out');
  });
});

describe('nightStatus', () => {
  test('closed wins over rooms left; no room left is sold out', () => {
    assert.equal(nightStatus(night('2026-12-24', 3, true)), 'closed');
    assert.equal(nightStatus(night('2026-12-24', 0, true)), 'closed');
    assert.equal(nightStatus(night('2026-12-24', 0)), 'sold_out');
    assert.equal(nightStatus(night('2026-12-24', 1)), 'available');
  });
});

describe('hasRoomForBooking', () => {
  test('counts what a backend computes as capacity minus taken, overbooked included', () => {
    assert.deepEqual([2 - 1, 2 - 2, 2 - 3].map(hasRoomForBooking), [true, false, false]);
  });
});

describe('soldOutNights', () => {
  test('lists the sold-out nights of the stay in date order, not the closed ones, not the check-out night', () => {
    const nights = [night('2026-12-26', 0), night('2026-12-24', 0), night('2026-12-25', 0, true), night('2026-12-23', 2), night('2026-12-27', 0)];
    assert.deepEqual(soldOutNights(nights, '2026-12-23', '2026-12-27'), ['2026-12-24', '2026-12-26']);
    assert.deepEqual(soldOutNights(new Map(nights.map((n) => [n.date, n])).values(), '2026-12-23', '2026-12-24'), []);
  });
});
