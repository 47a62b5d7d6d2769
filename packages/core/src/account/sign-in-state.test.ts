import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';
import type { Session } from '../order/order-schema.ts';
import {
  contactPrefill, destinationErrors, initialSignIn, isSessionLive, patchedSignIn, resendWait, signInAfterCodeFailure, signInAfterSendFailure,
} from './sign-in-state.ts';

const session = { token: 't', expiresAt: '2026-01-01T00:10:00Z', shopper: { id: 's1', phone: '13800138000' } } as unknown as Session;

describe('sign-in state', () => {
  it('judges a destination by channel and country', () => {
    assert.deepEqual(destinationErrors('sms', '  ', 'CN'), [{ field: 'destination', code: 'required' }]);
    assert.deepEqual(destinationErrors('sms', '12345', 'CN'), [{ field: 'destination', code: 'invalid_phone_cn' }]);
    assert.deepEqual(destinationErrors('sms', '12', 'US'), [{ field: 'destination', code: 'invalid_phone' }]);
    assert.deepEqual(destinationErrors('sms', '138 0013 8000', 'CN'), []);
    assert.deepEqual(destinationErrors('email', 'li@', 'CN'), [{ field: 'destination', code: 'invalid_email' }]);
  });

  it('waits before a new code only for the same channel and destination', () => {
    const state = patchedSignIn(initialSignIn(), { destination: '13800138000', resendAt: 61_000 });
    assert.equal(resendWait(state, 'sms', ' 13800138000 ', 1_000), 60_000);
    assert.equal(resendWait(state, 'email', '13800138000', 1_000), 0);
    assert.equal(patchedSignIn(state, { resendAt: undefined }).resendAt, undefined);
    assert.equal('resendAt' in patchedSignIn(state, { resendAt: undefined }), false);
  });

  it('puts a refused destination on its field and a rate limit on the clock', () => {
    const invalid = new OrderZoneError('validation', 'bad', { fieldErrors: [{ field: 'destination', code: 'invalid_phone_cn' }] });
    assert.deepEqual(signInAfterSendFailure(initialSignIn(), invalid, 0), { busy: false, fieldErrors: [{ field: 'destination', code: 'invalid_phone_cn' }], error: undefined, resendAt: undefined });
    const limited = new OrderZoneError('rate_limited', 'wait', { retryAfterSeconds: 30 });
    assert.equal(signInAfterSendFailure(initialSignIn(), limited, 5_000).resendAt, 35_000);
    assert.equal(signInAfterSendFailure(initialSignIn(), limited, 5_000).error, limited);
  });

  it('puts a wrong code on field code, and anything else in error', () => {
    const wrong = new OrderZoneError('validation', 'wrong', { fieldErrors: [{ field: 'code', code: 'code_wrong' }] });
    assert.deepEqual(signInAfterCodeFailure(wrong).fieldErrors, [{ field: 'code', code: 'code_wrong' }]);
    const offline = new OrderZoneError('network', 'offline');
    assert.equal(signInAfterCodeFailure(offline).error, offline);
  });

  it('prefills only empty contact fields, and knows when a session has expired', () => {
    assert.deepEqual(contactPrefill({ name: '', phone: '', email: '' }, session), { phone: '13800138000' });
    assert.equal(contactPrefill({ name: '', phone: '139', email: '' }, session), undefined);
    assert.equal(isSessionLive(session, Date.parse('2026-01-01T00:09:59Z')), true);
    assert.equal(isSessionLive(session, Date.parse('2026-01-01T00:10:00Z')), false);
  });
});
