import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';
import { OrderStatusSchema, type OrderStatus } from './order-schema.ts';
import {
  MERCHANT_ACTIONS, ORDER_LIFECYCLE, SHOPPER_ACTIONS, allowedMerchantActions, allowedShopperActions, isTerminalStatus, nextStatus,
  type OrderAction,
} from './order-lifecycle.ts';

const STATUSES = OrderStatusSchema.options;
const ACTIONS: OrderAction[] = [...SHOPPER_ACTIONS, ...MERCHANT_ACTIONS];

function conflict(fn: () => unknown): OrderZoneError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof OrderZoneError, `expected an OrderZoneError, got ${String(error)}`);
    assert.equal(error.code, 'conflict', error.message);
    return error;
  }
  assert.fail('expected a conflict');
}

describe('order lifecycle', () => {
  it('has a row for every status, leading only to known statuses', () => {
    assert.deepEqual(Object.keys(ORDER_LIFECYCLE).sort(), [...STATUSES].sort());
    for (const status of STATUSES) {
      const { shopper, merchant } = ORDER_LIFECYCLE[status];
      for (const target of [...Object.values(shopper), ...Object.values(merchant)]) assert.ok(STATUSES.includes(target!), `${status} → ${target}`);
    }
  });

  it('allows every transition of the table', () => {
    let count = 0;
    for (const status of STATUSES) {
      const { shopper, merchant } = ORDER_LIFECYCLE[status];
      assert.deepEqual(allowedShopperActions({ status }), Object.keys(shopper));
      assert.deepEqual(allowedMerchantActions({ status }), Object.keys(merchant));
      for (const [action, target] of [...Object.entries(shopper), ...Object.entries(merchant)]) {
        assert.equal(nextStatus(status, action as OrderAction, 'OZ1'), target);
        count++;
      }
    }
    assert.ok(count >= 20, `only ${count} transitions`);
  });

  it('rejects every action the table does not allow with a conflict naming the order', () => {
    let count = 0;
    for (const status of STATUSES) {
      const allowed = new Set<string>([...allowedShopperActions({ status }), ...allowedMerchantActions({ status })]);
      for (const action of ACTIONS.filter((a) => !allowed.has(a))) {
        const error = conflict(() => nextStatus(status, action, 'OZ250314000001'));
        assert.match(error.message, /^Order OZ250314000001 is .+; .+ (can no longer|cannot) be .+\.$/);
        assert.deepEqual(error.details, { status, action, orderNumber: 'OZ250314000001' });
        count++;
      }
    }
    assert.ok(count > 100, `only ${count} rejections`);
  });

  it('says "no longer" for what is past and "not yet" for what is ahead', () => {
    assert.equal(conflict(() => nextStatus('shipped', 'cancel', 'OZ250314000001')).message, 'Order OZ250314000001 is shipped; it can no longer be cancelled.');
    assert.equal(conflict(() => nextStatus('pending_payment', 'ship', 'OZ250314000001')).message, 'Order OZ250314000001 is awaiting payment; it cannot be shipped yet.');
    assert.equal(conflict(() => nextStatus('cancelled', 'pay')).message, 'This order is cancelled; it can no longer be paid.');
  });

  it('gives terminal statuses no actions, and only them', () => {
    const terminal = STATUSES.filter((status: OrderStatus) => isTerminalStatus(status));
    assert.deepEqual(terminal.sort(), ['cancelled', 'refunded', 'return_rejected']);
    for (const status of terminal) {
      assert.deepEqual(allowedShopperActions({ status }), []);
      assert.deepEqual(allowedMerchantActions({ status }), []);
    }
  });

  it('lets a shopper cancel only what has not been paid, and change the address only before shipment', () => {
    const canCancel = STATUSES.filter((status) => allowedShopperActions({ status }).includes('cancel'));
    assert.deepEqual(canCancel, ['pending_payment', 'pending_shipment']);
    const canMove = STATUSES.filter((status) => allowedShopperActions({ status }).includes('change_address'));
    assert.deepEqual(canMove, ['pending_payment', 'paid', 'pending_shipment', 'refund_rejected']);
  });

  it('reaches a final status from every status', () => {
    for (const status of STATUSES) {
      const seen = new Set<OrderStatus>([status]);
      const queue = [status];
      while (queue.length > 0) {
        const { shopper, merchant } = ORDER_LIFECYCLE[queue.shift()!];
        for (const target of [...Object.values(shopper), ...Object.values(merchant)]) if (!seen.has(target!)) (seen.add(target!), queue.push(target!));
      }
      assert.ok([...seen].some((s) => isTerminalStatus(s) || s === 'completed'), `${status} never ends`);
    }
  });
});
