import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import { accessFor, createOrderActions } from './order-actions.ts';
import { RETURN_PHOTO_MAX_BYTES, type Order } from './order-schema.ts';

const ref = { orderNumber: 'OZ250314000001', access: { contact: 'wang@example.com' } };

/** An adapter with every shopper call, recording them; `without` drops some. */
function adapter(without: (keyof BackendAdapter)[] = []) {
  const calls: unknown[][] = [];
  const answer = (status: Order['status']) => sampleOrder({ status });
  const full: Partial<BackendAdapter> = {
    getOrder: async (...args) => (calls.push(['getOrder', ...args]), answer('shipped')),
    cancelOrder: async (...args) => (calls.push(['cancelOrder', ...args]), answer('cancelled')),
    changeShippingAddress: async (...args) => (calls.push(['changeShippingAddress', ...args]), answer('paid')),
    requestRefund: async (...args) => (calls.push(['requestRefund', ...args]), answer('refund_requested')),
    uploadReturnPhoto: async (n, a, photo, ctx) => {
      calls.push(['uploadReturnPhoto', n, a, photo.size]);
      ctx?.onProgress?.(0.5);
      return { id: 'p1', url: 'blob:x', contentType: photo.type, bytes: photo.size };
    },
    requestReturn: async (...args) => (calls.push(['requestReturn', ...args]), answer('return_requested')),
  };
  for (const name of without) delete full[name];
  return { calls, actions: createOrderActions(full as BackendAdapter) };
}

async function rejects(promise: Promise<unknown>, code: string): Promise<OrderZoneError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof OrderZoneError, String(error));
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected ${code}`);
}

describe('order actions', () => {
  it('offers what the transition table allows and the adapter implements', () => {
    const { actions } = adapter();
    assert.deepEqual(actions.available(sampleOrder({ status: 'pending_payment' })), ['pay', 'cancel', 'change_address']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'pending_payment', payment: { type: 'none' } })), ['cancel', 'change_address']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'paid' })), ['change_address', 'request_refund']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'shipped' })), ['request_return']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'refunded' })), []);
    const partial = adapter(['cancelOrder', 'requestReturn']).actions;
    assert.deepEqual(partial.available(sampleOrder({ status: 'pending_payment' })), ['pay', 'change_address']);
    assert.deepEqual(partial.available(sampleOrder({ status: 'shipped' })), []);
  });

  it('reads the access proof from the order: e-mail, else phone', () => {
    assert.deepEqual(accessFor(sampleOrder()), { contact: 'wang@example.com' });
    assert.deepEqual(accessFor({ contact: { name: 'x', phone: '139', email: ' ' } }), { contact: '139' });
  });

  it('cancels and asks for refunds through the adapter, answering the new order', async () => {
    const { actions, calls } = adapter();
    assert.equal((await actions.cancel(ref)).status, 'cancelled');
    assert.equal((await actions.requestRefund(ref, '  changed my mind  ')).status, 'refund_requested');
    assert.deepEqual(calls[1]!.slice(0, 4), ['requestRefund', ref.orderNumber, ref.access, { reason: 'changed my mind' }]);
  });

  it('refuses an empty or too long reason before calling the backend', async () => {
    const { actions, calls } = adapter();
    assert.deepEqual((await rejects(actions.requestRefund(ref, '   '), 'validation')).fieldErrors, [{ field: 'reason', code: 'required' }]);
    const long = await rejects(actions.requestReturn(ref, { reason: 'x'.repeat(501), photoIds: [] }), 'validation');
    assert.deepEqual(long.fieldErrors, [{ field: 'reason', code: 'too_long', params: { max: 500 } }]);
    assert.deepEqual(calls, []);
  });

  it('checks a new address like the checkout does, and keeps the country', async () => {
    const { actions, calls } = adapter();
    const current = sampleOrder().shippingAddress!;
    const bad = await rejects(actions.changeAddress(ref, { ...current, city: ' ', postalCode: '12' }, current), 'validation');
    assert.deepEqual(bad.fieldErrors.map((e) => `${e.field}:${e.code}`), ['shippingAddress.city:required', 'shippingAddress.postalCode:invalid_postal_code_cn']);
    const moved = await rejects(actions.changeAddress(ref, { ...current, country: 'US', postalCode: '10001' }, current), 'validation');
    assert.deepEqual(moved.fieldErrors, [{ field: 'shippingAddress.country', code: 'country_changed' }]);
    assert.deepEqual(calls, []);
    await actions.changeAddress(ref, { ...current, line1: '  深南大道 1 号 ', line2: ' ' }, current);
    assert.deepEqual(calls[0]![3], { ...current, line1: '深南大道 1 号' });
  });

  it('checks a return photo type, size and count before uploading, and reports progress', async () => {
    const { actions, calls } = adapter();
    const png = new Blob([new Uint8Array(10)], { type: 'image/png' });
    const gif = new Blob([new Uint8Array(10)], { type: 'image/gif' });
    const huge = { type: 'image/jpeg', size: RETURN_PHOTO_MAX_BYTES + 1 };
    assert.equal(actions.checkReturnPhoto(png), undefined);
    assert.deepEqual(actions.checkReturnPhoto(gif), { field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } });
    assert.deepEqual(actions.checkReturnPhoto(huge), { field: 'photos', code: 'photo_too_large', params: { max: 5 } });
    assert.deepEqual(actions.checkReturnPhoto(png, 4), { field: 'photos', code: 'too_many_photos', params: { max: 4 } });
    await rejects(actions.uploadReturnPhoto(ref, gif), 'validation');
    assert.deepEqual(calls, []);
    const progress: number[] = [];
    const photo = await actions.uploadReturnPhoto(ref, png, { onProgress: (f) => progress.push(f), uploaded: 3 });
    assert.equal(photo.id, 'p1');
    assert.deepEqual(progress, [0, 0.5, 1]);
    assert.deepEqual(calls, [['uploadReturnPhoto', ref.orderNumber, ref.access, 10]]);
    const order = await actions.requestReturn(ref, { reason: 'Too small', photoIds: ['p1'] });
    assert.equal(order.status, 'return_requested');
    await rejects(actions.requestReturn(ref, { reason: 'x', photoIds: ['1', '2', '3', '4', '5'] }), 'validation');
  });

  it('says clearly when the adapter lacks a call, and passes backend refusals on', async () => {
    const { actions } = adapter(['cancelOrder', 'uploadReturnPhoto']);
    assert.match((await rejects(actions.cancel(ref), 'config')).message, /cancelOrder\(\)/);
    await rejects(actions.uploadReturnPhoto(ref, new Blob([], { type: 'image/png' })), 'config');
    const conflicted = createOrderActions({
      requestRefund: async () => {
        throw new OrderZoneError('conflict', 'Order OZ1 is shipped; a refund can no longer be requested.');
      },
    } as unknown as BackendAdapter);
    await rejects(conflicted.requestRefund(ref, 'late'), 'conflict');
  });
});
