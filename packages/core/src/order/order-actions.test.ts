import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import { cinemaProduct, hotelProduct } from '../testing/booking-products.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import { shirtLine } from '../testing/test-shop.ts';
import { createOrderActions } from './order-actions.ts';
import { editQuoteLine, editRefusalQuote } from './order-edit.ts';
import { RETURN_PHOTO_MAX_BYTES, type Order } from './order-schema.ts';

const ref = { orderNumber: 'OZ250314000001', access: { accessToken: 'token-of-OZ250314000001-xxxxxxxx' } };

/** An adapter with every shopper call, recording them; `without` drops some. */
function adapter(without: (keyof BackendAdapter)[] = []) {
  const calls: unknown[][] = [];
  const answer = (status: Order['status']) => sampleOrder({ status });
  const full: Partial<BackendAdapter> = {
    getOrder: async (...args) => (calls.push(['getOrder', ...args]), answer('shipped')),
    cancelOrder: async (...args) => (calls.push(['cancelOrder', ...args]), answer('cancelled')),
    changeShippingAddress: async (...args) => (calls.push(['changeShippingAddress', ...args]), answer('paid')),
    requestRefund: async (...args) => (calls.push(['requestRefund', ...args]), answer('refund_requested')),
    uploadReturnPhoto: async (n, a, photo, ctx) => {
      calls.push(['uploadReturnPhoto', n, a, photo.size]);
      ctx?.onProgress?.(0.5);
      return { id: 'p1', url: 'blob:x', contentType: photo.type, bytes: photo.size };
    },
    requestReturn: async (...args) => (calls.push(['requestReturn', ...args]), answer('return_requested')),
  };
  for (const name of without) delete full[name];
  return { calls, actions: createOrderActions(full as BackendAdapter) };
}

async function rejects(promise: Promise<unknown>, code: string): Promise<OrderZoneError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof OrderZoneError, String(error));
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected ${code}`);
}

describe('order actions', () => {
  it('offers what the transition table allows and the adapter implements', () => {
    const { actions } = adapter();
    assert.deepEqual(actions.available(sampleOrder({ status: 'pending_payment' })), ['pay', 'cancel', 'change_address']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'pending_payment', payment: { type: 'none' } })), ['cancel', 'change_address']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'paid' })), ['change_address', 'request_refund']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'shipped' })), ['request_return']);
    assert.deepEqual(actions.available(sampleOrder({ status: 'refunded' })), []);
    const partial = adapter(['cancelOrder', 'requestReturn']).actions;
    assert.deepEqual(partial.available(sampleOrder({ status: 'pending_payment' })), ['pay', 'change_address']);
    assert.deepEqual(partial.available(sampleOrder({ status: 'shipped' })), []);
  });

  it('cancels and asks for refunds through the adapter, answering the new order', async () => {
    const { actions, calls } = adapter();
    assert.equal((await actions.cancel(ref)).status, 'cancelled');
    assert.equal((await actions.requestRefund(ref, '  changed my mind  ')).status, 'refund_requested');
    assert.deepEqual(calls[1]!.slice(0, 4), ['requestRefund', ref.orderNumber, ref.access, { reason: 'changed my mind' }]);
  });

  it('asks for a refund or a return of chosen units, checked against the order first', async () => {
    const { actions, calls } = adapter();
    const socks = { ...sampleOrder().lines[0]!, productId: 'socks', variantId: 'socks-m', quantity: 3 };
    const order = sampleOrder({ status: 'paid', lines: [sampleOrder().lines[0]!, socks] });
    await actions.requestRefund(ref, { reason: 'Too many socks', lines: [{ lineIndex: 1, quantity: 2 }], order });
    assert.deepEqual(calls[0]![3], { reason: 'Too many socks', lines: [{ lineIndex: 1, quantity: 2 }] });
    const tooMany = await rejects(actions.requestRefund(ref, { reason: 'x', lines: [{ lineIndex: 1, quantity: 4 }], order }), 'validation');
    assert.deepEqual(tooMany.fieldErrors, [{ field: 'lines.1.quantity', code: 'too_many_units', params: { max: 3 } }]);
    const none = await rejects(actions.requestReturn(ref, { reason: 'x', photoIds: [], lines: [], order: { ...order, status: 'shipped' } }), 'validation');
    assert.deepEqual(none.fieldErrors, [{ field: 'lines', code: 'nothing_chosen' }]);
    assert.equal(calls.length, 1, 'refused requests were never sent');
    // Without lines: the whole order, as before requests by line.
    await actions.requestReturn(ref, { reason: 'All of it', photoIds: [], order: { ...order, status: 'shipped' } });
    assert.deepEqual(calls[1]![3], { reason: 'All of it', photoIds: [] });
  });

  it('refuses an empty or too long reason before calling the backend', async () => {
    const { actions, calls } = adapter();
    assert.deepEqual((await rejects(actions.requestRefund(ref, '   '), 'validation')).fieldErrors, [{ field: 'reason', code: 'required' }]);
    const long = await rejects(actions.requestReturn(ref, { reason: 'x'.repeat(501), photoIds: [] }), 'validation');
    assert.deepEqual(long.fieldErrors, [{ field: 'reason', code: 'too_long', params: { max: 500 } }]);
    assert.deepEqual(calls, []);
  });

  it('checks a new address like the checkout does, and keeps the country', async () => {
    const { actions, calls } = adapter();
    const current = sampleOrder().shippingAddress!;
    const bad = await rejects(actions.changeAddress(ref, { ...current, city: ' ', postalCode: '12' }, current), 'validation');
    assert.deepEqual(bad.fieldErrors.map((e) => `${e.field}:${e.code}`), ['shippingAddress.city:required', 'shippingAddress.postalCode:invalid_postal_code_cn']);
    const moved = await rejects(actions.changeAddress(ref, { ...current, country: 'US', postalCode: '10001' }, current), 'validation');
    assert.deepEqual(moved.fieldErrors, [{ field: 'shippingAddress.country', code: 'country_changed' }]);
    assert.deepEqual(calls, []);
    await actions.changeAddress(ref, { ...current, line1: '  深南大道 1 号 ', line2: ' ' }, current);
    assert.deepEqual(calls[0]![3], { ...current, line1: '深南大道 1 号' });
  });

  it('checks a return photo type, size and count before uploading, and reports progress', async () => {
    const { actions, calls } = adapter();
    const png = new Blob([new Uint8Array(10)], { type: 'image/png' });
    const gif = new Blob([new Uint8Array(10)], { type: 'image/gif' });
    const huge = { type: 'image/jpeg', size: RETURN_PHOTO_MAX_BYTES + 1 };
    assert.equal(actions.checkReturnPhoto(png), undefined);
    assert.deepEqual(actions.checkReturnPhoto(gif), { field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } });
    assert.deepEqual(actions.checkReturnPhoto(huge), { field: 'photos', code: 'photo_too_large', params: { max: 5 } });
    assert.deepEqual(actions.checkReturnPhoto(png, 4), { field: 'photos', code: 'too_many_photos', params: { max: 4 } });
    await rejects(actions.uploadReturnPhoto(ref, gif), 'validation');
    assert.deepEqual(calls, []);
    const progress: number[] = [];
    const photo = await actions.uploadReturnPhoto(ref, png, { onProgress: (f) => progress.push(f), uploaded: 3 });
    assert.equal(photo.id, 'p1');
    assert.deepEqual(progress, [0, 0.5, 1]);
    assert.deepEqual(calls, [['uploadReturnPhoto', ref.orderNumber, ref.access, 10]]);
    const order = await actions.requestReturn(ref, { reason: 'Too small', photoIds: ['p1'] });
    assert.equal(order.status, 'return_requested');
    await rejects(actions.requestReturn(ref, { reason: 'x', photoIds: ['1', '2', '3', '4', '5'] }), 'validation');
  });

  it('says clearly when the adapter lacks a call, and passes backend refusals on', async () => {
    const { actions } = adapter(['cancelOrder', 'uploadReturnPhoto']);
    assert.match((await rejects(actions.cancel(ref), 'config')).message, /cancelOrder\(\)/);
    await rejects(actions.uploadReturnPhoto(ref, new Blob([], { type: 'image/png' })), 'config');
    const conflicted = createOrderActions({
      requestRefund: async () => {
        throw new OrderZoneError('conflict', 'Order OZ1 is shipped; a refund can no longer be requested.');
      },
    } as unknown as BackendAdapter);
    await rejects(conflicted.requestRefund(ref, 'late'), 'conflict');
  });

  describe('editing an unpaid order', () => {
    const shirt = sampleOrder().lines[0]!;
    const socks = { ...shirt, productId: 'wool-socks', variantId: 'socks-m', sku: 'SOCKS-M', quantity: 2, personalization: { initials: 'WF' } };
    const massage = {
      ...shirt,
      productId: 'massage',
      variantId: 'massage-60',
      sku: 'MASSAGE-60',
      quantity: 1,
      shipped: false,
      booking: {
        type: 'time_slot' as const,
        start: '2026-05-12T02:00:00.000Z',
        end: '2026-05-12T03:00:00.000Z',
        timeZone: 'Asia/Shanghai',
        resourceId: 'li',
        onSite: false,
      },
    };
    const order = sampleOrder({
      lines: [shirt, socks, massage],
      adjustments: [{ kind: 'discount', label: { 'en-US': 'Spring' }, amount: { amount: -1000, currency: 'CNY' }, code: 'SPRING10' }],
    });

    /** An adapter that answers quotes and edits, recording them. */
    function editing() {
      const calls: unknown[][] = [];
      const quote = { currency: 'CNY', lines: [], subtotal: { amount: 100, currency: 'CNY' }, adjustments: [], total: { amount: 100, currency: 'CNY' }, shippingOptions: [], orderable: true };
      const actions = createOrderActions({
        quote: async (...args) => (calls.push(['quote', ...args]), quote),
        editOrder: async (...args) => (calls.push(['editOrder', ...args]), order),
      } as Partial<BackendAdapter> as BackendAdapter);
      return { actions, calls };
    }

    it('is offered for an unpaid order when the adapter can edit', () => {
      assert.ok(editing().actions.available(sampleOrder()).includes('edit'));
      assert.ok(!editing().actions.available(sampleOrder({ status: 'paid' })).includes('edit'));
      assert.ok(!adapter().actions.available(sampleOrder()).includes('edit'));
    });

    it('quotes the new lines with the order’s coupon, delivery and destination; removed lines are left out', async () => {
      const { actions, calls } = editing();
      await actions.quoteEdit(order, [3, 0, 1]);
      assert.deepEqual(calls[0]![1], {
        currency: 'CNY',
        lines: [
          shirtLine(3),
          {
            productId: 'massage',
            variantId: 'massage-60',
            quantity: 1,
            personalization: {},
            booking: { type: 'time_slot', start: '2026-05-12T02:00:00.000Z', resourceId: 'li' },
          },
        ],
        couponCode: 'SPRING10',
        shippingOptionId: 'standard',
        destination: { country: 'CN', region: '广东省', postalCode: '518057' },
      });
      const noRegion = sampleOrder({ ...order, shippingAddress: { ...order.shippingAddress!, region: ' ', postalCode: '' } });
      await actions.quoteEdit(noRegion, [3, 0, 1]);
      assert.deepEqual((calls[1]![1] as { destination: unknown }).destination, { country: 'CN' }, 'empty region and postal code are left out, as the checkout does');
    });

    it('saves with the total the shopper saw', async () => {
      const { actions, calls } = editing();
      const total = { amount: 12345, currency: 'CNY' };
      await actions.edit(ref, order, [1, 1, 1], total);
      assert.equal(calls[0]![0], 'editOrder');
      assert.equal(calls[0]![1], ref.orderNumber);
      const request = calls[0]![3] as { lines: { quantity: number }[]; expectedTotal: unknown };
      assert.deepEqual(request.lines.map((line) => line.quantity), [1, 1, 1]);
      assert.deepEqual(request.expectedTotal, total);
    });

    it('refuses a draft with nothing left, nothing changed or a bad quantity, before calling the backend', async () => {
      const { actions, calls } = editing();
      const total = { amount: 1, currency: 'CNY' };
      assert.deepEqual((await rejects(actions.edit(ref, order, [0, 0, 0], total), 'validation')).fieldErrors, [{ field: 'lines', code: 'edit_empty' }]);
      assert.deepEqual((await rejects(actions.quoteEdit(order, [1, 2, 1]), 'validation')).fieldErrors, [{ field: 'lines', code: 'edit_unchanged' }]);
      const bad = await rejects(actions.quoteEdit(order, [1.5, -1, 2]), 'validation');
      assert.deepEqual(bad.fieldErrors.map((e) => `${e.field}:${e.code}`), ['lines.0.quantity:invalid_quantity', 'lines.1.quantity:invalid_quantity', 'lines.2.quantity:booking_quantity']);
      assert.equal((await rejects(actions.quoteEdit(order, [1]), 'validation')).fieldErrors[0]!.code, 'invalid_edit');
      assert.deepEqual(calls, []);
    });

    it('passes price_changed and conflict on with a checked quote, and says when the adapter cannot edit', async () => {
      const money = { amount: 99, currency: 'CNY' };
      const quote = { currency: 'CNY', lines: [], subtotal: money, adjustments: [], total: money, shippingOptions: [], orderable: true };
      for (const code of ['price_changed', 'conflict'] as const) {
        const actions = createOrderActions({
          editOrder: async () => {
            throw new OrderZoneError(code, code, { details: { quote } });
          },
        } as unknown as BackendAdapter);
        const error = await rejects(actions.edit(ref, order, [2, 2, 1], { amount: 1, currency: 'CNY' }), code);
        assert.deepEqual(editRefusalQuote(error.details), { ...quote, orderLines: [] });
      }
      // Something that is not a quote is not passed on as one.
      const broken = createOrderActions({
        editOrder: async () => {
          throw new OrderZoneError('price_changed', 'changed', { details: { quote: { total: money } } });
        },
      } as unknown as BackendAdapter);
      const error = await rejects(broken.edit(ref, order, [2, 2, 1], { amount: 1, currency: 'CNY' }), 'price_changed');
      assert.equal(error.details.quote, undefined);
      assert.equal(editRefusalQuote(error.details), undefined);
      await rejects(adapter().actions.edit(ref, order, [2, 2, 1], { amount: 1, currency: 'CNY' }), 'config');
    });

    /** A priced line of a quote for `productId`. */
    function quoted(productId: string, quantity: number) {
      const money = { amount: 100 * quantity, currency: 'CNY' };
      return { productId, variantId: `${productId}-v`, sku: productId, title: { 'en-US': productId }, quantity, personalization: {}, unitPrice: money, total: money, available: null };
    }

    it('names order lines, not request lines, in the quote of a draft with a line removed', async () => {
      const money = { amount: 400, currency: 'CNY' };
      const actions = createOrderActions({
        quote: async () => ({ currency: 'CNY', lines: [quoted('shirt', 3), quoted('massage', 1)], subtotal: money, adjustments: [], total: money, shippingOptions: [], orderable: true }),
      } as Partial<BackendAdapter> as BackendAdapter);
      // The socks (order line 1) are removed: the request, and the quote, hold the shirt and the massage.
      const quote = await actions.quoteEdit(order, [3, 0, 1]);
      assert.deepEqual(quote.orderLines, [0, 2]);
      assert.equal(editQuoteLine(quote, 0)?.productId, 'shirt');
      assert.equal(editQuoteLine(quote, 1), undefined, 'a removed line has no quote line');
      assert.equal(editQuoteLine(quote, 2)?.productId, 'massage');
    });

    it('names order lines, not request lines, in the errors of an edit with a line removed', async () => {
      const money = { amount: 400, currency: 'CNY' };
      const stale = { currency: 'CNY', lines: [quoted('shirt', 3), quoted('massage', 1)], subtotal: money, adjustments: [], total: money, shippingOptions: [], orderable: false };
      const refusals = [
        // As the embedded backend answers: positions in the request, which left the socks out.
        new OrderZoneError('validation', 'refused', {
          status: 400,
          fieldErrors: [
            { field: 'lines.1', code: 'not_in_order' },
            { field: 'lines.1.quantity', code: 'booking_quantity' },
            { field: 'lines', code: 'edit_empty' },
            { field: 'expectedTotal', code: 'required' },
          ],
        }),
        new OrderZoneError('out_of_stock', 'sold out', { details: { quote: stale, lines: [{ index: 1, productId: 'massage', code: 'unavailable', available: 0 }] } }),
      ];
      const actions = createOrderActions({
        quote: async () => {
          throw refusals[0]!;
        },
        editOrder: async () => {
          throw refusals.shift()!;
        },
      } as Partial<BackendAdapter> as BackendAdapter);
      const quoteError = await rejects(actions.quoteEdit(order, [3, 0, 1]), 'validation');
      assert.deepEqual(quoteError.fieldErrors.map((e) => `${e.field}:${e.code}`), ['lines.2:not_in_order', 'lines.2.quantity:booking_quantity', 'lines:edit_empty', 'expectedTotal:required']);
      const invalid = await rejects(actions.edit(ref, order, [3, 0, 1], money), 'validation');
      assert.equal(invalid.status, 400);
      assert.deepEqual(invalid.fieldErrors.map((e) => `${e.field}:${e.code}`), ['lines.2:not_in_order', 'lines.2.quantity:booking_quantity', 'lines:edit_empty', 'expectedTotal:required']);
      const soldOut = await rejects(actions.edit(ref, order, [3, 0, 1], money), 'out_of_stock');
      assert.deepEqual(soldOut.details.lines, [{ index: 2, productId: 'massage', code: 'unavailable', available: 0 }]);
      const fresh = editRefusalQuote(soldOut.details)!;
      assert.deepEqual(fresh.orderLines, [0, 2]);
      assert.equal(editQuoteLine(fresh, 2)?.productId, 'massage');
    });
  });

  describe('rescheduling a booking', () => {
    const money = (amount: number) => ({ amount, currency: 'CNY' });
    /** A confirmed order of one stay: standard room, 2026-05-11 → 2026-05-13 (two weekday nights at ¥300), check-in 14:00 Shanghai. */
    const stayOrder = (patch: Partial<Order> = {}): Order =>
      sampleOrder({
        status: 'confirmed',
        lines: [
          {
            productId: 'hotel',
            variantId: 'standard',
            sku: 'ROOM-STD',
            title: { 'en-US': 'Lakeside Hotel' },
            quantity: 1,
            personalization: {},
            unitPrice: money(60000),
            total: money(60000),
            available: null,
            shipped: false,
            booking: {
              type: 'stay',
              checkIn: '2026-05-11',
              checkOut: '2026-05-13',
              checkInTime: '14:00',
              checkOutTime: '12:00',
              timeZone: 'Asia/Shanghai',
              nights: [
                { date: '2026-05-11', price: money(30000) },
                { date: '2026-05-12', price: money(30000) },
              ],
            },
          },
        ],
        subtotal: money(60000),
        total: money(60000),
        payment: { type: 'none' },
        ...patch,
      });
    // Check-in is 2026-05-11T06:00Z; both windows close 24 hours before.
    const before = new Date('2026-05-09T00:00:00Z');
    const after = new Date('2026-05-10T07:00:00Z');

    function rescheduling(now: Date) {
      const calls: unknown[][] = [];
      const actions = createOrderActions(
        {
          cancelOrder: async () => stayOrder({ status: 'refunded' }),
          rescheduleBooking: async (...args) => (calls.push(args), stayOrder()),
        } as Partial<BackendAdapter> as BackendAdapter,
        { now: () => now },
      );
      return { actions, calls };
    }

    it('is offered, with cancelling, while the windows are open, and not after', () => {
      assert.deepEqual(rescheduling(before).actions.available(stayOrder()), ['cancel', 'reschedule']);
      assert.deepEqual(rescheduling(after).actions.available(stayOrder()), []);
      assert.deepEqual(adapter().actions.available(stayOrder()), [], 'an adapter without the calls offers neither');
    });

    it('says what may be done with each booking line: windows, reschedule, whether a cancel refunds', () => {
      const open = rescheduling(before).actions.bookingChanges(stayOrder());
      assert.equal(open.reschedule, true);
      assert.equal(open.cancelRefunds, true, 'cancelling a confirmed booking order refunds it');
      assert.deepEqual(open.lines.map((l) => [l.lineIndex, l.canReschedule, l.windows.startsAt, l.windows.reschedule.open]), [[0, true, '2026-05-11T06:00:00.000Z', true]]);

      const closed = rescheduling(after).actions.bookingChanges(stayOrder());
      assert.equal(closed.reschedule, true, 'the order still allows it');
      assert.deepEqual(closed.lines.map((l) => [l.canReschedule, l.windows.reschedule.open, l.windows.cancel.open]), [[false, false, false]], 'but the window has closed');

      const unpaid = rescheduling(before).actions.bookingChanges(stayOrder({ status: 'pending_payment' }));
      assert.equal(unpaid.cancelRefunds, false, 'cancelling an unpaid order refunds nothing');
      assert.equal(rescheduling(before).actions.bookingChanges(stayOrder({ status: 'refunded' })).reschedule, false);

      const none = adapter(['cancelOrder']).actions.bookingChanges(stayOrder());
      assert.deepEqual([none.reschedule, none.cancelRefunds, none.lines[0]!.canReschedule], [false, false, false], 'an adapter without the calls offers neither');
      assert.deepEqual(rescheduling(before).actions.bookingChanges(sampleOrder()).lines, [], 'an order without bookings has no booking lines');
    });

    it('refuses a new pick at another price before sending anything', () => {
      const { actions } = rescheduling(before);
      assert.equal(actions.rescheduleProblem(stayOrder(), 0, money(60000)), undefined);
      assert.deepEqual(actions.rescheduleProblem(stayOrder(), 0, money(66000)), { field: 'booking', code: 'price_differs' });
      assert.deepEqual(actions.rescheduleProblem(stayOrder(), 0, { amount: 60000, currency: 'USD' }), { field: 'booking', code: 'price_differs' });
      assert.deepEqual(actions.rescheduleProblem(stayOrder(), 4, money(60000)), { field: 'lineIndex', code: 'unknown_line' });
    });

    it('moves the stay to other nights at the same price', async () => {
      const { actions, calls } = rescheduling(before);
      const booking = { type: 'stay' as const, checkIn: '2026-05-18', checkOut: '2026-05-20' };
      await actions.reschedule(ref, stayOrder(), { lineIndex: 0, booking, product: hotelProduct() });
      assert.deepEqual(calls, [[ref.orderNumber, ref.access, { lineIndex: 0, booking }, undefined]]);
    });

    it('refuses, before calling the backend: another price, the same pick, another kind, a bad line, a rule broken', async () => {
      const { actions, calls } = rescheduling(before);
      const order = stayOrder();
      const product = hotelProduct();
      // Friday and Saturday nights cost ¥450.
      const pricier = await rejects(actions.reschedule(ref, order, { lineIndex: 0, booking: { type: 'stay', checkIn: '2026-05-15', checkOut: '2026-05-17' }, product }), 'validation');
      assert.deepEqual(pricier.fieldErrors, [{ field: 'booking', code: 'price_differs' }]);
      assert.deepEqual(pricier.details.unitPrice, money(90000));
      const same = await rejects(actions.reschedule(ref, order, { lineIndex: 0, booking: { type: 'stay', checkIn: '2026-05-11', checkOut: '2026-05-13' } }), 'validation');
      assert.deepEqual(same.fieldErrors, [{ field: 'booking', code: 'booking_unchanged' }]);
      const kind = await rejects(actions.reschedule(ref, order, { lineIndex: 0, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1'] } }), 'validation');
      assert.deepEqual(kind.fieldErrors, [{ field: 'booking', code: 'booking_kind', params: { expected: 'stay' } }]);
      const line = await rejects(actions.reschedule(ref, order, { lineIndex: 3, booking: { type: 'stay', checkIn: '2026-05-18', checkOut: '2026-05-20' } }), 'validation');
      assert.deepEqual(line.fieldErrors, [{ field: 'lineIndex', code: 'unknown_line' }]);
      const goods = await rejects(actions.reschedule(ref, sampleOrder(), { lineIndex: 0, booking: { type: 'stay', checkIn: '2026-05-18', checkOut: '2026-05-20' } }), 'validation');
      assert.deepEqual(goods.fieldErrors, [{ field: 'lineIndex', code: 'not_a_booking' }]);
      await rejects(actions.reschedule(ref, order, { lineIndex: 0, booking: { type: 'stay', checkIn: '2026-05-04', checkOut: '2026-05-06' }, product }), 'validation');
      assert.deepEqual(calls, []);
    });

    it('answers conflict when the window has closed or the status does not allow it, as the backend would', async () => {
      const booking = { type: 'stay' as const, checkIn: '2026-05-18', checkOut: '2026-05-20' };
      const late = await rejects(rescheduling(after).actions.reschedule(ref, stayOrder(), { lineIndex: 0, booking }), 'conflict');
      assert.equal(late.details.reason, 'window_closed');
      assert.equal(late.details.until, '2026-05-10T06:00:00.000Z');
      await rejects(rescheduling(before).actions.reschedule(ref, stayOrder({ status: 'refunded' }), { lineIndex: 0, booking }), 'conflict');
      await rejects(adapter().actions.reschedule(ref, stayOrder(), { lineIndex: 0, booking }), 'config');
    });

    it('compares seats in any order', async () => {
      const { actions } = rescheduling(before);
      const product = cinemaProduct();
      const order = stayOrder({
        lines: [
          {
            ...stayOrder().lines[0]!,
            productId: 'cinema',
            variantId: 'ticket',
            unitPrice: money(10000),
            booking: {
              type: 'seats',
              sessionId: 'evening',
              startsAt: '2026-05-11T11:30:00.000Z',
              timeZone: 'Asia/Shanghai',
              seats: ['A1', 'A2'].map((id) => ({ id, label: { 'en-US': id }, zoneName: { 'en-US': 'Standard' }, price: money(5000) })),
            },
          },
        ],
      });
      const same = await rejects(actions.reschedule(ref, order, { lineIndex: 0, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A2', 'A1'] }, product }), 'validation');
      assert.equal(same.fieldErrors[0]!.code, 'booking_unchanged');
    });
  });
});
