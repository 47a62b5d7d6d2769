import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Product } from '../catalog/catalog-schema.ts';
import type { Quote } from '../order/order-schema.ts';
import { addLine, lineRequestsOf, linesAfterQuote, removeLine, roomBeside, setLineQuantity, undoRemoval } from './cart-changes.ts';
import type { CartLine } from './cart-line.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

/** Sold by the case: at least 2, in steps of 3 (2, 5, 8...), at most 20, 12 in stock. */
const cups: Product = {
  id: 'cups',
  kind: 'goods',
  title: 'Cups',
  description: 'Stoneware.',
  categoryIds: ['kitchen'],
  images: [],
  specs: [],
  reviews: [],
  optionGroups: [{ id: 'size', name: 'Size', display: 'buttons', values: [{ id: 'm', label: 'M' }] }],
  variants: [{ id: 'cups-m', sku: 'CUP-M', options: { size: 'm' }, price: cny(1500), stock: 12 }],
  personalization: [],
  quantity: { min: 2, max: 20, step: 3 },
  createdAt: '2025-01-01T00:00:00Z',
};
const context = { currency: 'CNY', now: 1_000 };

describe('cart changes over plain lines', () => {
  it('adds a line fitted to the rule without touching the lines it was given', () => {
    const before: CartLine[] = [];
    const change = addLine(before, { product: cups, variantId: 'cups-m', quantity: 4 }, context);
    assert.deepEqual(before, []);
    assert.equal(change.lines?.length, 1);
    assert.equal(change.lines?.[0]?.quantity, 5);
    assert.equal(change.lines?.[0]?.addedAt, 1_000);
    assert.deepEqual(change.result.notice, { code: 'quantity_adjusted', requested: 4, allowed: 5, reason: 'step' });
    assert.equal(change.result.outcome, 'added');
    assert.equal(change.result.added, 5);
  });

  it('refuses more units than the stock allows and leaves the line as it was', () => {
    const first = addLine([], { product: cups, variantId: 'cups-m', quantity: 11 }, context).lines!;
    assert.equal(first[0]?.quantity, 11);
    const again = addLine(first, { product: cups, variantId: 'cups-m', quantity: 3 }, { ...context, now: 2_000 });
    assert.equal(again.result.outcome, 'refused');
    assert.equal(again.lines?.[0]?.quantity, 11);
    assert.equal(again.lines?.[0]?.addedAt, 1_000);
  });

  it('asks the store to remove a line set to 0, and removes it with its position for undo', () => {
    const lines = addLine([], { product: cups, variantId: 'cups-m', quantity: 2 }, context).lines!;
    const key = lines[0]!.key;
    assert.equal(setLineQuantity(lines, key, 0), 'remove');
    const removal = removeLine(lines, key);
    assert.deepEqual(removal?.lines, []);
    assert.equal(removal?.removed.index, 0);
    const undone = undoRemoval(removal!.lines, removal!.removed);
    assert.equal(undone.result, true);
    assert.deepEqual(undone.lines, lines);
  });

  it('counts the room left beside a line so the item count stays a safe integer', () => {
    const lines = addLine([], { product: cups, variantId: 'cups-m', quantity: 5 }, context).lines!;
    assert.equal(roomBeside(lines, 0), Number.MAX_SAFE_INTEGER);
    assert.equal(roomBeside(lines, -1), Number.MAX_SAFE_INTEGER - 5);
  });

  it('lowers a line to the quoted stock and reports nothing when no line was quoted', () => {
    const lines = addLine([], { product: cups, variantId: 'cups-m', quantity: 11 }, context).lines!;
    const quoted = { productId: 'cups', variantId: 'cups-m', quantity: 11, personalization: {}, unitPrice: cny(1400), available: 6 };
    const quote = { lines: [quoted] } as unknown as Quote;
    const next = linesAfterQuote(lines, quote);
    assert.equal(next?.[0]?.quantity, 5);
    assert.equal(next?.[0]?.stock, 6);
    assert.deepEqual(next?.[0]?.seen.unitPrice, cny(1400));
    assert.equal(linesAfterQuote(lines, { lines: [] } as unknown as Quote), undefined);
    assert.deepEqual(lineRequestsOf(lines), [{ productId: 'cups', variantId: 'cups-m', quantity: 11, personalization: {} }]);
  });
});
