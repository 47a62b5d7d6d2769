/**
 * The REST contract suite: requests for quote (business buying). A signed-in buyer asks prices for
 * reams of paper, the merchant answers with a unit price and an expiry, the buyer accepts and
 * checks out at the quoted price, once; after the expiry the price no longer applies. Test-only;
 * not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { rejectsWith } from '../rejects-with.ts';
import { allowedRfqMerchantActions } from '../../business/rfq-rules.ts';
import { editLineRequests, editQuoteRequest } from '../../order/order-edit.ts';
import { paper, placeOrder, pricedOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';

const fen = (amount: number) => ({ amount, currency: 'CNY' });

export function rfqTests(ctx: SuiteContext): void {
  async function signedIn() {
    const shopper = ctx.shopper();
    const contact = ctx.contact('采购 王');
    const sms = { channel: 'sms' as const, destination: contact.phone };
    await shopper.api.requestSignInCode(sms);
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);
    const session = await shopper.api.verifySignInCode({ ...sms, code: code! });
    return { ...shopper, contact, token: session.token };
  }
  const targetDate = () => new Date(ctx.clock.now().getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const inHours = (hours: number) => new Date(ctx.clock.now().getTime() + hours * 3_600_000).toISOString();

  it('lets a signed-in buyer request a quote, the merchant answer it, and the buyer accept and order once at the quoted price', async () => {
    const { api, contact, token } = await signedIn();
    const bad = await rejectsWith(api.createRfq(token, { lines: [{ productId: 'no-such', variantId: 'x', quantity: 1 }], targetDate: targetDate(), contact }), 'validation');
    assert.deepEqual(bad.fieldErrors, [{ field: 'lines.0.productId', code: 'invalid_choice' }]);
    const sent = await api.createRfq(token, { lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 120 }], targetDate: targetDate(), note: '每月订货', contact });
    assert.equal(sent.status, 'requested');
    assert.match(sent.number ?? '', /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/, 'a number a person reads, beside the id');
    assert.deepEqual(sent.lines[0]!.listUnitPrice, fen(2300));
    await rejectsWith(api.acceptRfq(token, sent.id), 'conflict');

    const answered = await ctx.backend.merchant.rfqs.answer(sent.id, { unitPrices: [fen(1990)], expiresAt: inHours(24), note: '含税，不含运费' });
    assert.deepEqual([answered.status, answered.number], ['quoted', sent.number], 'the merchant reads the same number');
    assert.deepEqual((await api.listRfqs(token)).map((r) => [r.id, r.number, r.status, r.offer?.total.amount]), [[sent.id, sent.number, 'quoted', 120 * 1990]]);
    const accepted = await api.acceptRfq(token, sent.id);
    assert.equal(accepted.status, 'accepted');

    const line = { ...paper(120), rfqId: sent.id };
    const { order } = await placeOrder(api, contact, [line], 'rfq-order');
    assert.deepEqual(order.lines[0]!.unitPrice, fen(1990));
    assert.deepEqual(order.subtotal, fen(120 * 1990));
    assert.equal((await api.getRfq(token, sent.id)).orderNumber, order.orderNumber);
    const second = await rejectsWith(placeOrder(api, contact, [line], 'rfq-order-again'), 'conflict');
    assert.equal(second.details.reason, 'rfq_unavailable');

    const stranger = await signedIn();
    await rejectsWith(stranger.api.getRfq(stranger.token, sent.id), 'not_found');
  });

  it('refuses the quoted price once the quote expired, and lets the buyer decline another', async () => {
    const { api, contact, token } = await signedIn();
    const request = { lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 60 }], targetDate: targetDate(), contact };
    const first = await api.createRfq(token, request);
    await ctx.backend.merchant.rfqs.answer(first.id, { unitPrices: [fen(2000)], expiresAt: inHours(2) });
    await api.acceptRfq(token, first.id);
    const draft = await pricedOrder(api, contact, [{ ...paper(60), rfqId: first.id }]);
    const second = await api.createRfq(token, request);
    await ctx.backend.merchant.rfqs.answer(second.id, { unitPrices: [fen(2100)], expiresAt: inHours(48) });

    ctx.clock.advance(3 * 3_600_000);
    assert.equal((await api.getRfq(token, first.id)).status, 'expired');
    const quote = await api.quote({ currency: 'CNY', lines: [{ ...paper(60), rfqId: first.id }] });
    assert.deepEqual(quote.lines[0]!.problem, { code: 'rfq_expired' });
    const late = await rejectsWith(api.submitOrder(draft, { idempotencyKey: 'rfq-late' }), 'conflict');
    assert.equal(late.details.reason, 'rfq_expired');

    const lapsed = await api.getRfq(token, first.id);
    assert.equal(lapsed.acceptedAt !== undefined && allowedRfqMerchantActions(lapsed, ctx.clock.now()).length, 0, 'accepted, then lapsed: the merchant cannot answer it');
    assert.equal((await api.declineRfq(token, second.id)).status, 'declined');
    const withdrawn = await rejectsWith(ctx.backend.merchant.rfqs.withdraw(second.id), 'conflict');
    assert.equal(withdrawn.details.reason, 'rfq_status');
  });

  it('lets the merchant answer again a quote whose prices lapsed before the buyer accepted, and the buyer then accept the new prices', async () => {
    const { api, contact, token } = await signedIn();
    const sent = await api.createRfq(token, { lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 80 }], targetDate: targetDate(), contact });
    await ctx.backend.merchant.rfqs.answer(sent.id, { unitPrices: [fen(2000)], expiresAt: inHours(1) });
    ctx.clock.advance(2 * 3_600_000);
    const lapsed = await api.getRfq(token, sent.id);
    assert.deepEqual([lapsed.status, lapsed.acceptedAt], ['expired', undefined]);
    assert.deepEqual(allowedRfqMerchantActions(lapsed, ctx.clock.now()), ['answer', 'withdraw'], 'the buyer can tell the merchant may still answer');
    await rejectsWith(api.acceptRfq(token, sent.id), 'conflict');

    await ctx.backend.merchant.rfqs.answer(sent.id, { unitPrices: [fen(1950)], expiresAt: inHours(24) });
    const again = await api.getRfq(token, sent.id);
    assert.deepEqual([again.status, again.offer?.total.amount, again.number], ['quoted', 80 * 1950, sent.number]);
    const accepted = await api.acceptRfq(token, sent.id);
    assert.deepEqual([accepted.status, accepted.acceptedAt], ['accepted', ctx.clock.now().toISOString()]);
  });

  it('keeps an order placed at quoted prices quoted when it is edited, even past the offer’s expiry, and refuses another quantity of the quoted line', async () => {
    const { api, contact, token } = await signedIn();
    const sent = await api.createRfq(token, { lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 120 }], targetDate: targetDate(), contact });
    await ctx.backend.merchant.rfqs.answer(sent.id, { unitPrices: [fen(1990)], expiresAt: inHours(0.1) });
    await api.acceptRfq(token, sent.id);
    const { order, access } = await placeOrder(api, contact, [{ ...paper(120), rfqId: sent.id }, shirt(2, 'shirt-navy-m')], 'rfq-edit');
    assert.deepEqual(order.lines.map((l) => l.rfqId), [sent.id, undefined]);
    ctx.clock.advance(7 * 60_000);

    const quantities = [120, 1];
    const quote = await api.quote(editQuoteRequest(order, quantities));
    assert.deepEqual(quote.lines.map((l) => [l.unitPrice.amount, l.problem?.code]), [[1990, undefined], [order.lines[1]!.unitPrice.amount, undefined]]);
    // A client that leaves the request out of the quoted line still gets the quoted price: the backend keeps it on the order's request.
    const lines = editLineRequests(order, quantities).map(({ rfqId: _rfqId, ...line }) => line);
    const edited = await api.editOrder(order.orderNumber, access, { lines, expectedTotal: quote.total });
    assert.deepEqual(edited.lines.map((l) => [l.quantity, l.unitPrice.amount, l.rfqId]), [[120, 1990, sent.id], [1, order.lines[1]!.unitPrice.amount, undefined]]);
    assert.deepEqual(edited.total, quote.total);

    const resized = await rejectsWith(api.editOrder(order.orderNumber, access, { lines: [{ ...paper(100), rfqId: sent.id }, shirt(1, 'shirt-navy-m')], expectedTotal: quote.total }), 'validation');
    assert.deepEqual(resized.fieldErrors, [{ field: 'lines.0.quantity', code: 'rfq_quantity', params: { quantity: 120 } }]);
    // The request still belongs to this order only: a new order cannot use it.
    const again = await rejectsWith(placeOrder(api, contact, [{ ...paper(120), rfqId: sent.id }], 'rfq-edit-again'), 'conflict');
    assert.equal(again.details.reason, 'rfq_unavailable');
  });
}
