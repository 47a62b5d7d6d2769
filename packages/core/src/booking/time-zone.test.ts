import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeZones, formatSlotTime, utcToZoned, zonedDateTimeToUtc } from './time-zone.ts';

/** Intl output uses narrow no-break spaces in some locales; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('zonedDateTimeToUtc', () => {
  test('Asia/Shanghai is always UTC+8', () => {
    assert.equal(zonedDateTimeToUtc('2026-01-15', '09:00', 'Asia/Shanghai'), '2026-01-15T01:00:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-07-15', '00:30', 'Asia/Shanghai'), '2026-07-14T16:30:00.000Z');
  });
  test('America/New_York uses EST before and EDT after the 2026-03-08 change', () => {
    assert.equal(zonedDateTimeToUtc('2026-03-08', '01:30', 'America/New_York'), '2026-03-08T06:30:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-03-08', '03:00', 'America/New_York'), '2026-03-08T07:00:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-03-08', '09:00', 'America/New_York'), '2026-03-08T13:00:00.000Z');
  });
  test('a time in the spring-forward gap is shifted forward by the gap', () => {
    assert.equal(zonedDateTimeToUtc('2026-03-08', '02:30', 'America/New_York'), '2026-03-08T07:30:00.000Z');
    assert.deepEqual(utcToZoned('2026-03-08T07:30:00.000Z', 'America/New_York'), { date: '2026-03-08', time: '03:30', offsetMinutes: -240 });
  });
  test('an ambiguous fall-back time takes the earlier instant (2026-11-01)', () => {
    assert.equal(zonedDateTimeToUtc('2026-11-01', '01:30', 'America/New_York'), '2026-11-01T05:30:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-11-01', '02:00', 'America/New_York'), '2026-11-01T07:00:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-11-01', '00:59', 'America/New_York'), '2026-11-01T04:59:00.000Z');
  });
  test('Europe/Berlin switches on its own date (2026-03-29)', () => {
    assert.equal(zonedDateTimeToUtc('2026-03-28', '10:00', 'Europe/Berlin'), '2026-03-28T09:00:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-03-29', '10:00', 'Europe/Berlin'), '2026-03-29T08:00:00.000Z');
    assert.equal(zonedDateTimeToUtc('2026-03-29', '02:15', 'Europe/Berlin'), '2026-03-29T01:15:00.000Z');
  });
  test('an unknown zone is a config error, a malformed date a validation error', () => {
    assert.throws(() => zonedDateTimeToUtc('2026-01-15', '09:00', 'Mars/Olympus'), { name: 'OrderZoneError', code: 'config', message: /Mars\/Olympus/ });
    assert.throws(() => utcToZoned('2026-01-15T01:00:00Z', 'Not a zone'), { code: 'config' });
    assert.throws(() => zonedDateTimeToUtc('2026-02-30', '09:00', 'Asia/Shanghai'), { code: 'validation' });
  });
});

describe('utcToZoned', () => {
  test('gives the wall clock and offset on both sides of the fall-back change', () => {
    assert.deepEqual(utcToZoned('2026-11-01T05:30:00.000Z', 'America/New_York'), { date: '2026-11-01', time: '01:30', offsetMinutes: -240 });
    assert.deepEqual(utcToZoned('2026-11-01T06:30:00.000Z', 'America/New_York'), { date: '2026-11-01', time: '01:30', offsetMinutes: -300 });
    assert.deepEqual(utcToZoned('2026-01-14T16:30:00.000Z', 'Asia/Shanghai'), { date: '2026-01-15', time: '00:30', offsetMinutes: 480 });
  });
  test('rejects a malformed instant', () => {
    assert.throws(() => utcToZoned('yesterday', 'Asia/Shanghai'), { code: 'validation' });
  });
});

describe('formatSlotTime and describeZones', () => {
  test('formats in the given zone and locale', () => {
    assert.equal(plain(formatSlotTime('2026-03-08T01:00:00.000Z', 'Asia/Shanghai', 'en-US')), 'Mar 8, 2026, 9:00 AM');
    assert.match(formatSlotTime('2026-03-08T01:00:00.000Z', 'Asia/Shanghai', 'zh-CN'), /2026年3月8日.*9:00/);
    assert.throws(() => formatSlotTime('2026-03-08T01:00:00.000Z', 'Asia/Shanghai', 'zh_CN'), { code: 'config' });
  });
  test('gives only the merchant time when both wall clocks agree', () => {
    const description = describeZones('2026-03-08T01:00:00.000Z', 'Asia/Shanghai', 'Asia/Hong_Kong', 'en-US');
    assert.equal(description.shopper, undefined);
    assert.equal(plain(description.merchant.text), 'Mar 8, 2026, 9:00 AM');
  });
  test('gives both times with zone names when they differ', () => {
    const description = describeZones('2026-03-08T01:00:00.000Z', 'Asia/Shanghai', 'America/New_York', 'en-US');
    assert.equal(plain(description.merchant.text), 'Mar 8, 2026, 9:00 AM GMT+8');
    assert.equal(plain(description.shopper!.text), 'Mar 7, 2026, 8:00 PM EST');
    assert.equal(description.shopper!.timeZone, 'America/New_York');
  });
});
