/**
 * Test fixtures: one product of each bookable kind and a goods product, priced in CNY, in the
 * merchant zone Asia/Shanghai. Test-only; not part of the published package.
 */
import type { GoodsProduct, SeatsProduct, StayProduct, TimeSlotProduct } from '../catalog/catalog-schema.ts';
import type { Money } from '../money/money.ts';

export const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

const base = {
  description: '',
  categoryIds: [],
  images: [{ url: '/img/x.jpg', alt: 'x' }],
  specs: [],
  reviews: [],
  optionGroups: [],
  personalization: [],
  quantity: { min: 1, step: 1 },
  createdAt: '2026-01-01T00:00:00Z',
};

/** A 2-hour on-site cleaning with two staff members, ¥200 per visit. */
export function cleaningProduct(): TimeSlotProduct {
  return {
    ...base,
    id: 'cleaning',
    kind: 'time_slot',
    title: { 'zh-CN': '家政保洁', 'en-US': 'Housekeeping' },
    variants: [{ id: 'cleaning-2h', sku: 'CLEAN-2H', options: {}, price: cny(20000), stock: null }],
    booking: {
      timeZone: 'Asia/Shanghai',
      schedule: {
        openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '09:00', close: '17:00' })),
        slotMinutes: 120,
        capacity: 2,
        leadMinutes: 60,
        cutoffDays: 30,
      },
      resources: [
        { id: 'li', name: { 'zh-CN': '李阿姨', 'en-US': 'Ms Li' } },
        { id: 'wang', name: { 'zh-CN': '王阿姨', 'en-US': 'Ms Wang' } },
      ],
      onSite: true,
    },
  };
}

/** A salon haircut at the shop (not on site), ¥80. */
export function haircutProduct(): TimeSlotProduct {
  const product = cleaningProduct();
  const { resources: _none, ...booking } = product.booking;
  return {
    ...product,
    id: 'haircut',
    title: { 'zh-CN': '理发', 'en-US': 'Haircut' },
    variants: [{ id: 'haircut', sku: 'CUT', options: {}, price: cny(8000), stock: null }],
    booking: { ...booking, onSite: false },
  };
}

/** A hotel with a standard room (¥300, weekend ¥450, min 1 night, closed 2026-05-05) and a suite (min 2 nights). */
export function hotelProduct(): StayProduct {
  return {
    ...base,
    id: 'hotel',
    kind: 'stay',
    title: { 'zh-CN': '湖景酒店', 'en-US': 'Lakeside Hotel' },
    variants: [
      { id: 'standard', sku: 'ROOM-STD', options: {}, price: cny(30000), stock: null },
      { id: 'suite', sku: 'ROOM-STE', options: {}, price: cny(80000), stock: null },
      { id: 'attic', sku: 'ROOM-ATT', options: {}, price: cny(10000), stock: null },
    ],
    booking: {
      timeZone: 'Asia/Shanghai',
      checkInTime: '14:00',
      checkOutTime: '12:00',
      maxNights: 14,
      roomTypes: [
        { variantId: 'standard', rooms: 3, rules: { defaultPrice: cny(30000), weekendPrice: cny(45000), minNights: 1, closedNights: ['2026-05-05'] } },
        { variantId: 'suite', rooms: 1, rules: { defaultPrice: cny(80000), minNights: 2 } },
      ],
    },
  };
}

/** A cinema with one row of four seats (A1–A2 standard ¥50, A3–A4 VIP ¥80; A4 broken), max 3 per order. */
export function cinemaProduct(): SeatsProduct {
  return {
    ...base,
    id: 'cinema',
    kind: 'seats',
    title: { 'zh-CN': '电影票', 'en-US': 'Cinema ticket' },
    variants: [{ id: 'ticket', sku: 'TICKET', options: {}, price: cny(5000), stock: null }],
    booking: {
      timeZone: 'Asia/Shanghai',
      venue: { 'zh-CN': '一号厅', 'en-US': 'Hall 1' },
      sessions: [{ id: 'evening', startsAt: '2026-05-01T11:30:00.000Z', label: { 'zh-CN': '晚场', 'en-US': 'Evening' } }],
      maxSeatsPerOrder: 3,
      seatMap: {
        zones: [
          { id: 'std', name: { 'zh-CN': '普通', 'en-US': 'Standard' }, price: cny(5000) },
          { id: 'vip', name: { 'zh-CN': '贵宾', 'en-US': 'VIP' }, price: cny(8000) },
        ],
        sections: [
          {
            id: 'main',
            name: { 'zh-CN': '主区', 'en-US': 'Main' },
            rows: [
              {
                id: 'A',
                label: 'A',
                seats: [
                  { id: 'A1', label: { 'zh-CN': 'A 排 1 座', 'en-US': 'Row A, seat 1' }, zoneId: 'std' },
                  { id: 'A2', label: { 'zh-CN': 'A 排 2 座', 'en-US': 'Row A, seat 2' }, zoneId: 'std' },
                  { id: 'A3', label: { 'zh-CN': 'A 排 3 座', 'en-US': 'Row A, seat 3' }, zoneId: 'vip' },
                  { id: 'A4', label: { 'zh-CN': 'A 排 4 座', 'en-US': 'Row A, seat 4' }, zoneId: 'vip', unavailable: true },
                ],
              },
            ],
          },
        ],
      },
    },
  };
}

/** A shipped mug, ¥49, 10 in stock. */
export function mugProduct(): GoodsProduct {
  return {
    ...base,
    id: 'mug',
    kind: 'goods',
    title: { 'zh-CN': '马克杯', 'en-US': 'Mug' },
    variants: [{ id: 'mug', sku: 'MUG', options: {}, price: cny(4900), stock: 10 }],
  };
}
