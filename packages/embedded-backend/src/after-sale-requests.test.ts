import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LineRequest, Order, OrderAccess, OrderRequest, ReturnInstructions } from '@orderzone/core';
import { allowedShopperActions } from '@orderzone/core/orders';
import { OrderSchema } from '@orderzone/core/schemas';
import { engineStore } from './engine-store.ts';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';
import { createOrderService, type OrderService } from './order-service.ts';
import { rejectsWith } from './testing/rejects.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

/** Monday 2026-05-04, 10:00 in Shanghai. */
const NOW = new Date('2026-05-04T02:00:00Z');
const cny = (amount: number) => ({ amount, currency: 'CNY' });

const SHIRTS: LineRequest = shirtLine(2);
const MUG: LineRequest = { productId: 'mug', variantId: 'mug', quantity: 1, personalization: {} };
const ADDRESS = { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' };
const RETURN_TO: ReturnInstructions = { address: { country: 'CN', region: '浙江省', city: '杭州市', district: '余杭区', line1: '文一西路969号', postalCode: '311121' }, recipient: 'OrderZone 售后' };

/**
 * Two test shirts at ¥79.00 and a mug at ¥49.00 (¥207.00), 10 % off with TEST10 (−¥20.70), ¥12.00
 * standard shipping: ¥198.30 paid. The goods' ¥186.30 is shared ¥142.20 (shirts) / ¥44.10 (mug).
 */
async function paidOrder(service: OrderService, key: string, lines: LineRequest[] = [SHIRTS, MUG]): Promise<{ order: Order; access: OrderAccess }> {
  const quote = await service.quote({ currency: 'CNY', lines, couponCode: 'TEST10', shippingOptionId: 'standard', destination: { country: 'CN' } });
  const request: OrderRequest = {
    currency: 'CNY', lines, couponCode: 'TEST10', contact: { name: '张三', phone: '13800138000', email: 'zhang@example.com' },
    shippingAddress: ADDRESS, shippingOptionId: 'standard', paymentMethodId: 'alipay', expectedTotal: quote.total,
  };
  const { order, accessToken } = await service.submitOrder(request, key);
  await service.markPaid(order.orderNumber);
  return { order: await service.getOrder(order.orderNumber, { accessToken }), access: { accessToken } };
}

function setUp(): { engine: OrderEngine; service: OrderService } {
  const engine = createOrderEngine({ seed: testShop(), now: () => NOW });
  return { engine, service: createOrderService(engineStore(engine)) };
}

describe('order engine: refunds and returns by line', () => {
  it('refunds one shirt before shipment, then the mug of a second request while declining the other shirt, then the return of that shirt with the shipping: exactly what was paid', async () => {
    const { service } = setUp();
    const { order, access } = await paidOrder(service, 'by-line-1');
    assert.deepEqual(order.total, cny(19830));

    // 1. One shirt of two: its half of the shirts' share, ¥71.10; the order goes on.
    const asked = await service.requestRefund(order.orderNumber, access, { reason: 'Ordered one too many', lines: [{ lineIndex: 0, quantity: 1 }] });
    assert.equal(asked.status, 'refund_requested');
    assert.deepEqual(asked.afterSales?.[0]?.lines, [{ lineIndex: 0, quantity: 1, amount: cny(7110), status: 'requested' }]);
    assert.deepEqual(asked.afterSales?.[0]?.amount, cny(7110));
    const preview = await service.previewRefund(order.orderNumber);
    assert.deepEqual([preview.action, preview.total], ['partial_refund', cny(7110)]);
    const first = await service.approveRefund(order.orderNumber, { note: 'Refunded one shirt' });
    assert.equal(first.status, 'paid', 'the rest still ships');
    assert.deepEqual(first.refunded, cny(7110));
    assert.deepEqual(first.history?.at(-1), { status: 'paid', at: NOW.toISOString(), action: 'partial_refund', note: 'Refunded one shirt' });
    assert.deepEqual(first.afterSales?.[0]?.lines[0], { lineIndex: 0, quantity: 1, amount: cny(7110), status: 'refunded', accepted: 1, refunded: cny(7110) });

    // 2. Everything left (no lines): the other shirt, the mug and the shipping; the merchant refunds the mug only.
    const again = await service.requestRefund(order.orderNumber, access, { reason: 'Changed my mind' });
    assert.deepEqual(again.afterSales?.[1]?.lines.map((l) => [l.lineIndex, l.quantity, l.amount.amount]), [[0, 1, 7110], [1, 1, 4410]]);
    assert.deepEqual(again.afterSales?.[1]?.amount, cny(7110 + 4410 + 1200), 'the last units bring the shipping back');
    const tooMany = rejectsWith(service.approveRefund(order.orderNumber, { lines: [{ lineIndex: 1, quantity: 2 }] }), 'validation');
    assert.deepEqual((await tooMany).fieldErrors, [{ field: 'lines.1.quantity', code: 'too_many_units', params: { max: 1 } }]);
    const second = await service.approveRefund(order.orderNumber, { lines: [{ lineIndex: 1, quantity: 1 }] });
    assert.equal(second.status, 'paid');
    assert.deepEqual(second.refunded, cny(7110 + 4410));
    assert.deepEqual(second.afterSales?.[1]?.lines.map((l) => l.status), ['rejected', 'refunded'], 'the shirt declined, the mug refunded');
    assert.deepEqual(second.afterSales?.[1]?.refunded, cny(4410));

    // Nothing is left to ask a refund for: the declined shirt stands before shipment.
    assert.ok(!allowedShopperActions(second).includes('request_refund'));
    const none = await rejectsWith(service.requestRefund(order.orderNumber, access, { reason: 'Please' }), 'conflict');
    assert.equal(none.details.reason, 'nothing_to_request');

    // 3. Shipped, the declined shirt is returned: it and the shipping come back, and the order is refunded in full.
    await service.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF100' });
    const returning = await service.requestReturn(order.orderNumber, access, { reason: 'Too small', photoIds: [], lines: [{ lineIndex: 0, quantity: 1 }] });
    assert.deepEqual(returning.afterSales?.[2]?.amount, cny(7110 + 1200));
    assert.deepEqual(returning.returnRequest, { reason: 'Too small', photos: [] }, 'readers of contract 2.0 still see the request');
    const approved = await service.approveReturn(order.orderNumber, RETURN_TO);
    assert.deepEqual(approved.afterSales?.[2]?.returnInstructions, RETURN_TO);
    assert.deepEqual(approved.returnInstructions, RETURN_TO);
    await service.receiveReturn(order.orderNumber);
    const done = await service.approveRefund(order.orderNumber);
    assert.equal(done.status, 'refunded');
    assert.deepEqual(done.refunded, order.total, 'three refunds add up to what was paid, never more');
    assert.equal(OrderSchema.safeParse(done).success, true);
  });

  it('keeps a request without lines meaning the whole order, and approving without lines refunding it in full', async () => {
    const { service } = setUp();
    const { order, access } = await paidOrder(service, 'whole-1');
    const asked = await service.requestRefund(order.orderNumber, access, { reason: 'Ordered twice' });
    assert.deepEqual(asked.afterSales?.[0]?.amount, order.total);
    const refunded = await service.approveRefund(order.orderNumber);
    assert.equal(refunded.status, 'refunded');
    assert.deepEqual(refunded.refunded, order.total);
    assert.equal(refunded.history?.at(-1)?.action, 'approve_refund');
  });

  it('refuses units that cannot be asked for, naming the order line, and changes nothing', async () => {
    const { service } = setUp();
    const { order, access } = await paidOrder(service, 'bad-lines');
    const tooMany = await rejectsWith(service.requestRefund(order.orderNumber, access, { reason: 'x', lines: [{ lineIndex: 0, quantity: 3 }] }), 'validation');
    assert.deepEqual(tooMany.fieldErrors, [{ field: 'lines.0.quantity', code: 'too_many_units', params: { max: 2 } }]);
    const unknown = await rejectsWith(service.requestRefund(order.orderNumber, access, { reason: 'x', lines: [{ lineIndex: 7, quantity: 1 }] }), 'validation');
    assert.deepEqual(unknown.fieldErrors, [{ field: 'lines.7', code: 'unknown_line' }]);
    const notAList = await rejectsWith(service.requestRefund(order.orderNumber, access, { reason: 'x', lines: 'all' as never }), 'validation');
    assert.deepEqual(notAList.fieldErrors, [{ field: 'lines', code: 'invalid' }]);
    assert.equal((await service.getOrder(order.orderNumber, access)).status, 'paid');
  });

  it('approves a return for some units and declines the rest, then refunds what came back', async () => {
    const { service } = setUp();
    const { order, access } = await paidOrder(service, 'partial-return');
    await service.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF200' });
    await service.requestReturn(order.orderNumber, access, { reason: 'Both shirts shrank', photoIds: [], lines: [{ lineIndex: 0, quantity: 2 }] });
    const nothing = await rejectsWith(service.approveReturn(order.orderNumber, RETURN_TO, { lines: [] }), 'validation');
    assert.deepEqual(nothing.fieldErrors, [{ field: 'lines', code: 'nothing_chosen' }]);
    const approved = await service.approveReturn(order.orderNumber, RETURN_TO, { lines: [{ lineIndex: 0, quantity: 1 }] });
    assert.equal(approved.status, 'return_approved');
    assert.deepEqual(approved.afterSales?.[0]?.lines[0], { lineIndex: 0, quantity: 2, amount: cny(14220), status: 'approved', accepted: 1 });
    await service.receiveReturn(order.orderNumber, { note: 'One shirt arrived' });
    const preview = await service.previewRefund(order.orderNumber);
    assert.deepEqual([preview.action, preview.total], ['partial_refund', cny(7110)]);
    const refunded = await service.approveRefund(order.orderNumber);
    assert.equal(refunded.status, 'completed', 'the mug and the other shirt stay with the shopper');
    assert.deepEqual(refunded.refunded, cny(7110));
    // The mug may still be returned; the declined shirt may not.
    assert.ok(allowedShopperActions(refunded).includes('request_return'));
    const declined = await rejectsWith(service.requestReturn(order.orderNumber, access, { reason: 'x', photoIds: [], lines: [{ lineIndex: 0, quantity: 1 }] }), 'validation');
    assert.deepEqual(declined.fieldErrors, [{ field: 'lines.0.quantity', code: 'too_many_units', params: { max: 0 } }]);
  });

  it('lets a shopper return other units after a return was declined', async () => {
    const { service } = setUp();
    const { order, access } = await paidOrder(service, 'declined-return');
    await service.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF300' });
    await service.requestReturn(order.orderNumber, access, { reason: 'Mug chipped', photoIds: [], lines: [{ lineIndex: 1, quantity: 1 }] });
    const rejected = await service.rejectReturn(order.orderNumber, { note: 'A used mug cannot be returned' });
    assert.equal(rejected.status, 'return_rejected');
    assert.equal(rejected.afterSales?.[0]?.status, 'rejected');
    const shirts = await service.requestReturn(order.orderNumber, access, { reason: 'Too small', photoIds: [] });
    assert.deepEqual(shirts.afterSales?.[1]?.lines.map((l) => [l.lineIndex, l.quantity]), [[0, 2]], 'everything left: the shirts, not the declined mug');
  });

  it('takes no photo and no request once every unit was declined', async () => {
    const { service } = setUp();
    const { order, access } = await paidOrder(service, 'all-declined', [MUG]);
    await service.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF400' });
    await service.requestReturn(order.orderNumber, access, { reason: 'Itchy', photoIds: [] });
    const rejected = await service.rejectReturn(order.orderNumber);
    assert.ok(!allowedShopperActions(rejected).includes('request_return'));
    const photo = await rejectsWith(service.uploadReturnPhoto(order.orderNumber, access, { contentType: 'image/jpeg', bytes: 10, url: 'data:image/jpeg;base64,AA==' }), 'conflict');
    assert.equal(photo.details.reason, 'nothing_to_request');
    await rejectsWith(service.requestReturn(order.orderNumber, access, { reason: 'Please', photoIds: [] }), 'conflict');
  });

  it('gives a booking refunded on its own its slot back, and records a cancelled booking as refunded in full', async () => {
    const { engine, service } = setUp();
    const cleaning: LineRequest = { productId: 'cleaning', variantId: 'cleaning-2h', quantity: 1, personalization: {}, booking: { type: 'time_slot', start: '2026-05-06T03:00:00.000Z', resourceId: 'wang' } };
    const { order, access } = await paidOrder(service, 'mixed', [SHIRTS, cleaning]);
    const free = () => engine.getAvailability({ productId: 'cleaning', variantId: 'cleaning-2h', from: '2026-05-06', to: '2026-05-06' });
    const slotOf = (availability: ReturnType<typeof free>) => availability.type === 'time_slot' ? availability.slots.find((s) => s.start === '2026-05-06T03:00:00.000Z') : undefined;
    const before = slotOf(free())?.remaining ?? 0;
    await service.requestRefund(order.orderNumber, access, { reason: 'Cleaner not needed', lines: [{ lineIndex: 1, quantity: 1 }] });
    const refunded = await service.approveRefund(order.orderNumber);
    assert.equal(refunded.status, 'paid');
    assert.equal(slotOf(free())?.remaining, before + 1, 'the slot is free again');

    const booking = await paidOrder(service, 'bookings-only', [cleaning]);
    assert.equal(booking.order.status, 'confirmed');
    const cancelled = await service.cancelOrder(booking.order.orderNumber, booking.access);
    assert.equal(cancelled.status, 'refunded');
    assert.deepEqual(cancelled.refunded, booking.order.total);
  });
});
