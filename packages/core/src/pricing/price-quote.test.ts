import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GoodsProduct, Product, Variant } from '../catalog/catalog-schema.ts';
import { OrderZoneError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import type { LineRequest, QuoteRequest } from '../order/order-schema.ts';
import { cinemaProduct, cleaningProduct, haircutProduct, hotelProduct } from '../testing/booking-products.ts';
import { applyCoupon, computeTax, priceQuote, shippingOptionsFor, type PricingRules, type ProductLookup, type ShippingRate } from './price-quote.ts';

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });
const NOW = new Date('2025-06-01T12:00:00Z');

function product(id: string, variants: Variant[], extra: Partial<GoodsProduct> = {}): GoodsProduct {
  return {
    id,
    kind: 'goods',
    title: { 'zh-CN': `商品 ${id}`, 'en-US': `Product ${id}` },
    description: '',
    categoryIds: [],
    images: [{ url: `/img/${id}.jpg`, alt: id }],
    specs: [],
    reviews: [],
    optionGroups: [],
    variants,
    personalization: [],
    quantity: { min: 1, step: 1 },
    createdAt: '2024-01-01T00:00:00Z',
    ...extra,
  };
}

function simpleVariant(id: string, price: Money, stock: number | null, extra: Partial<Variant> = {}): Variant {
  return { id, sku: `SKU-${id}`, options: {}, price, stock, ...extra };
}

/** A CNY catalog: a mug with bulk tiers, a T-shirt with options, stock-limited items, a packaged item, a personalised pen. */
function catalog(): Map<string, Product> {
  const products = [
    product('mug', [simpleVariant('mug', cny(4900), null, { priceTiers: [{ minQuantity: 10, unitPrice: cny(4500) }] })]),
    product('tee', [
      { id: 'm-white', sku: 'TEE-M-W', options: { size: 'm', color: 'white' }, price: cny(9900), stock: 20, image: { url: '/img/tee-white.jpg', alt: 'white' } },
      { id: 'm-navy', sku: 'TEE-M-N', options: { size: 'm', color: 'navy' }, price: cny(9900), stock: 20 },
    ], {
      optionGroups: [
        { id: 'size', name: 'Size', display: 'buttons', values: [{ id: 'm', label: 'M' }] },
        {
          id: 'color',
          name: 'Colour',
          display: 'swatches',
          values: [
            { id: 'white', label: { 'zh-CN': '白色', 'en-US': 'White' } },
            { id: 'navy', label: { 'zh-CN': '藏青', 'en-US': 'Navy' } },
          ],
        },
      ],
    }),
    product('plain-tee', [{ id: 'std', sku: 'PT', options: { size: 'l' }, price: cny(5000), stock: null }], {
      optionGroups: [{ id: 'size', name: 'Size', display: 'buttons', values: [{ id: 'l', label: 'L' }] }],
    }),
    product('sold-out', [simpleVariant('so', cny(1000), 0)]),
    product('scarce', [simpleVariant('sc', cny(1000), 3)]),
    product('pack', [simpleVariant('pk', cny(500), null)], { quantity: { min: 2, max: 10, step: 2 } }),
    product('pen', [simpleVariant('pen', cny(2000), null)], {
      personalization: [
        { id: 'engraving', label: 'Engraving', kind: 'text', required: true, maxLength: 10, priceDelta: cny(500) },
        { id: 'wrap', label: 'Wrap', kind: 'choice', required: false, choices: [{ id: 'box', label: 'Box', priceDelta: cny(300) }] },
      ],
    }),
  ];
  return new Map(products.map((p) => [p.id, p]));
}

const lookup: ProductLookup = (id) => catalog().get(id);

function rules(extra: Partial<PricingRules> = {}): PricingRules {
  return {
    currency: 'CNY',
    coupons: [
      { code: 'SAVE10', label: { 'zh-CN': '九折', 'en-US': '10% off' }, type: 'percentage', basisPoints: 1000 },
      { code: 'Minus20', label: '¥20 off', type: 'fixed', amount: cny(2000), minSpend: cny(10000) },
      { code: 'BIG', label: 'Big', type: 'fixed', amount: cny(1_000_000) },
      { code: 'SPRING', label: 'Spring', type: 'percentage', basisPoints: 2000, expiresAt: '2025-05-31T23:59:59Z' },
    ],
    shippingRates: [
      { id: 'express', label: { 'zh-CN': '顺丰', 'en-US': 'Express' }, price: cny(2500), countries: ['CN'] },
      { id: 'standard', label: { 'zh-CN': '标准快递', 'en-US': 'Standard' }, price: cny(1000), freeFrom: cny(9900), countries: ['CN'] },
      { id: 'intl', label: 'International', price: cny(12000), countries: ['US', 'GB'] },
    ],
    tax: { label: { 'zh-CN': '增值税', 'en-US': 'VAT' }, basisPoints: 1300, inclusive: true, countries: ['CN'] },
    ...extra,
  };
}

function line(productId: string, variantId: string, quantity: number, personalization: Record<string, string> = {}): LineRequest {
  return { productId, variantId, quantity, personalization };
}

function request(lines: LineRequest[], extra: Partial<QuoteRequest> = {}): QuoteRequest {
  return { currency: 'CNY', lines, destination: { country: 'CN' }, ...extra };
}

describe('priceQuote: lines', () => {
  test('prices lines at unit price × quantity and sums the subtotal', () => {
    const quote = priceQuote(request([line('mug', 'mug', 2), line('tee', 'm-white', 1)]), lookup, rules(), NOW);
    assert.deepEqual(
      quote.lines.map((l) => [l.productId, l.unitPrice.amount, l.total.amount]),
      [
        ['mug', 4900, 9800],
        ['tee', 9900, 9900],
      ],
    );
    assert.deepEqual(quote.subtotal, cny(19700));
    assert.equal(quote.orderable, true);
  });

  test('a bulk tier lowers the unit price and keeps the list price beside it', () => {
    const [below] = priceQuote(request([line('mug', 'mug', 9)]), lookup, rules(), NOW).lines;
    assert.deepEqual(below!.unitPrice, cny(4900));
    assert.equal(below!.listUnitPrice, undefined);
    const [at] = priceQuote(request([line('mug', 'mug', 10)]), lookup, rules(), NOW).lines;
    assert.deepEqual(at!.unitPrice, cny(4500));
    assert.deepEqual(at!.listUnitPrice, cny(4900));
    assert.deepEqual(at!.total, cny(45000));
  });

  test('personalization surcharges are part of the unit price', () => {
    const [pen] = priceQuote(request([line('pen', 'pen', 2, { engraving: 'Li', wrap: 'box' })]), lookup, rules(), NOW).lines;
    assert.deepEqual(pen!.unitPrice, cny(2800));
    assert.deepEqual(pen!.total, cny(5600));
    assert.deepEqual(pen!.personalization, { engraving: 'Li', wrap: 'box' });
  });

  test('lines carry sku, title, localized variant title, image and availability', () => {
    const quote = priceQuote(request([line('tee', 'm-white', 1), line('tee', 'm-navy', 1), line('plain-tee', 'std', 1), line('mug', 'mug', 1)]), lookup, rules(), NOW);
    const [white, navy, plain, mug] = quote.lines;
    assert.equal(white!.sku, 'TEE-M-W');
    assert.deepEqual(white!.title, { 'zh-CN': '商品 tee', 'en-US': 'Product tee' });
    assert.deepEqual(white!.variantTitle, { 'zh-CN': 'M / 白色', 'en-US': 'M / White' });
    assert.equal(white!.image?.url, '/img/tee-white.jpg', 'variant image first');
    assert.equal(navy!.image?.url, '/img/tee.jpg', 'then the first product image');
    assert.equal(white!.available, 20);
    assert.equal(plain!.variantTitle, 'L', 'plain labels give a plain string');
    assert.equal(mug!.variantTitle, undefined, 'no option groups, no variant title');
    assert.equal(mug!.available, null, 'untracked stock');
  });
});

describe('priceQuote: line problems', () => {
  test('each kind of problem is reported on its line and makes the quote not orderable', () => {
    const quote = priceQuote(
      request([
        line('gone', 'x', 1),
        line('tee', 'xl-red', 2),
        line('sold-out', 'so', 1),
        line('scarce', 'sc', 5),
        line('pack', 'pk', 3),
        line('pen', 'pen', 1, {}),
        line('mug', 'mug', 1),
      ]),
      lookup,
      rules(),
      NOW,
    );
    assert.deepEqual(
      quote.lines.map((l) => l.problem),
      [
        { code: 'unavailable', available: 0 },
        { code: 'unavailable', available: 0 },
        { code: 'out_of_stock', available: 0 },
        { code: 'insufficient_stock', available: 3 },
        { code: 'invalid_quantity' },
        { code: 'invalid_personalization', field: 'personalization.engraving' },
        undefined,
      ],
    );
    assert.equal(quote.orderable, false);
  });

  test('unavailable lines keep the quantity asked, cost nothing, and show the product title when it still exists', () => {
    const [gone, unknownVariant] = priceQuote(request([line('gone', 'x', 4), line('tee', 'xl-red', 2)]), lookup, rules(), NOW).lines;
    assert.equal(gone!.quantity, 4);
    assert.equal(gone!.title, '');
    assert.equal(gone!.sku, '');
    assert.deepEqual(gone!.total, cny(0));
    assert.deepEqual(unknownVariant!.title, { 'zh-CN': '商品 tee', 'en-US': 'Product tee' });
    assert.deepEqual(unknownVariant!.unitPrice, cny(0));
  });

  test('other problem lines still count in the subtotal at their price', () => {
    // sold-out 1 × 1000 + scarce 5 × 1000 + pack 3 × 500 + unknown 0 = 7500
    const quote = priceQuote(request([line('sold-out', 'so', 1), line('scarce', 'sc', 5), line('pack', 'pk', 3), line('gone', 'x', 9)]), lookup, rules(), NOW);
    assert.deepEqual(quote.subtotal, cny(7500));
  });

  test('quantities inside the rule are fine, outside are invalid', () => {
    const problems = (quantity: number) => priceQuote(request([line('pack', 'pk', quantity)]), lookup, rules(), NOW).lines[0]!.problem?.code;
    assert.equal(problems(2), undefined);
    assert.equal(problems(10), undefined);
    assert.equal(problems(12), 'invalid_quantity', 'above max');
    assert.equal(problems(1), 'invalid_quantity', 'below min');
    assert.equal(problems(0), 'invalid_quantity', 'not a positive quantity');
  });

  test('stock exactly equal to the quantity is fine', () => {
    assert.equal(priceQuote(request([line('scarce', 'sc', 3)]), lookup, rules(), NOW).lines[0]!.problem, undefined);
  });

  test('an empty request is not orderable and costs nothing', () => {
    const quote = priceQuote(request([]), lookup, rules(), NOW);
    assert.equal(quote.orderable, false);
    assert.deepEqual(quote.total, cny(0));
    assert.deepEqual(quote.adjustments, []);
  });
});

describe('priceQuote: coupons', () => {
  test('a percentage coupon discounts the subtotal; codes are case-insensitive and trimmed', () => {
    const quote = priceQuote(request([line('mug', 'mug', 3)], { couponCode: '  save10 ' }), lookup, rules(), NOW);
    // 3 × 4900 = 14700; 10 % = 1470; shipping free (13230 ≥ 9900); inclusive tax not added.
    assert.deepEqual(quote.coupon, { code: 'SAVE10', status: 'applied' });
    assert.deepEqual(quote.adjustments[0], { kind: 'discount', label: { 'zh-CN': '九折', 'en-US': '10% off' }, amount: cny(-1470), code: 'SAVE10' });
    assert.deepEqual(quote.total, cny(13230));
  });

  test('an unknown code is reported as typed and gives no discount', () => {
    const quote = priceQuote(request([line('mug', 'mug', 3)], { couponCode: ' nope ' }), lookup, rules(), NOW);
    assert.deepEqual(quote.coupon, { code: 'nope', status: 'unknown' });
    assert.equal(quote.adjustments.some((a) => a.kind === 'discount'), false);
    assert.deepEqual(quote.total, cny(14700));
  });

  test('a blank code is no coupon at all', () => {
    assert.equal(priceQuote(request([line('mug', 'mug', 1)], { couponCode: '  ' }), lookup, rules(), NOW).coupon, undefined);
  });

  test('below the minimum spend the coupon says how much is needed', () => {
    const quote = priceQuote(request([line('mug', 'mug', 2)], { couponCode: 'MINUS20' }), lookup, rules(), NOW);
    assert.deepEqual(quote.coupon, { code: 'Minus20', status: 'min_spend_not_met', minSpend: cny(10000) });
    assert.deepEqual(quote.subtotal, cny(9800));
  });

  test('at the minimum spend a fixed coupon applies', () => {
    // 2 × 5000 = 10000 ≥ 10000 → −2000; 8000 < 9900 so standard shipping 1000 → total 9000.
    const quote = priceQuote(request([line('plain-tee', 'std', 2)], { couponCode: 'minus20' }), lookup, rules(), NOW);
    assert.equal(quote.coupon?.status, 'applied');
    assert.deepEqual(quote.total, cny(9000));
  });

  test('an expired coupon gives no discount', () => {
    const quote = priceQuote(request([line('mug', 'mug', 1)], { couponCode: 'spring' }), lookup, rules(), NOW);
    assert.deepEqual(quote.coupon, { code: 'SPRING', status: 'expired' });
  });

  test('applyCoupon: a coupon is still valid at the instant it expires, not a millisecond later', () => {
    const coupon = rules().coupons[3]!;
    assert.equal(applyCoupon(cny(10000), coupon, new Date('2025-05-31T23:59:59.000Z')).status, 'applied');
    assert.equal(applyCoupon(cny(10000), coupon, new Date('2025-05-31T23:59:59.001Z')).status, 'expired');
  });

  test('applyCoupon: a fixed coupon never takes more than the subtotal', () => {
    assert.deepEqual(applyCoupon(cny(4900), rules().coupons[2]!, NOW), { discount: cny(-4900), status: 'applied' });
  });

  test('applyCoupon: percentages round half-up to the minor unit', () => {
    const coupon = { code: 'X', label: 'X', type: 'percentage' as const, basisPoints: 1500 };
    // 15 % of 1.03 = 0.1545 → 0.15; of 1.10 = 0.165 → 0.17; of 0.01 = 0.0015 → 0.00
    assert.deepEqual(applyCoupon(cny(103), coupon, NOW).discount, cny(-15));
    assert.deepEqual(applyCoupon(cny(110), coupon, NOW).discount, cny(-17));
    assert.deepEqual(applyCoupon(cny(1), coupon, NOW).discount, cny(0));
  });

  test('applyCoupon: no coupon is unknown; a misconfigured coupon is a config error', () => {
    assert.deepEqual(applyCoupon(cny(100), undefined, NOW), { discount: cny(0), status: 'unknown' });
    assert.throws(() => applyCoupon(cny(100), { code: 'X', label: 'X', type: 'percentage' }, NOW), (e: unknown) => e instanceof OrderZoneError && e.code === 'config');
    assert.throws(() => applyCoupon(cny(100), { code: 'X', label: 'X', type: 'fixed', amount: { amount: 100, currency: 'USD' } }, NOW), (e: unknown) => e instanceof OrderZoneError && e.code === 'config');
  });
});

describe('priceQuote: shipping', () => {
  test('the cheapest offered option is selected by default', () => {
    const quote = priceQuote(request([line('mug', 'mug', 1)]), lookup, rules(), NOW);
    assert.deepEqual(
      quote.shippingOptions.map((o) => [o.id, o.price.amount]),
      [
        ['standard', 1000],
        ['express', 2500],
      ],
    );
    assert.equal(quote.selectedShippingOptionId, 'standard');
    assert.deepEqual(quote.adjustments, [
      { kind: 'shipping', label: { 'zh-CN': '标准快递', 'en-US': 'Standard' }, amount: cny(1000), code: 'standard' },
      // Inclusive VAT on 4900 + 1000 = 5900: 5900 × 1300 / 11300 = 678.76… → 679
      { kind: 'tax', label: { 'zh-CN': '增值税', 'en-US': 'VAT' }, amount: cny(679), included: true },
    ]);
    assert.deepEqual(quote.total, cny(5900));
  });

  test('a requested option is used when offered, ignored when not', () => {
    const express = priceQuote(request([line('mug', 'mug', 1)], { shippingOptionId: 'express' }), lookup, rules(), NOW);
    assert.equal(express.selectedShippingOptionId, 'express');
    assert.deepEqual(express.total, cny(7400));
    const intl = priceQuote(request([line('mug', 'mug', 1)], { shippingOptionId: 'intl' }), lookup, rules(), NOW);
    assert.equal(intl.selectedShippingOptionId, 'standard');
  });

  test('shipping is free from the threshold on, judged after the discount', () => {
    const at = priceQuote(request([line('tee', 'm-white', 1)]), lookup, rules(), NOW); // 9900 = threshold
    assert.deepEqual(at.shippingOptions.find((o) => o.id === 'standard')?.price, cny(0));
    assert.deepEqual(at.total, cny(9900));
    const discounted = priceQuote(request([line('tee', 'm-white', 1)], { couponCode: 'SAVE10' }), lookup, rules(), NOW);
    // 9900 − 990 = 8910 < 9900 → standard costs 1000 again.
    assert.deepEqual(discounted.shippingOptions.find((o) => o.id === 'standard')?.price, cny(1000));
    assert.deepEqual(discounted.total, cny(9910));
  });

  test('options are filtered by destination country; without a destination all are offered', () => {
    const rates = rules().shippingRates;
    assert.deepEqual(shippingOptionsFor(rates, cny(100), { country: 'US' }).map((o) => o.id), ['intl']);
    assert.deepEqual(shippingOptionsFor(rates, cny(100), { country: 'FR' }).map((o) => o.id), []);
    assert.deepEqual(shippingOptionsFor(rates, cny(100), undefined).map((o) => o.id), ['standard', 'express', 'intl']);
  });

  test('no shipping option for the destination makes the quote not orderable', () => {
    const quote = priceQuote(request([line('mug', 'mug', 1)], { destination: { country: 'FR' } }), lookup, rules(), NOW);
    assert.equal(quote.orderable, false);
    assert.equal(quote.selectedShippingOptionId, undefined);
    assert.deepEqual(quote.total, cny(4900));
  });

  test('free rates keep their place by price, ties keep the merchant order', () => {
    const rates: ShippingRate[] = [
      { id: 'a', label: 'A', price: cny(500) },
      { id: 'b', label: 'B', price: cny(800), freeFrom: cny(1000) },
      { id: 'c', label: 'C', price: cny(0) },
    ];
    assert.deepEqual(shippingOptionsFor(rates, cny(1000), undefined).map((o) => o.id), ['b', 'c', 'a']);
  });
});

describe('priceQuote: tax', () => {
  test('inclusive tax is reported on discounted subtotal + shipping and not added', () => {
    const quote = priceQuote(request([line('mug', 'mug', 2)], { couponCode: 'SAVE10' }), lookup, rules(), NOW);
    // 9800 − 980 = 8820; + standard 1000 = 9820; 9820 × 1300 / 11300 = 1129.73… → 1130
    assert.deepEqual(quote.adjustments.map((a) => [a.kind, a.amount.amount, a.included]), [
      ['discount', -980, undefined],
      ['shipping', 1000, undefined],
      ['tax', 1130, true],
    ]);
    assert.deepEqual(quote.total, cny(9820));
  });

  test('exclusive tax is added on top (USD sales tax)', () => {
    const usd = (amount: number): Money => ({ amount, currency: 'USD' });
    const products = new Map([['cap', product('cap', [simpleVariant('cap', usd(1999), null)])]]);
    const usRules: PricingRules = {
      currency: 'USD',
      coupons: [],
      shippingRates: [{ id: 'ground', label: 'Ground', price: usd(1500), countries: ['US'] }],
      tax: { label: 'Sales tax', basisPoints: 725, inclusive: false, countries: ['US'] },
    };
    const quote = priceQuote({ currency: 'USD', lines: [line('cap', 'cap', 3)], destination: { country: 'US' } }, (id) => products.get(id), usRules, NOW);
    // 3 × 19.99 = 59.97; + 15.00 = 74.97; 7.25 % = 5.435325 → 5.44; total 80.41
    assert.deepEqual(quote.adjustments.at(-1), { kind: 'tax', label: 'Sales tax', amount: usd(544) });
    assert.deepEqual(quote.total, usd(8041));
  });

  test('tax limited to other countries does not apply', () => {
    const quote = priceQuote(request([line('mug', 'mug', 1)], { destination: { country: 'US' } }), lookup, rules(), NOW);
    assert.equal(quote.adjustments.some((a) => a.kind === 'tax'), false);
    assert.deepEqual(quote.total, cny(4900 + 12000));
  });

  test('computeTax rounds half-up in both modes', () => {
    // exclusive 10 % of 0.05 = 0.005 → 0.01; inclusive 10 % in 1.10 → exactly 0.10; in 0.11 → 0.01
    assert.deepEqual(computeTax(cny(5), { label: 'T', basisPoints: 1000, inclusive: false }), cny(1));
    assert.deepEqual(computeTax(cny(110), { label: 'T', basisPoints: 1000, inclusive: true }), cny(10));
    assert.deepEqual(computeTax(cny(11), { label: 'T', basisPoints: 1000, inclusive: true }), cny(1));
    assert.deepEqual(computeTax(cny(11300), { label: 'T', basisPoints: 1300, inclusive: true }), cny(1300));
  });
});

describe('priceQuote: currencies', () => {
  test('JPY has no minor units: a 15 % coupon on ¥4,500 takes ¥675', () => {
    const jpy = (amount: number): Money => ({ amount, currency: 'JPY' });
    const products = new Map([['tea', product('tea', [simpleVariant('tea', jpy(1500), 10)])]]);
    const jpRules: PricingRules = {
      currency: 'JPY',
      coupons: [{ code: 'TEA15', label: '15%', type: 'percentage', basisPoints: 1500 }],
      shippingRates: [{ id: 'yamato', label: 'Yamato', price: jpy(800), freeFrom: jpy(5000) }],
      tax: { label: '消費税', basisPoints: 1000, inclusive: true },
    };
    const quote = priceQuote({ currency: 'JPY', lines: [line('tea', 'tea', 3)], couponCode: 'tea15' }, (id) => products.get(id), jpRules, NOW);
    // 4500 − 675 = 3825; + 800 = 4625; tax contained 4625 × 1000 / 11000 = 420.45… → 420
    assert.deepEqual(quote.adjustments.map((a) => a.amount), [jpy(-675), jpy(800), jpy(420)]);
    assert.deepEqual(quote.total, jpy(4625));
  });

  test('KWD has three decimals: 15 % of 3.750 KD is 0.5625 → 0.563', () => {
    const kwd = (amount: number): Money => ({ amount, currency: 'KWD' });
    const products = new Map([['dates', product('dates', [simpleVariant('dates', kwd(1250), null)])]]);
    const kwRules: PricingRules = {
      currency: 'KWD',
      coupons: [{ code: 'EID', label: 'Eid', type: 'percentage', basisPoints: 1500 }],
      shippingRates: [{ id: 'local', label: 'Local', price: kwd(1500) }],
    };
    const quote = priceQuote({ currency: 'KWD', lines: [line('dates', 'dates', 3)], couponCode: 'EID' }, (id) => products.get(id), kwRules, NOW);
    // 3.750 − 0.563 = 3.187; + 1.500 = 4.687
    assert.deepEqual(quote.subtotal, kwd(3750));
    assert.deepEqual(quote.adjustments[0]?.amount, kwd(-563));
    assert.deepEqual(quote.total, kwd(4687));
  });

  test('a request in another currency than the shop is a validation error', () => {
    assert.throws(
      () => priceQuote({ ...request([line('mug', 'mug', 1)]), currency: 'USD' }, lookup, rules(), NOW),
      (e: unknown) => e instanceof OrderZoneError && e.code === 'validation' && /USD/.test(e.message) && /CNY/.test(e.message),
    );
  });

  test('a product priced in another currency is a config error', () => {
    const products = new Map([['odd', product('odd', [simpleVariant('odd', { amount: 100, currency: 'USD' }, null)])]]);
    assert.throws(() => priceQuote(request([line('odd', 'odd', 1)]), (id) => products.get(id), rules(), NOW), (e: unknown) => e instanceof OrderZoneError && e.code === 'config');
  });
});

describe('priceQuote: purity', () => {
  test('same inputs give the same quote and the inputs are not changed', () => {
    const req = request([line('mug', 'mug', 12), line('pen', 'pen', 1, { engraving: 'A' })], { couponCode: 'SAVE10', shippingOptionId: 'express' });
    const r = rules();
    const before = structuredClone({ req, r });
    const a = priceQuote(req, lookup, r, NOW);
    const b = priceQuote(req, lookup, r, NOW);
    assert.deepEqual(a, b);
    assert.deepEqual({ req, r }, before);
    a.lines[0]!.personalization['x'] = 'y';
    assert.deepEqual(req.lines[0]!.personalization, {}, 'quote lines do not share the request objects');
  });
});

describe('priceQuote: bookings', () => {
  const bookable = new Map<string, Product>([cleaningProduct(), haircutProduct(), hotelProduct(), cinemaProduct()].map((p) => [p.id, p]));
  const withBookings: ProductLookup = (id) => bookable.get(id) ?? catalog().get(id);
  const slot = (productId = 'cleaning', variantId = 'cleaning-2h'): LineRequest => ({
    ...line(productId, variantId, 1),
    booking: { type: 'time_slot', start: '2026-05-01T01:00:00.000Z', resourceId: productId === 'cleaning' ? 'li' : undefined },
    holdId: 'h1',
  });
  const stay: LineRequest = { ...line('hotel', 'standard', 1), booking: { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-03' } };
  const seats: LineRequest = { ...line('cinema', 'ticket', 1), booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1', 'A3'] } };

  test('booking lines are priced as one unit each, not shipped, with their details resolved', () => {
    const quote = priceQuote(request([slot(), stay, seats]), withBookings, rules(), NOW);
    assert.deepEqual(
      quote.lines.map((l) => [l.productId, l.quantity, l.unitPrice.amount, l.total.amount, l.shipped, l.available, l.booking?.type, l.problem]),
      [
        ['cleaning', 1, 20000, 20000, false, null, 'time_slot', undefined],
        ['hotel', 1, 90000, 90000, false, null, 'stay', undefined],
        ['cinema', 1, 13000, 13000, false, null, 'seats', undefined],
      ],
    );
    assert.equal(quote.lines[0]!.booking?.type === 'time_slot' && quote.lines[0]!.booking.end, '2026-05-01T03:00:00.000Z');
    assert.deepEqual(quote.subtotal, cny(123000));
  });

  test('bookings alone ship nothing: no options, no shipping charge, orderable without a shipping option', () => {
    const quote = priceQuote(request([stay, seats], { shippingOptionId: 'express' }), withBookings, rules(), NOW);
    assert.equal(quote.requiresShipping, false);
    assert.equal(quote.requiresAddress, false);
    assert.deepEqual(quote.shippingOptions, []);
    assert.equal(quote.selectedShippingOptionId, undefined);
    assert.deepEqual(
      quote.adjustments.map((a) => a.kind),
      ['tax'],
    );
    assert.deepEqual(quote.total, cny(103000));
    assert.equal(quote.orderable, true);
  });

  test('an on-site service needs an address but no shipping; a service at the shop needs neither', () => {
    const onSite = priceQuote(request([slot()]), withBookings, rules(), NOW);
    assert.deepEqual([onSite.requiresShipping, onSite.requiresAddress, onSite.orderable], [false, true, true]);
    const atShop = priceQuote(request([slot('haircut', 'haircut')]), withBookings, rules(), NOW);
    assert.deepEqual([atShop.requiresShipping, atShop.requiresAddress], [false, false]);
  });

  test('goods beside bookings are shipped as before and shipping is charged once', () => {
    const quote = priceQuote(request([line('mug', 'mug', 1), seats]), withBookings, rules(), NOW);
    assert.deepEqual([quote.requiresShipping, quote.requiresAddress], [true, true]);
    assert.equal(quote.lines[0]!.shipped, undefined);
    assert.equal(quote.selectedShippingOptionId, 'standard');
    assert.deepEqual(quote.adjustments.find((a) => a.kind === 'shipping')?.amount, cny(0), 'free from ¥99 counted on goods and bookings alike');
    assert.equal(quote.orderable, true);
  });

  test('a goods-only quote says it requires shipping and an address', () => {
    const quote = priceQuote(request([line('mug', 'mug', 1)]), withBookings, rules(), NOW);
    assert.deepEqual([quote.requiresShipping, quote.requiresAddress], [true, true]);
  });

  test('a booking line with a quantity other than 1 is invalid_quantity', () => {
    const quote = priceQuote(request([{ ...stay, quantity: 2 }]), withBookings, rules(), NOW);
    assert.deepEqual(quote.lines[0]!.problem, { code: 'invalid_quantity' });
    assert.equal(quote.orderable, false);
  });

  test('a pick that breaks the rules, a bookable product without a pick and a goods product with one are invalid_booking', () => {
    const tooShort: LineRequest = { ...line('hotel', 'suite', 1), booking: { type: 'stay', checkIn: '2026-05-06', checkOut: '2026-05-07' } };
    const tooMany: LineRequest = { ...seats, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1', 'A2', 'A3', 'A4'] } };
    const noPick = line('hotel', 'standard', 1);
    const goodsWithPick: LineRequest = { ...line('mug', 'mug', 1), booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1'] } };
    const quote = priceQuote(request([tooShort, tooMany, noPick, goodsWithPick, seats]), withBookings, rules(), NOW);
    assert.deepEqual(
      quote.lines.map((l) => [l.problem?.code, l.total.amount]),
      [
        ['invalid_booking', 0],
        ['invalid_booking', 0],
        ['invalid_booking', 0],
        ['invalid_booking', 0],
        [undefined, 13000],
      ],
    );
    assert.equal(quote.orderable, false);
  });

  test('an unknown room type is still unavailable, as for goods', () => {
    const quote = priceQuote(request([{ ...stay, variantId: 'penthouse' }]), withBookings, rules(), NOW);
    assert.equal(quote.lines[0]!.problem?.code, 'unavailable');
  });
});
