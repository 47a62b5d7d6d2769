import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';
import type { OrderRequest, Quote, VerificationChallenge } from '../order/order-schema.ts';
import type { CheckoutState } from './checkout-state.ts';
import {
  completedState, pendingOf, recheckDue, resendFailure, reusableKey, reviewAfterRefusal, submitFailure, submitStart, typedCode, verifyFailure, type Submission,
} from './checkout-submission.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const request = { currency: 'CNY', lines: [{ productId: 'p', variantId: 'v', quantity: 1 }], expectedTotal: cny(1000) } as unknown as OrderRequest;
const submission: Submission = { request, idempotencyKey: 'key-1', fingerprint: 'fp-1' };
const editing: CheckoutState = { phase: 'editing', fieldErrors: [], changes: [] };
const challenge: VerificationChallenge = {
  id: 'ch-1',
  reason: 'large_amount',
  code: { channel: 'sms', maskedDestination: '138****8000', expiresAt: '2026-01-01T00:10:00.000Z', resendAt: '2026-01-01T00:01:00.000Z' },
};
const quote = { currency: 'CNY', lines: [], adjustments: [], subtotal: cny(1200), total: cny(1200), orderable: true, shippingOptions: [] } as unknown as Quote;

describe('checkout submission steps', () => {
  it('lets a submission start only while editing, and answers a completed order at once', () => {
    assert.deepEqual(submitStart(editing), { go: true });
    const order = { orderNumber: 'OZ1' } as CheckoutState['order'];
    assert.deepEqual(submitStart({ ...editing, phase: 'completed', order }), { go: false, answer: order });
    assert.deepEqual(submitStart({ ...editing, phase: 'review_changes' }), { go: false, answer: undefined });
    assert.deepEqual(submitStart({ ...editing, phase: 'verification' }), { go: false, answer: undefined });
    assert.deepEqual(submitStart({ ...editing, placedEarlier: { orderNumber: 'OZ1' } }), { go: false, answer: undefined });
    assert.deepEqual(completedState(order!), { phase: 'completed', fieldErrors: [], changes: [], order });
  });

  it('reuses the stored key while the outcome is unknown, and after a refusal only for the same request', () => {
    assert.equal(reusableKey(undefined, 'fp-1'), undefined);
    assert.equal(reusableKey(pendingOf(submission, 'sending'), 'fp-other'), 'key-1');
    assert.equal(reusableKey(pendingOf(submission, 'unknown'), 'fp-other'), 'key-1');
    assert.equal(reusableKey(pendingOf(submission, 'rejected'), 'fp-1'), 'key-1');
    assert.equal(reusableKey(pendingOf(submission, 'rejected'), 'fp-other'), undefined);
  });

  it('reads a lost answer as an order that may exist, to be checked again with the same key', () => {
    const failure = submitFailure(new OrderZoneError('network', 'offline'), submission);
    assert.equal(failure.kind, 'settled');
    if (failure.kind !== 'settled') return;
    assert.deepEqual(failure.pending, { idempotencyKey: 'key-1', fingerprint: 'fp-1', outcome: 'unknown' });
    assert.equal(failure.state.maybePlaced, true);
    assert.equal(failure.state.resumable, true);
    assert.equal(failure.recheck, true);
    assert.equal(failure.refreshQuote, false);
  });

  it('reads a validation refusal as no order, with the field errors on the form', () => {
    const fieldErrors = [{ field: 'contact.phone', code: 'invalid_phone' as const }];
    const failure = submitFailure(new OrderZoneError('validation', 'bad', { fieldErrors }), submission);
    assert.equal(failure.kind, 'settled');
    if (failure.kind !== 'settled') return;
    assert.equal(failure.pending.outcome, 'rejected');
    assert.deepEqual(failure.state.fieldErrors, fieldErrors);
    assert.equal(failure.state.resumable, false);
    assert.equal(failure.state.maybePlaced, undefined);
    assert.equal(failure.recheck, false);
  });

  it('asks for a fresh quote when a booking was taken and the refusal carries none', () => {
    const failure = submitFailure(new OrderZoneError('conflict', 'taken', { details: { reason: 'booking_taken' } }), submission);
    assert.equal(failure.kind === 'settled' && failure.refreshQuote, true);
    assert.equal(failure.kind === 'settled' && failure.pending.outcome, 'rejected');
  });

  it('shows the changes of a price refusal that carries a quote, the total included', () => {
    const failure = submitFailure(new OrderZoneError('price_changed', 'now 1200', { details: { quote } }), submission);
    assert.equal(failure.kind, 'review');
    if (failure.kind !== 'review') return;
    assert.equal(failure.quote, quote);
    const state = reviewAfterRefusal([], failure.quote, request, new OrderZoneError('price_changed', 'now 1200'), failure.resumable);
    assert.equal(state.phase, 'review_changes');
    assert.deepEqual(state.changes, [{ kind: 'total', before: cny(1000), after: cny(1200) }]);
  });

  it('goes to the code step when the backend wants a code, and names an order placed earlier with the key', () => {
    const asked = submitFailure(new OrderZoneError('verification_required', 'code', { details: { challenge } }), submission);
    assert.equal(asked.kind, 'verification');
    assert.deepEqual(asked.kind === 'verification' && asked.state.verification, challenge);
    const reused = submitFailure(new OrderZoneError('conflict', 'used', { details: { reason: 'idempotency_key_reused', orderNumber: 'OZ9', accessToken: 't' } }), submission);
    assert.equal(reused.kind, 'placed_earlier');
    if (reused.kind !== 'placed_earlier') return;
    assert.deepEqual(reused.reused, { orderNumber: 'OZ9', accessToken: 't' });
    assert.deepEqual(reused.state.placedEarlier, { orderNumber: 'OZ9' });
  });

  it('keeps the shopper on the code step for a wrong code, too many tries or a lost answer, and for nothing else', () => {
    const wrong = verifyFailure(new OrderZoneError('validation', 'wrong', { fieldErrors: [{ field: 'verification', code: 'code_wrong' }] }), submission, challenge);
    assert.deepEqual(wrong?.state.fieldErrors, [{ field: 'verification.code', code: 'code_wrong' }]);
    assert.equal(wrong?.state.error, undefined);
    assert.equal(wrong?.pending.outcome, 'rejected');
    const lost = verifyFailure(new OrderZoneError('timeout', 'slow'), submission, challenge);
    assert.equal(lost?.state.phase, 'verification');
    assert.equal(lost?.state.maybePlaced, true);
    assert.equal(lost?.pending.outcome, 'unknown');
    assert.equal(verifyFailure(new OrderZoneError('rate_limited', 'wait'), submission, challenge)?.state.error?.code, 'rate_limited');
    assert.equal(verifyFailure(new OrderZoneError('price_changed', 'now'), submission, challenge), undefined);
    assert.equal(verifyFailure(new OrderZoneError('timeout', 'slow'), submission, undefined), undefined);
  });

  it('reads a typed code without spaces and dashes, and names what is wrong with it', () => {
    assert.deepEqual(typedCode(' 123-456 '), { digits: '123456' });
    assert.deepEqual(typedCode('12345'), { problem: { field: 'verification.code', code: 'code_format' } });
    assert.deepEqual(typedCode(' - '), { problem: { field: 'verification.code', code: 'required' } });
  });

  it('moves the time to ask for another code after rate_limited, and submits again for a challenge the backend lost', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    const patch = resendFailure(new OrderZoneError('rate_limited', 'wait', { retryAfterSeconds: 30 }), challenge, now);
    assert.notEqual(patch, 'submit_again');
    assert.equal(patch !== 'submit_again' && patch.verification?.code.resendAt, '2026-01-01T00:00:30.000Z');
    assert.equal(resendFailure(new OrderZoneError('not_found', 'gone'), challenge, now), 'submit_again');
    assert.deepEqual(resendFailure(new OrderZoneError('network', 'offline'), challenge, now), { error: new OrderZoneError('network', 'offline') });
  });

  it('checks a lost answer again only while nothing changed and nothing is in flight', () => {
    const maybe: CheckoutState = { ...editing, maybePlaced: true };
    const due = { state: maybe, pending: pendingOf(submission, 'unknown'), submission, lines: request.lines, busy: false };
    assert.equal(recheckDue(due), true);
    assert.equal(recheckDue({ ...due, busy: true }), false);
    assert.equal(recheckDue({ ...due, state: editing }), false);
    assert.equal(recheckDue({ ...due, state: { ...maybe, phase: 'submitting' } }), false);
    assert.equal(recheckDue({ ...due, pending: { ...due.pending, idempotencyKey: 'key-2' } }), false);
    assert.equal(recheckDue({ ...due, lines: [{ ...request.lines[0]!, quantity: 2 }] }), false);
  });
});
