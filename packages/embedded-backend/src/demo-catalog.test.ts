import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { CategorySchema, CheckoutOptionsSchema, PaymentMethodSchema, ProductSchema } from '@orderzone/core/schemas';
import type { SeatsProduct, StayProduct, TimeSlotProduct } from '@orderzone/core';
import { createDemoShop, demoShop } from './demo-catalog.ts';
import { createOrderEngine } from './order-engine.ts';

const LOCALES = ['zh-CN', 'en-US'];

/** Every LocalizedText in a value that is a map must have both locales; returns the paths that do not. */
function missingTranslations(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => missingTranslations(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 0 && keys.some((k) => LOCALES.includes(k)) && keys.every((k) => typeof record[k] === 'string')) {
    return LOCALES.filter((l) => !(typeof record[l] === 'string' && (record[l] as string).length > 0)).map((l) => `${path}.${l}`);
  }
  return keys.flatMap((k) => missingTranslations(record[k], `${path}.${k}`));
}

describe('demo catalog', () => {
  it('matches the catalog and checkout schemas', () => {
    for (const category of demoShop.categories) assert.equal(CategorySchema.safeParse(category).success, true, category.id);
    for (const product of demoShop.products) {
      const result = ProductSchema.safeParse(product);
      assert.equal(result.success, true, `${product.id}: ${result.success ? '' : z.prettifyError(result.error)}`);
    }
    for (const method of demoShop.paymentMethods) assert.equal(PaymentMethodSchema.safeParse(method).success, true, method.id);
    assert.equal(CheckoutOptionsSchema.safeParse({ paymentMethods: demoShop.paymentMethods, countries: demoShop.countries }).success, true);
  });

  it('has unique product and variant ids, known categories and option values', () => {
    const productIds = demoShop.products.map((p) => p.id);
    assert.equal(new Set(productIds).size, productIds.length);
    const variantIds = demoShop.products.flatMap((p) => p.variants.map((v) => v.id));
    assert.equal(new Set(variantIds).size, variantIds.length);
    const categoryIds = new Set(demoShop.categories.map((c) => c.id));
    for (const category of demoShop.categories) if (category.parentId) assert.ok(categoryIds.has(category.parentId), category.id);
    for (const product of demoShop.products) {
      for (const id of product.categoryIds) assert.ok(categoryIds.has(id), `${product.id} → ${id}`);
      for (const variant of product.variants) {
        assert.deepEqual(Object.keys(variant.options).sort(), product.optionGroups.map((g) => g.id).sort(), variant.id);
        for (const group of product.optionGroups) assert.ok(group.values.some((v) => v.id === variant.options[group.id]), `${variant.id} ${group.id}`);
        for (const tier of variant.priceTiers ?? []) assert.equal(tier.unitPrice.currency, 'CNY');
      }
    }
  });

  it('is written in Chinese and English everywhere', () => {
    assert.deepEqual(missingTranslations(demoShop), []);
    for (const product of demoShop.products) {
      assert.equal(typeof product.title, 'object', `${product.id} title is localized`);
      assert.equal(typeof product.description, 'object', `${product.id} description is localized`);
    }
  });

  it('covers the four demo categories with the features the demo shows', () => {
    const inCategory = (id: string) => demoShop.products.filter((p) => p.categoryIds.includes(id));
    for (const id of ['apparel', 'gifts', 'electronics', 'office']) assert.ok(inCategory(id).length >= 3, id);
    const tee = demoShop.products.find((p) => p.id === 'cotton-tee')!;
    assert.deepEqual(tee.optionGroups.map((g) => g.display), ['buttons', 'swatches']);
    assert.ok(tee.variants.some((v) => v.stock === 0));
    assert.ok(tee.variants.some((v) => v.compareAtPrice && v.compareAtPrice.amount > v.price.amount));
    const bottle = demoShop.products.find((p) => p.id === 'engraved-bottle')!;
    const engraving = bottle.personalization.find((f) => f.kind === 'text')!;
    assert.deepEqual([engraving.required, engraving.maxLength, engraving.priceDelta?.amount], [true, 20, 1500]);
    assert.ok(bottle.personalization.some((f) => f.kind === 'choice' && !f.required && f.choices!.every((c) => c.priceDelta!.amount > 0)));
    for (const product of inCategory('electronics')) {
      // Reviews are published records of the seed (the product itself carries none).
      assert.ok(product.specs.length >= 4 && (demoShop.reviews ?? []).filter((r) => r.productId === product.id && r.status === 'published').length >= 2, product.id);
    }
    const paper = demoShop.products.find((p) => p.id === 'a4-paper')!;
    assert.deepEqual(paper.variants[0]!.priceTiers!.map((t) => [t.minQuantity, t.unitPrice.amount]), [[1, 2990], [10, 2650], [50, 2300]]);
    assert.ok(demoShop.products.some((p) => p.quantity.step > 1 && p.quantity.min === p.quantity.step));
  });

  it('shows goods, a slot, a stay and seats on the first page of the default grid', () => {
    const engine = createOrderEngine({ seed: createDemoShop(new Date('2026-05-04T02:00:00Z')) });
    const first = engine.searchProducts({});
    assert.equal(first.total > first.items.length, true, 'the demo catalog has more than one page');
    const kinds = new Set(first.items.map((item) => item.kind ?? 'goods'));
    assert.deepEqual([...kinds].sort(), ['goods', 'seats', 'stay', 'time_slot']);
  });

  it('draws its pictures as inline SVG data URLs', () => {
    const urls = [...demoShop.products.flatMap((p) => [...p.images, ...p.variants.flatMap((v) => (v.image ? [v.image] : []))]), ...demoShop.categories.flatMap((c) => (c.image ? [c.image] : []))].map((i) => i.url);
    assert.ok(urls.length > demoShop.products.length);
    for (const url of urls) {
      assert.ok(url.startsWith('data:image/svg+xml,'), url.slice(0, 40));
      const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/s);
      assert.doesNotMatch(svg, /FG|BG/);
    }
  });

  it('offers a housekeeping service, a hotel and a cinema, dated from the day the shop is created', () => {
    const shop = createDemoShop(new Date('2026-05-04T02:00:00Z'));
    const product = (id: string) => shop.products.find((p) => p.id === id)!;
    const cleaning = product('home-cleaning') as TimeSlotProduct;
    const hotel = product('lakeside-hotel') as StayProduct;
    const cinema = product('cinema-night') as SeatsProduct;
    assert.deepEqual([cleaning.kind, hotel.kind, cinema.kind], ['time_slot', 'stay', 'seats']);
    assert.deepEqual([cleaning.categoryIds, hotel.categoryIds, cinema.categoryIds], [['services'], ['stays'], ['tickets']]);
    for (const p of [cleaning, hotel, cinema]) assert.equal(p.booking.timeZone, 'Asia/Shanghai');

    assert.equal(cleaning.booking.schedule.slotMinutes, 120);
    assert.deepEqual(cleaning.booking.resources?.map((r) => r.id), ['staff-wang', 'staff-zhao']);
    assert.equal(cleaning.booking.onSite, true);

    assert.deepEqual(hotel.booking.roomTypes.map((r) => r.variantId), hotel.variants.map((v) => v.id));
    for (const room of hotel.booking.roomTypes) assert.ok(room.rules.weekendPrice!.amount > room.rules.defaultPrice.amount, room.variantId);
    assert.deepEqual(hotel.booking.roomTypes.map((r) => [r.rules.minNights, r.rules.closedNights]), [[1, ['2026-05-16']], [2, ['2026-05-16', '2026-05-17']]]);

    const seats = cinema.booking.seatMap.sections.flatMap((section) => section.rows.flatMap((row) => row.seats));
    assert.equal(seats.length, 56);
    assert.deepEqual(cinema.booking.seatMap.zones.map((z) => [z.id, z.price.amount]), [['standard', 4500], ['premium', 6800]]);
    assert.deepEqual(seats.filter((seat) => seat.unavailable).map((seat) => seat.id), ['A1', 'A8', 'F4', 'F5']);
    assert.equal(cinema.booking.maxSeatsPerOrder, 6);
    assert.deepEqual(cinema.booking.sessions.map((s) => [s.id, s.startsAt]), [
      ['screening-20260505-1930', '2026-05-05T11:30:00.000Z'],
      ['screening-20260506-1400', '2026-05-06T06:00:00.000Z'],
      ['screening-20260506-1930', '2026-05-06T11:30:00.000Z'],
    ]);
    // Every booking line is one slot, stay or set of seats.
    for (const p of [cleaning, hotel, cinema]) assert.deepEqual(p.quantity, { min: 1, max: 1, step: 1 });
    // The goods are the same whatever the day.
    assert.deepEqual(shop.products.filter((p) => p.kind === 'goods'), demoShop.products.filter((p) => p.kind === 'goods'));
  });
});
