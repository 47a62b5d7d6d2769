import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import { manualClock, manualVisibility } from '../testing/manual-clock.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import type { Order } from './order-schema.ts';
import { watchOrder } from './order-watch.ts';
import { watchPayment } from './payment-watch.ts';

/** A backend whose order the test changes; counts the reads. */
function backend(initial: Order) {
  let order = initial;
  let failWith: OrderZoneError | undefined;
  const reads: string[] = [];
  const adapter: Pick<BackendAdapter, 'getOrder' | 'getPaymentStatus'> = {
    async getOrder(orderNumber, access) {
      reads.push(`${orderNumber} ${access?.accessToken ?? ''}`);
      if (failWith) throw failWith;
      return structuredClone(order);
    },
    async getPaymentStatus(orderNumber, access, ctx) {
      reads.push(`${orderNumber} ${access.accessToken ?? ''}${ctx?.refresh ? ' refresh' : ''}`);
      if (failWith) throw failWith;
      return { orderNumber, status: order.status === 'pending_payment' ? 'pending' : 'paid' };
    },
  };
  return {
    adapter,
    reads,
    set(patch: Partial<Order>) {
      order = { ...order, ...patch };
    },
    fail(error: OrderZoneError | undefined) {
      failWith = error;
    },
  };
}

describe('watchOrder', () => {
  it('backs off 2 s, 4 s, 8 s... to 30 s while nothing changes, and resets on a change', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const seen: string[] = [];
    const watch = watchOrder(b.adapter, 'OZ250314000001', { accessToken: 'token-xyz' }, {
      initial: sampleOrder(),
      clock,
      visibility: manualVisibility(),
      onChange: (order) => seen.push(order.status),
    });
    await clock.advance(1999);
    assert.equal(b.reads.length, 0);
    await clock.advance(1);
    assert.deepEqual(b.reads, ['OZ250314000001 token-xyz']);
    await clock.advance(4000 + 8000 + 16000 + 30000 + 30000);
    assert.equal(b.reads.length, 6);
    assert.deepEqual(clock.delays, [2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    assert.deepEqual(seen, [], 'an unchanged order is not reported');

    b.set({ status: 'paid' });
    await clock.advance(30000);
    assert.deepEqual(seen, ['paid']);
    assert.equal(clock.delays.at(-1), 2000, 'a change resets the back-off');
    assert.ok(watch.active);
    watch.stop();
  });

  it('stops by itself at a terminal status', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const seen: string[] = [];
    const watch = watchOrder(b.adapter, 'OZ250314000001', {}, { clock, visibility: manualVisibility(), onChange: (o) => seen.push(o.status) });
    await clock.advance(2000);
    b.set({ status: 'cancelled' });
    await clock.advance(4000);
    assert.deepEqual(seen, ['pending_payment', 'cancelled']);
    assert.equal(watch.active, false);
    assert.equal(clock.pending(), 0);
    await clock.advance(120000);
    assert.equal(b.reads.length, 2);
  });

  it('does not start for an order that is already terminal', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder({ status: 'refunded' }));
    const watch = watchOrder(b.adapter, 'OZ1', {}, { initial: sampleOrder({ status: 'refunded' }), clock, visibility: manualVisibility(), onChange: () => undefined });
    await clock.advance(60000);
    assert.equal(watch.active, false);
    assert.equal(b.reads.length, 0);
  });

  it('fetches nothing while the page is hidden, and checks at once when it shows again', async () => {
    const clock = manualClock();
    const visibility = manualVisibility();
    const b = backend(sampleOrder());
    const watch = watchOrder(b.adapter, 'OZ1', {}, { initial: sampleOrder(), clock, visibility, onChange: () => undefined });
    visibility.set(true);
    await clock.advance(600000);
    assert.equal(b.reads.length, 0);
    visibility.set(false);
    await clock.advance(0);
    assert.equal(b.reads.length, 1);
    watch.stop();
  });

  it('reports failures and keeps backing off; waits out rate limits; stops on not_found', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const errors: string[] = [];
    const watch = watchOrder(b.adapter, 'OZ1', {}, { clock, visibility: manualVisibility(), onChange: () => undefined, onError: (e) => errors.push(e.code) });
    b.fail(new OrderZoneError('network', 'offline'));
    await clock.advance(2000);
    assert.deepEqual(errors, ['network']);
    assert.equal(clock.delays.at(-1), 4000);
    b.fail(new OrderZoneError('rate_limited', 'slow down', { retryAfterSeconds: 60 }));
    await clock.advance(4000);
    assert.equal(clock.delays.at(-1), 60000);
    b.fail(new OrderZoneError('not_found', 'gone'));
    await clock.advance(60000);
    assert.deepEqual(errors, ['network', 'rate_limited', 'not_found']);
    assert.equal(watch.active, false);
  });

  it('refresh() checks now; stop() ends it and ignores an answer still in flight', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const seen: string[] = [];
    const watch = watchOrder(b.adapter, 'OZ1', {}, { initial: sampleOrder(), clock, visibility: manualVisibility(), onChange: (o) => seen.push(o.status) });
    b.set({ status: 'paid' });
    watch.refresh();
    await clock.advance(0);
    assert.deepEqual(seen, ['paid']);
    b.set({ status: 'shipped' });
    watch.refresh();
    watch.stop();
    await clock.advance(60000);
    assert.deepEqual(seen, ['paid']);
    assert.equal(b.reads.length, 1);
  });
});

describe('watchPayment', () => {
  it('reports pending, then paid, and stops; backs off to 10 s at most', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const statuses: string[] = [];
    const watch = watchPayment(b.adapter, 'OZ1', { accessToken: 'token-xyz' }, { clock, visibility: manualVisibility(), onStatus: (s) => statuses.push(s) });
    await clock.advance(2000 + 4000 + 8000 + 10000);
    assert.deepEqual(statuses, ['pending']);
    assert.deepEqual(clock.delays, [2000, 4000, 8000, 10000, 10000]);
    b.set({ status: 'paid' });
    await clock.advance(10000);
    assert.deepEqual(statuses, ['pending', 'paid']);
    assert.equal(watch.active, false);
    assert.ok(b.reads.every((read) => read === 'OZ1 token-xyz'), 'every check carries the proof of access');
  });

  it('asks the backend to ask its payment provider only for the check the shopper asked for', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const watch = watchPayment(b.adapter, 'OZ1', { accessToken: 't' }, { clock, visibility: manualVisibility(), onStatus: () => undefined });
    await clock.advance(2000);
    watch.refresh();
    await clock.advance(0);
    await clock.advance(4000);
    assert.deepEqual(b.reads, ['OZ1 t', 'OZ1 t refresh', 'OZ1 t']);
    watch.stop();
  });
});

describe('watchPayment: "I have paid: check now"', () => {
  it('answers the shopper with what the check found: nothing yet, then paid', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const statuses: string[] = [];
    const watch = watchPayment(b.adapter, 'OZ1', { accessToken: 't' }, { clock, visibility: manualVisibility(), onStatus: (s) => statuses.push(s) });
    /** Presses "check now": the check runs on the next tick of the clock. */
    const press = async (): Promise<string> => {
      const answer = watch.check();
      await clock.advance(0);
      return answer;
    };
    assert.equal(await press(), 'pending');
    assert.deepEqual(b.reads, ['OZ1 t refresh'], 'the check asks the payment provider, at once');
    assert.equal(watch.active, true, 'nothing yet: the watch goes on');
    b.set({ status: 'paid' });
    assert.equal(await press(), 'paid');
    assert.deepEqual(statuses, ['pending', 'paid']);
    assert.equal(watch.active, false);
    assert.equal(await watch.check(), 'paid', 'after the end, the final status at once');
    assert.equal(b.reads.length, 2);
  });

  it('says why a check failed, and keeps watching', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const errors: string[] = [];
    const watch = watchPayment(b.adapter, 'OZ1', { accessToken: 't' }, { clock, visibility: manualVisibility(), onStatus: () => undefined, onError: (e) => errors.push(e.code) });
    b.fail(new OrderZoneError('network', 'offline'));
    const failed = assert.rejects(watch.check(), (error: OrderZoneError) => error.code === 'network');
    await clock.advance(0);
    await failed;
    assert.deepEqual(errors, ['network']);
    assert.equal(watch.active, true);
    b.fail(undefined);
    b.set({ status: 'paid' });
    await clock.advance(10_000);
    assert.equal(watch.active, false, 'the next scheduled check found the payment');
    watch.stop();
  });

  it('two presses while one check runs get the same answer; stop() answers those still waiting', async () => {
    const clock = manualClock();
    const b = backend(sampleOrder());
    const watch = watchPayment(b.adapter, 'OZ1', { accessToken: 't' }, { clock, visibility: manualVisibility(), onStatus: () => undefined });
    const [one, two] = [watch.check(), watch.check()];
    await clock.advance(0);
    assert.deepEqual(await Promise.all([one, two]), ['pending', 'pending']);
    assert.equal(b.reads.length, 1, 'one check for both presses');
    let release!: () => void;
    b.adapter.getPaymentStatus = (orderNumber, _access, ctx) =>
      new Promise((resolve, reject) => {
        release = () => resolve({ orderNumber, status: 'pending' });
        ctx?.signal?.addEventListener('abort', () => reject(new OrderZoneError('aborted', 'stopped')));
      });
    const pending = assert.rejects(watch.check(), (error: OrderZoneError) => error.code === 'aborted');
    await clock.advance(0);
    watch.stop();
    await pending;
    release();
  });
});

describe('watchOrder with a backend that streams changes', () => {
  /** A backend with `watchOrder`: the test pushes orders into the open stream and ends or breaks it. */
  function streaming(initial: Order) {
    const base = backend(initial);
    const opened: { push(order: Order): void; end(): void; fail(error: OrderZoneError): void; signal: AbortSignal }[] = [];
    const adapter: Pick<BackendAdapter, 'getOrder' | 'watchOrder'> = {
      getOrder: base.adapter.getOrder,
      watchOrder(_orderNumber, access, onOrder, ctx) {
        assert.equal(access.accessToken, 'token-xyz');
        return new Promise<void>((resolve, reject) => {
          opened.push({ push: onOrder, end: resolve, fail: reject, signal: ctx!.signal! });
          ctx?.signal?.addEventListener('abort', () => reject(new OrderZoneError('aborted', 'stopped')));
        });
      },
    };
    return { ...base, adapter, opened };
  }

  it('shows a change the moment the backend streams it, without waiting for a poll', async () => {
    const clock = manualClock();
    const b = streaming(sampleOrder());
    const seen: string[] = [];
    const watch = watchOrder(b.adapter, 'OZ1', { accessToken: 'token-xyz' }, { clock, visibility: manualVisibility(), initial: sampleOrder(), onChange: (o) => seen.push(o.status) });
    assert.equal(b.opened.length, 1);
    b.opened[0]!.push(sampleOrder({ status: 'paid' }));
    assert.deepEqual(seen, ['paid']);
    assert.deepEqual(b.reads, [], 'no poll was needed');
    // The same order again is no change.
    b.opened[0]!.push(sampleOrder({ status: 'paid' }));
    assert.deepEqual(seen, ['paid']);
    watch.stop();
    assert.equal(b.opened[0]!.signal.aborted, true, 'stop() closes the stream');
  });

  it('opens a broken stream again with back-off, polling meanwhile, and stops at a terminal status', async () => {
    const clock = manualClock();
    const b = streaming(sampleOrder());
    const seen: string[] = [];
    const watch = watchOrder(b.adapter, 'OZ1', { accessToken: 'token-xyz' }, { clock, visibility: manualVisibility(), initial: sampleOrder(), onChange: (o) => seen.push(o.status) });
    b.opened[0]!.fail(new OrderZoneError('network', 'connection reset'));
    await clock.advance(1000);
    assert.equal(b.opened.length, 2, 'opened again after 1 s');
    b.opened[1]!.fail(new OrderZoneError('network', 'connection reset'));
    await clock.advance(1000);
    assert.equal(b.opened.length, 2, 'not before 2 s the second time');
    await clock.advance(1000);
    assert.equal(b.opened.length, 3);
    assert.ok(b.reads.length >= 1, 'polled while the stream was down');
    b.opened[2]!.push(sampleOrder({ status: 'cancelled' }));
    assert.deepEqual(seen, ['cancelled']);
    assert.equal(watch.active, false);
    assert.equal(b.opened[2]!.signal.aborted, true);
  });

  it('polls a backend that cannot stream, as before', async () => {
    const clock = manualClock();
    const b = streaming(sampleOrder());
    b.adapter.watchOrder = () => Promise.reject(new OrderZoneError('not_found', 'No event stream here.'));
    const seen: string[] = [];
    watchOrder(b.adapter, 'OZ1', { accessToken: 'token-xyz' }, { clock, visibility: manualVisibility(), initial: sampleOrder(), onChange: (o) => seen.push(o.status) });
    b.set({ status: 'paid' });
    await clock.advance(2000);
    assert.deepEqual(seen, ['paid']);
  });
});
