/**
 * Test helper: asserts that an engine call throws an `OrderZoneError` with `code`, and returns it
 * for further checks. Test-only; not part of the published package.
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
