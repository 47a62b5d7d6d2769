import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cny, hotelProduct, mugProduct } from '../testing/booking-products.ts';
import { summarizeProduct } from './product-summary.ts';

describe('summarizeProduct', () => {
  it('prices a stay by its cheapest night of any room type, not by a variant price', () => {
    const summary = summarizeProduct(hotelProduct());
    assert.deepEqual(summary.price, cny(30000));
    assert.equal(summary.priceVaries, true);
  });

  it('shows goods at their price with the stock they carry, and a compare-at price only when higher', () => {
    const mug = mugProduct();
    const base = mug.variants[0]!;
    const soldOut = { ...mug, variants: [{ ...base, stock: 0, compareAtPrice: cny(5900) }] };
    const summary = summarizeProduct(soldOut);
    assert.deepEqual(summary.price, cny(4900));
    assert.equal(summary.priceVaries, false);
    assert.equal(summary.stockLevel, 'out_of_stock');
    assert.deepEqual(summary.compareAtPrice, cny(5900));
    assert.equal(summarizeProduct({ ...mug, variants: [{ ...base, compareAtPrice: cny(4900) }] }).compareAtPrice, undefined);
  });
});
