import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryStorage, memoryStorageGroup, type OrderAccess, type OrderRequest, type ReturnInstructions } from '@orderzone/core';
import { RETURN_PHOTO_MAX_BYTES, allowedMerchantActions } from '@orderzone/core/orders';
import { createEmbeddedBackend } from './embedded-backend.ts';
import { createOrderEngine, type EngineState, type OrderEngine } from './order-engine.ts';
import { MAX_PENDING_RETURN_PHOTOS, STORED_PHOTO_MAX_CHARS, checkReturnPhoto, nextReturnPhotoId, returnPhotoProblem, storedPhotoUrl, type ReturnPhotoFile } from './return-photos.ts';
import { rejects, rejectsWith } from './testing/rejects.ts';
import { placeOrder, strangerAccess } from './testing/placed-order.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const NOW = new Date('2025-03-14T08:00:00Z');

function orderRequest(overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    currency: 'CNY',
    lines: [shirtLine(2)],
    contact: { name: '张三', phone: '138 0013 8000', email: 'Zhang.San@example.com' },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    // 2 test shirts × ¥79.00 + standard shipping ¥12.00
    expectedTotal: { amount: 17000, currency: 'CNY' },
    ...overrides,
  };
}

const RETURN_TO: ReturnInstructions = {
  address: { country: 'CN', region: '浙江省', city: '杭州市', district: '余杭区', line1: '文一西路969号 退货部', postalCode: '311121' },
  recipient: 'OrderZone 售后',
  phone: '0571-88886666',
  note: 'Write the order number on the parcel.',
};



const jpeg = (bytes = 2048, url = 'data:image/jpeg;base64,AAAA'): ReturnPhotoFile => ({ contentType: 'image/jpeg', bytes, url });

/** An engine with one order of Zhang San's, paid and shipped, and the access its token gives. */
function shippedOrder(options: { now?: () => Date; onChange?: (state: EngineState) => void } = {}): { e: OrderEngine; orderNumber: string; access: OrderAccess } {
  const e = createOrderEngine({ seed: testShop(), now: options.now ?? (() => NOW), ...(options.onChange ? { onChange: options.onChange } : {}) });
  const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
  e.markPaid(orderNumber);
  e.markShipped(orderNumber, { carrier: 'SF Express', number: 'SF1234567890' });
  return { e, orderNumber, access };
}

describe('return photos: checks', () => {
  it('accepts JPEG, PNG and WebP up to 5 MiB and says what is wrong otherwise', () => {
    assert.equal(returnPhotoProblem({ contentType: 'image/png', bytes: RETURN_PHOTO_MAX_BYTES }), undefined);
    assert.equal(returnPhotoProblem({ contentType: 'IMAGE/WEBP; q=1', bytes: 10 }), undefined);
    assert.deepEqual(returnPhotoProblem({ contentType: 'image/gif', bytes: 10 }), { field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } });
    assert.deepEqual(returnPhotoProblem({ contentType: 'image/jpeg', bytes: RETURN_PHOTO_MAX_BYTES + 1 }), { field: 'photos', code: 'photo_too_large', params: { max: 5 } });
    assert.match(rejects(() => checkReturnPhoto({ contentType: '', bytes: 1 }), 'validation').message, /JPEG, PNG or WebP image; got "no type"/);
    assert.match(rejects(() => checkReturnPhoto({ contentType: 'image/jpeg', bytes: 6_000_000 }), 'validation').message, /at most 5242880 bytes \(5 MiB\); this one has 6000000/);
  });

  it('numbers the photos of an order after the highest one it has', () => {
    assert.equal(nextReturnPhotoId('OZ1', []), 'OZ1-P1');
    assert.equal(nextReturnPhotoId('OZ1', [{ id: 'OZ1-P3', url: 'x', contentType: 'image/png', bytes: 1 }, { id: 'OZ1-P2', url: 'x', contentType: 'image/png', bytes: 1 }]), 'OZ1-P4');
  });

  it('keeps a small photo it cannot reduce as a data URL, a large one as a page-local object URL', async () => {
    // Node cannot decode images, so nothing is reduced here; a browser stores a reduced JPEG copy.
    const small = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    assert.equal(await storedPhotoUrl(small), 'data:image/png;base64,iVBORw==');
    const large = new Blob([new Uint8Array(STORED_PHOTO_MAX_CHARS)], { type: 'image/jpeg' });
    const url = await storedPhotoUrl(large);
    assert.ok(url.startsWith('blob:'), url.slice(0, 40));
    URL.revokeObjectURL(url);
  });
});

describe('order engine: returns', () => {
  it('plays a return through: photos, request, approval with an address, receipt, refund', () => {
    const { e, orderNumber, access } = shippedOrder();
    const first = e.uploadReturnPhoto(orderNumber, access, jpeg(120_000));
    assert.deepEqual(first, { id: `${orderNumber}-P1`, url: 'data:image/jpeg;base64,AAAA', contentType: 'image/jpeg', bytes: 120_000 });
    // The shopper on another device finds the order by its number and e-mail; that token works too.
    const { accessToken: otherDevice } = e.lookupOrder({ orderNumber, contact: 'zhang.san@example.com' });
    const second = e.uploadReturnPhoto(orderNumber, { accessToken: otherDevice }, { contentType: 'image/png', bytes: 5000, url: 'data:image/png;base64,BBBB' });

    const requested = e.requestReturn(orderNumber, access, { reason: '  The seam is torn.  ', photoIds: [second.id, first.id] });
    assert.equal(requested.status, 'return_requested');
    assert.deepEqual(requested.returnRequest, { reason: 'The seam is torn.', photos: [second, first] });
    assert.deepEqual(requested.history?.at(-1), { status: 'return_requested', at: NOW.toISOString(), action: 'request_return', note: 'The seam is torn.' });
    assert.deepEqual(allowedMerchantActions(requested), ['approve_return', 'reject_return']);

    const approved = e.approveReturn(orderNumber, { ...RETURN_TO, recipient: ' OrderZone 售后 ' });
    assert.equal(approved.status, 'return_approved');
    assert.deepEqual(approved.returnInstructions, RETURN_TO);
    assert.equal(approved.history?.at(-1)?.note, 'Write the order number on the parcel.');
    // The shopper sees the instructions too.
    assert.deepEqual(e.getOrder(orderNumber, access).returnInstructions, RETURN_TO);

    const received = e.receiveReturn(orderNumber);
    assert.equal(received.status, 'returned');
    const refunded = e.approveRefund(orderNumber, { note: 'Refunded to your Alipay account.' });
    assert.equal(refunded.status, 'refunded');
    assert.deepEqual(refunded.history?.map((h) => h.action ?? 'created'), [
      'created', 'confirm_payment', 'ship', 'request_return', 'approve_return', 'receive_return', 'approve_refund',
    ]);
    assert.deepEqual(refunded.returnRequest, requested.returnRequest, 'the photos stay with the order');
  });

  it('takes a return request without photos, also for a completed order', () => {
    const { e, orderNumber, access } = shippedOrder();
    e.markCompleted(orderNumber);
    const requested = e.requestReturn(orderNumber, access, { reason: 'Wrong size', photoIds: [] });
    assert.deepEqual(requested.returnRequest, { reason: 'Wrong size', photos: [] });
  });

  it('refuses photos and requests before shipment and after a request, naming the status', () => {
    const e = createOrderEngine({ seed: testShop(), now: () => NOW });
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    assert.equal(rejects(() => e.uploadReturnPhoto(orderNumber, access, jpeg()), 'conflict').message, `Order ${orderNumber} is awaiting payment; a return cannot be requested yet.`);
    assert.equal(rejects(() => e.requestReturn(orderNumber, access, { reason: 'x', photoIds: [] }), 'conflict').message, `Order ${orderNumber} is awaiting payment; a return cannot be requested yet.`);
    e.markPaid(orderNumber);
    e.markShipped(orderNumber, { carrier: 'SF', number: 'SF1' });
    e.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: [] });
    assert.equal(rejects(() => e.requestReturn(orderNumber, access, { reason: 'Again', photoIds: [] }), 'conflict').message, `Order ${orderNumber} is waiting for a decision on its return request; a return cannot be requested yet.`, 'one request at a time: another may follow once this one is decided');
    rejects(() => e.uploadReturnPhoto(orderNumber, access, jpeg()), 'conflict');
  });

  it('shows nothing to someone without the order’s token', () => {
    const { e, orderNumber, access } = shippedOrder();
    rejects(() => e.uploadReturnPhoto(orderNumber, strangerAccess(), jpeg()), 'not_found');
    rejects(() => e.requestReturn(orderNumber, {}, { reason: 'x', photoIds: [] }), 'not_found');
    rejects(() => e.uploadReturnPhoto('OZ000000000000', access, jpeg()), 'not_found');
  });

  it('checks each photo’s type and size and keeps nothing of a refused one', () => {
    const changes: EngineState[] = [];
    const { e, orderNumber, access } = shippedOrder({ onChange: (state) => changes.push(state) });
    const before = changes.length;
    assert.deepEqual(rejects(() => e.uploadReturnPhoto(orderNumber, access, { contentType: 'image/gif', bytes: 10, url: 'data:,' }), 'validation').fieldErrors, [
      { field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } },
    ]);
    assert.deepEqual(rejects(() => e.uploadReturnPhoto(orderNumber, access, jpeg(RETURN_PHOTO_MAX_BYTES + 1)), 'validation').fieldErrors, [
      { field: 'photos', code: 'photo_too_large', params: { max: 5 } },
    ]);
    assert.deepEqual(rejects(() => e.uploadReturnPhoto(orderNumber, access, { contentType: 'image/png', bytes: 10, url: '' }), 'validation').fieldErrors, [{ field: 'photos', code: 'invalid' }]);
    rejects(() => e.uploadReturnPhoto(orderNumber, access, undefined as never), 'validation');
    assert.equal(changes.length, before, 'a refused photo changes no state');
    assert.equal(e.uploadReturnPhoto(orderNumber, access, jpeg(RETURN_PHOTO_MAX_BYTES)).bytes, RETURN_PHOTO_MAX_BYTES, 'exactly 5 MiB is allowed');
  });

  it('checks the reason and the photos of a request, and nothing is lost when it is refused', () => {
    const { e, orderNumber, access } = shippedOrder();
    const ids = Array.from({ length: 5 }, () => e.uploadReturnPhoto(orderNumber, access, jpeg()).id);
    assert.deepEqual(rejects(() => e.requestReturn(orderNumber, access, { reason: ' ', photoIds: [] }), 'validation').fieldErrors, [{ field: 'reason', code: 'required' }]);
    assert.deepEqual(rejects(() => e.requestReturn(orderNumber, access, { reason: 'x'.repeat(501), photoIds: [] }), 'validation').fieldErrors, [{ field: 'reason', code: 'too_long', params: { max: 500 } }]);
    assert.deepEqual(rejects(() => e.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: ids }), 'validation').fieldErrors, [{ field: 'photos', code: 'too_many_photos', params: { max: 4 } }]);
    const unknown = rejects(() => e.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: [ids[0]!, 'OZ-other-P1'] }), 'validation');
    assert.deepEqual(unknown.fieldErrors, [{ field: 'photos', code: 'unknown_photo', params: { id: 'OZ-other-P1' } }]);
    assert.match(unknown.message, /upload it again/);
    rejects(() => e.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: 'P1' as never }), 'validation');
    assert.equal(e.getOrder(orderNumber, access).status, 'shipped');
    // The same id twice counts once; the photos uploaded before the refusals are still there.
    const requested = e.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: [ids[4]!, ids[4]!, ids[0]!] });
    assert.deepEqual(requested.returnRequest?.photos.map((p) => p.id), [ids[4], ids[0]]);
    assert.equal(e.snapshot().returnPhotos, undefined, 'photos not used by the request are dropped with it');
  });

  it('keeps only the newest photos an order has not used yet, and only that order’s', () => {
    const { e, orderNumber, access } = shippedOrder();
    const ids = Array.from({ length: MAX_PENDING_RETURN_PHOTOS + 1 }, () => e.uploadReturnPhoto(orderNumber, access, jpeg()).id);
    assert.deepEqual(e.snapshot().returnPhotos?.[orderNumber]?.map((p) => p.id), ids.slice(1));
    assert.equal(rejects(() => e.requestReturn(orderNumber, access, { reason: 'x', photoIds: [ids[0]!] }), 'validation').fieldErrors[0]!.code, 'unknown_photo');

    const { order: other, access: otherAccess } = placeOrder(e, orderRequest(), 'k2');
    e.markPaid(other.orderNumber);
    e.markShipped(other.orderNumber, { carrier: 'SF', number: 'SF2' });
    rejects(() => e.requestReturn(other.orderNumber, otherAccess, { reason: 'x', photoIds: [ids[1]!] }), 'validation');
  });

  it('keeps uploaded photos and return data in snapshots', () => {
    const { e, orderNumber, access } = shippedOrder();
    const photo = e.uploadReturnPhoto(orderNumber, access, jpeg());
    const resumed = createOrderEngine({ seed: testShop(), now: () => NOW, state: JSON.parse(JSON.stringify(e.snapshot())) as EngineState });
    const requested = resumed.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: [photo.id] });
    resumed.approveReturn(orderNumber, RETURN_TO);
    const again = createOrderEngine({ seed: testShop(), now: () => NOW, state: resumed.snapshot() });
    assert.deepEqual(again.getOrder(orderNumber, access).returnRequest, requested.returnRequest);
    assert.deepEqual(again.getOrder(orderNumber, access).returnInstructions, RETURN_TO);
  });

  it('checks the merchant’s return address and notes', () => {
    const { e, orderNumber, access } = shippedOrder();
    rejects(() => e.approveReturn(orderNumber, RETURN_TO), 'conflict');
    e.requestReturn(orderNumber, access, { reason: 'Broken', photoIds: [] });
    rejects(() => e.approveReturn(orderNumber, undefined as never), 'validation');
    const blank = rejects(() => e.approveReturn(orderNumber, { ...RETURN_TO, recipient: ' ', address: { ...RETURN_TO.address, city: '', line1: ' ' } }), 'validation');
    assert.deepEqual(blank.fieldErrors.map((f) => `${f.field} ${f.code}`), [
      'returnInstructions.recipient required',
      'returnInstructions.address.city required',
      'returnInstructions.address.line1 required',
    ]);
    const missing = rejects(() => e.approveReturn(orderNumber, { recipient: 'A' } as never), 'validation');
    assert.deepEqual(missing.fieldErrors, [{ field: 'returnInstructions.address', code: 'required' }]);
    assert.deepEqual(rejects(() => e.approveReturn(orderNumber, { ...RETURN_TO, note: 'n'.repeat(501) }), 'validation').fieldErrors, [
      { field: 'returnInstructions.note', code: 'too_long', params: { max: 500 } },
    ]);
    assert.equal(e.getOrder(orderNumber, access).status, 'return_requested');
    const approved = e.approveReturn(orderNumber, { ...RETURN_TO, phone: ' ', note: '' });
    assert.deepEqual(Object.keys(approved.returnInstructions!).sort(), ['address', 'recipient']);
    assert.equal(approved.history?.at(-1)?.note, undefined);
    assert.equal(rejects(() => e.approveRefund(orderNumber), 'conflict').message, `Order ${orderNumber} is approved for return; a refund cannot be approved yet.`);
  });

  it('lets the merchant reject a return with a note, which closes the order', () => {
    const { e, orderNumber, access } = shippedOrder();
    rejects(() => e.rejectReturn(orderNumber), 'conflict');
    e.requestReturn(orderNumber, access, { reason: 'Changed my mind', photoIds: [] });
    rejects(() => e.receiveReturn(orderNumber), 'conflict');
    const rejected = e.rejectReturn(orderNumber, { note: 'Opened personal-care items cannot be returned.' });
    assert.equal(rejected.status, 'return_rejected');
    assert.deepEqual(rejected.history?.at(-1), { status: 'return_rejected', at: NOW.toISOString(), action: 'reject_return', note: 'Opened personal-care items cannot be returned.' });
    assert.deepEqual(allowedMerchantActions(rejected), []);
    rejects(() => e.requestReturn(orderNumber, access, { reason: 'Please', photoIds: [] }), 'conflict');
    rejects(() => e.rejectReturn('OZ-nope'), 'not_found');
  });
});

describe('order engine: payment expiry', () => {
  it('answers pending until the QR code’s expiresAt, expired after it, and a confirmed payment stays paid', () => {
    let now = NOW;
    const e = createOrderEngine({ seed: testShop(), now: () => now });
    const { order, access } = placeOrder(e, orderRequest({ paymentMethodId: 'wechat_pay' }), 'k');
    assert.ok(order.payment.type === 'qr_code');
    assert.equal(order.payment.expiresAt, '2025-03-14T08:15:00.000Z');
    now = new Date('2025-03-14T08:15:00.000Z');
    assert.equal(e.getPaymentStatus(order.orderNumber, access).status, 'pending', 'still valid at the very moment it expires');
    now = new Date('2025-03-14T08:15:00.001Z');
    assert.equal(e.getPaymentStatus(order.orderNumber, access).status, 'expired');
    // The merchant (or the demo console) can still confirm a payment received another way.
    assert.equal(e.markPaid(order.orderNumber).status, 'paid');
    assert.equal(e.getPaymentStatus(order.orderNumber, access).status, 'paid');
  });

  it('gives redirect payments no expiry', () => {
    let now = NOW;
    const e = createOrderEngine({ seed: testShop(), now: () => now });
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest({ paymentMethodId: 'card' }), 'k');
    now = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    assert.equal(e.getPaymentStatus(orderNumber, access).status, 'pending');
  });
});

describe('embedded backend: returns', () => {
  it('uploads a photo with progress, requests the return and shares it with another tab', async () => {
    const group = memoryStorageGroup();
    const shopper = createEmbeddedBackend({ seed: testShop(), storage: group.connect(), now: () => NOW });
    const merchant = createEmbeddedBackend({ seed: testShop(), storage: group.connect(), now: () => NOW });
    const { order: placed, accessToken } = await shopper.submitOrder(orderRequest(), { idempotencyKey: 'k' });
    const access = { accessToken };
    merchant.engine.markPaid(placed.orderNumber);
    merchant.engine.markShipped(placed.orderNumber, { carrier: '顺丰速运', number: 'SF1' });

    const progress: number[] = [];
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' });
    const uploaded = await shopper.uploadReturnPhoto!(placed.orderNumber, access, photo, { onProgress: (f) => progress.push(f) });
    assert.deepEqual(progress, [0, 1]);
    assert.deepEqual(uploaded, { id: `${placed.orderNumber}-P1`, url: 'data:image/jpeg;base64,/9j/4A==', contentType: 'image/jpeg', bytes: 4 });

    const requested = await shopper.requestReturn!(placed.orderNumber, access, { reason: '尺码不合适', photoIds: [uploaded.id] });
    assert.equal(requested.status, 'return_requested');
    // The merchant's tab sees the request and the photo without a reload.
    const seen = merchant.engine.approveReturn(placed.orderNumber, RETURN_TO);
    assert.equal(seen.returnRequest?.photos[0]?.url, uploaded.url);
    assert.deepEqual((await shopper.getOrder(placed.orderNumber, access)).returnInstructions, RETURN_TO);
    shopper.dispose();
    merchant.dispose();
  });

  it('refuses a wrong type or a photo over 5 MiB before reading it, and reports no progress then', async () => {
    const backend = createEmbeddedBackend({ seed: testShop(), storage: memoryStorage(), now: () => NOW });
    const { order: placed, accessToken } = await backend.submitOrder(orderRequest(), { idempotencyKey: 'k' });
    const access = { accessToken };
    const progress: number[] = [];
    const gif = await rejectsWith(backend.uploadReturnPhoto!(placed.orderNumber, access, new Blob(['GIF89a'], { type: 'image/gif' }), { onProgress: (f) => progress.push(f) }), 'validation');
    assert.equal(gif.fieldErrors[0]?.code, 'photo_type');
    const huge = await rejectsWith(backend.uploadReturnPhoto!(placed.orderNumber, access, new Blob([new Uint8Array(RETURN_PHOTO_MAX_BYTES + 1)], { type: 'image/png' })), 'validation');
    assert.equal(huge.fieldErrors[0]?.code, 'photo_too_large');
    await rejectsWith(backend.uploadReturnPhoto!(placed.orderNumber, access, 'not a blob' as never), 'validation');
    assert.deepEqual(progress, []);
    // A photo for an order not shipped yet is a conflict, and the order is unchanged.
    const early = await rejectsWith(backend.uploadReturnPhoto!(placed.orderNumber, access, new Blob(['x'], { type: 'image/png' })), 'conflict');
    assert.match(early.message, /a return cannot be requested yet/);
    assert.equal((await backend.getOrder(placed.orderNumber, access)).status, 'pending_payment');
    backend.dispose();
  });

  it('honours a cancelled upload', async () => {
    const backend = createEmbeddedBackend({ seed: testShop(), storage: memoryStorage(), now: () => NOW, latencyMs: 50 });
    const controller = new AbortController();
    const pending = backend.uploadReturnPhoto!('OZ1', strangerAccess(), new Blob(['x'], { type: 'image/png' }), { signal: controller.signal });
    controller.abort();
    await rejectsWith(pending, 'aborted');
    backend.dispose();
  });
});
