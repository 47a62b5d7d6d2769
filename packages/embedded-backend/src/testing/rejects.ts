/**
 * Test helpers: assert that an engine call throws (or a backend call rejects with) an
 * `OrderZoneError` of `code`, and return it for further checks. Test-only; not part of the published package.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { OrderZoneError } from '@orderzone/core';

/** Runs `fn` and returns the `OrderZoneError` it throws; fails the test unless it throws one with `code`. */
export function rejects(fn: () => unknown, code: string): OrderZoneError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof OrderZoneError, `expected an OrderZoneError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected ${code}`);
}

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
