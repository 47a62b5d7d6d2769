/**
 * The demo shop: a small bilingual (zh-CN / en-US) catalog priced in CNY that shows every feature
 * of OrderZone: size × colour variants with sold-out combinations and compare-at prices, engraving
 * with a surcharge and a gift-wrap choice, electronics with specs and reviews, office supplies with
 * quantity steps and bulk price tiers, coupons, shipping rates and inclusive VAT; and three bookable
 * products in the merchant zone `Asia/Shanghai`: a housekeeping service booked by 2-hour slot with
 * two housekeepers (`home-cleaning`), a hotel with two room types, weekend prices and a closed night
 * (`lakeside-hotel`), and a cinema screening with a seat map and three sessions (`cinema-night`).
 *
 * Booking dates (sessions, closed nights, a holiday) are laid out from the day the shop is created,
 * so the demo always has something ahead: {@link createDemoShop} takes that day, {@link demoShop}
 * is the shop as of module load.
 *
 * Images are inline SVG `data:` URLs generated here, so the demo needs no network and no binary files.
 *
 * @module
 */
import { addDays, utcToZoned, zonedDateTimeToUtc } from '@orderzone/core/bookings';
import type {
  Category, Image, LocalizedText, Money, OptionGroup, PaymentMethod, PriceTier, Product, Review, SeatRow, SeatsProduct, SeatSession, Spec,
  StayProduct, TimeSlotProduct, Variant,
} from '@orderzone/core';
import type { ShopSeed } from './order-engine.ts';
import { reviewRecordsOfCatalog } from './reviews.ts';

const CURRENCY = 'CNY';

/** An amount in fen (CNY minor units): `fen(2990)` is ¥29.90. */
function fen(amount: number): Money {
  return { amount, currency: CURRENCY };
}

function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

/** The shapes a generated product picture can show. */
export type SvgMotif =
  | 'shirt' | 'hoodie' | 'cap' | 'socks' | 'bottle' | 'mug' | 'box' | 'earbuds' | 'battery' | 'keyboard' | 'paper' | 'pen' | 'notes' | 'notebook'
  | 'broom' | 'bed' | 'ticket' | 'category';

const MOTIFS: Record<SvgMotif, string> = {
  shirt: '<path d="M60 50 L85 38 Q100 50 115 38 L140 50 L158 78 L138 88 L134 80 L134 160 L66 160 L66 80 L62 88 L42 78 Z" fill="FG"/>',
  hoodie: '<path d="M58 56 L80 40 Q100 30 120 40 L142 56 L160 120 L140 124 L136 96 L136 164 L64 164 L64 96 L60 124 L40 120 Z" fill="FG"/><path d="M82 42 Q100 76 118 42" fill="none" stroke="BG" stroke-width="5"/>',
  cap: '<path d="M52 120 Q52 60 100 58 Q148 60 148 120 Z" fill="FG"/><rect x="40" y="116" width="130" height="14" rx="7" fill="FG"/>',
  socks: '<path d="M70 40 h30 v80 q0 30 -30 36 l-20 2 q-14 -18 6 -30 l14 -8 Z" fill="FG"/><path d="M110 40 h30 v80 q0 30 -30 36 l-20 2 q-14 -18 6 -30 l14 -8 Z" fill="FG" opacity=".7"/>',
  bottle: '<rect x="78" y="36" width="44" height="18" rx="4" fill="FG"/><rect x="70" y="54" width="60" height="112" rx="18" fill="FG"/><rect x="82" y="96" width="36" height="4" rx="2" fill="BG"/>',
  mug: '<rect x="56" y="60" width="72" height="90" rx="10" fill="FG"/><path d="M128 80 q30 0 30 24 q0 24 -30 24" fill="none" stroke="FG" stroke-width="10"/>',
  box: '<rect x="48" y="74" width="104" height="84" rx="6" fill="FG"/><rect x="42" y="60" width="116" height="22" rx="4" fill="FG"/><rect x="94" y="60" width="12" height="98" fill="BG"/>',
  earbuds: '<circle cx="76" cy="88" r="22" fill="FG"/><rect x="70" y="100" width="12" height="56" rx="6" fill="FG"/><circle cx="124" cy="88" r="22" fill="FG"/><rect x="118" y="100" width="12" height="56" rx="6" fill="FG"/>',
  battery: '<rect x="56" y="44" width="88" height="120" rx="14" fill="FG"/><path d="M104 70 L84 108 H100 L94 138 L118 96 H102 Z" fill="BG"/>',
  keyboard: '<rect x="28" y="66" width="144" height="72" rx="8" fill="FG"/><g fill="BG"><rect x="40" y="78" width="14" height="12" rx="2"/><rect x="60" y="78" width="14" height="12" rx="2"/><rect x="80" y="78" width="14" height="12" rx="2"/><rect x="100" y="78" width="14" height="12" rx="2"/><rect x="120" y="78" width="14" height="12" rx="2"/><rect x="140" y="78" width="20" height="12" rx="2"/><rect x="40" y="96" width="20" height="12" rx="2"/><rect x="66" y="96" width="14" height="12" rx="2"/><rect x="86" y="96" width="14" height="12" rx="2"/><rect x="106" y="96" width="14" height="12" rx="2"/><rect x="126" y="96" width="34" height="12" rx="2"/><rect x="64" y="114" width="72" height="12" rx="2"/></g>',
  paper: '<rect x="62" y="40" width="84" height="116" fill="FG" opacity=".5"/><rect x="54" y="48" width="84" height="116" fill="FG"/>',
  pen: '<rect x="60" y="40" width="14" height="110" rx="4" fill="FG"/><rect x="93" y="40" width="14" height="110" rx="4" fill="FG" opacity=".8"/><rect x="126" y="40" width="14" height="110" rx="4" fill="FG" opacity=".6"/><path d="M60 150 h14 l-7 16 Z M93 150 h14 l-7 16 Z M126 150 h14 l-7 16 Z" fill="FG"/>',
  notes: '<rect x="66" y="44" width="84" height="84" fill="FG" opacity=".6"/><rect x="50" y="64" width="88" height="88" fill="FG"/><path d="M112 152 L138 126 L138 152 Z" fill="BG" opacity=".5"/>',
  notebook: '<rect x="58" y="38" width="88" height="124" rx="6" fill="FG"/><rect x="66" y="38" width="6" height="124" fill="BG" opacity=".6"/><rect x="86" y="64" width="44" height="8" rx="2" fill="BG"/>',
  broom: '<rect x="94" y="30" width="12" height="92" rx="5" fill="FG"/><path d="M66 120 h68 l14 46 h-96 Z" fill="FG"/><path d="M80 140 v22 M100 140 v22 M120 140 v22" stroke="BG" stroke-width="4"/>',
  bed: '<rect x="34" y="70" width="14" height="92" rx="4" fill="FG"/><rect x="48" y="112" width="118" height="32" rx="6" fill="FG"/><rect x="56" y="94" width="34" height="18" rx="8" fill="FG" opacity=".7"/><rect x="152" y="130" width="14" height="32" rx="4" fill="FG"/>',
  ticket: '<path d="M40 64 h120 v24 a12 12 0 0 0 0 24 v24 h-120 v-24 a12 12 0 0 0 0 -24 Z" fill="FG"/><path d="M120 68 v64" stroke="BG" stroke-width="4" stroke-dasharray="6 6"/>',
  category: '<circle cx="100" cy="92" r="48" fill="FG"/>',
};

/**
 * A square product picture as an SVG `data:` URL: a tinted background, a simple shape and an initial.
 * Nothing is fetched; the URL only ever lands in an `<img src>`.
 */
export function svgImageUrl(motif: SvgMotif, background: string, foreground: string, letter: string): string {
  const shape = MOTIFS[motif].replaceAll('FG', foreground).replaceAll('BG', background);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="600" height="600">` +
    `<rect width="200" height="200" fill="${background}"/>${shape}` +
    `<text x="184" y="190" font-family="sans-serif" font-size="18" font-weight="700" text-anchor="end" fill="${foreground}" opacity=".55">${letter}</text>` +
    `</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function image(motif: SvgMotif, background: string, foreground: string, letter: string, alt: LocalizedText): Image {
  return { url: svgImageUrl(motif, background, foreground, letter), alt, width: 600, height: 600 };
}

// ---------------------------------------------------------------------------------------------
// Option groups shared by the apparel (same ids, so search facets merge across products)

const SIZES = [
  { id: 's', label: 'S' },
  { id: 'm', label: 'M' },
  { id: 'l', label: 'L' },
  { id: 'xl', label: 'XL' },
] as const;

function sizeGroup(): OptionGroup {
  return { id: 'size', name: text('尺码', 'Size'), display: 'buttons', values: SIZES.map((s) => ({ id: s.id, label: s.label })) };
}

interface Colour {
  id: string;
  zh: string;
  en: string;
  hex: string;
}

const NAVY: Colour = { id: 'navy', zh: '藏青', en: 'Navy', hex: '#1f3a5f' };
const WHITE: Colour = { id: 'white', zh: '白色', en: 'White', hex: '#f5f5f0' };
const BLACK: Colour = { id: 'black', zh: '黑色', en: 'Black', hex: '#1b1b1b' };
const GREY: Colour = { id: 'grey', zh: '麻灰', en: 'Heather grey', hex: '#9ea3a8' };
const RED: Colour = { id: 'red', zh: '砖红', en: 'Brick red', hex: '#a63d32' };
const GREEN: Colour = { id: 'green', zh: '墨绿', en: 'Forest green', hex: '#2f5d3a' };
const BLUE: Colour = { id: 'blue', zh: '蓝色', en: 'Blue', hex: '#2c5aa0' };

function colourGroup(colours: readonly Colour[]): OptionGroup {
  return { id: 'color', name: text('颜色', 'Colour'), display: 'swatches', values: colours.map((c) => ({ id: c.id, label: text(c.zh, c.en), swatch: c.hex })) };
}

function review(id: string, author: string, rating: number, createdAt: string, title: [string, string] | undefined, body: [string, string], verifiedPurchase = true): Review {
  return { id, author, rating, ...(title ? { title: text(title[0], title[1]) } : {}), body: text(body[0], body[1]), createdAt, verifiedPurchase };
}

function spec(nameZh: string, nameEn: string, valueZh: string, valueEn = valueZh): Spec {
  return { name: text(nameZh, nameEn), value: text(valueZh, valueEn) };
}

const NO_LIMIT_QUANTITY = { min: 1, max: 10, step: 1 };

// ---------------------------------------------------------------------------------------------
// Categories

const categories: Category[] = [
  { id: 'apparel', name: text('服饰', 'Apparel'), image: image('category', '#dfe7f2', '#1f3a5f', 'A', text('服饰', 'Apparel')) },
  { id: 'apparel-tops', parentId: 'apparel', name: text('上衣', 'Tops') },
  { id: 'apparel-accessories', parentId: 'apparel', name: text('配饰', 'Accessories') },
  { id: 'gifts', name: text('礼品定制', 'Personalised gifts'), image: image('category', '#f6e3d8', '#a63d32', 'G', text('礼品定制', 'Personalised gifts')) },
  { id: 'electronics', name: text('数码电子', 'Electronics'), image: image('category', '#e2e2ea', '#33334d', 'E', text('数码电子', 'Electronics')) },
  { id: 'office', name: text('办公用品', 'Office supplies'), image: image('category', '#e6efe1', '#2f5d3a', 'O', text('办公用品', 'Office supplies')) },
  { id: 'services', name: text('服务', 'Services'), image: image('category', '#e3f0ee', '#1d6b5f', 'S', text('服务', 'Services')) },
  { id: 'stays', name: text('住宿', 'Stays'), image: image('category', '#f2ebdf', '#7a5a2f', 'H', text('住宿', 'Stays')) },
  { id: 'tickets', name: text('票务', 'Tickets'), image: image('category', '#ece3f2', '#5b3a7a', 'T', text('票务', 'Tickets')) },
];

// ---------------------------------------------------------------------------------------------
// Apparel

interface MatrixOptions {
  prefix: string;
  skuPrefix: string;
  motif: SvgMotif;
  title: LocalizedText;
  colours: readonly Colour[];
  price: (size: string) => Money;
  compareAtPrice?: (size: string, colour: string) => Money | undefined;
  stock: (size: string, colour: string) => number;
}

/** Every size × colour combination as a variant with its own picture. */
function sizeColourVariants(o: MatrixOptions): Variant[] {
  const variants: Variant[] = [];
  for (const colour of o.colours) {
    for (const size of SIZES) {
      const compareAt = o.compareAtPrice?.(size.id, colour.id);
      variants.push({
        id: `${o.prefix}-${colour.id}-${size.id}`,
        sku: `${o.skuPrefix}-${colour.id.slice(0, 3).toUpperCase()}-${size.label}`,
        options: { size: size.id, color: colour.id },
        price: o.price(size.id),
        ...(compareAt ? { compareAtPrice: compareAt } : {}),
        stock: o.stock(size.id, colour.id),
        image: image(o.motif, '#eeeeea', colour.hex, size.label, text(`${localText(o.title, 'zh')}（${colour.zh}）`, `${localText(o.title, 'en')} (${colour.en})`)),
      });
    }
  }
  return variants;
}

function localText(t: LocalizedText, lang: 'zh' | 'en'): string {
  return typeof t === 'string' ? t : (t[lang === 'zh' ? 'zh-CN' : 'en-US'] ?? '');
}

const teeTitle = text('纯棉圆领T恤', 'Cotton crew-neck T-shirt');
const tee: Product = {
  id: 'cotton-tee',
  kind: 'goods',
  title: teeTitle,
  subtitle: text('180克精梳棉，亲肤透气', '180 g combed cotton, soft and breathable'),
  description: text(
    '经典圆领版型，采用180克新疆精梳长绒棉，厚实不透，洗后不易变形。\n\n常规版型，建议按平时尺码选购。机洗请反面冷水洗涤。',
    'A classic crew neck in 180 g long-staple combed cotton: substantial, not see-through, and keeps its shape after washing.\n\nRegular fit: order your usual size. Machine wash cold, inside out.',
  ),
  categoryIds: ['apparel', 'apparel-tops'],
  images: [NAVY, WHITE, BLACK].map((c) => image('shirt', '#eeeeea', c.hex, 'T', text(`纯棉圆领T恤（${c.zh}）`, `Cotton crew-neck T-shirt (${c.en})`))),
  specs: [spec('面料', 'Fabric', '100% 精梳棉', '100% combed cotton'), spec('克重', 'Weight', '180 克/平方米', '180 g/m²'), spec('版型', 'Fit', '常规', 'Regular'), spec('产地', 'Made in', '中国', 'China')],
  reviews: [
    review('tee-r1', '小林', 5, '2025-03-02T10:15:00+08:00', ['很厚实', 'Nice and thick'], ['面料厚实，洗了几次也没有变形，藏青色很正。', 'The fabric is thick, kept its shape after several washes, and the navy is a true navy.']),
    review('tee-r2', 'Emma W.', 4, '2025-02-11T18:40:00+08:00', undefined, ['尺码偏大一点点，平时穿M的可以考虑S。', 'Runs slightly large; if you usually wear M, consider S.']),
  ],
  optionGroups: [sizeGroup(), colourGroup([NAVY, WHITE, BLACK])],
  variants: sizeColourVariants({
    prefix: 'tee',
    skuPrefix: 'OZ-TEE',
    motif: 'shirt',
    title: teeTitle,
    colours: [NAVY, WHITE, BLACK],
    price: () => fen(7900),
    compareAtPrice: (_size, colour) => (colour === 'navy' ? fen(9900) : undefined),
    // White in XL and black in S are sold out; navy L is nearly gone.
    stock: (size, colour) => (colour === 'white' && size === 'xl') || (colour === 'black' && size === 's') ? 0 : colour === 'navy' && size === 'l' ? 3 : 40,
  }),
  personalization: [],
  quantity: NO_LIMIT_QUANTITY,
  tags: ['T恤', '短袖', 't-shirt', 'tee', 'cotton', '纯棉'],
  createdAt: '2025-01-10T09:00:00+08:00',
};

const hoodieTitle = text('加绒连帽卫衣', 'Fleece-lined hoodie');
const hoodie: Product = {
  id: 'fleece-hoodie',
  kind: 'goods',
  title: hoodieTitle,
  subtitle: text('内里加绒，秋冬保暖', 'Brushed fleece inside for cold days'),
  description: text(
    '320克毛圈布外层，内里磨毛加绒，帽绳可调节，袋鼠兜可放手机。\n\nXL 码使用更多面料，价格略高。',
    '320 g loopback shell with a brushed fleece lining, an adjustable drawcord hood and a kangaroo pocket that fits a phone.\n\nSize XL uses more fabric and costs a little more.',
  ),
  categoryIds: ['apparel', 'apparel-tops'],
  images: [GREY, GREEN, BLACK].map((c) => image('hoodie', '#eeeeea', c.hex, 'H', text(`加绒连帽卫衣（${c.zh}）`, `Fleece-lined hoodie (${c.en})`))),
  specs: [spec('面料', 'Fabric', '80% 棉 / 20% 聚酯纤维', '80% cotton / 20% polyester'), spec('克重', 'Weight', '320 克/平方米', '320 g/m²'), spec('版型', 'Fit', '宽松', 'Relaxed')],
  reviews: [
    review('hoodie-r1', '阿杰', 5, '2025-01-20T21:05:00+08:00', ['冬天很暖和', 'Very warm'], ['里面的绒很舒服，北方冬天外面套个外套就够了。', 'The fleece is lovely; with a coat on top it is enough for a northern winter.']),
    review('hoodie-r2', 'Sam', 5, '2025-02-03T08:30:00+08:00', undefined, ['颜色和图片一样，墨绿色很好看。', 'The colour matches the photos; the forest green looks great.']),
    review('hoodie-r3', '王女士', 4, '2025-02-28T12:00:00+08:00', undefined, ['略宽松，喜欢修身的可以小一码。', 'A relaxed cut; size down if you like a slimmer fit.']),
  ],
  optionGroups: [sizeGroup(), colourGroup([GREY, GREEN, BLACK])],
  variants: sizeColourVariants({
    prefix: 'hoodie',
    skuPrefix: 'OZ-HOOD',
    motif: 'hoodie',
    title: hoodieTitle,
    colours: [GREY, GREEN, BLACK],
    price: (size) => (size === 'xl' ? fen(21900) : fen(19900)),
    compareAtPrice: (size) => (size === 'xl' ? fen(25900) : fen(23900)),
    // Forest green is sold out in S and M.
    stock: (size, colour) => (colour === 'green' && (size === 's' || size === 'm') ? 0 : colour === 'grey' ? 25 : 12),
  }),
  personalization: [],
  quantity: NO_LIMIT_QUANTITY,
  tags: ['卫衣', '连帽', 'hoodie', 'sweatshirt', 'fleece'],
  createdAt: '2025-02-15T09:00:00+08:00',
};

const cap: Product = {
  id: 'baseball-cap',
  kind: 'goods',
  title: text('水洗棉棒球帽', 'Washed cotton baseball cap'),
  subtitle: text('可调节后扣', 'Adjustable strap'),
  description: text('水洗做旧棉布，软顶不压头型，金属后扣可调节头围 54–60 厘米。', 'Garment-washed cotton with a soft crown and a metal buckle that adjusts from 54 to 60 cm.'),
  categoryIds: ['apparel', 'apparel-accessories'],
  images: [image('cap', '#eeeeea', NAVY.hex, 'C', text('水洗棉棒球帽', 'Washed cotton baseball cap'))],
  specs: [spec('面料', 'Fabric', '100% 棉', '100% cotton'), spec('头围', 'Head size', '54–60 厘米', '54–60 cm')],
  reviews: [],
  optionGroups: [colourGroup([NAVY, BLACK, RED])],
  variants: [NAVY, BLACK, RED].map((c) => ({
    id: `cap-${c.id}`,
    sku: `OZ-CAP-${c.id.slice(0, 3).toUpperCase()}`,
    options: { color: c.id },
    price: fen(5900),
    stock: c.id === 'red' ? 0 : 60,
    image: image('cap', '#eeeeea', c.hex, 'C', text(`水洗棉棒球帽（${c.zh}）`, `Washed cotton baseball cap (${c.en})`)),
  })),
  personalization: [],
  quantity: NO_LIMIT_QUANTITY,
  tags: ['帽子', 'cap', 'hat'],
  createdAt: '2024-11-05T09:00:00+08:00',
};

const socks: Product = {
  id: 'wool-socks',
  kind: 'goods',
  title: text('美利奴羊毛袜（3双装）', 'Merino wool socks (3 pairs)'),
  description: text('美利奴羊毛混纺，吸湿排汗，不易起球。每盒3双，颜色随机。', 'A merino wool blend that wicks moisture and resists pilling. Three pairs per box in assorted colours.'),
  categoryIds: ['apparel', 'apparel-accessories'],
  images: [image('socks', '#f2ece2', '#7a5c3e', 'W', text('美利奴羊毛袜', 'Merino wool socks'))],
  specs: [spec('成分', 'Composition', '60% 美利奴羊毛 / 38% 锦纶 / 2% 氨纶', '60% merino wool / 38% nylon / 2% elastane')],
  reviews: [],
  optionGroups: [{ id: 'size', name: text('尺码', 'Size'), display: 'buttons', values: [{ id: 'm', label: text('M（35–39）', 'M (EU 35–39)') }, { id: 'l', label: text('L（40–44）', 'L (EU 40–44)') }] }],
  variants: [
    // Stock of socks is not tracked: the warehouse always has them.
    { id: 'socks-m', sku: 'OZ-SOCK-M', options: { size: 'm' }, price: fen(4900), stock: null },
    { id: 'socks-l', sku: 'OZ-SOCK-L', options: { size: 'l' }, price: fen(4900), stock: null },
  ],
  personalization: [],
  quantity: { min: 1, max: 20, step: 1 },
  tags: ['袜子', 'socks', 'wool', '羊毛'],
  createdAt: '2024-10-01T09:00:00+08:00',
};

// ---------------------------------------------------------------------------------------------
// Gifts

const GIFT_WRAP = {
  id: 'gift-wrap',
  label: text('礼品包装', 'Gift wrap'),
  kind: 'choice' as const,
  required: false,
  choices: [
    { id: 'kraft', label: text('牛皮纸包装', 'Kraft paper wrap'), priceDelta: fen(800) },
    { id: 'gift-box', label: text('礼盒+贺卡', 'Gift box with card'), priceDelta: fen(1800) },
  ],
};

const bottle: Product = {
  id: 'engraved-bottle',
  kind: 'goods',
  title: text('定制刻字保温杯', 'Engraved insulated bottle'),
  subtitle: text('激光刻字，12小时保温', 'Laser engraved, keeps drinks hot for 12 hours'),
  description: text(
    '316不锈钢内胆，真空双层，12小时保温、24小时保冷。杯身激光刻字，不褪色。\n\n刻字内容最多20个字符，下单后2个工作日内发货。定制商品不支持无理由退货。',
    'A 316 stainless-steel, double-walled vacuum bottle: hot for 12 hours, cold for 24. The laser engraving never fades.\n\nEngraving up to 20 characters; ships within 2 working days. Personalised items cannot be returned without cause.',
  ),
  categoryIds: ['gifts'],
  images: [image('bottle', '#f6e3d8', '#a63d32', 'B', text('定制刻字保温杯', 'Engraved insulated bottle'))],
  specs: [spec('材质', 'Material', '316 不锈钢', '316 stainless steel'), spec('保温', 'Keeps hot', '12 小时', '12 hours'), spec('保冷', 'Keeps cold', '24 小时', '24 hours')],
  reviews: [
    review('bottle-r1', '陈先生', 5, '2025-03-08T14:20:00+08:00', ['送给爸爸的生日礼物', 'A birthday gift for my dad'], ['刻字很清晰，包装也很精美，爸爸很喜欢。', 'The engraving is crisp and the gift box is lovely; my dad loves it.']),
    review('bottle-r2', 'Lily', 5, '2025-01-28T09:45:00+08:00', undefined, ['保温效果很好，早上装的热水下午还烫。', 'Keeps heat really well: water poured in the morning is still hot in the afternoon.']),
  ],
  optionGroups: [
    { id: 'capacity', name: text('容量', 'Capacity'), display: 'buttons', values: [{ id: '350ml', label: '350 ml' }, { id: '500ml', label: '500 ml' }] },
    colourGroup([RED, NAVY, WHITE]),
  ],
  variants: (['350ml', '500ml'] as const).flatMap((capacity) =>
    [RED, NAVY, WHITE].map((c) => ({
      id: `bottle-${capacity}-${c.id}`,
      sku: `OZ-BTL-${capacity.replace('ml', '')}-${c.id.slice(0, 3).toUpperCase()}`,
      options: { capacity, color: c.id },
      price: capacity === '350ml' ? fen(12900) : fen(14900),
      stock: capacity === '500ml' && c.id === 'white' ? 0 : 30,
      image: image('bottle', '#f6f1ec', c.hex, capacity === '350ml' ? '350' : '500', text(`定制刻字保温杯 ${capacity}（${c.zh}）`, `Engraved insulated bottle ${capacity} (${c.en})`)),
    })),
  ),
  personalization: [
    {
      id: 'engraving',
      label: text('刻字内容', 'Engraving text'),
      kind: 'text',
      required: true,
      maxLength: 20,
      placeholder: text('例如：生日快乐 爸爸', 'e.g. Happy birthday, Dad'),
      priceDelta: fen(1500),
    },
    GIFT_WRAP,
  ],
  quantity: { min: 1, max: 20, step: 1 },
  tags: ['保温杯', '刻字', '定制', 'bottle', 'thermos', 'engraved', 'gift', '礼物'],
  createdAt: '2025-03-01T09:00:00+08:00',
};

const mug: Product = {
  id: 'custom-mug',
  kind: 'goods',
  title: text('定制陶瓷马克杯', 'Personalised ceramic mug'),
  subtitle: text('可印名字或一句话', 'Printed with a name or a short line'),
  description: text('高温釉下彩陶瓷，可微波炉、洗碗机使用。可选印字，最多30个字符。', 'Underglaze-printed stoneware, microwave and dishwasher safe. Optional printed text of up to 30 characters.'),
  categoryIds: ['gifts'],
  images: [image('mug', '#fbf3de', '#c2872b', 'M', text('定制陶瓷马克杯', 'Personalised ceramic mug'))],
  specs: [spec('容量', 'Capacity', '350 毫升', '350 ml'), spec('材质', 'Material', '陶瓷', 'Stoneware')],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'mug-350', sku: 'OZ-MUG-350', options: {}, price: fen(6900), compareAtPrice: fen(7900), stock: 45 }],
  personalization: [
    { id: 'print-text', label: text('印字内容', 'Printed text'), kind: 'text', required: false, maxLength: 30, placeholder: text('例如：早安，打工人', 'e.g. Morning person (not)'), priceDelta: fen(1000) },
    GIFT_WRAP,
  ],
  quantity: { min: 1, max: 50, step: 1 },
  tags: ['马克杯', '杯子', 'mug', 'cup', 'gift'],
  createdAt: '2024-12-12T09:00:00+08:00',
};

const teaBox: Product = {
  id: 'tea-gift-box',
  kind: 'goods',
  title: text('西湖龙井茶礼盒', 'West Lake Longjing tea gift box'),
  subtitle: text('明前一级，250克', 'Pre-Qingming first grade, 250 g'),
  description: text('杭州西湖产区明前龙井，铁罐密封装，附送礼袋。可选手写贺卡。', 'Pre-Qingming Longjing from the West Lake area of Hangzhou in sealed tins, with a gift bag. A handwritten card is available.'),
  categoryIds: ['gifts'],
  images: [image('box', '#e6efe1', '#2f5d3a', 'T', text('西湖龙井茶礼盒', 'West Lake Longjing tea gift box'))],
  specs: [spec('净含量', 'Net weight', '250 克', '250 g'), spec('产地', 'Origin', '浙江杭州', 'Hangzhou, Zhejiang'), spec('保质期', 'Shelf life', '18 个月', '18 months')],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'tea-250', sku: 'OZ-TEA-250', options: {}, price: fen(36800), compareAtPrice: fen(42800), stock: 18 }],
  personalization: [
    {
      id: 'greeting-card',
      label: text('贺卡', 'Greeting card'),
      kind: 'choice',
      required: false,
      choices: [
        { id: 'birthday', label: text('生日快乐', 'Happy birthday'), priceDelta: fen(500) },
        { id: 'thanks', label: text('感谢有你', 'Thank you'), priceDelta: fen(500) },
      ],
    },
  ],
  quantity: { min: 1, max: 10, step: 1 },
  tags: ['茶叶', '龙井', '绿茶', 'tea', 'green tea', 'gift'],
  createdAt: '2024-09-20T09:00:00+08:00',
};

// ---------------------------------------------------------------------------------------------
// Electronics

const earbuds: Product = {
  id: 'wireless-earbuds',
  kind: 'goods',
  title: text('主动降噪无线耳机', 'Noise-cancelling wireless earbuds'),
  subtitle: text('蓝牙5.3，续航32小时', 'Bluetooth 5.3, 32-hour battery'),
  description: text(
    '混合主动降噪，最深42分贝；通透模式一键切换。单次续航8小时，配合充电盒共32小时。\n\nIP54 防尘防水，运动通勤都合适。',
    'Hybrid active noise cancelling up to 42 dB, with a one-tap transparency mode. 8 hours per charge, 32 hours with the case.\n\nIP54 dust and splash resistant for workouts and commutes.',
  ),
  categoryIds: ['electronics'],
  images: [image('earbuds', '#e2e2ea', '#33334d', 'E', text('主动降噪无线耳机', 'Noise-cancelling wireless earbuds'))],
  specs: [
    spec('蓝牙版本', 'Bluetooth', '5.3'),
    spec('降噪深度', 'Noise cancelling', '最高 42 分贝', 'up to 42 dB'),
    spec('续航', 'Battery life', '单次 8 小时 / 总计 32 小时', '8 h per charge / 32 h with case'),
    spec('充电接口', 'Charging', 'USB-C，支持无线充电', 'USB-C and wireless'),
    spec('防水等级', 'Water resistance', 'IP54'),
    spec('单耳重量', 'Weight per bud', '4.9 克', '4.9 g'),
  ],
  reviews: [
    review('buds-r1', '数码控老张', 5, '2025-02-22T20:10:00+08:00', ['降噪超出预期', 'Better ANC than expected'], ['地铁上开降噪基本听不到报站声，这个价位很值。', 'With ANC on I barely hear the metro announcements. Great value at this price.']),
    review('buds-r2', 'Jenny', 4, '2025-03-05T07:55:00+08:00', undefined, ['音质不错，就是通话时风噪稍大。', 'Good sound; a bit of wind noise on calls.']),
    review('buds-r3', '刘同学', 5, '2025-01-15T16:00:00+08:00', undefined, ['佩戴很稳，跑步不会掉。', 'They stay put, even when running.']),
  ],
  optionGroups: [colourGroup([BLACK, WHITE, BLUE])],
  variants: [
    { id: 'buds-black', sku: 'OZ-BUDS-BLK', options: { color: 'black' }, price: fen(39900), compareAtPrice: fen(49900), stock: 50 },
    // Only a few white ones left.
    { id: 'buds-white', sku: 'OZ-BUDS-WHT', options: { color: 'white' }, price: fen(39900), compareAtPrice: fen(49900), stock: 2 },
    { id: 'buds-blue', sku: 'OZ-BUDS-BLU', options: { color: 'blue' }, price: fen(42900), stock: 15 },
  ],
  personalization: [],
  quantity: { min: 1, max: 5, step: 1 },
  tags: ['耳机', '蓝牙', '降噪', 'earbuds', 'headphones', 'bluetooth', 'anc'],
  createdAt: '2025-03-10T09:00:00+08:00',
};

const powerBank: Product = {
  id: 'power-bank',
  kind: 'goods',
  title: text('快充移动电源', 'Fast-charging power bank'),
  subtitle: text('PD 65W，可给笔记本充电', '65 W PD, charges laptops'),
  description: text(
    '双 USB-C 口，单口最大 65W，可同时为手机和笔记本充电。支持边充边放。\n\n20000mAh 版本可带上飞机（74Wh）。',
    'Two USB-C ports with up to 65 W from one port: charge a phone and a laptop at once, with pass-through charging.\n\nThe 20000 mAh model is allowed in cabin baggage (74 Wh).',
  ),
  categoryIds: ['electronics'],
  images: [image('battery', '#e4ecef', '#24505e', 'P', text('快充移动电源', 'Fast-charging power bank'))],
  specs: [
    spec('输出接口', 'Outputs', '2 × USB-C，1 × USB-A', '2 × USB-C, 1 × USB-A'),
    spec('最大功率', 'Max output', '65W'),
    spec('输入', 'Input', 'USB-C 45W'),
    spec('重量', 'Weight', '10000mAh：210 克；20000mAh：360 克', '10000 mAh: 210 g; 20000 mAh: 360 g'),
  ],
  reviews: [
    review('bank-r1', 'Kevin', 5, '2025-02-09T11:11:00+08:00', undefined, ['能给 MacBook Air 充电，出差神器。', 'Charges my MacBook Air. Essential for business trips.']),
    review('bank-r2', '周周', 4, '2025-01-30T19:25:00+08:00', ['有点重', 'A bit heavy'], ['20000 的有点重，但是容量真的够用。', 'The 20000 mAh one is a bit heavy, but the capacity is worth it.']),
  ],
  optionGroups: [{ id: 'capacity', name: text('容量', 'Capacity'), display: 'buttons', values: [{ id: '10000mah', label: '10000 mAh' }, { id: '20000mah', label: '20000 mAh' }] }],
  variants: [
    { id: 'bank-10000', sku: 'OZ-PB-10K', options: { capacity: '10000mah' }, price: fen(14900), stock: 80 },
    { id: 'bank-20000', sku: 'OZ-PB-20K', options: { capacity: '20000mah' }, price: fen(21900), compareAtPrice: fen(25900), stock: 35 },
  ],
  personalization: [],
  quantity: { min: 1, max: 5, step: 1 },
  tags: ['充电宝', '移动电源', 'power bank', 'battery', 'charger'],
  createdAt: '2024-12-01T09:00:00+08:00',
};

const keyboard: Product = {
  id: 'mechanical-keyboard',
  kind: 'goods',
  title: text('无线机械键盘', 'Wireless mechanical keyboard'),
  subtitle: text('三模连接，热插拔轴体', 'Tri-mode, hot-swappable switches'),
  description: text(
    '75% 配列，蓝牙 / 2.4G / 有线三模连接，可同时连接 3 台设备。热插拔轴座，Gasket 结构，手感柔和。\n\n中英文双语键帽，兼容 Windows 和 macOS。',
    'A 75% layout with Bluetooth, 2.4 GHz and wired modes for up to 3 devices. Hot-swappable sockets and a gasket mount for a soft feel.\n\nBilingual Chinese/English keycaps; works with Windows and macOS.',
  ),
  categoryIds: ['electronics', 'office'],
  images: [image('keyboard', '#ece8e1', '#3d3a35', 'K', text('无线机械键盘', 'Wireless mechanical keyboard'))],
  specs: [
    spec('配列', 'Layout', '75%（84 键）', '75% (84 keys)'),
    spec('连接方式', 'Connectivity', '蓝牙 5.1 / 2.4G / USB-C 有线', 'Bluetooth 5.1 / 2.4 GHz / USB-C'),
    spec('电池', 'Battery', '4000mAh', '4000 mAh'),
    spec('键帽', 'Keycaps', 'PBT 双色注塑', 'Double-shot PBT'),
    spec('兼容系统', 'Compatible with', 'Windows / macOS / iPadOS'),
  ],
  reviews: [
    review('kb-r1', '程序员小吴', 5, '2025-02-17T23:40:00+08:00', ['手感很好', 'Lovely to type on'], ['茶轴段落感适中，写代码一整天也不累。', 'The brown switches have just the right bump; I can code all day without fatigue.']),
    review('kb-r2', 'Alex', 4, '2025-03-01T13:05:00+08:00', undefined, ['三模切换方便，就是蓝牙偶尔需要重连。', 'Switching modes is easy, though Bluetooth occasionally needs re-pairing.']),
    review('kb-r3', '设计师 Mia', 5, '2025-01-08T10:20:00+08:00', undefined, ['颜值高，放在桌上很好看。', 'Looks great on the desk.'], false),
  ],
  optionGroups: [{
    id: 'switch', name: text('轴体', 'Switches'), display: 'buttons',
    values: [{ id: 'red', label: text('红轴（线性）', 'Red (linear)') }, { id: 'brown', label: text('茶轴（段落）', 'Brown (tactile)') }, { id: 'blue', label: text('青轴（有声）', 'Blue (clicky)') }],
  }],
  variants: [
    { id: 'kb-red', sku: 'OZ-KB-RED', options: { switch: 'red' }, price: fen(45900), stock: 20 },
    { id: 'kb-brown', sku: 'OZ-KB-BRN', options: { switch: 'brown' }, price: fen(45900), stock: 14 },
    { id: 'kb-blue', sku: 'OZ-KB-BLU', options: { switch: 'blue' }, price: fen(45900), stock: 0 },
  ],
  personalization: [],
  quantity: { min: 1, max: 5, step: 1 },
  tags: ['键盘', '机械键盘', 'keyboard', 'mechanical', 'wireless'],
  createdAt: '2025-01-05T09:00:00+08:00',
};

// ---------------------------------------------------------------------------------------------
// Office supplies (bulk tiers for business buyers)

function tiers(...prices: [minQuantity: number, fen: number][]): PriceTier[] {
  return prices.map(([minQuantity, amount]) => ({ minQuantity, unitPrice: fen(amount) }));
}

const paper: Product = {
  id: 'a4-paper',
  kind: 'goods',
  title: text('A4 复印纸 70克（500张/包）', 'A4 copy paper, 70 gsm (ream of 500)'),
  subtitle: text('企业采购批量更优惠', 'Bulk prices for business buyers'),
  description: text('高白度、不卡纸，适用于激光和喷墨打印机。10包起每包26.50元，50包起每包23.00元。', 'Bright white and jam-free for laser and inkjet printers. From 10 reams ¥26.50 each, from 50 reams ¥23.00 each.'),
  categoryIds: ['office'],
  images: [image('paper', '#f4f4f4', '#8a96a3', 'A4', text('A4 复印纸', 'A4 copy paper'))],
  specs: [spec('规格', 'Size', 'A4（210 × 297 毫米）', 'A4 (210 × 297 mm)'), spec('克重', 'Weight', '70 克', '70 gsm'), spec('每包张数', 'Sheets per ream', '500'), spec('白度', 'Brightness', 'CIE 160')],
  reviews: [
    review('paper-r1', '行政小李', 5, '2025-02-25T09:10:00+08:00', undefined, ['公司一直在这里买，50包起的价格很划算。', 'Our office always buys here; the 50-ream price is excellent.']),
    review('paper-r2', 'Office manager', 5, '2025-01-12T15:30:00+08:00', undefined, ['打印不卡纸，送货很快。', 'No paper jams and quick delivery.']),
  ],
  optionGroups: [],
  variants: [{ id: 'paper-a4-70', sku: 'OZ-PAPER-A4-70', options: {}, price: fen(2990), stock: 2000, priceTiers: tiers([1, 2990], [10, 2650], [50, 2300]) }],
  personalization: [],
  quantity: { min: 1, max: 500, step: 1 },
  tags: ['复印纸', '打印纸', 'A4', 'paper', 'printer paper'],
  createdAt: '2024-08-01T09:00:00+08:00',
};

const pens: Product = {
  id: 'gel-pens',
  kind: 'goods',
  title: text('0.5mm 中性笔（12支/盒）', '0.5 mm gel pens (box of 12)'),
  description: text('顺滑速干，子弹头笔尖。10盒起、50盒起享批量价。', 'Smooth, quick-drying ink with a bullet tip. Bulk prices from 10 and from 50 boxes.'),
  categoryIds: ['office'],
  images: [image('pen', '#e9eef7', '#2c5aa0', 'P', text('中性笔', 'Gel pens'))],
  specs: [spec('笔尖', 'Tip', '0.5 毫米子弹头', '0.5 mm bullet'), spec('每盒', 'Per box', '12 支', '12 pens')],
  reviews: [],
  optionGroups: [{
    id: 'ink', name: text('墨水颜色', 'Ink colour'), display: 'swatches',
    values: [{ id: 'black', label: text('黑色', 'Black'), swatch: '#1b1b1b' }, { id: 'blue', label: text('蓝色', 'Blue'), swatch: '#2c5aa0' }, { id: 'red', label: text('红色', 'Red'), swatch: '#c0392b' }],
  }],
  variants: (['black', 'blue', 'red'] as const).map((ink) => ({
    id: `pens-${ink}`,
    sku: `OZ-PEN-05-${ink.toUpperCase()}`,
    options: { ink },
    price: fen(1800),
    stock: ink === 'red' ? 40 : 600,
    priceTiers: tiers([1, 1800], [10, 1550], [50, 1300]),
  })),
  personalization: [],
  quantity: { min: 1, max: 300, step: 1 },
  tags: ['中性笔', '签字笔', '笔', 'pen', 'gel pen'],
  createdAt: '2024-08-15T09:00:00+08:00',
};

const stickyNotes: Product = {
  id: 'sticky-notes',
  kind: 'goods',
  title: text('便利贴 76×76mm（100张/本）', 'Sticky notes 76 × 76 mm (pad of 100)'),
  subtitle: text('5本起订，按5本递增', 'Sold in multiples of 5 pads'),
  description: text('可反复粘贴不留痕。以5本为单位销售，100本起享批量价。', 'Repositionable and residue-free. Sold in multiples of 5 pads, with a bulk price from 100 pads.'),
  categoryIds: ['office'],
  images: [image('notes', '#fff6cc', '#e0b000', 'N', text('便利贴', 'Sticky notes'))],
  specs: [spec('尺寸', 'Size', '76 × 76 毫米', '76 × 76 mm'), spec('每本张数', 'Sheets per pad', '100')],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'notes-yellow', sku: 'OZ-NOTE-76-Y', options: {}, price: fen(390), stock: 5000, priceTiers: tiers([5, 390], [100, 320]) }],
  personalization: [],
  quantity: { min: 5, max: 1000, step: 5 },
  tags: ['便利贴', '便签', 'sticky notes', 'post-it'],
  createdAt: '2024-09-01T09:00:00+08:00',
};

const notebook: Product = {
  id: 'a5-notebook',
  kind: 'goods',
  title: text('A5 软皮笔记本', 'A5 soft-cover notebook'),
  description: text('100克道林纸，不洇墨，平摊装订。20本起享批量价。', '100 gsm wood-free paper that resists bleed-through, with lay-flat binding. Bulk price from 20 notebooks.'),
  categoryIds: ['office'],
  images: [image('notebook', '#efe6f5', '#5b3a7a', 'N', text('A5 软皮笔记本', 'A5 soft-cover notebook'))],
  specs: [spec('尺寸', 'Size', 'A5（148 × 210 毫米）', 'A5 (148 × 210 mm)'), spec('页数', 'Pages', '192'), spec('内页', 'Ruling', '横线', 'Lined')],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'notebook-a5', sku: 'OZ-NB-A5', options: {}, price: fen(2500), stock: 300, priceTiers: tiers([1, 2500], [20, 2100]) }],
  personalization: [],
  quantity: { min: 1, max: 200, step: 1 },
  tags: ['笔记本', '本子', 'notebook', 'journal'],
  createdAt: '2024-11-20T09:00:00+08:00',
};

// ---------------------------------------------------------------------------------------------
// Bookings: a service by time slot, a hotel, a cinema (merchant zone Asia/Shanghai)

/** The demo merchant's time zone. */
export const MERCHANT_ZONE = 'Asia/Shanghai';

/** A booking line is one slot, one stay or one set of seats: quantity 1. */
const ONE_BOOKING = { min: 1, max: 1, step: 1 };

function homeCleaning(today: string): TimeSlotProduct {
  const title = text('上门家政保洁（2小时）', 'Home cleaning visit (2 hours)');
  const weekday = (day: number) => ({ weekday: day, open: '08:00', close: '18:00' });
  return {
    id: 'home-cleaning',
    kind: 'time_slot',
    title,
    subtitle: text('两位阿姨师傅可选，上门服务', 'Choose your housekeeper; we come to you'),
    description: text(
      '经验丰富的保洁人员上门服务，每次2小时。日常保洁包括客厅、卧室、厨房台面和卫生间的清洁；深度保洁另含油烟机、窗户内侧和柜内清洁。\n\n请至少提前3小时预约，可预约30天内的时段。清洁工具和环保清洁剂由我们携带。',
      'An experienced housekeeper comes to your home for 2 hours. Standard cleaning covers the living room, bedrooms, kitchen surfaces and bathroom; deep cleaning adds the range hood, the inside of windows and cupboards.\n\nBook at least 3 hours ahead, up to 30 days out. We bring the tools and eco-friendly cleaning products.',
    ),
    categoryIds: ['services'],
    images: [image('broom', '#e3f0ee', '#1d6b5f', 'C', title)],
    specs: [spec('时长', 'Duration', '2 小时', '2 hours'), spec('服务方式', 'Where', '上门服务', 'At your address'), spec('提前预约', 'Book ahead', '至少 3 小时', 'At least 3 hours')],
    reviews: [
      review('clean-r1', '周女士', 5, '2025-02-20T15:00:00+08:00', ['准时又仔细', 'On time and thorough'], ['王阿姨非常准时，厨房擦得锃亮。', 'Auntie Wang was right on time and the kitchen is spotless.']),
    ],
    optionGroups: [
      {
        id: 'service',
        name: text('服务类型', 'Service'),
        display: 'buttons',
        values: [{ id: 'standard', label: text('日常保洁', 'Standard cleaning') }, { id: 'deep', label: text('深度保洁', 'Deep cleaning') }],
      },
    ],
    variants: [
      { id: 'cleaning-standard', sku: 'OZ-SVC-CLEAN-STD', options: { service: 'standard' }, price: fen(16800), stock: null },
      { id: 'cleaning-deep', sku: 'OZ-SVC-CLEAN-DEEP', options: { service: 'deep' }, price: fen(26800), stock: null },
    ],
    personalization: [],
    quantity: ONE_BOOKING,
    tags: ['家政', '保洁', '打扫', 'cleaning', 'housekeeping', 'service'],
    createdAt: '2025-02-01T09:00:00+08:00',
    booking: {
      timeZone: MERCHANT_ZONE,
      schedule: {
        // Monday to Saturday 08:00–18:00 (five 2-hour slots), Sunday 10:00–16:00 (three).
        openingHours: [1, 2, 3, 4, 5, 6].map(weekday).concat([{ weekday: 7, open: '10:00', close: '16:00' }]),
        slotMinutes: 120,
        capacity: 2,
        leadMinutes: 180,
        cutoffDays: 30,
        closedDates: [addDays(today, 14)],
      },
      resources: [
        { id: 'staff-wang', name: text('王阿姨', 'Auntie Wang') },
        { id: 'staff-zhao', name: text('赵师傅', 'Master Zhao') },
      ],
      resourceLabel: text('服务人员', 'Housekeeper'),
      onSite: true,
    },
  };
}

function lakesideHotel(today: string): StayProduct {
  const title = text('西湖畔精品酒店', 'Lakeside boutique hotel');
  const closed = addDays(today, 12);
  return {
    id: 'lakeside-hotel',
    kind: 'stay',
    title,
    subtitle: text('步行5分钟到湖边，含双早', 'Five minutes’ walk to the lake, breakfast for two included'),
    description: text(
      '位于杭州西湖边的精品酒店，房间安静明亮。大床房适合两人短住；湖景套房带独立客厅和阳台，至少连住2晚。\n\n周五、周六晚价格较高。入住时间14:00以后，退房时间12:00以前。',
      'A quiet, bright boutique hotel by West Lake in Hangzhou. The queen room suits a short stay for two; the lake-view suite has its own living room and balcony, with a two-night minimum.\n\nFriday and Saturday nights cost more. Check in from 14:00, check out by 12:00.',
    ),
    categoryIds: ['stays'],
    images: [image('bed', '#f2ebdf', '#7a5a2f', 'H', title)],
    specs: [spec('入住', 'Check-in', '14:00 以后', 'From 14:00'), spec('退房', 'Check-out', '12:00 以前', 'By 12:00'), spec('早餐', 'Breakfast', '含双早', 'For two, included')],
    reviews: [
      review('hotel-r1', 'Lucas M.', 5, '2025-01-28T20:00:00+08:00', ['Lovely view', 'Lovely view'], ['湖景套房的阳台太美了，早餐也很丰富。', 'The suite’s balcony view is gorgeous, and breakfast was generous.']),
    ],
    optionGroups: [
      {
        id: 'room',
        name: text('房型', 'Room type'),
        display: 'buttons',
        values: [{ id: 'queen', label: text('大床房', 'Queen room') }, { id: 'suite', label: text('湖景套房', 'Lake-view suite') }],
      },
    ],
    variants: [
      { id: 'room-queen', sku: 'OZ-HTL-QUEEN', options: { room: 'queen' }, price: fen(42800), stock: null },
      { id: 'room-suite', sku: 'OZ-HTL-SUITE', options: { room: 'suite' }, price: fen(88800), stock: null },
    ],
    personalization: [],
    quantity: ONE_BOOKING,
    tags: ['酒店', '住宿', '西湖', 'hotel', 'stay', 'room'],
    createdAt: '2025-02-05T09:00:00+08:00',
    booking: {
      timeZone: MERCHANT_ZONE,
      checkInTime: '14:00',
      checkOutTime: '12:00',
      maxNights: 14,
      roomTypes: [
        { variantId: 'room-queen', rooms: 3, rules: { defaultPrice: fen(42800), weekendPrice: fen(56800), closedNights: [closed], minNights: 1 } },
        { variantId: 'room-suite', rooms: 1, rules: { defaultPrice: fen(88800), weekendPrice: fen(112800), closedNights: [closed, addDays(today, 13)], minNights: 2 } },
      ],
    },
  };
}

const SEAT_COLUMNS = 8;
/** Rows A–E in the stalls, F–G on the balcony; rows C and D are the premium zone. */
const STALL_ROWS = ['A', 'B', 'C', 'D', 'E'];
const BALCONY_ROWS = ['F', 'G'];
const PREMIUM_ROWS = new Set(['C', 'D']);
/** Seats that are never sold: A1 and A8 are behind pillars, F4 and F5 hold the projection desk. */
const BLOCKED_SEATS = new Set(['A1', 'A8', 'F4', 'F5']);

function seatRow(row: string): SeatRow {
  return {
    id: row,
    label: text(`${row}排`, `Row ${row}`),
    seats: Array.from({ length: SEAT_COLUMNS }, (_, i) => {
      const id = `${row}${i + 1}`;
      return { id, label: text(`${row}排${i + 1}座`, `Row ${row}, seat ${i + 1}`), number: String(i + 1), zoneId: PREMIUM_ROWS.has(row) ? 'premium' : 'standard', ...(BLOCKED_SEATS.has(id) ? { unavailable: true } : {}) };
    }),
  };
}

function cinemaSession(date: string, time: string, label: LocalizedText): SeatSession {
  return { id: `screening-${date.replaceAll('-', '')}-${time.replace(':', '')}`, startsAt: zonedDateTimeToUtc(date, time, MERCHANT_ZONE), label };
}

function cinemaNight(today: string): SeatsProduct {
  const title = text('电影《星河归途》', 'Film: “Homeward Among the Stars”');
  const tomorrow = addDays(today, 1);
  const dayAfter = addDays(today, 2);
  return {
    id: 'cinema-night',
    kind: 'seats',
    title,
    subtitle: text('1号厅 · 国语 2D · 片长 128 分钟', 'Hall 1 · Mandarin, 2D · 128 minutes'),
    description: text(
      '一部关于回家的科幻长片。在线选座，每单最多6个座位。C排和D排为优选座。\n\n请在开场前15分钟到场取票。',
      'A science-fiction feature about finding the way home. Choose your seats online, up to 6 per order; rows C and D are premium seats.\n\nPlease arrive 15 minutes before the start to collect your tickets.',
    ),
    categoryIds: ['tickets'],
    images: [image('ticket', '#ece3f2', '#5b3a7a', 'F', title)],
    specs: [spec('影厅', 'Hall', '1号厅', 'Hall 1'), spec('语言', 'Language', '国语（中英字幕）', 'Mandarin (Chinese and English subtitles)'), spec('片长', 'Running time', '128 分钟', '128 minutes')],
    reviews: [],
    optionGroups: [],
    variants: [{ id: 'cinema-ticket', sku: 'OZ-TKT-CINEMA', options: {}, price: fen(4500), stock: null }],
    personalization: [],
    quantity: ONE_BOOKING,
    tags: ['电影', '电影票', '选座', 'cinema', 'film', 'movie', 'tickets'],
    createdAt: '2025-02-10T09:00:00+08:00',
    booking: {
      timeZone: MERCHANT_ZONE,
      venue: text('湖滨影城 1号厅', 'Lakeside Cinema, Hall 1'),
      sessions: [
        cinemaSession(tomorrow, '19:30', text('晚场', 'Evening')),
        cinemaSession(dayAfter, '14:00', text('午场', 'Matinee')),
        cinemaSession(dayAfter, '19:30', text('晚场', 'Evening')),
      ],
      seatMap: {
        zones: [
          { id: 'standard', name: text('普通座', 'Standard'), price: fen(4500) },
          { id: 'premium', name: text('优选座', 'Premium'), price: fen(6800) },
        ],
        sections: [
          { id: 'stalls', name: text('池座', 'Stalls'), rows: STALL_ROWS.map(seatRow) },
          { id: 'balcony', name: text('楼座', 'Balcony'), rows: BALCONY_ROWS.map(seatRow) },
        ],
        stage: text('银幕', 'Screen'),
      },
      maxSeatsPerOrder: 6,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Checkout options and pricing rules

const paymentMethods: PaymentMethod[] = [
  { id: 'alipay', kind: 'alipay', label: text('支付宝', 'Alipay'), description: text('扫码支付', 'Scan a QR code to pay') },
  { id: 'wechat_pay', kind: 'wechat_pay', label: text('微信支付', 'WeChat Pay'), description: text('扫码支付', 'Scan a QR code to pay') },
  { id: 'unionpay', kind: 'unionpay', label: text('银联', 'UnionPay'), description: text('跳转到银联支付页面', 'Continue to the UnionPay payment page') },
  { id: 'card', kind: 'card', label: text('银行卡 / 信用卡', 'Credit or debit card'), description: text('在支付服务商的安全页面输入卡号', "Enter your card on the payment provider's secure page") },
  { id: 'paypal', kind: 'paypal', label: 'PayPal', description: text('跳转到 PayPal 完成支付', 'Continue to PayPal to pay') },
];

const INTERNATIONAL = ['US', 'HK', 'SG', 'JP', 'GB', 'DE'];

/** The demo shop every embedded backend starts with unless given another seed. */
export const demoShop: ShopSeed = createDemoShop();

/**
 * The demo shop with its booking dates laid out from `now` (the merchant's today in
 * `Asia/Shanghai`): cinema sessions tomorrow evening and the day after, hotel nights closed 12 and 13
 * days ahead, a housekeeping holiday in 14 days. Tests pass a fixed day; {@link demoShop} uses the
 * moment the module loads. Goods are the same on every day.
 */
export function createDemoShop(now: Date = new Date()): ShopSeed {
  const today = utcToZoned(now.toISOString(), MERCHANT_ZONE).date;
  // The reviews written below are the shop's first published review records: the products keep
  // none of their own, and their ratings are computed from the published records.
  const { products, reviews } = reviewRecordsOfCatalog([
    tee, hoodie, cap, socks, bottle, mug, homeCleaning(today), lakesideHotel(today), cinemaNight(today),
    teaBox, earbuds, powerBank, keyboard, paper, pens, stickyNotes, notebook,
  ]);
  return {
    categories,
    // The catalog's order is the grid's default (relevance) order: a slot, a stay and seats sit
    // among the goods of the first page (12 products), so a first look shows every kind.
    products,
    reviews,
    pricing: {
      currency: CURRENCY,
      coupons: [
        { code: 'WELCOME10', label: text('新客九折', '10% off for new customers'), type: 'percentage', basisPoints: 1000, minSpend: fen(9900) },
        { code: 'MINUS20', label: text('满199减20', '¥20 off orders of ¥199 or more'), type: 'fixed', amount: fen(2000), minSpend: fen(19900) },
        { code: 'OLD5', label: text('老优惠券减5元', '¥5 off (old coupon)'), type: 'fixed', amount: fen(500), expiresAt: '2024-12-31T23:59:59+08:00' },
      ],
      shippingRates: [
        { id: 'standard', label: text('标准快递', 'Standard delivery'), price: fen(1200), estimate: text('2–4 天', '2–4 days'), freeFrom: fen(19900), countries: ['CN'] },
        { id: 'express-sf', label: text('顺丰速运', 'SF Express'), price: fen(2500), estimate: text('次日达', 'Next day'), countries: ['CN'] },
        { id: 'international', label: text('国际快递', 'International shipping'), price: fen(12000), estimate: text('5–10 天', '5–10 days'), countries: INTERNATIONAL },
      ],
      tax: { label: text('增值税 13%（已含）', 'VAT 13% (included)'), basisPoints: 1300, inclusive: true, countries: ['CN'] },
    },
    paymentMethods,
    countries: ['CN', ...INTERNATIONAL],
  };
}
