/**
 * The REST contract suite, part 4: what a shopper does with an order after placing it (cancel,
 * change the address, edit the lines, ask for a refund), what the merchant then does, and the
 * payment status. Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { LineRequest } from '../../order/order-schema.ts';
import { rejectsWith } from '../rejects-with.ts';
import { CONTRACT_SHOP_SETTINGS } from './backend-under-test.ts';
import { BEIJING, placeOrder, pricedOrder, shirt } from './shop-fixtures.ts';
import type { ContractAdapter, SuiteContext } from './suite-context.ts';

const stockOf = async (api: ContractAdapter, productId: string, variantId: string) => (await api.getProduct(productId)).variants.find((v) => v.id === variantId)!.stock;
const someoneElse = { accessToken: 'someone-else-s-token-0123456789' };

export function lifecycleTests(ctx: SuiteContext): void {
  it('cancels an unpaid order, giving its stock back, and answers conflict once it is cancelled', async () => {
    const { api } = ctx.shopper();
    const before = await stockOf(api, 'shirt', 'shirt-white-m');
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(2, 'shirt-white-m')], 'lifecycle-cancel');
    assert.equal(await stockOf(api, 'shirt', 'shirt-white-m'), before! - 2);
    await rejectsWith(api.cancelOrder(order.orderNumber, someoneElse), 'not_found');
    const cancelled = await api.cancelOrder(order.orderNumber, access);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.history?.at(-1)?.action, 'cancel');
    assert.equal(await stockOf(api, 'shirt', 'shirt-white-m'), before);
    const again = await rejectsWith(api.cancelOrder(order.orderNumber, access), 'conflict');
    assert.equal(again.status, 409);
    assert.equal(again.message, `POST /orders/{orderNumber}/cancel failed with 409 conflict: Order ${order.orderNumber} is cancelled; it can no longer be cancelled.`);
    assert.deepEqual(again.details, { status: 'cancelled', action: 'cancel', orderNumber: order.orderNumber });
  });

  it('changes the shipping address with the checkout rules, and answers conflict once the order is shipped', async () => {
    const { api } = ctx.shopper();
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1)], 'lifecycle-move');
    const moved = await api.changeShippingAddress(order.orderNumber, access, BEIJING);
    assert.deepEqual([moved.shippingAddress?.city, moved.status, moved.history?.at(-1)?.action], ['北京市', 'pending_payment', 'change_address']);
    const invalid = await rejectsWith(api.changeShippingAddress(order.orderNumber, access, { ...BEIJING, postalCode: 'abc' }), 'validation');
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.fieldErrors, [{ field: 'shippingAddress.postalCode', code: 'invalid_postal_code_cn' }]);
    await rejectsWith(api.changeShippingAddress(order.orderNumber, someoneElse, BEIJING), 'not_found');

    await ctx.backend.merchant.markPaid(order.orderNumber);
    await ctx.backend.merchant.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF1234567890' });
    const late = await rejectsWith(api.changeShippingAddress(order.orderNumber, access, { ...BEIJING, line1: '建国路99号' }), 'conflict');
    assert.equal(late.status, 409);
    assert.match(late.message, /is shipped; its shipping address can no longer be changed\.$/);
    const read = await api.getOrder(order.orderNumber, access);
    assert.deepEqual([read.status, read.tracking, read.shippingAddress?.line1], ['shipped', { carrier: 'SF Express', number: 'SF1234567890' }, BEIJING.line1]);
  });

  it('edits the lines of an unpaid order at the new price, and refuses a stale total, too many, a line not in the order, another’s token and a paid order', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const lines: LineRequest[] = [shirt(2, 'shirt-white-s'), { productId: 'printed-mug', variantId: 'printed-mug', quantity: 1, personalization: {} }];
    const { order, access } = await placeOrder(api, contact, lines, 'lifecycle-edit');
    const fewer = [shirt(1, 'shirt-white-s'), lines[1]!];
    const { expectedTotal } = await pricedOrder(api, contact, fewer);
    const edited = await api.editOrder(order.orderNumber, access, { lines: fewer, expectedTotal });
    assert.deepEqual(edited.lines.map((l) => l.quantity), [1, 1]);
    assert.deepEqual(edited.total, expectedTotal);
    assert.equal(edited.history?.at(-1)?.action, 'edit');
    assert.deepEqual(await api.getOrder(order.orderNumber, access), edited);

    const stale = await rejectsWith(api.editOrder(order.orderNumber, access, { lines: [shirt(2, 'shirt-white-s'), lines[1]!], expectedTotal }), 'price_changed');
    assert.equal(stale.status, 409);
    assert.equal((stale.details.quote as { lines: unknown[] }).lines.length, 2, 'details.quote is the new quote');
    const tooMany = await rejectsWith(api.editOrder(order.orderNumber, access, { lines: [shirt(999, 'shirt-white-s')], expectedTotal }), 'out_of_stock');
    assert.equal((tooMany.details.lines as { code: string }[])[0]?.code, 'insufficient_stock');
    assert.ok(tooMany.details.quote);
    const added = await rejectsWith(api.editOrder(order.orderNumber, access, { lines: [...fewer, shirt(1, 'shirt-navy-s')], expectedTotal }), 'validation');
    assert.deepEqual(added.fieldErrors, [{ field: 'lines.2', code: 'not_in_order' }]);
    await rejectsWith(api.editOrder(order.orderNumber, someoneElse, { lines: fewer, expectedTotal }), 'not_found');
    await ctx.backend.merchant.markPaid(order.orderNumber);
    const paid = await rejectsWith(api.editOrder(order.orderNumber, access, { lines: fewer, expectedTotal }), 'conflict');
    assert.equal(paid.details.status, 'paid');
    assert.deepEqual((await api.getOrder(order.orderNumber, access)).lines.map((l) => l.quantity), [1, 1], 'nothing changed on any error');
  });

  it('asks for a refund of a paid order (not of an unpaid one), which the merchant then grants', async () => {
    const { api } = ctx.shopper();
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1)], 'lifecycle-refund');
    const early = await rejectsWith(api.requestRefund(order.orderNumber, access, { reason: 'Ordered twice' }), 'conflict');
    assert.equal(early.status, 409);
    assert.match(early.message, /is awaiting payment; a refund cannot be requested yet\.$/);
    await ctx.backend.merchant.markPaid(order.orderNumber);
    const missing = await rejectsWith(api.requestRefund(order.orderNumber, access, { reason: '' }), 'validation');
    assert.deepEqual(missing.fieldErrors, [{ field: 'reason', code: 'required' }]);
    const requested = await api.requestRefund(order.orderNumber, access, { reason: 'Ordered twice' });
    assert.equal(requested.status, 'refund_requested');
    assert.deepEqual(requested.history?.map((h) => h.status), ['pending_payment', 'paid', 'refund_requested']);
    assert.equal(requested.history?.at(-1)?.note, 'Ordered twice');
    await ctx.backend.merchant.approveRefund(order.orderNumber);
    assert.equal((await api.getOrder(order.orderNumber, access)).status, 'refunded');
  });

  it('tells the payment status, asking the provider first when told to refresh, and the same 404 without proof', async () => {
    const { api } = ctx.shopper();
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1)], 'lifecycle-payment');
    assert.deepEqual(await api.getPaymentStatus(order.orderNumber, access), { orderNumber: order.orderNumber, status: 'pending' });
    assert.deepEqual(await api.getPaymentStatus(order.orderNumber, access, { refresh: true }), { orderNumber: order.orderNumber, status: 'pending' });
    await ctx.backend.merchant.markPaid(order.orderNumber);
    assert.deepEqual(await api.getPaymentStatus(order.orderNumber, access, { refresh: true }), { orderNumber: order.orderNumber, status: 'paid' });
    assert.deepEqual(await api.getPaymentStatus(order.orderNumber, access), { orderNumber: order.orderNumber, status: 'paid' });
    await rejectsWith(api.getPaymentStatus(order.orderNumber, someoneElse), 'not_found');
  });

  it('reports a QR payment not made in time as expired', async () => {
    const { api } = ctx.shopper();
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1)], 'lifecycle-qr');
    assert.equal(order.payment.type, 'qr_code');
    const expiresAt = order.payment.type === 'qr_code' ? order.payment.expiresAt : undefined;
    assert.equal(expiresAt, new Date(ctx.clock.now().getTime() + 15 * 60_000).toISOString());
    ctx.clock.advance(15 * 60_000 + 1000);
    assert.deepEqual(await api.getPaymentStatus(order.orderNumber, access), { orderNumber: order.orderNumber, status: 'expired' });
  });

  it('cancels an order not paid in time when it is next opened, giving its stock back, and refuses to pay it then', async () => {
    const { api } = ctx.shopper();
    const before = await stockOf(api, 'shirt', 'shirt-white-m');
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(3, 'shirt-white-m')], 'lifecycle-unpaid');
    const unpaidMs = CONTRACT_SHOP_SETTINGS.unpaidOrderMinutes * 60_000;
    assert.equal(order.payBy, new Date(ctx.clock.now().getTime() + unpaidMs).toISOString());
    ctx.clock.advance(unpaidMs - 1000);
    assert.equal((await api.getOrder(order.orderNumber, access)).status, 'pending_payment', 'still in time');
    ctx.clock.advance(2000);
    const expired = await api.getOrder(order.orderNumber, access);
    assert.deepEqual([expired.status, expired.history?.at(-1)?.action, expired.payment], ['cancelled', 'expire', { type: 'none' }]);
    assert.equal(await stockOf(api, 'shirt', 'shirt-white-m'), before);
    assert.deepEqual(await api.getPaymentStatus(order.orderNumber, access), { orderNumber: order.orderNumber, status: 'failed' });
    const late = await rejectsWith(ctx.backend.merchant.markPaid(order.orderNumber), 'conflict');
    assert.equal(late.details.status, 'cancelled');
  });
}
