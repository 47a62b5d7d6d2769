/**
 * The REST contract suite, part 5: returns, with a real photo uploaded as the shopper's browser
 * sends it and shown back from the URL the backend answers. Test-only; not part of the published
 * package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT } from '../../order/order-schema.ts';
import { rejectsWith } from '../rejects-with.ts';
import { placeOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';
import { gradientPng } from './test-photo.ts';

const RETURNS_DESK = { address: { country: 'CN', region: '浙江省', city: '杭州市', line1: '文一西路969号', postalCode: '311121' }, recipient: 'OrderZone 售后' };

export function returnTests(ctx: SuiteContext): void {
  /** An order of one T-shirt, paid and shipped by the merchant. */
  async function shippedOrder(key: string) {
    const shopper = ctx.shopper();
    const placed = await placeOrder(shopper.api, ctx.contact(), [shirt(1, 'shirt-navy-xl')], key);
    await ctx.backend.merchant.markPaid(placed.order.orderNumber);
    await ctx.backend.merchant.markShipped(placed.order.orderNumber, { carrier: 'SF Express', number: 'SF0000000001' });
    return { ...shopper, ...placed };
  }

  it('uploads a photo, asks to return the order with it, and follows the merchant’s answer to the refund', async () => {
    const { api, order, access } = await shippedOrder('returns-flow');
    const png = gradientPng();
    const progress: number[] = [];
    const photo = await api.uploadReturnPhoto(order.orderNumber, access, new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), { onProgress: (f) => progress.push(f) });
    assert.deepEqual([photo.contentType, photo.bytes], ['image/png', png.byteLength]);
    assert.ok(photo.id.length > 0);
    assert.deepEqual(progress, [0, 1], 'without XMLHttpRequest, progress is reported at the start and the end');
    // The URL shows the very photo: what the merchant and the shopper see.
    const shown = await fetch(new URL(photo.url, ctx.backend.baseUrl));
    assert.equal(shown.status, 200);
    assert.equal(shown.headers.get('Content-Type'), 'image/png');
    assert.deepEqual(new Uint8Array(await shown.arrayBuffer()), png);

    const requested = await api.requestReturn(order.orderNumber, access, { reason: 'The seam is torn.', photoIds: [photo.id] });
    assert.equal(requested.status, 'return_requested');
    assert.deepEqual(requested.returnRequest, { reason: 'The seam is torn.', photos: [photo] });

    await ctx.backend.merchant.approveReturn(order.orderNumber, RETURNS_DESK);
    const approved = await api.getOrder(order.orderNumber, access);
    assert.equal(approved.status, 'return_approved');
    assert.deepEqual(approved.returnInstructions?.recipient, RETURNS_DESK.recipient);
    await ctx.backend.merchant.receiveReturn(order.orderNumber);
    await ctx.backend.merchant.approveRefund(order.orderNumber);
    assert.equal((await api.getOrder(order.orderNumber, access)).status, 'refunded');
  });

  it('refuses another type with 415 and a photo over 5 MiB with 413, as field errors on photos', async () => {
    const { api, order, access } = await shippedOrder('returns-refused-photos');
    const gif = await rejectsWith(api.uploadReturnPhoto(order.orderNumber, access, new Blob(['GIF89a'], { type: 'image/gif' })), 'validation');
    assert.equal(gif.status, 415);
    assert.deepEqual(gif.fieldErrors, [{ field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } }]);
    const huge = await rejectsWith(api.uploadReturnPhoto(order.orderNumber, access, new Blob([new Uint8Array(RETURN_PHOTO_MAX_BYTES + 1)], { type: 'image/jpeg' })), 'validation');
    assert.equal(huge.status, 413);
    assert.deepEqual(huge.fieldErrors, [{ field: 'photos', code: 'photo_too_large', params: { max: 5 } }]);
    // Neither was kept: the return has no photo to name.
    const unknown = await rejectsWith(api.requestReturn(order.orderNumber, access, { reason: 'Torn', photoIds: [`${order.orderNumber}-P1`] }), 'validation');
    assert.equal(unknown.fieldErrors[0]?.code, 'unknown_photo');
  });

  it('keeps the eight newest uploads of an order for its return, takes at most four, and none of another order', async () => {
    const { api, order, access } = await shippedOrder('returns-many-photos');
    const photo = () => new Blob([gradientPng(4) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    const uploaded = [];
    for (let i = 0; i < 2 * RETURN_PHOTO_MAX_COUNT + 1; i++) uploaded.push(await api.uploadReturnPhoto(order.orderNumber, access, photo()));
    assert.equal(new Set(uploaded.map((p) => p.id)).size, uploaded.length, 'each upload has an id of its own');
    const replaced = await rejectsWith(api.requestReturn(order.orderNumber, access, { reason: 'Torn', photoIds: [uploaded[0]!.id] }), 'validation');
    assert.deepEqual(replaced.fieldErrors, [{ field: 'photos', code: 'unknown_photo', params: { id: uploaded[0]!.id } }]);
    const five = await rejectsWith(api.requestReturn(order.orderNumber, access, { reason: 'Torn', photoIds: uploaded.slice(-5).map((p) => p.id) }), 'validation');
    assert.deepEqual(five.fieldErrors, [{ field: 'photos', code: 'too_many_photos', params: { max: RETURN_PHOTO_MAX_COUNT } }]);

    const other = await shippedOrder('returns-other-photos');
    const theirs = await rejectsWith(other.api.requestReturn(other.order.orderNumber, other.access, { reason: 'Torn', photoIds: [uploaded.at(-1)!.id] }), 'validation');
    assert.equal(theirs.fieldErrors[0]?.code, 'unknown_photo');

    const chosen = uploaded.slice(-RETURN_PHOTO_MAX_COUNT);
    const requested = await api.requestReturn(order.orderNumber, access, { reason: 'Torn', photoIds: chosen.map((p) => p.id) });
    assert.deepEqual(requested.returnRequest?.photos, chosen);
  });

  it('answers validation for a blank reason or an unknown photo, not_found without proof, and conflict before shipment', async () => {
    const { api, order, access } = await shippedOrder('returns-refused');
    const blank = await rejectsWith(api.requestReturn(order.orderNumber, access, { reason: ' ', photoIds: [] }), 'validation');
    assert.deepEqual(blank.fieldErrors, [{ field: 'reason', code: 'required' }]);
    const unknown = await rejectsWith(api.requestReturn(order.orderNumber, access, { reason: 'Torn', photoIds: ['nope'] }), 'validation');
    assert.deepEqual(unknown.fieldErrors, [{ field: 'photos', code: 'unknown_photo', params: { id: 'nope' } }]);
    await rejectsWith(api.requestReturn(order.orderNumber, { accessToken: 'someone-else-s-token-0123456789' }, { reason: 'Torn', photoIds: [] }), 'not_found');
    await rejectsWith(api.uploadReturnPhoto(order.orderNumber, {}, new Blob([gradientPng(4) as Uint8Array<ArrayBuffer>], { type: 'image/png' })), 'not_found');

    const unpaid = await placeOrder(api, ctx.contact(), [shirt(1, 'shirt-navy-xl')], 'returns-unpaid');
    const early = await rejectsWith(api.uploadReturnPhoto(unpaid.order.orderNumber, unpaid.access, new Blob([gradientPng(4) as Uint8Array<ArrayBuffer>], { type: 'image/png' })), 'conflict');
    assert.equal(early.status, 409);
    assert.deepEqual(early.details, { status: 'pending_payment', action: 'request_return', orderNumber: unpaid.order.orderNumber });
    assert.match((await rejectsWith(api.requestReturn(unpaid.order.orderNumber, unpaid.access, { reason: 'x', photoIds: [] }), 'conflict')).message, /a return cannot be requested yet\.$/);
  });
}
