import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OrderZoneError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import type { Product, Variant } from './catalog-schema.ts';
import { cinemaProduct, hotelProduct } from '../testing/booking-products.ts';
import {
  LOW_STOCK_THRESHOLD,
  findVariant,
  fromPrice,
  productStockLevel,
  previewUnitPrice,
  stockLevel,
  validatePersonalization,
} from './product-rules.ts';
import { unavailableOptionValues } from './option-availability.ts';

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

function variant(id: string, size: string, color: string, stock: number | null, extra: Partial<Variant> = {}): Variant {
  return { id, sku: `SKU-${id}`, options: { size, color }, price: cny(9900), stock, ...extra };
}

/** A T-shirt in S/M/L × navy/white; S-white does not exist, M-navy is sold out, L-white untracked. */
function tshirt(): Product {
  return {
    id: 'tee',
    kind: 'goods',
    title: { 'zh-CN': '纯棉T恤', 'en-US': 'Cotton T-shirt' },
    description: '',
    categoryIds: [],
    images: [],
    specs: [],
    reviews: [],
    optionGroups: [
      {
        id: 'size',
        name: { 'zh-CN': '尺码', 'en-US': 'Size' },
        display: 'buttons',
        values: [
          { id: 's', label: 'S' },
          { id: 'm', label: 'M' },
          { id: 'l', label: 'L' },
        ],
      },
      {
        id: 'color',
        name: { 'zh-CN': '颜色', 'en-US': 'Colour' },
        display: 'swatches',
        values: [
          { id: 'navy', label: { 'zh-CN': '藏青', 'en-US': 'Navy' }, swatch: '#1f3a5f' },
          { id: 'white', label: { 'zh-CN': '白色', 'en-US': 'White' }, swatch: '#ffffff' },
        ],
      },
    ],
    variants: [
      variant('s-navy', 's', 'navy', 10),
      variant('m-navy', 'm', 'navy', 0),
      variant('m-white', 'm', 'white', 3),
      variant('l-navy', 'l', 'navy', 0),
      variant('l-white', 'l', 'white', null),
    ],
    personalization: [
      { id: 'engraving', label: 'Engraving', kind: 'text', required: false, maxLength: 5, priceDelta: cny(1500) },
      {
        id: 'wrap',
        label: 'Gift wrap',
        kind: 'choice',
        required: true,
        choices: [
          { id: 'none', label: 'None' },
          { id: 'box', label: 'Box', priceDelta: cny(800) },
        ],
      },
    ],
    quantity: { min: 1, step: 1 },
    createdAt: '2024-01-01T00:00:00Z',
  };
}

describe('findVariant', () => {
  test('finds the variant whose options all match', () => {
    assert.equal(findVariant(tshirt(), { size: 'm', color: 'white' })?.id, 'm-white');
  });
  test('a combination that does not exist finds nothing', () => {
    assert.equal(findVariant(tshirt(), { size: 's', color: 'white' }), undefined);
  });
  test('an incomplete selection finds nothing', () => {
    assert.equal(findVariant(tshirt(), { size: 'm' }), undefined);
  });
  test('extra keys that are not option groups are ignored', () => {
    assert.equal(findVariant(tshirt(), { size: 's', color: 'navy', fit: 'slim' })?.id, 's-navy');
  });
  test('a product without option groups selects its only variant', () => {
    const product = { ...tshirt(), optionGroups: [], variants: [{ ...variant('only', 's', 'navy', 1), options: {} }] };
    assert.equal(findVariant(product, {})?.id, 'only');
  });
});

describe('unavailableOptionValues', () => {
  test('with nothing chosen, only values without any in-stock variant are unavailable', () => {
    // navy: s-navy in stock; white: m-white and l-white; S: s-navy; M: m-white; L: l-white (untracked).
    assert.deepEqual(unavailableOptionValues(tshirt(), {}), { size: [], color: [] });
  });
  test('a chosen colour rules out sizes that are sold out or missing in that colour', () => {
    assert.deepEqual(unavailableOptionValues(tshirt(), { color: 'navy' }), { size: ['m', 'l'], color: [] });
    assert.deepEqual(unavailableOptionValues(tshirt(), { color: 'white' }), { size: ['s'], color: [] });
  });
  test('a chosen size rules out colours, and the group’s own choice does not constrain itself', () => {
    assert.deepEqual(unavailableOptionValues(tshirt(), { size: 'm', color: 'navy' }), { size: ['m', 'l'], color: ['navy'] });
    assert.deepEqual(unavailableOptionValues(tshirt(), { size: 's' }), { size: [], color: ['white'] });
  });
  test('an empty-string choice does not constrain', () => {
    assert.deepEqual(unavailableOptionValues(tshirt(), { size: '', color: '' }), { size: [], color: [] });
  });
  test('when every variant of a value is sold out it is unavailable even with nothing chosen', () => {
    const product = tshirt();
    product.variants = product.variants.map((v) => (v.options['size'] === 's' ? { ...v, stock: 0 } : v));
    assert.deepEqual(unavailableOptionValues(product, {}).size, ['s']);
  });
});

describe('stockLevel', () => {
  test('untracked stock is in stock', () => {
    assert.equal(stockLevel(variant('x', 's', 'navy', null)), 'in_stock');
  });
  test('zero is out of stock', () => {
    assert.equal(stockLevel(variant('x', 's', 'navy', 0)), 'out_of_stock');
  });
  test('at the threshold is low, one above is in stock', () => {
    assert.equal(stockLevel(variant('x', 's', 'navy', 1)), 'low_stock');
    assert.equal(stockLevel(variant('x', 's', 'navy', LOW_STOCK_THRESHOLD)), 'low_stock');
    assert.equal(stockLevel(variant('x', 's', 'navy', LOW_STOCK_THRESHOLD + 1)), 'in_stock');
  });
});

describe('productStockLevel', () => {
  test('is the best level among the variants', () => {
    const product = tshirt();
    assert.equal(productStockLevel(product), 'in_stock');
    const lowOnly = { ...product, variants: [variant('a', 's', 'navy', 0), variant('b', 'm', 'navy', 2)] };
    assert.equal(productStockLevel(lowOnly), 'low_stock');
    const none = { ...product, variants: [variant('a', 's', 'navy', 0), variant('b', 'm', 'navy', 0)] };
    assert.equal(productStockLevel(none), 'out_of_stock');
  });
});

describe('fromPrice', () => {
  test('is the cheapest variant, varying when variants differ', () => {
    const product = tshirt();
    assert.deepEqual(fromPrice(product), { price: cny(9900), varies: false });
    const cheaper = { ...product, variants: [...product.variants, variant('xs', 'xs', 'navy', 5, { price: cny(7900) })] };
    assert.deepEqual(fromPrice(cheaper), { price: cny(7900), varies: true });
  });

  test('is the cheapest night of any room type for a stay, and the cheapest zone for seats', () => {
    // Room types: standard ¥300 (weekend ¥450), suite ¥800; the attic variant has no room type.
    assert.deepEqual(fromPrice(hotelProduct()), { price: cny(30000), varies: true });
    // Zones: standard ¥50, VIP ¥80.
    assert.deepEqual(fromPrice(cinemaProduct()), { price: cny(5000), varies: true });
  });
});

describe('validatePersonalization', () => {
  test('valid values give no errors', () => {
    assert.deepEqual(validatePersonalization(tshirt(), { engraving: 'LOVE', wrap: 'box' }), []);
  });
  test('a required field that is missing or blank is required', () => {
    assert.deepEqual(validatePersonalization(tshirt(), {}), [{ field: 'personalization.wrap', code: 'required' }]);
    assert.deepEqual(validatePersonalization(tshirt(), { wrap: '   ' }), [{ field: 'personalization.wrap', code: 'required' }]);
  });
  test('text longer than maxLength is too_long with the limit; characters count, not UTF-16 units', () => {
    assert.deepEqual(validatePersonalization(tshirt(), { wrap: 'none', engraving: '123456' }), [
      { field: 'personalization.engraving', code: 'too_long', params: { max: 5 } },
    ]);
    assert.deepEqual(validatePersonalization(tshirt(), { wrap: 'none', engraving: '12345' }), []);
    assert.deepEqual(validatePersonalization(tshirt(), { wrap: 'none', engraving: '你好😀😀😀' }), []);
  });
  test('a choice that is not offered is invalid_choice', () => {
    assert.deepEqual(validatePersonalization(tshirt(), { wrap: 'ribbon' }), [{ field: 'personalization.wrap', code: 'invalid_choice' }]);
  });
  test('keys that are not fields of the product are unknown_field, after the field errors', () => {
    assert.deepEqual(validatePersonalization(tshirt(), { monogram: 'AB' }), [
      { field: 'personalization.wrap', code: 'required' },
      { field: 'personalization.monogram', code: 'unknown_field' },
    ]);
  });
});

describe('previewUnitPrice', () => {
  function tiered(): Product {
    const product = tshirt();
    product.personalization = [];
    product.variants[0] = variant('s-navy', 's', 'navy', 1000, {
      compareAtPrice: cny(12900),
      // Deliberately unsorted: tiers are looked up by quantity, not by position.
      priceTiers: [
        { minQuantity: 50, unitPrice: cny(8000) },
        { minQuantity: 10, unitPrice: cny(9000) },
      ],
    });
    return product;
  }

  test('below the first tier the list price applies and the next tier is announced', () => {
    const preview = previewUnitPrice(tiered(), 's-navy', 9, {});
    assert.deepEqual(preview.unitPrice, cny(9900));
    assert.deepEqual(preview.listUnitPrice, cny(9900));
    assert.deepEqual(preview.total, cny(9900 * 9));
    assert.deepEqual(preview.nextTier, { minQuantity: 10, unitPrice: cny(9000) });
    assert.deepEqual(preview.compareAtPrice, cny(12900));
  });
  test('the highest tier reached applies, exactly at its minimum quantity', () => {
    const at10 = previewUnitPrice(tiered(), 's-navy', 10, {});
    assert.deepEqual(at10.unitPrice, cny(9000));
    assert.deepEqual(at10.listUnitPrice, cny(9900));
    assert.deepEqual(at10.total, cny(90000));
    assert.deepEqual(at10.nextTier, { minQuantity: 50, unitPrice: cny(8000) });
    const at49 = previewUnitPrice(tiered(), 's-navy', 49, {});
    assert.deepEqual(at49.unitPrice, cny(9000));
    const at50 = previewUnitPrice(tiered(), 's-navy', 50, {});
    assert.deepEqual(at50.unitPrice, cny(8000));
    assert.deepEqual(at50.total, cny(400000));
    assert.equal(at50.nextTier, undefined);
  });
  test('personalization surcharges add to the tier price and the next tier', () => {
    const product = tiered();
    product.personalization = tshirt().personalization;
    const preview = previewUnitPrice(product, 's-navy', 10, { engraving: 'AB', wrap: 'box' });
    assert.deepEqual(preview.unitPrice, cny(9000 + 1500 + 800));
    assert.deepEqual(preview.listUnitPrice, cny(9900 + 1500 + 800));
    assert.deepEqual(preview.total, cny((9000 + 1500 + 800) * 10));
    assert.deepEqual(preview.nextTier?.unitPrice, cny(8000 + 1500 + 800));
  });
  test('blank text, a free choice, an unknown choice and unknown fields add nothing', () => {
    const product = tshirt();
    const preview = previewUnitPrice(product, 'm-white', 1, { engraving: '  ', wrap: 'none', other: 'x' });
    assert.deepEqual(preview.unitPrice, cny(9900));
    assert.deepEqual(previewUnitPrice(product, 'm-white', 1, { wrap: 'ribbon' }).unitPrice, cny(9900));
  });
  test('a compare-at price not above the price is not shown', () => {
    const product = tshirt();
    product.variants[2] = { ...product.variants[2]!, compareAtPrice: cny(9900) };
    assert.equal(previewUnitPrice(product, 'm-white', 1, {}).compareAtPrice, undefined);
  });
  test('an unknown variant is not_found and names product and variant', () => {
    assert.throws(
      () => previewUnitPrice(tshirt(), 'xl-red', 1, {}),
      (error: unknown) => error instanceof OrderZoneError && error.code === 'not_found' && /"tee"/.test(error.message) && /"xl-red"/.test(error.message),
    );
  });
  test('a quantity that is not a positive whole number is a validation error', () => {
    for (const quantity of [0, -2, 1.5, Number.NaN]) {
      assert.throws(() => previewUnitPrice(tshirt(), 'm-white', quantity, {}), (error: unknown) => error instanceof OrderZoneError && error.code === 'validation');
    }
  });
});
