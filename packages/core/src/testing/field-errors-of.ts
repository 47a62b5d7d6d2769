/**
 * Test helper: runs `run`, asserts it throws an `OrderZoneError` with code `validation`, and returns
 * its `fieldErrors` for the test to compare. Test-only; not part of the published package.
 */
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';

export function fieldErrorsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof OrderZoneError);
    assert.equal(error.code, 'validation');
    return error.fieldErrors;
  }
  assert.fail('expected a validation error');
}
