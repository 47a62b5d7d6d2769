import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, daysBetween, isCalendarDate, isoWeekday, wallTimeToMinutes } from './calendar-date.ts';

describe('calendar dates', () => {
  test('accepts only real YYYY-MM-DD days', () => {
    assert.deepEqual(['2026-02-28', '2026-02-29', '2028-02-29', '2026-13-01', '2026-3-8', ''].map(isCalendarDate), [true, false, true, false, false, false]);
  });
  test('adds days across month and year ends', () => {
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });
  test('counts days and weekdays without any local clock', () => {
    assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2);
    assert.equal(daysBetween('2026-03-09', '2026-03-07'), -2);
    assert.equal(isoWeekday('2026-03-08'), 7);
    assert.equal(isoWeekday('2026-03-09'), 1);
  });
  test('reads wall times and rejects malformed ones', () => {
    assert.equal(wallTimeToMinutes('09:30'), 570);
    assert.throws(() => wallTimeToMinutes('24:00'), { name: 'OrderZoneError', code: 'validation' });
    assert.throws(() => addDays('2026-02-30', 1), { code: 'validation' });
  });
});
