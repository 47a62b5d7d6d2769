import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sampleOrder } from '../testing/sample-order.ts';
import type { AfterSale, Order, QuoteLine } from './order-schema.ts';
import {
  afterSaleQuantitiesOf, afterSaleRefund, checkAfterSaleLines, checkDecisionLines, chosenLinesOf, lineAfterSales, openAfterSale, refundAction, refundShares, requestableUnits,
} from './after-sales.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

function line(title: string, quantity: number, unitPrice: number, extra: Partial<QuoteLine> = {}): QuoteLine {
  return { productId: title, variantId: `${title}-v`, sku: title.toUpperCase(), title, quantity, personalization: {}, unitPrice: cny(unitPrice), total: cny(unitPrice * quantity), available: 10, ...extra };
}

/**
 * Two shirts at ¥100.00 and a cap at ¥50.00, 10 % off with a coupon (−¥25.00), ¥10.00 shipping:
 * ¥235.00 paid, of which ¥225.00 for the goods (¥180.00 for the shirts, ¥45.00 for the cap).
 */
function paidOrder(patch: Partial<Order> = {}): Order {
  return sampleOrder({
    status: 'paid',
    lines: [line('shirt', 2, 10000), line('cap', 1, 5000)],
    subtotal: cny(25000),
    adjustments: [
      { kind: 'discount', label: '10% off', amount: cny(-2500), code: 'TEN' },
      { kind: 'shipping', label: 'Standard', amount: cny(1000) },
    ],
    total: cny(23500),
    ...patch,
  });
}

/** The order after the merchant refunded `lines` of a request (as the engine records it). */
function refunded(order: Order, kind: AfterSale['kind'], lines: { lineIndex: number; quantity: number }[], status: Order['status']): Order {
  const refund = afterSaleRefund(order, lines);
  const sale: AfterSale = {
    id: `AS${(order.afterSales?.length ?? 0) + 1}`,
    kind,
    status: 'refunded',
    requestedAt: '2026-05-01T00:00:00Z',
    reason: 'Changed my mind',
    photos: [],
    lines: refund.lines.map((l) => ({ lineIndex: l.lineIndex, quantity: l.quantity, amount: l.amount, status: 'refunded', accepted: l.quantity, refunded: l.amount })),
    amount: refund.total,
    refunded: refund.total,
  };
  return { ...order, status, afterSales: [...(order.afterSales ?? []), sale], refunded: cny((order.refunded?.amount ?? 0) + refund.total.amount) };
}

describe('refunds and returns by line', () => {
  it('gives each line its share of the discount, and keeps the shipping apart', () => {
    const shares = refundShares(paidOrder());
    assert.deepEqual(shares.lines, [cny(18000), cny(4500)], 'the ¥25.00 off is shared ¥20.00 / ¥5.00 by the lines’ totals');
    assert.deepEqual(shares.shipping, cny(1000));
  });

  it('refunds one shirt of two at half its share, shipping only with the last units, and never more than was paid', () => {
    let order = paidOrder();
    const first = afterSaleRefund(order, [{ lineIndex: 0, quantity: 1 }]);
    assert.deepEqual(first.total, cny(9000), 'one shirt: ¥100.00 less its ¥10.00 of the coupon');
    assert.equal(first.completes, false);
    assert.deepEqual(first.shipping, cny(0));
    order = refunded(order, 'refund', [{ lineIndex: 0, quantity: 1 }], 'paid');

    const cap = afterSaleRefund(order, [{ lineIndex: 1, quantity: 1 }]);
    assert.deepEqual(cap.total, cny(4500));
    order = refunded(order, 'refund', [{ lineIndex: 1, quantity: 1 }], 'paid');

    const last = afterSaleRefund(order, [{ lineIndex: 0, quantity: 1 }]);
    assert.deepEqual(last.lines[0]!.amount, cny(9000));
    assert.deepEqual(last.shipping, cny(1000), 'the last unit brings the shipping back');
    assert.deepEqual(last.total, cny(10000));
    assert.equal(last.completes, true);
    assert.equal(9000 + 4500 + 10000, order.total.amount, 'three partial refunds add up to the total exactly');
  });

  it('splits a share that does not divide evenly without losing or inventing a fen', () => {
    // Three items at ¥33.33 (¥99.99) with 10 % off (−¥10.00, rounded): ¥89.99 for three units.
    const order = paidOrder({ lines: [line('pen', 3, 3333)], subtotal: cny(9999), adjustments: [{ kind: 'discount', label: '10%', amount: cny(-1000) }], total: cny(8999) });
    const amounts: number[] = [];
    let current = order;
    for (let i = 0; i < 3; i++) {
      const refund = afterSaleRefund(current, [{ lineIndex: 0, quantity: 1 }]);
      amounts.push(refund.total.amount);
      current = refunded(current, 'refund', [{ lineIndex: 0, quantity: 1 }], i === 2 ? 'refunded' : 'paid');
    }
    assert.deepEqual(amounts, [2999, 3000, 3000]);
    assert.equal(amounts.reduce((a, b) => a + b), 8999);
  });

  it('refunds a tax added on top with the goods, and the shipping’s part of it with the shipping', () => {
    // ¥100.00 of goods, ¥10.00 shipping, 10 % sales tax on both (¥11.00): ¥121.00.
    const order = paidOrder({
      lines: [line('lamp', 1, 10000)],
      subtotal: cny(10000),
      adjustments: [
        { kind: 'shipping', label: 'Standard', amount: cny(1000) },
        { kind: 'tax', label: 'Sales tax', amount: cny(1100) },
      ],
      total: cny(12100),
    });
    const shares = refundShares(order);
    assert.deepEqual(shares.lines, [cny(11000)]);
    assert.deepEqual(shares.shipping, cny(1100));
    assert.deepEqual(afterSaleRefund(order, [{ lineIndex: 0, quantity: 1 }]).total, cny(12100));
    // A tax already in the prices changes nothing.
    const inclusive = paidOrder({ adjustments: [...paidOrder().adjustments, { kind: 'tax', label: 'VAT', amount: cny(2700), included: true }] });
    assert.deepEqual(refundShares(inclusive).lines, [cny(18000), cny(4500)]);
  });

  it('caps a refund at what is left of the total', () => {
    // Refunded ¥230.00 some other way already: only ¥5.00 is left, whatever the lines are worth.
    const order = paidOrder({ refunded: cny(23000) });
    assert.deepEqual(afterSaleRefund(order, [{ lineIndex: 0, quantity: 2 }, { lineIndex: 1, quantity: 1 }]).total, cny(500));
  });

  it('says which units may be asked for: not the refunded ones, not the open ones, not those declined for the same kind', () => {
    let order = refunded(paidOrder(), 'refund', [{ lineIndex: 0, quantity: 1 }], 'paid');
    assert.deepEqual(afterSaleQuantitiesOf(order, 'refund'), [1, 1]);
    const declined: AfterSale = {
      id: 'AS2', kind: 'refund', status: 'rejected', requestedAt: '2026-05-02T00:00:00Z', reason: 'Late', photos: [], amount: cny(4500),
      lines: [{ lineIndex: 1, quantity: 1, amount: cny(4500), status: 'rejected', accepted: 0 }],
    };
    order = { ...order, status: 'refund_rejected', afterSales: [...order.afterSales!, declined] };
    assert.deepEqual(afterSaleQuantitiesOf(order, 'refund'), [1, 0], 'the declined cap may not be asked again before shipment');
    assert.deepEqual(afterSaleQuantitiesOf({ ...order, status: 'shipped' }, 'return'), [1, 1], 'but it may be returned once shipped');
    const open: AfterSale = { ...declined, id: 'AS3', kind: 'return', status: 'requested', lines: [{ lineIndex: 0, quantity: 1, amount: cny(9000), status: 'requested' }] };
    const returning = { ...order, status: 'return_requested' as const, afterSales: [...order.afterSales!, open] };
    assert.equal(openAfterSale(returning)?.id, 'AS3');
    assert.deepEqual(lineAfterSales(returning)[0], {
      lineIndex: 0, quantity: 2, refunded: 1, open: 1, declined: { refund: 0, return: 0 }, refundedAmount: cny(9000), requestable: { refund: 0, return: 0 },
    });
  });

  it('treats an order from before requests by line as a whole: refunded in full, or every unit in its request', () => {
    assert.deepEqual(afterSaleQuantitiesOf(paidOrder({ status: 'refunded' }), 'refund'), [0, 0]);
    assert.deepEqual(lineAfterSales(paidOrder({ status: 'return_requested' })).map((s) => s.open), [2, 1]);
    assert.equal(requestableUnits(paidOrder({ status: 'refund_rejected' }), 'refund'), 0);
  });

  it('checks a request’s lines, naming order lines: unknown, twice, too many, none', () => {
    const order = paidOrder();
    assert.deepEqual(checkAfterSaleLines(order, 'refund'), { lines: [{ lineIndex: 0, quantity: 2 }, { lineIndex: 1, quantity: 1 }], errors: [] }, 'no lines: everything');
    assert.deepEqual(checkAfterSaleLines(order, 'refund', [{ lineIndex: 1, quantity: 1 }, { lineIndex: 0, quantity: 1 }]).lines, [{ lineIndex: 0, quantity: 1 }, { lineIndex: 1, quantity: 1 }]);
    assert.deepEqual(checkAfterSaleLines(order, 'refund', [{ lineIndex: 5, quantity: 1 }]).errors, [{ field: 'lines.5', code: 'unknown_line' }]);
    assert.deepEqual(checkAfterSaleLines(order, 'refund', [{ lineIndex: 0, quantity: 1 }, { lineIndex: 0, quantity: 1 }]).errors, [{ field: 'lines.0', code: 'duplicate_line' }]);
    assert.deepEqual(checkAfterSaleLines(order, 'refund', [{ lineIndex: 0, quantity: 3 }]).errors, [{ field: 'lines.0.quantity', code: 'too_many_units', params: { max: 2 } }]);
    assert.deepEqual(checkAfterSaleLines(order, 'refund', [{ lineIndex: 0, quantity: 1.5 }]).errors, [{ field: 'lines.0.quantity', code: 'invalid_quantity' }]);
    assert.deepEqual(checkAfterSaleLines(order, 'refund', chosenLinesOf([0, 0])).errors, [{ field: 'lines', code: 'nothing_chosen' }]);
    assert.deepEqual(checkAfterSaleLines(order, 'return').errors, [], 'goods lines may be returned');
    const nothing = paidOrder({ status: 'refunded' });
    assert.deepEqual(checkAfterSaleLines(nothing, 'refund').errors, [{ field: 'lines', code: 'nothing_to_request' }]);
  });

  it('checks a merchant’s decision against the units of the open request, and picks the action it takes', () => {
    const order = paidOrder({ status: 'refund_requested' });
    const sale: AfterSale = {
      id: 'AS1', kind: 'refund', status: 'requested', requestedAt: '2026-05-01T00:00:00Z', reason: 'x', photos: [], amount: cny(0),
      lines: [{ lineIndex: 0, quantity: 2, amount: cny(18000), status: 'requested' }, { lineIndex: 1, quantity: 1, amount: cny(4500), status: 'requested' }],
    };
    const withSale = { ...order, afterSales: [sale] };
    assert.deepEqual(checkDecisionLines(withSale, sale).lines, [{ lineIndex: 0, quantity: 2 }, { lineIndex: 1, quantity: 1 }]);
    assert.deepEqual(checkDecisionLines(withSale, sale, [{ lineIndex: 0, quantity: 3 }]).errors, [{ field: 'lines.0.quantity', code: 'too_many_units', params: { max: 2 } }]);
    assert.equal(refundAction(withSale, [{ lineIndex: 0, quantity: 2 }, { lineIndex: 1, quantity: 1 }]), 'approve_refund', 'everything: the order is refunded');
    assert.equal(refundAction(withSale, [{ lineIndex: 0, quantity: 2 }]), 'partial_refund', 'the cap stays: the order goes on');
  });
});
