import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import { memoryStorage, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { codeTee, createCodeBackend } from '../testing/code-backend.ts';
import { createOrderZone } from '../zone/create-order-zone.ts';
import { VERIFICATION_CODE_FIELD, verificationReasonKey } from './checkout.ts';

const T0 = Date.parse('2025-06-01T10:00:00Z');

/** A zone on the code backend with `quantity` T-shirts (99.00 each) in the cart and a complete draft. */
async function readyToSubmit(quantity: number, storage: KeyValueStorage = memoryStorage(), gate?: { open?: Promise<void> }) {
  const { state, adapter: backend } = createCodeBackend({ threshold: 20000, now: () => T0 });
  // With `gate`, an order waits for `gate.open` (when set) before reaching the backend.
  const adapter: BackendAdapter = gate ? { ...backend, submitOrder: async (request, ctx) => (await gate.open, backend.submitOrder(request, ctx)) } : backend;
  const zone = (await createOrderZone({ adapter, shopId: 'shop', storage }).load('account'));
  zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity });
  zone.checkout.update({
    contact: { name: 'Han Meimei', phone: '13900139000', email: 'han@example.com' },
    shippingAddress: { country: 'CN', region: 'Beijing', city: 'Beijing', district: 'Chaoyang', line1: '88 Jianguo Road', postalCode: '100022' },
    shippingOptionId: 'std',
    paymentMethodId: 'alipay',
  });
  return { zone, state, adapter, storage };
}

describe('checkout: risk verification', () => {
  it('stops in `verification` with the challenge when the backend asks for a code; the cart and draft are kept', async () => {
    const { zone, state } = await readyToSubmit(3);
    assert.equal(await zone.checkout.submit(), undefined);
    const checkout = zone.checkout.$state.get();
    assert.equal(checkout.phase, 'verification');
    assert.equal(checkout.verification?.reason, 'large_amount');
    assert.equal(checkout.verification?.code.maskedDestination, '139****9000');
    assert.equal(zone.cart.$itemCount.get(), 3);
    assert.equal(zone.checkout.$draft.get().contact.name, 'Han Meimei');
    assert.equal(state.ordersByKey.size, 0);
    // Submitting again does not send the order a second time: the code is awaited.
    assert.equal(await zone.checkout.submit(), undefined);
    assert.equal(state.submitCalls.length, 1);
    zone.dispose();
  });

  it('a wrong code says so and keeps the step; the right one places exactly one order with the same idempotency key', async () => {
    const { zone, state } = await readyToSubmit(3);
    await zone.checkout.submit();
    const firstKey = state.submitCalls[0]!.ctx.idempotencyKey;

    assert.equal(await zone.checkout.verify('135790'), undefined);
    let checkout = zone.checkout.$state.get();
    assert.equal(checkout.phase, 'verification');
    assert.deepEqual(checkout.fieldErrors, [{ field: VERIFICATION_CODE_FIELD, code: 'code_wrong' }]);

    const order = await zone.checkout.verify(' 246 810 ');
    assert.equal(order?.orderNumber, 'OZ-1');
    checkout = zone.checkout.$state.get();
    assert.equal(checkout.phase, 'completed');
    assert.equal(checkout.verification, undefined);
    assert.equal(state.ordersByKey.size, 1);
    const keys = state.submitCalls.map((call) => call.ctx.idempotencyKey);
    assert.deepEqual(keys, [firstKey, firstKey, firstKey]);
    assert.deepEqual(state.submitCalls[2]!.ctx.verification, { id: 'ch-1', code: '246810' });
    assert.deepEqual(state.submitCalls[2]!.request, state.submitCalls[0]!.request);
    assert.equal(zone.cart.$itemCount.get(), 0);
    zone.dispose();
  });

  it('refuses a code that is not 6 digits without sending it', async () => {
    const { zone, state } = await readyToSubmit(3);
    await zone.checkout.submit();
    await zone.checkout.verify('12a');
    assert.deepEqual(zone.checkout.$state.get().fieldErrors, [{ field: VERIFICATION_CODE_FIELD, code: 'code_format' }]);
    await zone.checkout.verify('   ');
    assert.deepEqual(zone.checkout.$state.get().fieldErrors, [{ field: VERIFICATION_CODE_FIELD, code: 'required' }]);
    assert.equal(state.submitCalls.length, 1);
    zone.dispose();
  });

  it('an expired code asks for a new one; resending updates where and when, then the code works', async () => {
    const { zone, state } = await readyToSubmit(3);
    await zone.checkout.submit();
    await zone.checkout.verify(state.expiredCode);
    assert.deepEqual(zone.checkout.$state.get().fieldErrors, [{ field: VERIFICATION_CODE_FIELD, code: 'code_expired' }]);
    await zone.checkout.resendCode();
    assert.equal(state.resends, 1);
    const checkout = zone.checkout.$state.get();
    assert.equal(checkout.phase, 'verification');
    assert.deepEqual(checkout.fieldErrors, []);
    assert.ok((await zone.checkout.verify(state.code))?.orderNumber);
    assert.equal(state.ordersByKey.size, 1);
    zone.dispose();
  });

  it('a rate-limited resend moves the wait to when asking again is allowed', async () => {
    const { zone, state } = await readyToSubmit(3);
    await zone.checkout.submit();
    state.failNext.resendVerificationCode = new OrderZoneError('rate_limited', 'Slow down.', { retryAfterSeconds: 90 });
    await zone.checkout.resendCode();
    const checkout = zone.checkout.$state.get();
    assert.equal(checkout.error?.code, 'rate_limited');
    assert.equal(Date.parse(checkout.verification!.code.resendAt) - Date.now() > 80_000, true);
    zone.dispose();
  });

  it('a lost answer to the code keeps the step and the same key, so trying again never orders twice', async () => {
    const { zone, state } = await readyToSubmit(3);
    await zone.checkout.submit();
    state.failNext.submitOrder = new OrderZoneError('network', 'Offline.');
    assert.equal(await zone.checkout.verify(state.code), undefined);
    const checkout = zone.checkout.$state.get();
    assert.equal(checkout.phase, 'verification');
    assert.equal(checkout.error?.code, 'network');
    assert.ok(await zone.checkout.verify(state.code));
    assert.equal(new Set(state.submitCalls.map((c) => c.ctx.idempotencyKey)).size, 1);
    assert.equal(state.ordersByKey.size, 1);
    zone.dispose();
  });

  it('going back, or changing the draft, leaves the step with everything kept', async () => {
    const { zone } = await readyToSubmit(3);
    await zone.checkout.submit();
    zone.checkout.cancelVerification();
    assert.equal(zone.checkout.$state.get().phase, 'editing');
    await zone.checkout.submit();
    assert.equal(zone.checkout.$state.get().phase, 'verification');
    zone.checkout.update({ note: 'Leave at the door' });
    assert.equal(zone.checkout.$state.get().phase, 'editing');
    assert.equal(zone.checkout.$state.get().verification, undefined);
    assert.equal(zone.cart.$itemCount.get(), 3);
    zone.dispose();
  });

  it('a draft changed while a code is checked leaves the step when the code is refused, and submits afresh', async () => {
    const gate: { open?: Promise<void> } = {};
    const { zone, state } = await readyToSubmit(3, memoryStorage(), gate);
    await zone.checkout.submit();
    let release!: () => void;
    gate.open = new Promise((resolve) => (release = resolve));
    const checking = zone.checkout.verify('135790');
    zone.checkout.update({ note: 'Leave it at the door' });
    release();
    assert.equal(await checking, undefined);
    assert.notEqual(zone.checkout.$state.get().phase, 'verification', 'not stuck on a code step that no longer sends anything');
    await zone.checkout.submit();
    assert.equal(state.submitCalls.length, 3);
    assert.equal(state.submitCalls[2]!.request.note, 'Leave it at the door');
    assert.equal(zone.checkout.$state.get().phase, 'verification');
    zone.dispose();
  });

  it('an order answered after a sign-out is returned but stores nothing personal', async () => {
    const gate: { open?: Promise<void> } = {};
    let release!: () => void;
    gate.open = new Promise((resolve) => (release = resolve));
    const storage = memoryStorage();
    const { zone } = await readyToSubmit(1, storage, gate);
    const placing = zone.checkout.submit();
    await new Promise((resolve) => setTimeout(resolve, 0));
    zone.checkout.forgetPersonalData();
    release();
    const order = await placing;
    assert.equal(order?.orderNumber, 'OZ-1', 'the caller still learns the order number');
    assert.equal(storage.get('orderzone:shop:last-order'), null);
    assert.equal(storage.get('orderzone:shop:pending-submit'), null);
    assert.equal(zone.checkout.$lastOrder.get(), undefined);
    assert.equal(zone.checkout.$draft.get().contact.name, '');
    assert.equal(zone.cart.$itemCount.get(), 1, 'the cart is the sign-out’s decision');
    zone.dispose();
  });

  it('small orders are placed without a code', async () => {
    const { zone, state } = await readyToSubmit(1);
    assert.ok(await zone.checkout.submit());
    assert.equal(state.challenges, 0);
    zone.dispose();
  });

  it('names the message of each reason', () => {
    assert.equal(verificationReasonKey('large_amount'), 'verification.reason.large_amount');
    assert.equal(verificationReasonKey('many_orders'), 'verification.reason.many_orders');
    assert.equal(verificationReasonKey('device_new'), 'verification.reason.other');
  });
});
