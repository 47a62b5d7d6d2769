import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OrderZoneError } from '../errors.ts';
import { BookingHoldSchema } from './booking-rules-schema.ts';
import { activeHolds, claimedQuantity, placeHold, secondsLeft, type BookingClaim } from './holds.ts';

const now = new Date('2026-05-01T10:00:00.000Z');

describe('placeHold', () => {
  test('gives a hold that expires after ten minutes by default and matches the schema', () => {
    const hold = placeHold([], { id: 'h1', resourceKey: 'slot-1', quantity: 1 }, 1, now);
    assert.deepEqual(hold, { id: 'h1', resourceKey: 'slot-1', quantity: 1, expiresAt: '2026-05-01T10:10:00.000Z' });
    assert.equal(BookingHoldSchema.safeParse(hold).success, true);
    assert.equal(placeHold([], { id: 'h2', resourceKey: 'slot-1', quantity: 1 }, 1, now, 15).expiresAt, '2026-05-01T10:15:00.000Z');
  });

  test('two shoppers can never both hold the last unit', () => {
    const claims: BookingClaim[] = [{ resourceKey: 'seat-A1', quantity: 2 }];
    const first = placeHold(claims, { id: 'alice', resourceKey: 'seat-A1', quantity: 1 }, 3, now);
    claims.push(first);
    assert.throws(
      () => placeHold(claims, { id: 'bob', resourceKey: 'seat-A1', quantity: 1 }, 3, now),
      (error: unknown) => error instanceof OrderZoneError && error.code === 'conflict' && /just taken/.test(error.message) && error.details.remaining === 0,
    );
  });

  test('refuses more than what is left and says how much is left', () => {
    assert.throws(() => placeHold([{ resourceKey: 'slot-1', quantity: 3 }], { id: 'h', resourceKey: 'slot-1', quantity: 2 }, 4, now), {
      code: 'conflict',
      message: /only 1 left of the 2 requested/,
    });
  });

  test('other resources do not count', () => {
    const hold = placeHold([{ resourceKey: 'slot-2', quantity: 5 }], { id: 'h', resourceKey: 'slot-1', quantity: 1 }, 1, now);
    assert.equal(hold.resourceKey, 'slot-1');
  });

  test('an expired hold frees its capacity, and it lapses exactly at expiresAt', () => {
    const old = placeHold([], { id: 'old', resourceKey: 'slot-1', quantity: 1 }, 1, now);
    const justBefore = new Date(Date.parse(old.expiresAt) - 1);
    const atExpiry = new Date(old.expiresAt);
    assert.throws(() => placeHold([old], { id: 'new', resourceKey: 'slot-1', quantity: 1 }, 1, justBefore), { code: 'conflict' });
    assert.equal(placeHold([old], { id: 'new', resourceKey: 'slot-1', quantity: 1 }, 1, atExpiry).id, 'new');
  });

  test('rejects a zero quantity or hold time', () => {
    assert.throws(() => placeHold([], { id: 'h', resourceKey: 'slot-1', quantity: 0 }, 1, now), { code: 'validation' });
    assert.throws(() => placeHold([], { id: 'h', resourceKey: 'slot-1', quantity: 1 }, 1, now, 0), { code: 'validation' });
  });
});

describe('activeHolds, claimedQuantity and secondsLeft', () => {
  const hold = { id: 'h', resourceKey: 'slot-1', quantity: 2, expiresAt: '2026-05-01T10:10:00.000Z' };
  test('a hold counts until, not at, its expiry; bookings always count', () => {
    assert.deepEqual(activeHolds([hold], new Date('2026-05-01T10:09:59.999Z')), [hold]);
    assert.deepEqual(activeHolds([hold], new Date('2026-05-01T10:10:00.000Z')), []);
    const claims = [hold, { resourceKey: 'slot-1', quantity: 1 }];
    assert.equal(claimedQuantity(claims, 'slot-1', now), 3);
    assert.equal(claimedQuantity(claims, 'slot-1', new Date('2026-05-01T10:10:00.000Z')), 1);
  });
  test('counts down in whole seconds, rounding up, to zero at expiry', () => {
    assert.equal(secondsLeft(hold, now), 600);
    assert.equal(secondsLeft(hold, new Date('2026-05-01T10:09:59.500Z')), 1);
    assert.equal(secondsLeft(hold, new Date('2026-05-01T10:10:00.000Z')), 0);
    assert.equal(secondsLeft(hold, new Date('2026-05-01T11:00:00.000Z')), 0);
  });
});
