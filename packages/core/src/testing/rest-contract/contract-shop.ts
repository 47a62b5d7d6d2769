/**
 * The REST contract suite's own shop: exactly the shop the suite tests, built from the tests' shop
 * for search (`searchShop()`, itself `testShop()` and more) plus what the suite needs of a catalog,
 * of checkout and of bookings, its booking dates laid out from the suite's clock. Every harness
 * starts its backend with it (the in-page engine as its seed, the server imported into its
 * database), so the suite's values follow from this file, not from the demo catalog. Test-only;
 * not part of the published package.
 *
 * @module
 */
import type { SeatRow } from '../../booking/booking-rules-schema.ts';
import type { Category, GoodsProduct, Product, SeatsProduct, StayProduct, TimeSlotProduct } from '../../catalog/catalog-schema.ts';
import type { PaymentMethod } from '../../order/order-schema.ts';
import type { ReviewRecord } from '../../review/review-schema.ts';
import { addDays } from '../../booking/calendar-date.ts';
import { utcToZoned, zonedDateTimeToUtc } from '../../booking/time-zone.ts';
import { cny } from '../booking-products.ts';
import { searchShop } from '../search-shop.ts';
import type { TestShop } from '../test-shop.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });

/** The merchant's time zone. */
const ZONE = 'Asia/Shanghai';

/** The categories the contract shop adds to `searchShop()`'s six: one per kind of booking. */
const BOOKING_CATEGORIES: Category[] = [
  { id: 'services', name: text('服务', 'Services') },
  { id: 'stays', name: text('住宿', 'Stays') },
  { id: 'tickets', name: text('票务', 'Tickets') },
];

/** Office goods of `searchShop()`'s shape (1 to 200 a time unless told; no description). */
function officeGoods(id: string, title: [string, string], variant: GoodsProduct['variants'][number], extra: Partial<GoodsProduct> = {}): GoodsProduct {
  return {
    kind: 'goods',
    id,
    title: text(...title),
    description: '',
    categoryIds: ['office'],
    images: [{ url: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/%3E', alt: 'A blank square' }],
    specs: [],
    reviews: [],
    optionGroups: [],
    personalization: [],
    variants: [variant],
    quantity: { min: 1, max: 200, step: 1 },
    createdAt: '2026-01-13T00:00:00Z',
    ...extra,
  };
}

/**
 * The office goods the contract shop adds; with `searchShop()`'s paper (¥29.90) and keyboard (¥459.00,
 * blue switches sold out) the office category holds five products:
 * - `notes`: sticky notes 便利贴, SKU `NOTES-76-Y`, ¥3.90, 5 to 1000 a time in steps of 5;
 * - `pens`: gel pens, ¥18.00, ink colour (`ink`) black, blue or red;
 * - `notebook`: an A5 notebook, ¥25.00.
 */
function officeProducts(): GoodsProduct[] {
  return [
    officeGoods('notes', ['便利贴', 'Sticky notes'], { id: 'notes-yellow', sku: 'NOTES-76-Y', options: {}, price: cny(390), stock: 5000 }, { quantity: { min: 5, max: 1000, step: 5 } }),
    {
      ...officeGoods('pens', ['中性笔', 'Gel pens'], { id: 'pens-black', sku: 'PENS-BLACK', options: { ink: 'black' }, price: cny(1800), stock: 300 }),
      optionGroups: [{ id: 'ink', name: text('墨水颜色', 'Ink colour'), display: 'buttons', values: ['black', 'blue', 'red'].map((id) => ({ id, label: id })) }],
      variants: ['black', 'blue', 'red'].map((ink) => ({ id: `pens-${ink}`, sku: `PENS-${ink.toUpperCase()}`, options: { ink }, price: cny(1800), stock: 300 })),
    },
    officeGoods('notebook', ['A5 笔记本', 'A5 notebook'], { id: 'notebook-a5', sku: 'NOTEBOOK-A5', options: {}, price: cny(2500), stock: 300 }),
  ];
}

/** Rows A–G of eight seats; C and D are premium. */
const SEAT_ROWS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const PREMIUM_ROWS = new Set(['C', 'D']);

function seatRow(row: string): SeatRow {
  return {
    id: row,
    label: text(`${row}排`, `Row ${row}`),
    seats: Array.from({ length: 8 }, (_, i) => ({
      id: `${row}${i + 1}`,
      label: text(`${row}排${i + 1}座`, `Row ${row}, seat ${i + 1}`),
      number: String(i + 1),
      zoneId: PREMIUM_ROWS.has(row) ? 'premium' : 'standard',
    })),
  };
}

/**
 * The cinema (`cinema`, ticket `ticket`) with three sessions from `today`: tomorrow 19:30, the day
 * after 14:00 and 19:30; rows A–G of eight seats (`B4` is labelled `B排4座` / `Row B, seat 4`),
 * standard ¥50.00, rows C and D premium ¥80.00; at most 6 seats an order.
 */
function cinema(base: SeatsProduct, today: string): SeatsProduct {
  const session = (days: number, time: string, label: [string, string]) => {
    const date = addDays(today, days);
    return { id: `session-${date.replaceAll('-', '')}-${time.replace(':', '')}`, startsAt: zonedDateTimeToUtc(date, time, ZONE), label: text(...label) };
  };
  return {
    ...base,
    categoryIds: ['tickets'],
    variants: base.variants.map((v) => ({ ...v, price: cny(5000) })),
    booking: {
      ...base.booking,
      sessions: [session(1, '19:30', ['晚场', 'Evening']), session(2, '14:00', ['午场', 'Matinee']), session(2, '19:30', ['晚场', 'Evening'])],
      maxSeatsPerOrder: 6,
      seatMap: {
        zones: [
          { id: 'standard', name: text('普通座', 'Standard'), price: cny(5000) },
          { id: 'premium', name: text('优选座', 'Premium'), price: cny(8000) },
        ],
        sections: [{ id: 'hall', name: text('主厅', 'Hall'), rows: SEAT_ROWS.map(seatRow) }],
      },
    },
  };
}

/** The cleaning visit (`cleaning`, `cleaning-2h`, two housekeepers): every day 08:00–18:00, five 2-hour slots, booked at least 3 hours ahead. */
function cleaning(base: TimeSlotProduct): TimeSlotProduct {
  return {
    ...base,
    categoryIds: ['services'],
    booking: {
      ...base.booking,
      schedule: { ...base.booking.schedule, openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '18:00' })), leadMinutes: 180 },
    },
  };
}

/** The hotel (`hotel`: `standard`, `suite`) with both room types closed the night 12 days after `today` (and no other). */
function hotel(base: StayProduct, today: string): StayProduct {
  const closed = addDays(today, 12);
  return {
    ...base,
    categoryIds: ['stays'],
    booking: { ...base.booking, roomTypes: base.booking.roomTypes.map((room) => ({ ...room, rules: { ...room.rules, closedNights: [closed] } })) },
  };
}

/** The five ways to pay, in the order checkout lists them. */
const PAYMENT_METHODS: PaymentMethod[] = [
  { id: 'alipay', kind: 'alipay', label: text('支付宝', 'Alipay') },
  { id: 'wechat_pay', kind: 'wechat_pay', label: text('微信支付', 'WeChat Pay') },
  { id: 'unionpay', kind: 'unionpay', label: text('银联', 'UnionPay') },
  { id: 'card', kind: 'card', label: text('银行卡', 'Card') },
  { id: 'paypal', kind: 'paypal', label: 'PayPal' },
];

/** A shop's catalog, rules and imported reviews, in core types: the shape of the embedded backend's `ShopSeed`. */
export type ContractShop = TestShop & { reviews: ReviewRecord[] };

/**
 * The contract suite's shop, its booking dates laid out from `now` (the merchant's today in
 * Asia/Shanghai): `searchShop()` with
 * - categories: `searchShop()`'s six, then `services`, `stays`, `tickets` (nine);
 * - the office goods of {@link officeProducts} (five office products with the paper and keyboard);
 * - the shirt sold without an upper limit per order (so that too many is a matter of stock);
 * - the flask (`flask`, engraving required) with a gift wrap choice (`gift-wrap`: `kraft` ¥8.00, `gift-box` ¥18.00);
 * - the bookable products laid out from `now`: {@link cinema}, {@link cleaning}, {@link hotel};
 * - shipping within China: `standard` ¥12.00 (free from ¥199.00), `express` ¥25.00; 13 % VAT included;
 * - coupons `TEST10` (10 % off), `SAVE20` (¥20.00 off from ¥199.00), `EXPIRED5` (¥5.00 off, expired a day before `now`);
 * - the five payment methods of {@link PAYMENT_METHODS}.
 *
 * A fresh copy each call.
 */
export function contractShop(now: Date): ContractShop {
  const shop = searchShop();
  const today = utcToZoned(now.toISOString(), ZONE).date;
  const products = shop.products.map((product): Product => {
    switch (product.id) {
      case 'shirt':
        return { ...product, quantity: { min: 1, step: 1 } };
      case 'flask':
        return {
          ...product,
          personalization: [
            ...product.personalization,
            {
              id: 'gift-wrap',
              label: text('礼品包装', 'Gift wrap'),
              kind: 'choice',
              required: false,
              choices: [
                { id: 'kraft', label: text('牛皮纸包装', 'Kraft paper wrap'), priceDelta: cny(800) },
                { id: 'gift-box', label: text('礼盒+贺卡', 'Gift box with card'), priceDelta: cny(1800) },
              ],
            },
          ],
        };
      default:
        if (product.kind === 'seats') return cinema(product, today);
        if (product.kind === 'time_slot') return cleaning(product);
        if (product.kind === 'stay') return hotel(product, today);
        return product;
    }
  });
  return {
    ...shop,
    categories: [...shop.categories, ...structuredClone(BOOKING_CATEGORIES)],
    products: [...products, ...officeProducts()],
    pricing: {
      currency: 'CNY',
      coupons: [
        ...shop.pricing.coupons,
        { code: 'SAVE20', label: text('满199减20', '¥20 off orders of ¥199 or more'), type: 'fixed', amount: cny(2000), minSpend: cny(19900) },
        { code: 'EXPIRED5', label: text('过期券减5元', '¥5 off (expired)'), type: 'fixed', amount: cny(500), expiresAt: new Date(now.getTime() - 86_400_000).toISOString() },
      ],
      shippingRates: [...shop.pricing.shippingRates, { id: 'express', label: text('次日达', 'Express'), price: cny(2500), countries: ['CN'] }],
      tax: { label: text('增值税 13%（已含）', 'VAT 13% (included)'), basisPoints: 1300, inclusive: true, countries: ['CN'] },
    },
    paymentMethods: structuredClone(PAYMENT_METHODS),
  };
}
