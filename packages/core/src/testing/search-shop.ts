/**
 * Test fixtures: the tests' shop ({@link testShop}) with what catalog search tests rely on: nested
 * categories, products in two categories, tags, descriptions, reviews, dates, option facets with
 * units. Every product and category of {@link testShop} is in it unchanged (in the same order,
 * first); the products added here are listed in {@link searchShop}. Test-only; not part of the
 * published package.
 *
 * @module
 */
import type { Category, GoodsProduct, OptionGroup, Variant } from '../catalog/catalog-schema.ts';
import type { ReviewRecord } from '../review/review-schema.ts';
import { cny } from './booking-products.ts';
import { testShop, type TestShop } from './test-shop.ts';

/** A grey square, inline. */
const IMAGE = { url: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"%3E%3Crect width="1" height="1" fill="%23ccc"/%3E%3C/svg%3E', alt: 'A grey square' };

const text = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });

interface Goods {
  id: string;
  title: [string, string];
  description?: [string, string];
  categoryIds: string[];
  tags?: string[];
  optionGroups?: OptionGroup[];
  variants: Variant[];
  createdAt: string;
}

function goods(spec: Goods): GoodsProduct {
  return {
    kind: 'goods',
    id: spec.id,
    title: text(...spec.title),
    description: spec.description ? text(...spec.description) : '',
    categoryIds: spec.categoryIds,
    ...(spec.tags ? { tags: spec.tags } : {}),
    images: [{ ...IMAGE }],
    specs: [],
    reviews: [],
    optionGroups: spec.optionGroups ?? [],
    personalization: [],
    variants: spec.variants,
    quantity: { min: 1, max: 10, step: 1 },
    createdAt: spec.createdAt,
  };
}

const variant = (id: string, price: number, stock: number, options: Record<string, string> = {}, compareAt?: number): Variant => ({
  id,
  sku: id.toUpperCase(),
  options,
  price: cny(price),
  ...(compareAt !== undefined ? { compareAtPrice: cny(compareAt) } : {}),
  stock,
});

const SIZES = ['s', 'm', 'l', 'xl'];
const sizeGroup = (sizes: string[]): OptionGroup => ({ id: 'size', name: text('尺码', 'Size'), display: 'buttons', values: sizes.map((id) => ({ id, label: id.toUpperCase() })) });
const colourGroup = (colours: string[]): OptionGroup => ({ id: 'color', name: text('颜色', 'Colour'), display: 'buttons', values: colours.map((id) => ({ id, label: id })) });

/**
 * The hoodie's stock: green S and M sold out, 5 of green L and XL, 10 of each grey. ¥199.00 (was
 * ¥239.00), XL ¥219.00.
 */
export const HOODIE_STOCK: Record<string, number> = { 'hoodie-green-s': 0, 'hoodie-green-m': 0, 'hoodie-green-l': 5, 'hoodie-green-xl': 5 };

/** The categories {@link searchShop} adds: tops and accessories under the test shop's clothes, gifts, electronics. */
export const SEARCH_CATEGORIES: Category[] = [
  { id: 'clothes-tops', name: text('上衣', 'Tops'), parentId: 'clothes' },
  { id: 'clothes-accessories', name: text('配饰', 'Accessories'), parentId: 'clothes' },
  { id: 'gifts', name: text('礼品', 'Gifts') },
  { id: 'electronics', name: text('数码', 'Electronics') },
];

/** A published review imported with the shop. */
function review(id: string, productId: string, rating: number): ReviewRecord {
  return { id, productId, author: '李**', rating, body: text('不错', 'Fine'), photos: [], status: 'published', versions: [], createdAt: '2026-02-01T08:00:00Z', updatedAt: '2026-02-01T08:00:00Z', verifiedPurchase: true };
}

/**
 * The tests' shop for search: {@link testShop}'s categories and products, then
 * {@link SEARCH_CATEGORIES} and these products:
 * - `hoodie` (tops): "Fleece hoodie", green or grey, S–XL, ¥199.00 (was ¥239.00), XL ¥219.00; stock {@link HOODIE_STOCK};
 * - `cap` (accessories): red or navy, one size, ¥59.00;
 * - `socks` (accessories): sizes M and L, grey, ¥29.00; "fleece-lined, under a hoodie" in its description;
 * - `keyboard` (electronics and office): red, brown or blue switches, ¥459.00, 30 each but blue sold out;
 * - `water-bottle` (gifts): "Sports bottle" / 运动水壶, insulated (in its description), tag `gift`, ¥89.00;
 * - `tea-box` (gifts): "Tea gift box", tag `gift`, ¥268.00;
 * - `candle` (gifts): tag `gift`, ¥39.00, 20 in stock;
 * - `earbuds` (electronics): ¥399.00, the newest product (2026-03-01);
 * - `power-bank` (electronics): capacity 10000 or 20000 mAh, ¥149.00 or ¥219.00.
 *
 * Reviews imported with it: the shirt 5 and 4 stars, the tea box 5, the earbuds 3. The other products
 * have none. A fresh copy each call.
 */
export function searchShop(): TestShop & { reviews: ReviewRecord[] } {
  const shop = testShop();
  const hoodie = goods({
    id: 'hoodie',
    title: ['抓绒连帽衫', 'Fleece hoodie'],
    categoryIds: ['clothes-tops'],
    optionGroups: [sizeGroup(SIZES), colourGroup(['green', 'grey'])],
    variants: ['green', 'grey'].flatMap((colour) =>
      SIZES.map((size) => {
        const id = `hoodie-${colour}-${size}`;
        return variant(id, size === 'xl' ? 21900 : 19900, HOODIE_STOCK[id] ?? 10, { size, color: colour }, size === 'xl' ? undefined : 23900);
      }),
    ),
    createdAt: '2026-01-05T00:00:00Z',
  });
  const added: GoodsProduct[] = [
    hoodie,
    goods({ id: 'cap', title: ['棒球帽', 'Baseball cap'], categoryIds: ['clothes-accessories'], optionGroups: [colourGroup(['red', 'navy'])], variants: ['red', 'navy'].map((c) => variant(`cap-${c}`, 5900, 20, { color: c })), createdAt: '2026-01-06T00:00:00Z' }),
    goods({
      id: 'socks',
      title: ['羊毛袜', 'Wool socks'],
      description: ['抓绒内里，配连帽衫穿。', 'Fleece-lined, to wear under a hoodie.'],
      categoryIds: ['clothes-accessories'],
      optionGroups: [sizeGroup(['m', 'l']), colourGroup(['grey'])],
      variants: ['m', 'l'].map((size) => variant(`socks-${size}`, 2900, 50, { size, color: 'grey' })),
      createdAt: '2026-01-07T00:00:00Z',
    }),
    goods({
      id: 'keyboard',
      title: ['机械键盘', 'Mechanical keyboard'],
      categoryIds: ['electronics', 'office'],
      optionGroups: [{ id: 'switch', name: text('轴体', 'Switches'), display: 'buttons', values: ['red', 'brown', 'blue'].map((id) => ({ id, label: id })) }],
      variants: ['red', 'brown', 'blue'].map((s) => variant(`kb-${s}`, 45900, s === 'blue' ? 0 : 30, { switch: s })),
      createdAt: '2026-01-08T00:00:00Z',
    }),
    goods({ id: 'water-bottle', title: ['运动水壶', 'Sports bottle'], description: ['不锈钢保温。', 'Insulated steel.'], categoryIds: ['gifts'], tags: ['gift'], variants: [variant('water-bottle', 8900, 40)], createdAt: '2026-01-09T00:00:00Z' }),
    goods({ id: 'tea-box', title: ['茶叶礼盒', 'Tea gift box'], categoryIds: ['gifts'], tags: ['gift', 'tea'], variants: [variant('tea-box', 26800, 15)], createdAt: '2026-01-10T00:00:00Z' }),
    goods({ id: 'candle', title: ['香薰蜡烛', 'Scented candle'], categoryIds: ['gifts'], tags: ['gift'], variants: [variant('candle', 3900, 20)], createdAt: '2026-01-11T00:00:00Z' }),
    goods({ id: 'earbuds', title: ['无线耳机', 'Wireless earbuds'], categoryIds: ['electronics'], variants: [variant('earbuds', 39900, 25)], createdAt: '2026-03-01T00:00:00Z' }),
    goods({
      id: 'power-bank',
      title: ['移动电源', 'Power bank'],
      categoryIds: ['electronics'],
      optionGroups: [{ id: 'capacity', name: text('容量', 'Capacity'), display: 'buttons', values: [{ id: '10000mah', label: text('10000 mAh', '10000 mAh') }, { id: '20000mah', label: text('20000 mAh', '20000 mAh') }] }],
      variants: [variant('bank-10000', 14900, 30, { capacity: '10000mah' }), variant('bank-20000', 21900, 30, { capacity: '20000mah' })],
      createdAt: '2026-01-12T00:00:00Z',
    }),
  ];
  return {
    ...shop,
    categories: [...shop.categories, ...structuredClone(SEARCH_CATEGORIES)],
    products: [...shop.products, ...added],
    reviews: [review('rv-shirt-1', 'shirt', 5), review('rv-shirt-2', 'shirt', 4), review('rv-tea-1', 'tea-box', 5), review('rv-buds-1', 'earbuds', 3)],
  };
}
