/**
 * Prices a 50-line cart (tiers, personalization, coupon, shipping, inclusive tax) repeatedly and
 * prints quotes per second. No assertions: run with `npm run bench` to spot regressions by eye.
 */
import { type PricingRules, type Product, type QuoteRequest } from '@orderzone/core';
import { priceQuote } from '@orderzone/core/pricing';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

function product(i: number): Product {
  return {
    id: `p${i}`,
    kind: 'goods',
    title: { 'zh-CN': `商品 ${i}`, 'en-US': `Product ${i}` },
    description: '',
    categoryIds: [],
    images: [{ url: `/img/${i}.jpg`, alt: `${i}` }],
    specs: [],
    reviews: [],
    optionGroups: [
      { id: 'size', name: 'Size', display: 'buttons', values: ['S', 'M', 'L'].map((s) => ({ id: s, label: s })) },
      { id: 'color', name: 'Colour', display: 'swatches', values: [{ id: 'navy', label: { 'zh-CN': '藏青', 'en-US': 'Navy' } }] },
    ],
    variants: ['S', 'M', 'L'].map((size, j) => ({
      id: `p${i}-${size}`,
      sku: `SKU-${i}-${size}`,
      options: { size, color: 'navy' },
      price: cny(1000 + i * 37 + j),
      stock: i % 3 === 0 ? null : 1000,
      priceTiers: [{ minQuantity: 5, unitPrice: cny(900 + i * 37) }, { minQuantity: 20, unitPrice: cny(800 + i * 37) }],
    })),
    personalization: [{ id: 'engraving', label: 'Engraving', kind: 'text', required: false, maxLength: 20, priceDelta: cny(500) }],
    quantity: { min: 1, step: 1 },
    createdAt: '2024-01-01T00:00:00Z',
  };
}

const products = new Map<string, Product>(Array.from({ length: 50 }, (_, i) => [`p${i}`, product(i)]));
const engraved: Record<string, string> = { engraving: 'Hello' };
const request: QuoteRequest = {
  currency: 'CNY',
  lines: Array.from({ length: 50 }, (_, i) => ({
    productId: `p${i}`,
    variantId: `p${i}-${['S', 'M', 'L'][i % 3]}`,
    quantity: 1 + (i % 25),
    personalization: i % 4 === 0 ? engraved : {},
  })),
  couponCode: 'save10',
  destination: { country: 'CN' },
};
const rules: PricingRules = {
  currency: 'CNY',
  coupons: [{ code: 'SAVE10', label: '10%', type: 'percentage', basisPoints: 1000 }],
  shippingRates: [
    { id: 'standard', label: 'Standard', price: cny(1000), freeFrom: cny(9900) },
    { id: 'express', label: 'Express', price: cny(2500) },
  ],
  tax: { label: 'VAT', basisPoints: 1300, inclusive: true },
};
const lookup = (id: string) => products.get(id);
const now = new Date('2025-06-01T00:00:00Z');

const iterations = Number(process.env['ITERATIONS'] ?? 2000);
for (let i = 0; i < 200; i++) priceQuote(request, lookup, rules, now); // warm-up
const start = performance.now();
let total = 0;
for (let i = 0; i < iterations; i++) total += priceQuote(request, lookup, rules, now).total.amount;
const seconds = (performance.now() - start) / 1000;
console.log(`priceQuote, 50 lines: ${Math.round(iterations / seconds).toLocaleString('en-US')} ops/sec (${iterations} runs, ${(seconds * 1000 / iterations).toFixed(3)} ms each; checksum ${total})`);
