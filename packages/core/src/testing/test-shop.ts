/**
 * Test fixtures: a small shop of the tests' own, built with the core's types, so a test states the
 * products it relies on instead of depending on the demo catalog's ids, prices and stock. Core
 * tests use the products and line requests; element and backend tests pass {@link testShop} as the
 * embedded backend's seed (it has the shape of the backend's `ShopSeed`, in core types only).
 * Test-only; not part of the published package.
 *
 * @module
 */
import type { Category, GoodsProduct, Product, StayProduct } from '../catalog/catalog-schema.ts';
import type { LineRequest, PaymentMethod } from '../order/order-schema.ts';
import type { PricingRules } from '../pricing/price-quote.ts';
import { cinemaProduct, cleaningProduct, cny, hotelProduct, mugProduct } from './booking-products.ts';

/** The shirt's stock per variant: white XL sold out, navy L nearly gone (3, low stock), 40 of the others. */
export const SHIRT_STOCK = { soldOut: 'shirt-white-xl', low: 'shirt-navy-l', lowCount: 3, plenty: 40 } as const;

const SIZES = ['s', 'm', 'l', 'xl'] as const;
const COLOURS = [
  { id: 'navy', label: { 'zh-CN': '藏青', 'en-US': 'Navy' }, swatch: '#1f3a5f' },
  { id: 'white', label: { 'zh-CN': '白色', 'en-US': 'White' }, swatch: '#f5f5f0' },
] as const;

/** A grey square, inline: test pages load no image from anywhere. */
const IMAGE = { url: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"%3E%3Crect width="1" height="1" fill="%23ccc"/%3E%3C/svg%3E', alt: 'A grey square' };

/** What the tests' goods have in common: no description, specs, reviews or personalization; 1–10 a time. */
function goods(): Omit<GoodsProduct, 'id' | 'title' | 'categoryIds' | 'variants'> {
  return {
    kind: 'goods',
    description: '',
    images: [{ ...IMAGE }],
    specs: [],
    reviews: [],
    optionGroups: [],
    personalization: [],
    quantity: { min: 1, max: 10, step: 1 },
    createdAt: '2026-01-01T00:00:00Z',
  };
}

/**
 * A shirt in sizes S–XL and navy or white (variant ids `shirt-<colour>-<size>`), ¥79.00, XL ¥89.00
 * (so its price varies: "From ¥79.00"); navy is on sale (was ¥99.00). Stock: see {@link SHIRT_STOCK}.
 */
export function shirtProduct(): GoodsProduct {
  return {
    ...goods(),
    id: 'shirt',
    title: { 'zh-CN': '测试衬衫', 'en-US': 'Test shirt' },
    categoryIds: ['clothes'],
    optionGroups: [
      { id: 'size', name: { 'zh-CN': '尺码', 'en-US': 'Size' }, display: 'buttons', values: SIZES.map((size) => ({ id: size, label: size.toUpperCase() })) },
      { id: 'color', name: { 'zh-CN': '颜色', 'en-US': 'Colour' }, display: 'swatches', values: COLOURS.map((c) => ({ ...c, label: { ...c.label } })) },
    ],
    variants: COLOURS.flatMap((colour) =>
      SIZES.map((size) => {
        const id = `shirt-${colour.id}-${size}`;
        return {
          id,
          sku: `SHIRT-${colour.id}-${size}`.toUpperCase(),
          options: { size, color: colour.id },
          price: cny(size === 'xl' ? 8900 : 7900),
          ...(colour.id === 'navy' ? { compareAtPrice: cny(9900) } : {}),
          stock: id === SHIRT_STOCK.soldOut ? 0 : id === SHIRT_STOCK.low ? SHIRT_STOCK.lowCount : SHIRT_STOCK.plenty,
        };
      }),
    ),
  };
}

/** A ream of paper with bulk prices: ¥29.90, ¥26.50 from 10 reams, ¥23.00 from 50; 2000 in stock. */
export function paperProduct(): GoodsProduct {
  return {
    ...goods(),
    id: 'paper',
    title: { 'zh-CN': '测试打印纸', 'en-US': 'Test paper' },
    categoryIds: ['office'],
    variants: [
      {
        id: 'paper-a4',
        sku: 'PAPER-A4',
        options: {},
        price: cny(2990),
        stock: 2000,
        priceTiers: [
          { minQuantity: 1, unitPrice: cny(2990) },
          { minQuantity: 10, unitPrice: cny(2650) },
          { minQuantity: 50, unitPrice: cny(2300) },
        ],
      },
    ],
    quantity: { min: 1, max: 500, step: 1 },
  };
}

/** A mug printed with the shopper's text (optional, up to 30 characters) for ¥10.00 more: ¥69.00, or ¥79.00 printed; 45 in stock. */
export function printedMugProduct(): GoodsProduct {
  return {
    ...goods(),
    id: 'printed-mug',
    title: { 'zh-CN': '印字马克杯', 'en-US': 'Printed mug' },
    categoryIds: [],
    variants: [{ id: 'printed-mug', sku: 'PRINTED-MUG', options: {}, price: cny(6900), stock: 45 }],
    personalization: [
      { id: 'print-text', label: { 'zh-CN': '印字内容', 'en-US': 'Printed text' }, kind: 'text', required: false, maxLength: 30, priceDelta: cny(1000) },
    ],
  };
}

/**
 * A flask in 350 ml or 500 ml and navy or red (variant ids `flask-<capacity>-<colour>`), ¥149.00 or
 * ¥169.00, 30 of each; it must be engraved (up to 20 characters); 1 to 20 a time.
 */
export function engravedFlaskProduct(): GoodsProduct {
  const capacities = ['350ml', '500ml'];
  const colours = ['navy', 'red'];
  return {
    ...goods(),
    id: 'flask',
    title: { 'zh-CN': '刻字保温杯', 'en-US': 'Engraved flask' },
    categoryIds: [],
    optionGroups: [
      { id: 'capacity', name: { 'zh-CN': '容量', 'en-US': 'Capacity' }, display: 'buttons', values: capacities.map((id) => ({ id, label: id.replace('ml', ' ml') })) },
      { id: 'color', name: { 'zh-CN': '颜色', 'en-US': 'Colour' }, display: 'buttons', values: colours.map((id) => ({ id, label: id })) },
    ],
    variants: capacities.flatMap((capacity) =>
      colours.map((color) => ({
        id: `flask-${capacity}-${color}`,
        sku: `FLASK-${capacity}-${color}`.toUpperCase(),
        options: { capacity, color },
        price: cny(capacity === '500ml' ? 16900 : 14900),
        stock: 30,
      })),
    ),
    personalization: [{ id: 'engraving', label: { 'zh-CN': '刻字', 'en-US': 'Engraving' }, kind: 'text', required: true, maxLength: 20 }],
    quantity: { min: 1, max: 20, step: 1 },
  };
}

/**
 * The shop's hotel: `booking-products.ts`'s hotel with its two room types as a choice the shopper
 * makes (option group `room`: `standard`, a standard room, 3 of them; `suite`, a single suite, at
 * least 2 nights), without the attic that has no room type.
 */
export function shopHotelProduct(): StayProduct {
  const hotel = hotelProduct();
  const rooms = [
    { id: 'standard', label: { 'zh-CN': '标准间', 'en-US': 'Standard room' } },
    { id: 'suite', label: { 'zh-CN': '套房', 'en-US': 'Suite' } },
  ];
  return {
    ...hotel,
    optionGroups: [{ id: 'room', name: { 'zh-CN': '房型', 'en-US': 'Room' }, display: 'buttons', values: rooms }],
    variants: hotel.variants.filter((v) => rooms.some((room) => room.id === v.id)).map((v) => ({ ...v, options: { room: v.id } })),
  };
}

/** `quantity` shirts of `variantId` (navy M by default), as an order or quote line. */
export const shirtLine = (quantity: number, variantId = 'shirt-navy-m'): LineRequest => ({ productId: 'shirt', variantId, quantity, personalization: {} });

/** A shop's catalog and rules, in core types: the shape of the embedded backend's `ShopSeed`. */
export interface TestShop {
  categories: Category[];
  products: Product[];
  pricing: PricingRules;
  paymentMethods: PaymentMethod[];
  countries: string[];
}

/**
 * The tests' shop: the shirt, the paper, the two mugs, the flask and the three bookable products of
 * `booking-products.ts` (cleaning visit, hotel with a choice of room: {@link shopHotelProduct}, cinema), shipped within China (standard ¥12.00, free
 * from ¥199.00), paid with WeChat Pay, Alipay (QR codes) or a card (a redirect), coupon `TEST10`
 * (10 % off). A fresh copy each call.
 */
export function testShop(): TestShop {
  return {
    categories: [
      { id: 'clothes', name: { 'zh-CN': '服装', 'en-US': 'Clothes' } },
      { id: 'office', name: { 'zh-CN': '办公', 'en-US': 'Office' } },
    ],
    products: [shirtProduct(), paperProduct(), mugProduct(), printedMugProduct(), engravedFlaskProduct(), cleaningProduct(), shopHotelProduct(), cinemaProduct()].map((product) => ({ ...product, images: [{ ...IMAGE }] })),
    pricing: {
      currency: 'CNY',
      coupons: [{ code: 'TEST10', label: { 'zh-CN': '九折', 'en-US': '10% off' }, type: 'percentage', basisPoints: 1000 }],
      shippingRates: [{ id: 'standard', label: { 'zh-CN': '标准快递', 'en-US': 'Standard delivery' }, price: cny(1200), freeFrom: cny(19900), countries: ['CN'] }],
    },
    paymentMethods: [
      { id: 'wechat_pay', kind: 'wechat_pay', label: { 'zh-CN': '微信支付', 'en-US': 'WeChat Pay' } },
      { id: 'alipay', kind: 'alipay', label: { 'zh-CN': '支付宝', 'en-US': 'Alipay' } },
      { id: 'card', kind: 'card', label: { 'zh-CN': '银行卡', 'en-US': 'Card' } },
    ],
    countries: ['CN'],
  };
}

/**
 * The tests' shop with every kind of text a product page can show besides titles and options: the
 * shirt with a subtitle, a description, two specs and two reviews (one titled, from a verified
 * purchase, with the merchant's reply); the printed mug with a choice of greeting card (¥5.00 more)
 * beside its printed text. A fresh copy each call.
 */
export function describedTestShop(): TestShop {
  const shop = testShop();
  shop.products = shop.products.map((product): Product => {
    if (product.id === 'shirt') {
      return {
        ...product,
        subtitle: { 'zh-CN': '纯棉圆领', 'en-US': 'Cotton, crew neck' },
        description: { 'zh-CN': '一件测试用的衬衫。', 'en-US': 'A shirt for the tests.' },
        specs: [
          { name: { 'zh-CN': '面料', 'en-US': 'Fabric' }, value: { 'zh-CN': '棉', 'en-US': 'Cotton' } },
          { name: { 'zh-CN': '产地', 'en-US': 'Made in' }, value: { 'zh-CN': '中国', 'en-US': 'China' } },
        ],
        reviews: [
          {
            id: 'shirt-review-1',
            author: '韩梅梅',
            rating: 5,
            title: { 'zh-CN': '很合身', 'en-US': 'Fits well' },
            body: { 'zh-CN': '尺码标准，洗后不缩水。', 'en-US': 'True to size; it did not shrink in the wash.' },
            createdAt: '2026-02-01T08:00:00Z',
            verifiedPurchase: true,
            reply: { body: 'Thank you!', repliedAt: '2026-02-02T08:00:00Z' },
          },
          { id: 'shirt-review-2', author: 'Li Lei', rating: 3, body: { 'zh-CN': '颜色偏深。', 'en-US': 'Darker than in the picture.' }, createdAt: '2026-03-01T08:00:00Z' },
        ],
      };
    }
    if (product.id === 'printed-mug') {
      return {
        ...product,
        personalization: [
          ...product.personalization,
          {
            id: 'greeting-card',
            label: { 'zh-CN': '贺卡', 'en-US': 'Greeting card' },
            kind: 'choice',
            required: false,
            choices: [
              { id: 'birthday', label: { 'zh-CN': '生日快乐', 'en-US': 'Happy birthday' }, priceDelta: cny(500) },
              { id: 'thanks', label: { 'zh-CN': '感谢有你', 'en-US': 'Thank you' }, priceDelta: cny(500) },
            ],
          },
        ],
      };
    }
    return product;
  });
  return shop;
}
