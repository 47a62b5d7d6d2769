import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCart } from '../cart/cart.ts';
import { isOrderZoneError } from '../errors.ts';
import { priceQuote } from '../pricing/price-quote.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { testShop } from '../testing/test-shop.ts';
import { addRfqToCart, rfqDraftOfCart } from './rfq-client.ts';
import {
  allowedRfqBuyerActions, allowedRfqMerchantActions, answerRfq, applyRfqBuyerAction, createRfq, rfqDraftProblems, rfqClosedAt, rfqLinePrice, rfqStatusAt, withdrawRfq, withStatusAt,
} from './rfq-rules.ts';
import type { Rfq, RfqDraft } from './rfq-schema.ts';

const shop = testShop();
const lookup = (id: string) => shop.products.find((p) => p.id === id);
const cny = (amount: number) => ({ amount, currency: 'CNY' });
const NOW = new Date('2026-12-06T10:00:00Z');
const LATER = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

const draft = (over: Partial<RfqDraft> = {}): RfqDraft => ({
  lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 200 }, { productId: 'shirt', variantId: 'shirt-navy-m', quantity: 10 }],
  targetDate: '2026-12-20',
  note: ' Deliver to the back door ',
  contact: { name: 'Wang Fang', phone: '13800138000', email: 'buyer@example.com' },
  ...over,
});

const conflictReason = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    assert.ok(isOrderZoneError(error));
    assert.equal(error.code, 'conflict');
    return error.details?.['reason'];
  }
  assert.fail('expected a conflict');
};

function quoted(): Rfq {
  const rfq = createRfq(draft(), lookup, 'rfq-1', NOW);
  return answerRfq(rfq, { unitPrices: [cny(2100), cny(6500)], expiresAt: LATER(48).toISOString(), note: 'Price for this order only' }, 'CNY', NOW);
}

describe('request for quote: the buyer’s request', () => {
  it('is created requested, with the catalog’s titles and unit price for the quantity, trimmed text', () => {
    const rfq = createRfq(draft(), lookup, 'rfq-1', NOW);
    assert.equal(rfq.status, 'requested');
    assert.equal(rfq.note, 'Deliver to the back door');
    assert.deepEqual(rfq.lines.map((l) => [l.sku, l.quantity, l.listUnitPrice.amount]), [['PAPER-A4', 200, 2300], ['SHIRT-NAVY-M', 10, 7900]]);
    assert.equal(rfq.lines[0]!.unitPrice, undefined);
    assert.deepEqual(allowedRfqBuyerActions(rfq, NOW), ['decline']);
  });

  it('names each bad field: unknown product, booking, quantity rule, past date, contact', () => {
    const problems = rfqDraftProblems(draft({
      lines: [
        { productId: 'nope', variantId: 'x', quantity: 1 },
        { productId: 'hotel', variantId: shop.products.find((p) => p.id === 'hotel')!.variants[0]!.id, quantity: 1 },
        { productId: 'paper', variantId: 'paper-a4', quantity: 501 },
      ],
      targetDate: '2026-12-05',
      contact: { name: ' ', phone: '13800138000', email: 'not-an-email' },
    }), lookup, NOW);
    assert.deepEqual(problems.map((p) => `${p.field} ${p.code}`), [
      'lines.0.productId invalid_choice', 'lines.1.productId invalid_choice', 'lines.2.quantity invalid_quantity', 'targetDate invalid_date', 'contact.name required', 'contact.email invalid_email',
    ]);
    assert.throws(() => createRfq(draft({ targetDate: '2026-02-30' }), lookup, 'rfq-2', NOW), (error) => isOrderZoneError(error) && error.code === 'validation' && error.fieldErrors[0]?.field === 'targetDate');
  });

  it('builds a request from the cart’s quotable lines', () => {
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    cart.add({ product: lookup('paper')!, variantId: 'paper-a4', quantity: 20 });
    cart.add({ product: lookup('printed-mug')!, variantId: lookup('printed-mug')!.variants[0]!.id, quantity: 1, personalization: { 'print-text': 'Hi' } });
    const request = rfqDraftOfCart(cart.$lines.get(), { targetDate: '2026-12-20', contact: draft().contact });
    assert.deepEqual(request.lines, [{ productId: 'paper', variantId: 'paper-a4', quantity: 20 }]);
  });
});

describe('request for quote: the merchant’s answer and the statuses', () => {
  it('quotes a unit price per line with an expiry and the total', () => {
    const rfq = quoted();
    assert.equal(rfq.status, 'quoted');
    assert.deepEqual(rfq.lines.map((l) => l.unitPrice?.amount), [2100, 6500]);
    assert.deepEqual(rfq.offer?.total, cny(200 * 2100 + 10 * 6500));
    assert.deepEqual(allowedRfqBuyerActions(rfq, NOW), ['accept', 'decline']);
  });

  it('refuses an answer with a price per line missing, another currency, a negative price or a past expiry', () => {
    const rfq = createRfq(draft(), lookup, 'rfq-1', NOW);
    assert.throws(
      () => answerRfq(rfq, { unitPrices: [cny(-1), { amount: 10, currency: 'USD' }, cny(5)], expiresAt: NOW.toISOString() }, 'CNY', NOW),
      (error) => isOrderZoneError(error) && error.code === 'validation'
        && error.fieldErrors.map((e) => `${e.field} ${e.code}`).join() === 'unitPrices invalid,unitPrices.0 invalid,unitPrices.1 invalid_choice,expiresAt invalid_date',
    );
  });

  it('expires by the clock: a quoted or accepted request not ordered is expired after expiresAt, and accepting then is refused', () => {
    const rfq = quoted();
    assert.equal(rfqStatusAt(rfq, LATER(47)), 'quoted');
    assert.equal(rfqStatusAt(rfq, LATER(48)), 'expired');
    assert.equal(conflictReason(() => applyRfqBuyerAction(rfq, 'accept', LATER(49))), 'rfq_expired');
    const accepted = applyRfqBuyerAction(rfq, 'accept', LATER(1));
    assert.equal(accepted.status, 'accepted');
    assert.deepEqual(allowedRfqBuyerActions(accepted, LATER(2)), ['checkout']);
    assert.equal(rfqStatusAt(accepted, LATER(48)), 'expired');
    assert.equal(rfqStatusAt({ ...accepted, orderNumber: 'OZ-1' }, LATER(48)), 'accepted');
  });

  it('allows each action only in its statuses', () => {
    const rfq = quoted();
    const declined = applyRfqBuyerAction(rfq, 'decline', NOW);
    assert.equal(declined.status, 'declined');
    assert.equal(conflictReason(() => applyRfqBuyerAction(declined, 'accept', NOW)), 'rfq_status');
    assert.equal(conflictReason(() => withdrawRfq(declined, NOW)), 'rfq_status');
    assert.deepEqual(allowedRfqMerchantActions(rfq, NOW), ['answer', 'withdraw']);
    const accepted = applyRfqBuyerAction(rfq, 'accept', NOW);
    assert.deepEqual(allowedRfqMerchantActions(accepted, NOW), []);
    assert.equal(withdrawRfq(rfq, NOW).status, 'withdrawn');
    assert.equal(conflictReason(() => answerRfq(accepted, { unitPrices: [cny(1), cny(1)], expiresAt: LATER(5).toISOString() }, 'CNY', NOW)), 'rfq_status');
  });

  it('lets the merchant answer a quote again once its prices lapsed unaccepted, also as a backend lists it (expired), never one the buyer had accepted', () => {
    const rfq = quoted();
    const listed = withStatusAt(rfq, LATER(49));
    assert.equal(listed.status, 'expired');
    assert.deepEqual(allowedRfqMerchantActions(rfq, LATER(49)), ['answer', 'withdraw'], 'the stored request');
    assert.deepEqual(allowedRfqMerchantActions(listed, LATER(49)), ['answer', 'withdraw'], 'the request as listed');
    const again = answerRfq(rfq, { unitPrices: [cny(2000), cny(6400)], expiresAt: LATER(96).toISOString() }, 'CNY', LATER(49));
    assert.equal(rfqStatusAt(again, LATER(50)), 'quoted');

    const accepted = applyRfqBuyerAction(rfq, 'accept', LATER(1));
    assert.equal(accepted.acceptedAt, LATER(1).toISOString());
    const lapsed = withStatusAt(accepted, LATER(49));
    assert.equal(lapsed.status, 'expired');
    assert.deepEqual(allowedRfqMerchantActions(accepted, LATER(49)), []);
    assert.deepEqual(allowedRfqMerchantActions(lapsed, LATER(49)), [], 'accepted, then lapsed: nothing can change');
    assert.equal(conflictReason(() => answerRfq(accepted, { unitPrices: [cny(1), cny(1)], expiresAt: LATER(96).toISOString() }, 'CNY', LATER(49))), 'rfq_expired');
    assert.equal(applyRfqBuyerAction(rfq, 'decline', NOW).acceptedAt, undefined);
  });
});

describe('request for quote: checkout at the quoted prices', () => {
  const accepted = applyRfqBuyerAction(quoted(), 'accept', NOW);
  const line = { productId: 'paper', variantId: 'paper-a4', quantity: 200, personalization: {}, rfqId: 'rfq-1' };

  it('prices a quoted line at the quoted unit price while accepted and not expired, and the quote’s total follows', () => {
    assert.deepEqual(rfqLinePrice(line, accepted, NOW), { unitPrice: cny(2100) });
    const quote = priceQuote({ currency: 'CNY', lines: [line] }, lookup, shop.pricing, NOW, (l) => rfqLinePrice(l, accepted, NOW));
    assert.deepEqual(quote.lines[0]!.unitPrice, cny(2100));
    assert.deepEqual(quote.lines[0]!.total, cny(420_000));
    assert.equal(quote.lines[0]!.rfqId, 'rfq-1');
    assert.equal(quote.lines[0]!.listUnitPrice, undefined);
    assert.deepEqual(quote.subtotal, cny(420_000));
    assert.equal(quote.orderable, true);
  });

  it('gives a clear problem after expiry, for another quantity, an unknown request, or one already ordered', () => {
    assert.deepEqual(rfqLinePrice(line, accepted, LATER(48)), { problem: { code: 'rfq_expired' } });
    assert.deepEqual(rfqLinePrice({ ...line, quantity: 201 }, accepted, NOW), { problem: { code: 'rfq_unavailable' } });
    assert.deepEqual(rfqLinePrice(line, undefined, NOW), { problem: { code: 'rfq_unavailable' } });
    assert.deepEqual(rfqLinePrice(line, { ...accepted, orderNumber: 'OZ-1' }, NOW), { problem: { code: 'rfq_unavailable' } });
    assert.deepEqual(rfqLinePrice(line, quoted(), NOW), { problem: { code: 'rfq_unavailable' } });
    assert.equal(rfqLinePrice({ ...line, rfqId: undefined }, accepted, NOW), undefined);
    const quote = priceQuote({ currency: 'CNY', lines: [line] }, lookup, shop.pricing, NOW, (l) => rfqLinePrice(l, accepted, LATER(48)));
    assert.deepEqual(quote.lines[0]!.problem, { code: 'rfq_expired' });
    assert.equal(quote.orderable, false);
  });

  it('puts the accepted lines in the cart with their quantity and request id, sent with the lines', async () => {
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    cart.add({ product: lookup('paper')!, variantId: 'paper-a4', quantity: 3 });
    const adapter = { getProduct: async (id: string) => lookup(id)! };
    assert.equal(await addRfqToCart(adapter, cart, accepted, NOW), 2);
    assert.deepEqual(cart.toLineRequests().map((l) => [l.productId, l.quantity, l.rfqId]), [['paper', 200, 'rfq-1'], ['shirt', 10, 'rfq-1']]);
    await assert.rejects(addRfqToCart(adapter, cart, quoted(), NOW), (error) => isOrderZoneError(error) && error.code === 'conflict');
  });

  it('keeps a quoted line’s request id when the cart is read back from storage', async () => {
    const storage = memoryStorage();
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage });
    await addRfqToCart({ getProduct: async (id: string) => lookup(id)! }, cart, accepted, NOW);
    const reloaded = createCart({ shopId: 'shop', currency: 'CNY', storage });
    assert.deepEqual(reloaded.toLineRequests().map((l) => l.rfqId), ['rfq-1', 'rfq-1']);
  });
});

describe('request for quote: what a refusal says', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      assert.ok(isOrderZoneError(error));
      return error;
    }
    assert.fail('expected a refusal');
  };

  it('names the request by the number its buyer and merchant know it by (by its id’s end without one), the id kept in the details', async () => {
    const numbered: Rfq = { ...quoted(), number: 'RFQ-7KD4M-9QXT2' };
    const expired = refusal(() => applyRfqBuyerAction(numbered, 'accept', LATER(49)));
    assert.equal(expired.message, `The prices of request for quote RFQ-7KD4M-9QXT2 expired at ${LATER(48).toISOString()}.`);
    assert.equal(expired.details?.['rfqId'], 'rfq-1');
    assert.equal(refusal(() => answerRfq(applyRfqBuyerAction(numbered, 'accept', NOW), { unitPrices: [cny(1), cny(1)], expiresAt: LATER(96).toISOString() }, 'CNY', LATER(49))).message, `The prices of request for quote RFQ-7KD4M-9QXT2 expired at ${LATER(48).toISOString()}.`);
    assert.equal(refusal(() => applyRfqBuyerAction(quoted(), 'accept', LATER(49))).message, `The prices of request for quote #RFQ-1 expired at ${LATER(48).toISOString()}.`);

    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    await assert.rejects(addRfqToCart({ getProduct: async (id: string) => lookup(id)! }, cart, numbered, NOW), (error) => {
      assert.ok(isOrderZoneError(error));
      assert.equal(error.message, 'Request for quote RFQ-7KD4M-9QXT2 cannot be checked out now.');
      assert.equal(error.details?.['rfqId'], 'rfq-1');
      return true;
    });
  });
});

describe('request for quote: when its business ended (retention)', () => {
  it('is open while requested, quoted or accepted before the offer expires, and never for an ordered request', () => {
    const requested = createRfq(draft(), lookup, 'rfq-1', NOW);
    assert.equal(rfqClosedAt(requested, LATER(24 * 365)), undefined);
    assert.equal(rfqClosedAt(quoted(), LATER(47)), undefined);
    const accepted = applyRfqBuyerAction(quoted(), 'accept', LATER(1));
    assert.equal(rfqClosedAt(accepted, LATER(47)), undefined);
    assert.equal(rfqClosedAt({ ...accepted, orderNumber: 'OZ-1' }, LATER(24 * 365)), undefined);
  });

  it('ended at the last change of a declined or withdrawn request, and at the expiry of an offer left to lapse', () => {
    assert.deepEqual(rfqClosedAt(applyRfqBuyerAction(quoted(), 'decline', LATER(2)), LATER(3)), LATER(2));
    assert.deepEqual(rfqClosedAt(withdrawRfq(createRfq(draft(), lookup, 'rfq-1', NOW), LATER(5)), LATER(6)), LATER(5));
    assert.deepEqual(rfqClosedAt(quoted(), LATER(100)), LATER(48));
    assert.deepEqual(rfqClosedAt(applyRfqBuyerAction(quoted(), 'accept', LATER(1)), LATER(100)), LATER(48));
  });
});
