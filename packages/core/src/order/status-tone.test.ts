import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AfterSaleStatusSchema, OrderStatusSchema } from './order-schema.ts';
import { afterSaleStatusTone, orderStatusTone } from './status-tone.ts';

describe('status tones', () => {
  it('reads an order waiting, gone the shopper\'s way, or ended otherwise', () => {
    assert.equal(orderStatusTone('pending_payment'), 'waiting');
    assert.equal(orderStatusTone('refund_requested'), 'waiting');
    assert.equal(orderStatusTone('paid'), 'success');
    assert.equal(orderStatusTone('confirmed'), 'success');
    assert.equal(orderStatusTone('return_approved'), 'success');
    assert.equal(orderStatusTone('cancelled'), 'danger');
    assert.equal(orderStatusTone('refund_rejected'), 'danger');
    assert.equal(orderStatusTone('return_rejected'), 'danger');
  });

  it('gives every status of the contract a tone, and an unknown one "waiting"', () => {
    for (const status of OrderStatusSchema.options) assert.match(orderStatusTone(status), /^(waiting|success|danger)$/);
    for (const status of AfterSaleStatusSchema.options) assert.match(afterSaleStatusTone(status), /^(waiting|success|danger)$/);
    assert.equal(orderStatusTone('on_hold' as never), 'waiting');
  });

  it('reads refund and return requests the same way', () => {
    assert.equal(afterSaleStatusTone('requested'), 'waiting');
    assert.equal(afterSaleStatusTone('approved'), 'success');
    assert.equal(afterSaleStatusTone('refunded'), 'success');
    assert.equal(afterSaleStatusTone('rejected'), 'danger');
  });
});
