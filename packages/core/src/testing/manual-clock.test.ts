import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manualClock } from './manual-clock.ts';

test('manualClock runs a timeout once, when the test advances past it', async () => {
  const clock = manualClock(1000);
  const seen: number[] = [];
  clock.setTimeout(() => seen.push(clock.now()), 500);
  await clock.advance(499);
  assert.deepEqual(seen, []);
  await clock.advance(10_000);
  assert.deepEqual(seen, [1500]);
  assert.equal(clock.now(), 11_499);
  assert.equal(clock.pending(), 0);
});

test('manualClock runs an interval at each period, in order with timeouts, until cleared', async () => {
  const clock = manualClock(0);
  const seen: string[] = [];
  const tick = clock.setInterval(() => seen.push(`tick ${clock.now()}`), 1000);
  clock.setTimeout(() => seen.push(`once ${clock.now()}`), 2500);
  await clock.advance(3000);
  assert.deepEqual(seen, ['tick 1000', 'tick 2000', 'once 2500', 'tick 3000']);
  clock.clearInterval(tick);
  await clock.advance(5000);
  assert.equal(seen.length, 4);
  assert.equal(clock.pending(), 0);
});
