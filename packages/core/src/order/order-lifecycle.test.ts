import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';
import { OrderStatusSchema, type OrderStatus } from './order-schema.ts';
import {
  MERCHANT_ACTIONS, ORDER_LIFECYCLE, SHOPPER_ACTIONS, STATUS_KEEPING_ACTIONS, allowedMerchantActions, allowedShopperActions, awaitsPayment,
  historyChange, historyEvent, isTerminalStatus, nextStatus, orderAddressPurpose, orderFlow, resolveTarget, type OrderAction, type TransitionTarget,
} from './order-lifecycle.ts';
import { assertBookingWindowOpen, closedBookingWindow } from './order-booking-windows.ts';
import type { QuoteLine } from './order-schema.ts';

/** Every status an entry of the table can lead to. */
const targets = (target: TransitionTarget | undefined): OrderStatus[] =>
  target === undefined ? [] : typeof target === 'string' ? [target] : [target.goods, target.bookings];

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
  it('awaits payment only while the status allows paying and the backend gave a payment step', () => {
    const qr = { type: 'qr_code', payload: 'weixin://pay/1' } as const;
    assert.equal(awaitsPayment({ status: 'pending_payment', payment: qr }), true);
    assert.equal(awaitsPayment({ status: 'pending_payment', payment: { type: 'none' } }), false, 'cash on delivery, say');
    for (const status of STATUSES.filter((s) => ORDER_LIFECYCLE[s].shopper.pay === undefined)) {
      assert.equal(awaitsPayment({ status, payment: qr }), false, status);
    }
  });

  it('has a row for every status, leading only to known statuses', () => {
    assert.deepEqual(Object.keys(ORDER_LIFECYCLE).sort(), [...STATUSES].sort());
    for (const status of STATUSES) {
      const { shopper, merchant } = ORDER_LIFECYCLE[status];
      for (const target of [...Object.values(shopper), ...Object.values(merchant)].flatMap(targets)) assert.ok(STATUSES.includes(target), `${status} → ${target}`);
    }
  });

  it('lets the backend expire an unpaid order, and only an unpaid one', () => {
    assert.equal(nextStatus('pending_payment', 'expire'), 'cancelled');
    assert.deepEqual(allowedMerchantActions({ status: 'pending_payment' }), ['confirm_payment']);
    assert.equal(conflict(() => nextStatus('paid', 'expire', 'OZ1')).message, 'Order OZ1 is paid and awaiting shipment; it can no longer be expired.');
  });

  it('allows every transition of the table', () => {
    let count = 0;
    for (const status of STATUSES) {
      const { shopper, merchant } = ORDER_LIFECYCLE[status];
      // Without lines only the table decides, and `reschedule` (which needs a booking line) is left out.
      assert.deepEqual(allowedShopperActions({ status }), Object.keys(shopper).filter((action) => action !== 'reschedule'));
      // `expire` is the backend's own, and a partial refund is an `approve_refund` of some units: never offered as such.
      assert.deepEqual(allowedMerchantActions({ status }), Object.keys(merchant).filter((action) => action !== 'expire' && action !== 'partial_refund'));
      for (const [action, target] of [...Object.entries(shopper), ...Object.entries(merchant)]) {
        assert.equal(nextStatus(status, action as OrderAction, 'OZ1'), resolveTarget(target, 'goods'));
        assert.equal(nextStatus(status, action as OrderAction, 'OZ1', 'bookings'), resolveTarget(target, 'bookings'));
        count++;
      }
    }
    assert.ok(count >= 20, `only ${count} transitions`);
  });

  it('rejects every action the table does not allow with a conflict naming the order', () => {
    let count = 0;
    for (const status of STATUSES) {
      const { shopper, merchant } = ORDER_LIFECYCLE[status];
      const allowed = new Set<string>([...Object.keys(shopper), ...Object.keys(merchant)]);
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
    // A declined return leaves other units returnable: `return_rejected` is no longer final.
    assert.deepEqual(terminal.sort(), ['cancelled', 'fulfilled', 'refunded']);
    for (const status of terminal) {
      assert.deepEqual(allowedShopperActions({ status }), []);
      assert.deepEqual(allowedMerchantActions({ status }), []);
    }
  });

  it('lets a shopper cancel only what has not been paid (or a confirmed booking, refunded), and change the address only before shipment', () => {
    const canCancel = STATUSES.filter((status) => allowedShopperActions({ status }).includes('cancel'));
    assert.deepEqual(canCancel, ['pending_payment', 'pending_shipment', 'confirmed']);
    assert.equal(nextStatus('confirmed', 'cancel'), 'refunded');
    const canMove = STATUSES.filter((status) => allowedShopperActions({ status }).includes('change_address'));
    assert.deepEqual(canMove, ['pending_payment', 'paid', 'pending_shipment', 'refund_rejected']);
  });

  it('refunds part of a request and lets the order go on: awaiting shipment before it, completed after a return', () => {
    assert.equal(nextStatus('refund_requested', 'partial_refund'), 'paid');
    assert.equal(nextStatus('returned', 'partial_refund'), 'completed');
    assert.equal(conflict(() => nextStatus('return_approved', 'partial_refund', 'OZ1')).message, 'Order OZ1 is approved for return; a partial refund cannot be made yet.');
    assert.equal(historyChange({ action: 'partial_refund' }), 'partial_refund', 'a timeline says "Partly refunded", not "Paid" again');
    // After a partial refund or a declined request, other units may be asked for.
    assert.equal(nextStatus('refund_rejected', 'request_refund'), 'refund_requested');
    assert.equal(nextStatus('return_rejected', 'request_return'), 'return_requested');
  });

  it('offers a refund or return request only while some unit may still be asked for', () => {
    const line = (quantity: number, shipped?: boolean): QuoteLine => ({ ...GOODS, quantity, total: cny(7900 * quantity), ...(shipped === false ? { shipped } : {}) });
    const decided = (kind: 'refund' | 'return', status: 'refunded' | 'rejected', lineIndex: number, quantity: number) => ({
      id: `AS${lineIndex}`, kind, status, requestedAt: '2026-05-01T00:00:00Z', reason: 'x', photos: [], amount: cny(0),
      lines: [{ lineIndex, quantity, amount: cny(0), status, accepted: status === 'refunded' ? quantity : 0 }],
    });
    const lines = [line(2), line(1)];
    assert.ok(allowedShopperActions({ status: 'paid', lines }).includes('request_refund'));
    // Both units of line 0 refunded, line 1 declined: nothing is left to ask a refund for.
    const afterSales = [decided('refund', 'refunded', 0, 2), decided('refund', 'rejected', 1, 1)];
    assert.ok(!allowedShopperActions({ status: 'refund_rejected', lines, afterSales }).includes('request_refund'));
    // Line 1 was only declined for a refund: once shipped, it may be returned.
    assert.ok(allowedShopperActions({ status: 'shipped', lines, afterSales }).includes('request_return'));
    // A booking line is never returned: an order shipping nothing else has nothing to return.
    assert.ok(!allowedShopperActions({ status: 'completed', lines: [line(1, false)] }).includes('request_return'));
    // An order from before requests by line, declined as a whole, stays closed to returns.
    assert.ok(!allowedShopperActions({ status: 'return_rejected', lines }).includes('request_return'));
  });

  it('reaches a final status from every status', () => {
    for (const status of STATUSES) {
      const seen = new Set<OrderStatus>([status]);
      const queue = [status];
      while (queue.length > 0) {
        const { shopper, merchant } = ORDER_LIFECYCLE[queue.shift()!];
        for (const target of [...Object.values(shopper), ...Object.values(merchant)].flatMap(targets)) if (!seen.has(target)) (seen.add(target), queue.push(target));
      }
      assert.ok([...seen].some((s) => isTerminalStatus(s) || s === 'completed'), `${status} never ends`);
    }
  });
});

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const GOODS: QuoteLine = {
  productId: 'tee', variantId: 'tee-m', sku: 'T-M', title: 'Tee', quantity: 1, personalization: {}, unitPrice: cny(7900), total: cny(7900), available: 5,
};
/** A session at 2026-05-05 11:30 UTC; its windows close 24 hours before unless it says otherwise. */
const seatsLine = (extra: Record<string, string> = {}): QuoteLine => ({
  ...GOODS,
  productId: 'cinema',
  variantId: 'ticket',
  available: null,
  shipped: false,
  booking: { type: 'seats', sessionId: 's1', startsAt: '2026-05-05T11:30:00.000Z', timeZone: 'Asia/Shanghai', seats: [{ id: 'C4', label: 'C4', zoneName: 'Premium', price: cny(6800) }], ...extra },
});
const BEFORE = new Date('2026-05-04T11:00:00Z');
const AFTER = new Date('2026-05-04T12:00:00Z');

describe('order history and address, as a timeline names them', () => {
  it('reads the actions that keep the status off the table: edit, change_address, reschedule', () => {
    assert.deepEqual([...STATUS_KEEPING_ACTIONS], ['edit', 'change_address', 'reschedule']);
  });

  it('says what an entry changed when it kept the status, and nothing when the order entered a status', () => {
    assert.equal(historyChange({ action: 'reschedule' }), 'reschedule');
    assert.equal(historyChange({ action: 'change_address' }), 'change_address');
    assert.equal(historyChange({ action: 'edit' }), 'edit');
    assert.equal(historyChange({ action: 'expire' }), 'expire', 'the backend cancelled an order not paid in time');
    for (const action of [undefined, 'pay', 'confirm_payment', 'ship', 'cancel', 'request_refund', 'something new']) {
      assert.equal(historyChange(action === undefined ? {} : { action }), undefined, String(action));
    }
  });

  it('names every event of a history on its own: the order placed, then each action, whatever status it left the order in', () => {
    assert.equal(historyEvent({}, 0), 'placed');
    for (const action of [...SHOPPER_ACTIONS, ...MERCHANT_ACTIONS]) assert.equal(historyEvent({ action }, 3), action);
    // An address change keeps "Awaiting payment": the entry is the change, not a second "Awaiting payment".
    assert.equal(historyEvent({ action: 'change_address' }, 1), 'change_address');
    assert.equal(historyEvent({}, 2), undefined, 'no action after the first entry: the status names it');
    assert.equal(historyEvent({ action: 'something new' }, 2), undefined, 'an action this version does not know: the status names it');
  });

  it('calls the address of an order of bookings only a service address, and of any other order a shipping address', () => {
    const slot = { type: 'time_slot' } as QuoteLine['booking'];
    assert.equal(orderAddressPurpose({ lines: [{ booking: slot } as QuoteLine] }), 'service');
    assert.equal(orderAddressPurpose({ lines: [{ booking: slot } as QuoteLine, {} as QuoteLine] }), 'shipping');
    assert.equal(orderAddressPurpose({ lines: [{} as QuoteLine] }), 'shipping');
  });
});

describe('order lifecycle: bookings', () => {
  it('sends orders of bookings only to confirmed when paid, and mixed orders to paid', () => {
    assert.equal(orderFlow({ lines: [seatsLine()] }), 'bookings');
    assert.equal(orderFlow({ lines: [GOODS, seatsLine()] }), 'goods');
    assert.equal(orderFlow({ lines: [] }), 'goods');
    assert.equal(nextStatus('pending_payment', 'confirm_payment', 'OZ1', 'bookings'), 'confirmed');
    assert.equal(nextStatus('pending_payment', 'pay', 'OZ1', 'bookings'), 'confirmed');
    assert.equal(nextStatus('pending_payment', 'confirm_payment', 'OZ1', 'goods'), 'paid');
    assert.equal(nextStatus('confirmed', 'fulfill'), 'fulfilled');
    assert.equal(nextStatus('confirmed', 'reschedule'), 'confirmed');
    assert.equal(conflict(() => nextStatus('paid', 'fulfill', 'OZ1')).message, 'Order OZ1 is paid and awaiting shipment; it can no longer be fulfilled.');
    assert.equal(conflict(() => nextStatus('fulfilled', 'reschedule', 'OZ1')).message, 'Order OZ1 is fulfilled; its booking can no longer be rescheduled.');
  });

  it('offers reschedule only while a booking line’s window is open', () => {
    const confirmed = { status: 'confirmed' as const, lines: [seatsLine()] };
    assert.deepEqual(allowedShopperActions(confirmed, BEFORE), ['cancel', 'reschedule']);
    assert.deepEqual(allowedShopperActions(confirmed, AFTER), []);
    // A mixed order keeps the goods actions and can reschedule its booking inside the window.
    const mixed = { status: 'paid' as const, lines: [GOODS, seatsLine()] };
    assert.deepEqual(allowedShopperActions(mixed, BEFORE), ['change_address', 'request_refund', 'reschedule']);
    assert.deepEqual(allowedShopperActions(mixed, AFTER), ['change_address', 'request_refund']);
    assert.deepEqual(allowedShopperActions({ status: 'paid', lines: [GOODS] }, BEFORE), ['change_address', 'request_refund'], 'nothing to reschedule');
  });

  it('limits cancelling a confirmed (paid) booking to its window, never an unpaid one', () => {
    const lines = [seatsLine({ cancelUntil: '2026-05-05T09:30:00.000Z' })];
    assert.equal(closedBookingWindow({ status: 'confirmed', lines }, 'cancel', AFTER), undefined, 'the product’s own, shorter window');
    assert.deepEqual(closedBookingWindow({ status: 'confirmed', lines }, 'cancel', new Date('2026-05-05T09:30:00Z')), { lineIndex: 0, action: 'cancel', until: '2026-05-05T09:30:00.000Z' });
    assert.equal(closedBookingWindow({ status: 'pending_payment', lines }, 'cancel', new Date('2026-05-05T11:00:00Z')), undefined);
    assert.deepEqual(allowedShopperActions({ status: 'pending_payment', lines: [seatsLine()] }, AFTER), ['pay', 'cancel', 'edit', 'change_address']);
  });

  it('names the closed window in its conflict, for the line asked', () => {
    const order = { orderNumber: 'OZ1', status: 'confirmed' as const, lines: [GOODS, seatsLine()] };
    assert.doesNotThrow(() => assertBookingWindowOpen(order, 'reschedule', BEFORE, 1));
    const error = conflict(() => assertBookingWindowOpen(order, 'reschedule', AFTER, 1));
    assert.equal(error.message, 'Order OZ1: its booking can no longer be rescheduled; that was possible until 2026-05-04T11:30:00.000Z.');
    assert.deepEqual(error.details, { orderNumber: 'OZ1', status: 'confirmed', action: 'reschedule', reason: 'window_closed', until: '2026-05-04T11:30:00.000Z', lineIndex: 1 });
  });
});
