import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Order } from './order-schema.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import { afterSaleQuantity, offeredShopperForms, orderStatusChanged, shopperActionWording, successStillTrue, successWhileStatus } from './shopper-forms.ts';

/** An order whose only line is a booking (what the booking is does not matter to these rules). */
function bookingsOnly(): Order {
  const order = sampleOrder();
  return { ...order, lines: order.lines.map((line) => ({ ...line, booking: {} as never })) };
}

describe('shopper forms of an order page', () => {
  it('offers the available form actions in their order, never pay or reschedule', () => {
    assert.deepEqual(offeredShopperForms(sampleOrder(), ['request_return', 'pay', 'cancel', 'reschedule', 'edit']), ['edit', 'cancel', 'request_return']);
  });

  it('offers a change of address only to an order that has one', () => {
    assert.deepEqual(offeredShopperForms(sampleOrder(), ['change_address']), ['change_address']);
    const { shippingAddress: _, ...without } = sampleOrder();
    assert.deepEqual(offeredShopperForms(without, ['change_address', 'cancel']), ['cancel']);
  });

  it('words cancelling and the address of an order of bookings only as such', () => {
    assert.equal(shopperActionWording('cancel', sampleOrder()), 'cancel');
    assert.equal(shopperActionWording('change_address', sampleOrder()), 'change_address');
    assert.equal(shopperActionWording('cancel', bookingsOnly()), 'cancel_booking');
    assert.equal(shopperActionWording('change_address', bookingsOnly()), 'change_service_address');
    assert.equal(shopperActionWording('request_refund', bookingsOnly()), 'request_refund');
  });

  it('keeps a success message while the status it announced lasts, or for good when the action keeps the status', () => {
    assert.equal(successWhileStatus('request_refund', { status: 'refund_requested' }), 'refund_requested');
    assert.equal(successWhileStatus('change_address', { status: 'paid' }), undefined);
    assert.equal(successStillTrue('refund_requested', 'refund_requested'), true);
    assert.equal(successStillTrue('refund_requested', 'refund_rejected'), false);
    assert.equal(successStillTrue(undefined, 'shipped'), true);
  });

  it('notices a status change only between two known states', () => {
    assert.equal(orderStatusChanged(undefined, { status: 'paid' }), false);
    assert.equal(orderStatusChanged({ status: 'paid' }, { status: 'paid' }), false);
    assert.equal(orderStatusChanged({ status: 'pending_payment' }, { status: 'paid' }), true);
  });

  it('holds a request quantity to whole units from 0 to what may still be asked for', () => {
    const order = sampleOrder({ status: 'paid', lines: sampleOrder().lines.map((line) => ({ ...line, quantity: 3 })) });
    assert.equal(afterSaleQuantity(order, 'refund', 0, 2), 2);
    assert.equal(afterSaleQuantity(order, 'refund', 0, 7), 3);
    assert.equal(afterSaleQuantity(order, 'refund', 0, 1.8), 1);
    assert.equal(afterSaleQuantity(order, 'refund', 0, -1), 0);
    assert.equal(afterSaleQuantity(order, 'refund', 0, Number.NaN), 0);
    assert.equal(afterSaleQuantity(order, 'refund', 5, 1), 0);
    assert.equal(afterSaleQuantity(sampleOrder({ status: 'refunded' }), 'refund', 0, 1), 0);
  });
});
