import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { atom } from 'nanostores';
import { STOP_DELAY_MS, whileListened } from './while-listened.ts';

describe('whileListened', () => {
  it('starts with the first listener, once, and stops a moment after the last one left', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const $store = atom(0);
    const calls: string[] = [];
    whileListened($store, () => {
      calls.push('start');
      // Reading the store while starting listens for a moment: it must not start it twice.
      $store.get();
      return () => calls.push('stop');
    });
    assert.deepEqual(calls, []);
    const stopA = $store.listen(() => undefined);
    const stopB = $store.listen(() => undefined);
    assert.deepEqual(calls, ['start']);
    stopA();
    stopB();
    t.mock.timers.tick(STOP_DELAY_MS - 1);
    assert.deepEqual(calls, ['start'], 'still started just before the delay');
    t.mock.timers.tick(1);
    assert.deepEqual(calls, ['start', 'stop']);
  });

  it('stays started when a listener comes back within the delay, and starts again after a stop', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const $store = atom(0);
    let starts = 0;
    let stops = 0;
    whileListened($store, () => {
      starts += 1;
      return () => (stops += 1);
    });
    $store.listen(() => undefined)();
    const stop = $store.subscribe(() => undefined);
    t.mock.timers.tick(STOP_DELAY_MS);
    assert.deepEqual([starts, stops], [1, 0], 'a listener came back in time');
    stop();
    t.mock.timers.tick(STOP_DELAY_MS);
    assert.deepEqual([starts, stops], [1, 1]);
    $store.get();
    assert.equal(starts, 2, 'reading without listeners starts it, like nanostores onMount');
  });

  it('leaves a plain store once its returned function is called', () => {
    const $store = atom(0);
    let starts = 0;
    const unbind = whileListened($store, () => {
      starts += 1;
      return () => undefined;
    });
    unbind();
    $store.listen(() => undefined)();
    assert.equal(starts, 0);
  });
});
