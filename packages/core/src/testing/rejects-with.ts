/**
 * Test helper: awaits a call that must fail with an `OrderZoneError` of `code`, and returns the
 * error for further checks. Test-only; not part of the published package.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';

/** Awaits `promise` and returns the `OrderZoneError` it rejects with; fails the test unless it rejects with one of `code`. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<OrderZoneError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof OrderZoneError, `expected an OrderZoneError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected ${code}`);
}
