import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { atom } from 'nanostores';
import { derived } from './derived.ts';

describe('derived', () => {
  it('follows its stores while listened to, and tells listeners only of a changed value', () => {
    const $a = atom(1);
    const $b = atom(10);
    let runs = 0;
    const $sum = derived([$a, $b], (a, b) => {
      runs += 1;
      return a + b > 20 ? 'big' : 'small';
    });
    const seen: string[] = [];
    const stop = $sum.subscribe((value) => seen.push(value));
    $a.set(5);
    $b.set(20);
    $b.set(30);
    assert.deepEqual(seen, ['small', 'big'], 'small → small tells nobody; big → big neither');
    assert.equal(runs, 4);
    stop();
  });

  it('answers get() with the current values when nothing listens, working out again only when one changed', () => {
    const $a = atom(1);
    let runs = 0;
    const $double = derived([$a], (a) => {
      runs += 1;
      return a * 2;
    });
    assert.equal($double.get(), 2);
    $a.set(4);
    assert.equal($double.get(), 8);
    assert.equal($double.get(), 8);
    assert.equal(runs, 2);
  });
});
