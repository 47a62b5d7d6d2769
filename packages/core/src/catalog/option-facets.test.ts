import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { facetKey, nameWithUnit, offeredFacets, optionGroupUnit, optionValueUnit } from './option-facets.ts';
import type { OptionFacet } from './catalog-schema.ts';

const value = (id: string, count: number) => ({ id, label: id.toUpperCase(), count });

describe('option facets', () => {
  test('reads the unit a value is measured in, and none from a name or a size', () => {
    assert.equal(optionValueUnit('350 ml'), 'ml');
    assert.equal(optionValueUnit('10000 mAh'), 'mAh');
    assert.equal(optionValueUnit({ 'zh-CN': '1.5 升', 'en-US': '1.5 L' }), 'L');
    assert.equal(optionValueUnit('2TB'), 'TB');
    assert.equal(optionValueUnit('M'), undefined);
    assert.equal(optionValueUnit('Navy'), undefined);
    assert.equal(optionValueUnit('M (EU 35–39)'), undefined);
    assert.equal(optionValueUnit({ 'zh-CN': '红轴（线性）', 'en-US': 'Red (linear)' }), undefined);
  });

  test('groups of one id merge only when their values share a unit', () => {
    const bottle = { id: 'capacity', values: [{ id: '350ml', label: '350 ml' }, { id: '500ml', label: '500 ml' }] };
    const bank = { id: 'capacity', values: [{ id: '10000mah', label: '10000 mAh' }] };
    const size = { id: 'size', values: [{ id: 's', label: 'S' }, { id: 'm', label: 'M' }] };
    assert.equal(optionGroupUnit(bottle), 'ml');
    assert.notEqual(facetKey(bottle), facetKey(bank));
    assert.equal(facetKey(size), 'size');
    assert.equal(optionGroupUnit({ values: [{ id: 'a', label: '1 ml' }, { id: 'b', label: '1 l' }] }), '', 'mixed units: no one unit');
    assert.deepEqual(nameWithUnit({ 'zh-CN': '容量', 'en-US': 'Capacity' }, 'ml'), { 'zh-CN': '容量（ml）', 'en-US': 'Capacity (ml)' });
    assert.equal(nameWithUnit('Capacity', 'mAh'), 'Capacity (mAh)');
  });

  test('offers the groups that apply to at least two listed products, and only values that list something', () => {
    const facets: OptionFacet[] = [
      { groupId: 'size', name: 'Size', products: 3, values: [value('s', 2), value('m', 3), value('xxl', 0)] },
      { groupId: 'switch', name: 'Switches', products: 1, values: [value('red', 1), value('blue', 1)] },
      { groupId: 'ink', name: 'Ink', products: 2, values: [value('black', 0)] },
    ];
    const offered = offeredFacets(facets);
    assert.deepEqual(offered.map((f) => f.groupId), ['size'], 'one product\'s switches tell nothing apart; no ink lists anything');
    assert.deepEqual(offered[0]!.values.map((v) => v.id), ['s', 'm']);
    assert.equal(facets[0]!.values.length, 3, 'the backend\'s facets are left as they were');
  });

  test('keeps what the shopper chose, with its facet, so it can be unchosen', () => {
    const facets: OptionFacet[] = [{ groupId: 'switch', name: 'Switches', products: 1, values: [value('red', 1), value('blue', 0)] }];
    assert.deepEqual(offeredFacets(facets, { switch: ['blue'] })[0]!.values.map((v) => v.id), ['red', 'blue']);
    assert.deepEqual(offeredFacets(facets, { size: ['m'] }), []);
  });

  test('without a product count from the backend, the largest value count stands in', () => {
    const facets: OptionFacet[] = [
      { groupId: 'colour', name: 'Colour', values: [value('navy', 2), value('red', 1)] },
      { groupId: 'switch', name: 'Switches', values: [value('red', 1), value('blue', 1)] },
    ];
    assert.deepEqual(offeredFacets(facets).map((f) => f.groupId), ['colour']);
  });
});
