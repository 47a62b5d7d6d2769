import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest, RfqDraft } from '@orderzone/core';
import { createOrderEngine, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

let clock = new Date('2026-12-06T08:00:00Z');
const later = (hours: number): void => {
  clock = new Date(clock.getTime() + hours * 3_600_000);
};
const fen = (amount: number) => ({ amount, currency: 'CNY' });

const draft: RfqDraft = {
  lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 100 }],
  targetDate: '2026-12-20',
  note: 'Monthly order for the Pudong office',
  contact: { name: '韩梅梅', phone: '138 0013 8000', email: 'mei@example.com' },
};

const order = (rfqId: string | undefined, quantity = 100): Omit<OrderRequest, 'expectedTotal'> => ({
  currency: 'CNY',
  lines: [{ productId: 'paper', variantId: 'paper-a4', quantity, personalization: {}, ...(rfqId ? { rfqId } : {}) }],
  contact: draft.contact,
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
});

function signIn(e: OrderEngine, phone: string): string {
  e.requestSignInCode({ channel: 'sms', destination: phone });
  return e.verifySignInCode({ channel: 'sms', destination: phone, code: e.outbox()[0]!.code }).token;
}

/** An engine (its state reported to `saved`), a signed-in buyer and their request answered at ¥18.00 a ream for 48 hours. */
function quoted(): { e: OrderEngine; token: string; rfqId: string; saved: EngineState[] } {
  clock = new Date('2026-12-06T08:00:00Z');
  const saved: EngineState[] = [];
  const e = createOrderEngine({ seed: testShop(), now: () => clock, onChange: (state) => saved.push(state) });
  const token = signIn(e, '13800138000');
  const rfq = e.rfqs.create(token, draft);
  assert.equal(rfq.status, 'requested');
  e.rfqs.answer(rfq.id, { unitPrices: [fen(1800)], expiresAt: '2026-12-08T08:00:00Z', note: '含税价' });
  return { e, token, rfqId: rfq.id, saved };
}

describe('requests for quote in the engine', () => {
  it('keeps the buyer’s request with its status for both sides, and nobody else sees it', () => {
    const { e, token, rfqId } = quoted();
    const mine = e.rfqs.list(token);
    assert.deepEqual(mine.map((r) => [r.id, r.status, r.lines[0]!.unitPrice?.amount, r.offer?.total.amount]), [[rfqId, 'quoted', 1800, 180_000]]);
    assert.deepEqual(e.rfqs.listAll().map((r) => [r.id, r.status]), [[rfqId, 'quoted']]);
    const other = signIn(e, '13900139000');
    assert.deepEqual(e.rfqs.list(other), []);
    rejects(() => e.rfqs.get(other, rfqId), 'not_found');
    rejects(() => e.rfqs.list('no-such-session'), 'unauthorized');
  });

  it('gives each request a number a person reads (RFQ-…), kept through every change, beside its id', () => {
    const { e, token, rfqId } = quoted();
    const number = e.rfqs.get(token, rfqId).number;
    assert.match(number ?? '', /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    assert.equal(e.rfqs.decide(token, rfqId, 'accept').number, number);
    assert.deepEqual(e.rfqs.listAll().map((r) => r.number), [number]);
    const numbers = new Set([number, ...Array.from({ length: 20 }, () => e.rfqs.create(token, draft).number)]);
    assert.equal(numbers.size, 21, 'every request its own');
  });

  it('lets the merchant answer again a quote that lapsed before the buyer accepted it; not one the buyer accepted', () => {
    const { e, token, rfqId } = quoted();
    later(49);
    assert.deepEqual(e.rfqs.list(token).map((r) => [r.status, r.acceptedAt]), [['expired', undefined]]);
    assert.equal(e.rfqs.answer(rfqId, { unitPrices: [fen(1750)], expiresAt: '2026-12-12T08:00:00Z' }).status, 'quoted');
    const accepted = e.rfqs.decide(token, rfqId, 'accept');
    assert.equal(accepted.acceptedAt, clock.toISOString());
    later(100);
    assert.equal(e.rfqs.get(token, rfqId).status, 'expired');
    assert.equal(rejects(() => e.rfqs.answer(rfqId, { unitPrices: [fen(1700)], expiresAt: '2026-12-20T08:00:00Z' }), 'conflict').details.reason, 'rfq_expired');
  });

  it('refuses a request for an unknown product with a field error, and checks the merchant’s answer', () => {
    const { e, token, rfqId } = quoted();
    const bad = rejects(() => e.rfqs.create(token, { ...draft, lines: [{ productId: 'nope', variantId: 'x', quantity: 1 }] }), 'validation');
    assert.deepEqual(bad.fieldErrors, [{ field: 'lines.0.productId', code: 'invalid_choice' }]);
    const price = rejects(() => e.rfqs.answer(rfqId, { unitPrices: [{ amount: 1800, currency: 'USD' }], expiresAt: '2026-12-08T08:00:00Z' }), 'validation');
    assert.deepEqual(price.fieldErrors, [{ field: 'unitPrices.0', code: 'invalid_choice' }]);
    rejects(() => e.rfqs.answer('rfq_unknown', { unitPrices: [fen(1)], expiresAt: '2026-12-08T08:00:00Z' }), 'not_found');
  });

  it('prices the accepted lines at the quoted price at checkout, places one order, and refuses a second', () => {
    const { e, token, rfqId, saved } = quoted();
    const unaccepted = e.quote({ currency: 'CNY', lines: order(rfqId).lines });
    assert.equal(unaccepted.lines[0]!.problem?.code, 'rfq_unavailable');
    e.rfqs.decide(token, rfqId, 'accept');
    const quote = e.quote({ currency: 'CNY', lines: order(rfqId).lines, shippingOptionId: 'standard' });
    assert.deepEqual(quote.lines[0]!.unitPrice, fen(1800));
    assert.deepEqual(quote.subtotal, fen(180_000));
    assert.equal(quote.lines[0]!.rfqId, rfqId);
    const catalog = e.quote({ currency: 'CNY', lines: order(undefined).lines });
    assert.deepEqual(catalog.lines[0]!.unitPrice, fen(2300), 'without the request the bulk tier applies (¥23.00 from 50 reams)');

    const placed = e.submitOrder({ ...order(rfqId), expectedTotal: quote.total }, 'key-1');
    assert.deepEqual(placed.order.lines[0]!.unitPrice, fen(1800));
    assert.equal(e.rfqs.get(token, rfqId).orderNumber, placed.order.orderNumber);
    assert.equal(saved.at(-1)!.rfqs![0]!.rfq.orderNumber, placed.order.orderNumber, 'the mark is saved with the order');
    // The same key answers the same order; another order under the same request is refused.
    assert.equal(e.submitOrder({ ...order(rfqId), expectedTotal: quote.total }, 'key-1').order.orderNumber, placed.order.orderNumber);
    const again = rejects(() => e.submitOrder({ ...order(rfqId), expectedTotal: quote.total }, 'key-2'), 'conflict');
    assert.equal(again.details.reason, 'rfq_unavailable');
  });

  it('refuses the quoted price after the expiry, with a clear problem, and the request shows expired', () => {
    const { e, token, rfqId } = quoted();
    e.rfqs.decide(token, rfqId, 'accept');
    const quote = e.quote({ currency: 'CNY', lines: order(rfqId).lines, shippingOptionId: 'standard' });
    later(49);
    assert.equal(e.rfqs.get(token, rfqId).status, 'expired');
    assert.equal(e.quote({ currency: 'CNY', lines: order(rfqId).lines }).lines[0]!.problem?.code, 'rfq_expired');
    const refused = rejects(() => e.submitOrder({ ...order(rfqId), expectedTotal: quote.total }, 'key-late'), 'conflict');
    assert.equal(refused.details.reason, 'rfq_expired');
    assert.equal(e.rfqs.listAll({ status: 'expired' }).length, 1);
  });

  it('applies the quoted price only to the quoted quantity', () => {
    const { e, token, rfqId } = quoted();
    e.rfqs.decide(token, rfqId, 'accept');
    assert.equal(e.quote({ currency: 'CNY', lines: order(rfqId, 101).lines }).lines[0]!.problem?.code, 'rfq_unavailable');
  });

  it('lets the buyer decline and the merchant withdraw, each only in the statuses that allow it', () => {
    const { e, token, rfqId } = quoted();
    assert.equal(e.rfqs.decide(token, rfqId, 'decline').status, 'declined');
    assert.equal(rejects(() => e.rfqs.decide(token, rfqId, 'accept'), 'conflict').details.reason, 'rfq_status');
    assert.equal(rejects(() => e.rfqs.withdraw(rfqId), 'conflict').details.reason, 'rfq_status');
    const second = e.rfqs.create(token, draft);
    assert.equal(e.rfqs.withdraw(second.id).status, 'withdrawn');
    assert.equal(e.rfqs.list(token)[0]!.status, 'withdrawn');
  });

  it('keeps the requests in a saved state read back', () => {
    const { e, rfqId, saved } = quoted();
    const reopened = createOrderEngine({ seed: testShop(), now: () => clock, state: saved.at(-1)!, strictState: true });
    assert.deepEqual(reopened.rfqs.listAll().map((r) => [r.id, r.number]), [[rfqId, e.rfqs.listAll()[0]!.number]]);
    void e;
  });
});
