import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateSlots, slotAvailability, type SlotSchedule } from './time-slots.ts';

const housekeeping: SlotSchedule = {
  openingHours: [
    { weekday: 1, open: '09:00', close: '17:00' },
    { weekday: 7, open: '01:00', close: '05:00' },
  ],
  slotMinutes: 120,
  capacity: 2,
  leadMinutes: 60,
  cutoffDays: 14,
  closedDates: ['2026-05-04'],
};

describe('generateSlots', () => {
  test('cuts opening hours into slots in the merchant zone, stored in UTC', () => {
    const slots = generateSlots(housekeeping, '2026-05-11', '2026-05-11', 'Asia/Shanghai');
    assert.deepEqual(slots.map((s) => [s.start, s.end]), [
      ['2026-05-11T01:00:00.000Z', '2026-05-11T03:00:00.000Z'],
      ['2026-05-11T03:00:00.000Z', '2026-05-11T05:00:00.000Z'],
      ['2026-05-11T05:00:00.000Z', '2026-05-11T07:00:00.000Z'],
      ['2026-05-11T07:00:00.000Z', '2026-05-11T09:00:00.000Z'],
    ]);
    assert.deepEqual(slots[0], { id: '2026-05-11T01:00:00.000Z', start: '2026-05-11T01:00:00.000Z', end: '2026-05-11T03:00:00.000Z', localDate: '2026-05-11', capacity: 2 });
  });

  test('skips closed dates and days without opening hours', () => {
    assert.deepEqual(generateSlots(housekeeping, '2026-05-04', '2026-05-06', 'Asia/Shanghai'), []);
  });

  test('a 2-hour slot across the spring-forward change is still 2 real hours', () => {
    const slots = generateSlots(housekeeping, '2026-03-08', '2026-03-08', 'America/New_York');
    // 01:00 EST to 05:00 EDT is only 3 real hours: one 2-hour slot, 01:00–04:00 local.
    assert.deepEqual(slots.map((s) => [s.start, s.end]), [['2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z']]);
    const normalSunday = generateSlots(housekeeping, '2026-03-15', '2026-03-15', 'America/New_York');
    assert.equal(normalSunday.length, 2);
  });

  test('the fall-back day holds five real hours: two slots, neither overlapping', () => {
    const slots = generateSlots(housekeeping, '2026-11-01', '2026-11-01', 'America/New_York');
    assert.deepEqual(slots.map((s) => [s.start, s.end]), [
      ['2026-11-01T05:00:00.000Z', '2026-11-01T07:00:00.000Z'],
      ['2026-11-01T07:00:00.000Z', '2026-11-01T09:00:00.000Z'],
    ]);
  });

  test('rejects a bad schedule, zone or range', () => {
    assert.throws(() => generateSlots({ ...housekeeping, slotMinutes: 0 }, '2026-05-11', '2026-05-11', 'Asia/Shanghai'), { code: 'config', message: /slotMinutes/ });
    assert.throws(() => generateSlots({ ...housekeeping, openingHours: [{ weekday: 1, open: '17:00', close: '09:00' }] }, '2026-05-11', '2026-05-11', 'Asia/Shanghai'), { code: 'config' });
    assert.throws(() => generateSlots(housekeeping, '2026-05-11', '2026-05-11', 'Nowhere/City'), { code: 'config' });
    assert.throws(() => generateSlots(housekeeping, '2026-05-12', '2026-05-11', 'Asia/Shanghai'), { code: 'validation' });
    assert.throws(() => generateSlots(housekeeping, '2026-01-01', '2027-12-31', 'Asia/Shanghai'), { code: 'validation', message: /at most 366 days/ });
  });
});

describe('slotAvailability', () => {
  const slots = generateSlots(housekeeping, '2026-05-11', '2026-05-11', 'Asia/Shanghai');
  const window = { leadMinutes: 60, cutoffDays: 14 };

  test('a slot starting exactly at the lead time is bookable, one minute earlier is not', () => {
    const atLead = new Date('2026-05-11T00:00:00.000Z');
    assert.equal(slotAvailability(slots, [], atLead, window)[0]?.slot.id, '2026-05-11T01:00:00.000Z');
    const insideLead = new Date('2026-05-11T00:01:00.000Z');
    assert.equal(slotAvailability(slots, [], insideLead, window)[0]?.slot.id, '2026-05-11T03:00:00.000Z');
  });

  test('leaves out slots beyond the cut-off', () => {
    const farAhead = new Date('2026-04-27T01:00:00.000Z');
    assert.deepEqual(slotAvailability(slots, [], farAhead, window), []);
    const justInside = new Date('2026-04-27T01:00:00.001Z');
    assert.equal(slotAvailability(slots, [], justInside, window).length, 1);
  });

  test('counts bookings and active holds, not lapsed ones', () => {
    const now = new Date('2026-05-10T00:00:00.000Z');
    const first = '2026-05-11T01:00:00.000Z';
    const claims = [
      { resourceKey: first, quantity: 1 },
      { resourceKey: first, quantity: 1, expiresAt: '2026-05-10T00:05:00.000Z' },
      { resourceKey: '2026-05-11T03:00:00.000Z', quantity: 1, expiresAt: '2026-05-10T00:00:00.000Z' },
    ];
    const availability = slotAvailability(slots, claims, now, window);
    assert.deepEqual(availability.map((a) => [a.taken, a.remaining]), [[2, 0], [0, 2], [0, 2], [0, 2]]);
  });
});
