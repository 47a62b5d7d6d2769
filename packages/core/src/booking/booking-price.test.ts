import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OrderZoneError } from '../errors.ts';
import { cinemaProduct, cleaningProduct, cny, haircutProduct, hotelProduct } from '../testing/booking-products.ts';
import { fieldErrorsOf } from '../testing/field-errors-of.ts';
import { priceBooking } from './booking-price.ts';
import { isBookable } from '../catalog/product-rules.ts';

describe('priceBooking: time slots', () => {
  test('costs the variant price and ends slotMinutes after the start, with the chosen staff member named', () => {
    const priced = priceBooking(cleaningProduct(), 'cleaning-2h', { type: 'time_slot', start: '2026-05-01T01:00:00.000Z', resourceId: 'wang' });
    assert.deepEqual(priced.unitPrice, cny(20000));
    assert.deepEqual(priced.details, {
      type: 'time_slot',
      start: '2026-05-01T01:00:00.000Z',
      end: '2026-05-01T03:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      onSite: true,
      resourceId: 'wang',
      resourceName: { 'zh-CN': '王阿姨', 'en-US': 'Ms Wang' },
    });
  });

  test('"any" staff leaves the resource out; an offset start is normalised to UTC', () => {
    const priced = priceBooking(haircutProduct(), 'haircut', { type: 'time_slot', start: '2026-05-01T09:00:00+08:00' });
    assert.equal(priced.details.type === 'time_slot' && priced.details.start, '2026-05-01T01:00:00.000Z');
    assert.equal('resourceId' in priced.details, false);
    assert.equal(priced.details.type === 'time_slot' && priced.details.onSite, false);
  });

  test('an unknown staff member or a start that is not an instant is a field error', () => {
    assert.deepEqual(
      fieldErrorsOf(() => priceBooking(cleaningProduct(), 'cleaning-2h', { type: 'time_slot', start: '2026-05-01T01:00:00.000Z', resourceId: 'zhao' })),
      [{ field: 'resourceId', code: 'unknown_resource', params: { resource: 'zhao' } }],
    );
    assert.deepEqual(fieldErrorsOf(() => priceBooking(cleaningProduct(), 'cleaning-2h', { type: 'time_slot', start: '2026-05-01 09:00' })), [
      { field: 'start', code: 'invalid_slot' },
    ]);
    assert.deepEqual(fieldErrorsOf(() => priceBooking(cleaningProduct(), 'cleaning-2h', { type: 'time_slot', start: '2026-02-30T01:00:00Z' })), [
      { field: 'start', code: 'invalid_slot' },
    ]);
  });
});

describe('priceBooking: stays', () => {
  test('sums the nights of the variant’s room type, weekend nights included', () => {
    // 2026-05-01 is a Friday: Friday and Saturday nights at the weekend price, Sunday at the default.
    const priced = priceBooking(hotelProduct(), 'standard', { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-04' });
    assert.deepEqual(priced.unitPrice, cny(45000 + 45000 + 30000));
    assert.deepEqual(priced.details, {
      type: 'stay',
      checkIn: '2026-05-01',
      checkOut: '2026-05-04',
      checkInTime: '14:00',
      checkOutTime: '12:00',
      timeZone: 'Asia/Shanghai',
      nights: [
        { date: '2026-05-01', price: cny(45000) },
        { date: '2026-05-02', price: cny(45000) },
        { date: '2026-05-03', price: cny(30000) },
      ],
    });
  });

  test('each room type has its own rules: the suite needs two nights', () => {
    assert.deepEqual(fieldErrorsOf(() => priceBooking(hotelProduct(), 'suite', { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-07' })), [
      { field: 'checkOut', code: 'stay_too_short', params: { min: 2 } },
    ]);
    assert.deepEqual(priceBooking(hotelProduct(), 'suite', { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-08' }).unitPrice, cny(160000));
  });

  test('a closed night and a stay longer than the product’s maxNights are refused', () => {
    assert.deepEqual(fieldErrorsOf(() => priceBooking(hotelProduct(), 'standard', { type: 'stay', checkIn: '2026-05-04', checkOut: '2026-05-06' })), [
      { field: 'checkIn', code: 'closed_night', params: { date: '2026-05-05' } },
    ]);
    assert.deepEqual(fieldErrorsOf(() => priceBooking(hotelProduct(), 'standard', { type: 'stay', checkIn: '2026-06-01', checkOut: '2026-06-16' })), [
      { field: 'checkOut', code: 'stay_too_long', params: { max: 14 } },
    ]);
  });

  test('without maxNights a stay may have 30 nights, not 31', () => {
    const hotel = hotelProduct();
    delete hotel.booking.maxNights;
    assert.equal(priceBooking(hotel, 'standard', { type: 'stay', checkIn: '2026-06-01', checkOut: '2026-07-01' }).details.type, 'stay');
    assert.deepEqual(fieldErrorsOf(() => priceBooking(hotel, 'standard', { type: 'stay', checkIn: '2026-06-01', checkOut: '2026-07-02' })), [
      { field: 'checkOut', code: 'stay_too_long', params: { max: 30 } },
    ]);
  });

  test('a variant without a room type is the merchant’s configuration error', () => {
    assert.throws(
      () => priceBooking(hotelProduct(), 'attic', { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-07' }),
      (error: unknown) => error instanceof OrderZoneError && error.code === 'config' && error.message.includes('attic'),
    );
  });
});

describe('priceBooking: seats', () => {
  test('sums the seats’ zone prices and resolves labels, zone names, the session and the venue', () => {
    const priced = priceBooking(cinemaProduct(), 'ticket', { type: 'seats', sessionId: 'evening', seatIds: ['A2', 'A3'] });
    assert.deepEqual(priced.unitPrice, cny(13000));
    assert.deepEqual(priced.details, {
      type: 'seats',
      sessionId: 'evening',
      startsAt: '2026-05-01T11:30:00.000Z',
      sessionLabel: { 'zh-CN': '晚场', 'en-US': 'Evening' },
      venue: { 'zh-CN': '一号厅', 'en-US': 'Hall 1' },
      timeZone: 'Asia/Shanghai',
      seats: [
        { id: 'A2', label: { 'zh-CN': 'A 排 2 座', 'en-US': 'Row A, seat 2' }, zoneName: { 'zh-CN': '普通', 'en-US': 'Standard' }, price: cny(5000) },
        { id: 'A3', label: { 'zh-CN': 'A 排 3 座', 'en-US': 'Row A, seat 3' }, zoneName: { 'zh-CN': '贵宾', 'en-US': 'VIP' }, price: cny(8000) },
      ],
    });
  });

  test('too many seats, an unknown seat, a broken seat and an unknown session are field errors', () => {
    assert.deepEqual(fieldErrorsOf(() => priceBooking(cinemaProduct(), 'ticket', { type: 'seats', sessionId: 'evening', seatIds: ['A1', 'A2', 'A3', 'Z9'] })), [
      { field: 'seats', code: 'too_many_seats', params: { max: 3 } },
      { field: 'seats', code: 'unknown_seat', params: { seat: 'Z9' } },
    ]);
    assert.deepEqual(fieldErrorsOf(() => priceBooking(cinemaProduct(), 'ticket', { type: 'seats', sessionId: 'evening', seatIds: ['A4'] })), [
      { field: 'seats', code: 'seat_unavailable', params: { seat: 'A4' } },
    ]);
    assert.deepEqual(fieldErrorsOf(() => priceBooking(cinemaProduct(), 'ticket', { type: 'seats', sessionId: 'matinee', seatIds: ['A1'] })), [
      { field: 'sessionId', code: 'unknown_session', params: { session: 'matinee' } },
    ]);
  });
});

describe('priceBooking: any kind', () => {
  test('a pick of another kind than the product is a field error; an unknown variant is not_found', () => {
    assert.deepEqual(fieldErrorsOf(() => priceBooking(cinemaProduct(), 'ticket', { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-07' })), [
      { field: 'booking', code: 'booking_kind', params: { expected: 'seats' } },
    ]);
    assert.throws(
      () => priceBooking(hotelProduct(), 'penthouse', { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-07' }),
      (error: unknown) => error instanceof OrderZoneError && error.code === 'not_found',
    );
  });

  test('isBookable tells bookable kinds from goods', () => {
    assert.deepEqual([cleaningProduct(), hotelProduct(), cinemaProduct()].map(isBookable), [true, true, true]);
    assert.equal(isBookable({ ...cleaningProduct(), kind: 'goods' } as never), false);
  });
});
