import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Availability, BookingSelection, EditOrderRequest, LineRequest, Order, OrderRequest } from '@orderzone/core';
import { OrderSchema, QuoteSchema } from '@orderzone/core/schemas';
import { createOrderEngine, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder, strangerAccess, type PlacedOrder } from './testing/placed-order.ts';
import { SHIRT_STOCK, shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

/** Monday 2026-04-27, 10:00 in Shanghai (the test cinema's one session is on Friday 2026-05-01). */
const MONDAY_10AM = new Date('2026-04-27T02:00:00Z');

function clock(start: Date = MONDAY_10AM) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    set(iso: string) {
      at = Date.parse(iso);
    },
  };
}

function engine(now: () => Date = () => MONDAY_10AM, onChange?: (state: EngineState) => void): OrderEngine {
  return createOrderEngine({ seed: testShop(), now, ...(onChange ? { onChange } : {}) });
}


const CONTACT = { name: '张三', phone: '138 0013 8000', email: 'zhang.san@example.com' };
const ADDRESS = { country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', line1: '北山街10号', postalCode: '310007' };
/** Tuesday 2026-04-28 11:00 in Shanghai (a cleaning slot), and the test cinema's session. */
const TUESDAY_11AM = '2026-04-28T03:00:00.000Z';
const SESSION = 'evening';

const line = (productId: string, variantId: string, quantity = 1, booking?: BookingSelection): LineRequest => ({ productId, variantId, quantity, personalization: {}, ...(booking ? { booking } : {}) });
const SHIRTS = (quantity: number) => shirtLine(quantity);
const PAPER = (quantity: number) => line('paper', 'paper-a4', quantity);
/** The navy L shirt: only {@link SHIRT_STOCK.lowCount} (3) in stock. */
const FEW = (quantity: number) => shirtLine(quantity, SHIRT_STOCK.low);
const CLEANING = line('cleaning', 'cleaning-2h', 1, { type: 'time_slot', start: TUESDAY_11AM, resourceId: 'li' });
/** Two standard seats, ¥50.00 each. */
const CINEMA = line('cinema', 'ticket', 1, { type: 'seats', sessionId: SESSION, seatIds: ['A1', 'A2'] });

function place(e: OrderEngine, lines: LineRequest[], key = 'edit-test'): PlacedOrder {
  const quote = e.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
  assert.equal(quote.orderable, true, JSON.stringify(quote.lines.map((l) => l.problem)));
  const request: OrderRequest = { currency: 'CNY', lines, contact: CONTACT, shippingAddress: ADDRESS, shippingOptionId: 'standard', paymentMethodId: 'alipay', expectedTotal: quote.total };
  return placeOrder(e, request, key);
}

/** The quote a client shows for the new lines (what `expectedTotal` comes from). */
function totalOf(e: OrderEngine, order: Order, lines: LineRequest[]) {
  return e.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN', region: order.shippingAddress!.region, postalCode: order.shippingAddress!.postalCode } }).total;
}

const stockOf = (e: OrderEngine, productId: string, variantId: string) => e.getProduct(productId).variants.find((v) => v.id === variantId)!.stock!;

describe('editing an unpaid order', () => {
  it('changes quantities and removes lines, re-priced, with the stock following and a history entry', () => {
    const e = engine();
    const teaStock = stockOf(e, 'paper', 'paper-a4');
    const { order, access } = place(e, [SHIRTS(2), PAPER(1)]);
    const teeStock = stockOf(e, 'shirt', 'shirt-navy-m');
    const lines = [SHIRTS(3)];
    const edited = e.editOrder(order.orderNumber, access, { lines, expectedTotal: totalOf(e, order, lines) });
    assert.equal(OrderSchema.safeParse(edited).success, true);
    assert.equal(edited.status, 'pending_payment');
    assert.deepEqual(edited.lines.map((l) => [l.variantId, l.quantity]), [['shirt-navy-m', 3]]);
    // 3 × ¥79.00; standard shipping is free from ¥199.00.
    assert.equal(edited.total.amount, 23700);
    assert.equal(edited.adjustments.find((a) => a.kind === 'shipping')?.amount.amount, 0);
    assert.equal(edited.subtotal.amount, 23700);
    assert.deepEqual(edited.history?.at(-1), { status: 'pending_payment', at: MONDAY_10AM.toISOString(), action: 'edit' });
    assert.equal(edited.payment.type, 'qr_code', 'a fresh payment code for the new amount');
    assert.equal(stockOf(e, 'shirt', 'shirt-navy-m'), teeStock - 1);
    assert.equal(stockOf(e, 'paper', 'paper-a4'), teaStock, 'the removed paper is back in stock');
    assert.deepEqual(e.getOrder(order.orderNumber, access), edited);
  });

  it('lets a quantity grow up to the stock plus what the order already holds', () => {
    const e = engine();
    // Three navy L shirts in stock; the order takes one.
    const { order, access } = place(e, [FEW(1)]);
    const left = stockOf(e, 'shirt', SHIRT_STOCK.low);
    assert.equal(left, 2);
    const most = [FEW(3)];
    const tooMany = [FEW(4)];
    const error = rejects(() => e.editOrder(order.orderNumber, access, { lines: tooMany, expectedTotal: { amount: 1, currency: 'CNY' } }), 'out_of_stock');
    assert.equal(QuoteSchema.safeParse(error.details.quote).success, true);
    assert.deepEqual(error.details.lines, [{ index: 0, productId: 'shirt', variantId: SHIRT_STOCK.low, code: 'insufficient_stock', available: 3 }]);
    assert.equal(stockOf(e, 'shirt', SHIRT_STOCK.low), 2, 'nothing changed');
    // A plain quote does not count the order's own units, but its total is what the edit costs.
    const edited = e.editOrder(order.orderNumber, access, { lines: most, expectedTotal: totalOf(e, order, most) });
    assert.equal(edited.lines[0]!.quantity, 3);
    assert.equal(stockOf(e, 'shirt', SHIRT_STOCK.low), 0);
  });

  it('answers price_changed with the new quote when the shopper saw another total, changing nothing', () => {
    const e = engine();
    const { order, access } = place(e, [SHIRTS(2)]);
    const before = e.snapshot();
    const error = rejects(() => e.editOrder(order.orderNumber, access, { lines: [SHIRTS(1)], expectedTotal: order.total }), 'price_changed');
    const quote = error.details.quote as { total: { amount: number } };
    assert.equal(quote.total.amount, 7900 + 1200);
    assert.deepEqual(error.details.expectedTotal, order.total);
    assert.deepEqual(e.snapshot(), before);
  });

  it('refuses lines that are not in the order, and a booking split in two', () => {
    const e = engine();
    const { order, access } = place(e, [SHIRTS(2), CINEMA]);
    const fields = (request: unknown) => rejects(() => e.editOrder(order.orderNumber, access, request as EditOrderRequest), 'validation').fieldErrors;
    const total = { amount: 100, currency: 'CNY' };
    assert.deepEqual(fields({ lines: [SHIRTS(2), PAPER(1)], expectedTotal: total }), [{ field: 'lines.1', code: 'not_in_order' }]);
    assert.deepEqual(fields({ lines: [SHIRTS(1), SHIRTS(1)], expectedTotal: total }), [{ field: 'lines.1', code: 'not_in_order' }]);
    assert.deepEqual(fields({ lines: [line('cinema', 'ticket', 1, { type: 'seats', sessionId: SESSION, seatIds: ['A3'] })], expectedTotal: total }), [{ field: 'lines.0', code: 'not_in_order' }]);
    assert.deepEqual(fields({ lines: [{ ...CINEMA, quantity: 2 }], expectedTotal: total }), [{ field: 'lines.0.quantity', code: 'booking_quantity' }]);
    assert.deepEqual(fields({ lines: [], expectedTotal: total }).map((f) => f.field), ['lines']);
    assert.ok(fields({ lines: [SHIRTS(0)], expectedTotal: total }).some((f) => f.field === 'lines.0.quantity'));
    assert.ok(fields({ lines: [SHIRTS(1)] }).some((f) => f.field.startsWith('expectedTotal')));
  });

  it('refuses once the order was paid, and a stranger', () => {
    const e = engine();
    const { order, access } = place(e, [SHIRTS(2)]);
    rejects(() => e.editOrder(order.orderNumber, strangerAccess(), { lines: [SHIRTS(1)], expectedTotal: order.total }), 'not_found');
    e.markPaid(order.orderNumber);
    assert.match(rejects(() => e.editOrder(order.orderNumber, access, { lines: [SHIRTS(1)], expectedTotal: order.total }), 'conflict').message, /is paid and awaiting shipment; it can no longer be edited/);
  });

  it('gives a removed booking its seats back and keeps the others, even inside their lead time', () => {
    const time = clock();
    const e = engine(time.now);
    const { order, access } = place(e, [SHIRTS(1), CLEANING, CINEMA]);
    // Tuesday 10:30 Shanghai: the 11:00 cleaning could no longer be booked (1-hour lead time), but it was booked already.
    time.set('2026-04-28T02:30:00.000Z');
    const lines = [SHIRTS(1), { ...CLEANING }];
    const edited = e.editOrder(order.orderNumber, access, { lines, expectedTotal: totalOf(e, order, lines) });
    assert.equal(edited.subtotal.amount, 7900 + 20000);
    assert.deepEqual(edited.lines.map((l) => l.productId), ['shirt', 'cleaning']);
    const cleaning = edited.lines[1]!.booking;
    assert.equal(cleaning?.type === 'time_slot' && cleaning.resourceId, 'li');
    const taken = (e.getAvailability({ productId: 'cinema', sessionId: SESSION }) as Extract<Availability, { type: 'seats' }>).takenSeatIds;
    assert.deepEqual(taken, [], 'the seats are free again');
    assert.deepEqual(e.snapshot().bookings?.map((b) => b.productId), ['cleaning']);
    assert.deepEqual(e.snapshot().holds, [], 'no stand-in hold is left behind');
  });

  it('drops the delivery option of an order left with bookings only', () => {
    const e = engine();
    const { order, access } = place(e, [SHIRTS(1), CINEMA]);
    const edited = e.editOrder(order.orderNumber, access, { lines: [CINEMA], expectedTotal: { amount: 10000, currency: 'CNY' } });
    assert.equal('shippingOption' in edited, false);
    assert.equal(edited.adjustments.some((a) => a.kind === 'shipping'), false);
    assert.equal(OrderSchema.safeParse(edited).success, true);
  });

  it('saves the edit for a reload', () => {
    let saved: EngineState | undefined;
    const e = engine(() => MONDAY_10AM, (state) => (saved = state));
    const { order, access } = place(e, [SHIRTS(2)]);
    const lines = [SHIRTS(1)];
    e.editOrder(order.orderNumber, access, { lines, expectedTotal: totalOf(e, order, lines) });
    const reloaded = createOrderEngine({ seed: testShop(), now: () => MONDAY_10AM, state: JSON.parse(JSON.stringify(saved)) as EngineState });
    assert.equal(reloaded.getOrder(order.orderNumber, access).lines[0]!.quantity, 1);
  });
});
