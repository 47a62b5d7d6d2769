import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Product } from '../catalog/catalog-schema.ts';
import { checkQuickOrder, parseQuickOrder, quickOrderSkus, remainingQuickOrderText, QUICK_ORDER_MAX_LINES } from './quick-order.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

function goods(id: string, variants: { id: string; sku: string; stock: number | null }[], quantity = { min: 1, step: 1 } as Product['quantity']): Product {
  return {
    id,
    kind: 'goods',
    title: id,
    description: '',
    categoryIds: [],
    images: [],
    specs: [],
    reviews: [],
    optionGroups: [],
    variants: variants.map((v) => ({ ...v, options: {}, price: cny(390) })),
    personalization: [],
    quantity,
    createdAt: '2026-01-01T00:00:00Z',
  } as Product;
}

const notes = goods('sticky-notes', [{ id: 'notes-yellow', sku: 'OZ-NOTE-76-Y', stock: 5000 }], { min: 5, max: 1000, step: 5 });
const buds = goods('earbuds', [
  { id: 'buds-white', sku: 'OZ-BUDS-WHT', stock: 2 },
  { id: 'buds-black', sku: 'OZ-BUDS-BLK', stock: 50 },
]);
const keyboard = goods('keyboard', [{ id: 'kb-blue', sku: 'OZ-KB-BLU', stock: 0 }]);
const bottle = { ...goods('bottle', [{ id: 'bottle-500', sku: 'OZ-BTL-500', stock: null }]), personalization: [{ id: 'engraving', label: 'Engraving', kind: 'text', required: true }] } as Product;
const catalog = [notes, buds, keyboard, bottle];

describe('quick order', () => {
  it('reads SKU and quantity separated by spaces, tabs, commas or semicolons, skipping a CSV header and blank lines', () => {
    const entries = parseQuickOrder('sku,quantity\r\noz-note-76-y, 20\n\n"OZ-BUDS-BLK";3;ignored\nOZ-KB-BLU\t1\n  OZ-BUDS-WHT   2  \n');
    assert.deepEqual(entries.map((e) => [e.line, e.sku, e.quantity]), [[2, 'oz-note-76-y', 20], [4, 'OZ-BUDS-BLK', 3], [5, 'OZ-KB-BLU', 1], [6, 'OZ-BUDS-WHT', 2]]);
    assert.deepEqual(quickOrderSkus(parseQuickOrder('a 1\nA 2\nb 3')), ['a', 'b'], 'each SKU looked up once, whatever its case');
  });

  it('tells each line what is wrong with it, by the product’s quantity rule and stock', () => {
    const text = [
      'OZ-NOTE-76-Y 20', // fine: 5 + 3 packs of 5
      'OZ-NOTE-76-Y 3', // below the minimum of 5
      'OZ-NOTE-76-Y 12', // not a pack of 5: 10 is nearest
      'OZ-NOTE-76-Y 1005', // above the maximum of 1000
      'NO-SUCH-SKU 1',
      'OZ-KB-BLU 1', // sold out
      'OZ-BUDS-WHT 3', // only 2 left
      'OZ-BUDS-BLK 1.5',
      'OZ-BUDS-BLK',
      'OZ-BTL-500 1', // needs an engraving
    ].join('\n');
    const lines = checkQuickOrder(parseQuickOrder(text), catalog);
    assert.deepEqual(
      lines.map((l) => l.problem ?? l.variant?.id),
      [
        'notes-yellow',
        { code: 'below_minimum', min: 5 },
        { code: 'not_a_step', min: 5, step: 5, suggested: 10 },
        { code: 'above_maximum', max: 1000 },
        { code: 'unknown_sku' },
        { code: 'out_of_stock' },
        { code: 'insufficient_stock', available: 2 },
        { code: 'invalid_quantity' },
        { code: 'unreadable' },
        { code: 'not_orderable' },
      ],
    );
    assert.equal(remainingQuickOrderText(lines), text.split('\n').slice(1).join('\n'), 'every line that cannot be ordered is given back as typed');
  });

  it('counts what is already in the cart and on the lines above against the stock', () => {
    const lines = checkQuickOrder(parseQuickOrder('OZ-BUDS-BLK 30\nOZ-BUDS-BLK 15'), catalog, (variantId) => (variantId === 'buds-black' ? 10 : 0));
    assert.deepEqual(lines.map((l) => l.problem), [undefined, { code: 'insufficient_stock', available: 10 }]);
  });

  it('rounds a quantity between packs to the nearest pack, never above the maximum', () => {
    const [line] = checkQuickOrder(parseQuickOrder('OZ-NOTE-76-Y 998'), catalog);
    assert.deepEqual(line!.problem, { code: 'not_a_step', min: 5, step: 5, suggested: 1000 });
    const [up] = checkQuickOrder(parseQuickOrder('OZ-NOTE-76-Y 18'), catalog);
    assert.deepEqual(up!.problem, { code: 'not_a_step', min: 5, step: 5, suggested: 20 });
  });

  it(`checks at most ${QUICK_ORDER_MAX_LINES} lines at once`, () => {
    const text = Array.from({ length: QUICK_ORDER_MAX_LINES + 1 }, () => 'OZ-BUDS-BLK 1').join('\n');
    const lines = checkQuickOrder(parseQuickOrder(text), [goods('earbuds', [{ id: 'buds-black', sku: 'OZ-BUDS-BLK', stock: null }])]);
    assert.equal(lines.filter((l) => !l.problem).length, QUICK_ORDER_MAX_LINES);
    assert.deepEqual(lines.at(-1)!.problem, { code: 'too_many_lines', max: QUICK_ORDER_MAX_LINES });
  });
});
