import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BookingDetails } from './booking-schema.ts';
import { DEFAULT_WINDOW_HOURS, bookingStartsAt, bookingWindows, isWindowOpen, withWindowDeadlines } from './booking-windows.ts';
import { utcToZoned } from './time-zone.ts';

const money = (amount: number) => ({ amount, currency: 'USD' });

/** Check-in on the day New York moves its clocks forward (2026-03-08, 02:00 → 03:00). */
const DST_STAY: BookingDetails = {
  type: 'stay',
  checkIn: '2026-03-08',
  checkOut: '2026-03-09',
  checkInTime: '15:00',
  checkOutTime: '11:00',
  timeZone: 'America/New_York',
  nights: [{ date: '2026-03-08', price: money(18900) }],
};

const SLOT: BookingDetails = { type: 'time_slot', start: '2026-05-06T02:00:00.000Z', end: '2026-05-06T04:00:00.000Z', timeZone: 'Asia/Shanghai', onSite: true };

const SEATS: BookingDetails = {
  type: 'seats',
  sessionId: 's1',
  startsAt: '2026-05-05T11:30:00Z',
  timeZone: 'Asia/Shanghai',
  seats: [{ id: 'C4', label: 'Row C, seat 4', zoneName: 'Premium', price: money(6800) }],
};

describe('booking windows', () => {
  it('starts a stay at its check-in time in the merchant zone, a slot and a session at their start', () => {
    assert.equal(bookingStartsAt(DST_STAY), '2026-03-08T19:00:00.000Z', '15:00 EDT, already summer time');
    assert.equal(bookingStartsAt(SLOT), '2026-05-06T02:00:00.000Z');
    assert.equal(bookingStartsAt(SEATS), '2026-05-05T11:30:00.000Z');
  });

  it('closes the windows 24 real hours before the start by default, across a DST change', () => {
    const windows = bookingWindows(DST_STAY, new Date('2026-03-07T18:59:59Z'));
    assert.equal(DEFAULT_WINDOW_HOURS, 24);
    // 24 elapsed hours before 15:00 EDT is 14:00 EST the day before, not 15:00.
    assert.equal(windows.cancel.until, '2026-03-07T19:00:00.000Z');
    assert.equal(utcToZoned(windows.cancel.until, 'America/New_York').time, '14:00');
    assert.deepEqual([windows.cancel.open, windows.reschedule.open], [true, true]);
    assert.deepEqual(bookingWindows(DST_STAY, new Date('2026-03-07T19:00:00Z')).cancel, { until: '2026-03-07T19:00:00.000Z', open: false }, 'closed at the deadline itself');
  });

  it('uses the hours a product sets, written into the details, each window on its own', () => {
    const details = withWindowDeadlines({ cancelBeforeHours: 48, rescheduleBeforeHours: 2 }, DST_STAY);
    assert.equal(details.cancelUntil, '2026-03-06T19:00:00.000Z');
    assert.equal(details.rescheduleUntil, '2026-03-08T17:00:00.000Z');
    const now = new Date('2026-03-08T12:00:00Z');
    assert.deepEqual([isWindowOpen(details, 'cancel', now), isWindowOpen(details, 'reschedule', now)], [false, true]);
    // Only the hours that are set are written; without any, the details are unchanged.
    assert.deepEqual(Object.keys(withWindowDeadlines({ cancelBeforeHours: 0 }, SEATS)).filter((k) => k.endsWith('Until')), ['cancelUntil']);
    assert.equal(withWindowDeadlines({ cancelBeforeHours: 0 }, SEATS).cancelUntil, '2026-05-05T11:30:00.000Z');
    assert.equal(withWindowDeadlines({}, SLOT), SLOT);
  });
});
