import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCart } from '../cart/cart.ts';
import { computeQuoteChanges } from '../checkout/quote-changes.ts';
import type { Quote } from '../order/order-schema.ts';
import { quoteLineOf } from '../testing/quote-line-of.ts';
import { OrderZoneError, isOrderZoneError } from '../errors.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { manualClock, manualVisibility } from '../testing/manual-clock.ts';
import { testShop } from '../testing/test-shop.ts';
import { createRfqRequests, type RfqAdapter } from './rfq-requests.ts';
import { answerRfq, applyRfqBuyerAction, createRfq, earliestRfqTargetDate, rfqStatusTone, withdrawRfq, withStatusAt } from './rfq-rules.ts';
import type { Rfq, RfqDraft } from './rfq-schema.ts';

const shop = testShop();
const lookup = (id: string) => shop.products.find((p) => p.id === id);
const cny = (amount: number) => ({ amount, currency: 'CNY' });
let clock = new Date('2026-12-06T10:00:00Z');

const draft = (over: Partial<RfqDraft> = {}): RfqDraft => ({
  lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 200 }],
  targetDate: '2026-12-20',
  contact: { name: 'Wang Fang', phone: '13800138000', email: 'buyer@example.com' },
  ...over,
});

/**
 * A backend of the tests' shop in memory, on the core's own rules, for the session `tok` (until
 * `endSession()`); counts what it was sent and the lists it answered; `failNext` fails the next list.
 */
function memoryBackend() {
  const rfqs = new Map<string, Rfq>();
  const sent: RfqDraft[] = [];
  let sessionEnded = false;
  let lists = 0;
  let failNext: OrderZoneError | undefined;
  const session = (token: string): void => {
    if (token !== 'tok' || sessionEnded) throw new OrderZoneError('unauthorized', 'No session.');
  };
  const mine = (token: string, id: string): Rfq => {
    session(token);
    const rfq = rfqs.get(id);
    if (!rfq) throw new OrderZoneError('not_found', 'No such request.');
    return withStatusAt(rfq, clock);
  };
  const adapter: RfqAdapter = {
    getProduct: async (id) => {
      const product = lookup(id);
      if (!product) throw new OrderZoneError('not_found', 'No such product.');
      return product;
    },
    createRfq: async (token, d) => {
      sent.push(d);
      const rfq = createRfq(d, lookup, `rfq-${rfqs.size + 1}`, clock);
      rfqs.set(rfq.id, rfq);
      return rfq;
    },
    listRfqs: async (token) => {
      lists += 1;
      session(token);
      const failure = failNext;
      failNext = undefined;
      if (failure) throw failure;
      return [...rfqs.values()].reverse().map((rfq) => withStatusAt(rfq, clock));
    },
    acceptRfq: async (token, id) => {
      const rfq = applyRfqBuyerAction(mine(token, id), 'accept', clock);
      rfqs.set(id, rfq);
      return rfq;
    },
    declineRfq: async (token, id) => {
      const rfq = applyRfqBuyerAction(mine(token, id), 'decline', clock);
      rfqs.set(id, rfq);
      return rfq;
    },
  };
  const answer = (id: string, amount: number, hours: number) =>
    rfqs.set(id, answerRfq(rfqs.get(id)!, { unitPrices: [cny(amount)], expiresAt: new Date(clock.getTime() + hours * 3_600_000).toISOString() }, 'CNY', clock));
  return {
    adapter,
    sent,
    answer,
    withdraw: (id: string) => rfqs.set(id, withdrawRfq(rfqs.get(id)!, clock)),
    endSession: () => (sessionEnded = true),
    fail: (error: OrderZoneError) => (failNext = error),
    get lists() {
      return lists;
    },
  };
}

function setUp({ signedIn = true, sessionRefused }: { signedIn?: boolean; sessionRefused?: (token: string) => void } = {}) {
  const token = signedIn ? 'tok' : undefined;
  clock = new Date('2026-12-06T10:00:00Z');
  const backend = memoryBackend();
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
  const requests = createRfqRequests({ adapter: backend.adapter, cart, sessionToken: () => token, now: () => clock, locale: () => 'en-US', ...(sessionRefused ? { sessionRefused } : {}) });
  return { backend, cart, requests };
}

const statuses = (requests: ReturnType<typeof setUp>['requests']) => {
  const state = requests.$rfqs.get();
  return state.status === 'idle' ? state.status : state.data?.map((r) => `${r.id} ${r.status}`);
};

describe('the buyer’s requests for quote', () => {
  it('names every problem of a draft per field and sends nothing', async () => {
    const { backend, requests } = setUp();
    const result = await requests.send(draft({
      lines: [{ productId: 'nope', variantId: 'x', quantity: 1 }, { productId: 'paper', variantId: 'paper-a4', quantity: 501 }],
      targetDate: '2026-12-05',
      contact: { name: ' ', phone: '13800138000', email: 'not-an-email' },
    }));
    assert.deepEqual(result.fieldErrors?.map((e) => `${e.field} ${e.code}`), [
      'lines.0.productId invalid_choice', 'lines.1.quantity invalid_quantity', 'targetDate invalid_date', 'contact.name required', 'contact.email invalid_email',
    ]);
    assert.deepEqual((await requests.send(draft({ lines: [] }))).fieldErrors, [{ field: 'lines', code: 'required' }]);
    assert.equal(backend.sent.length, 0);
    assert.equal(earliestRfqTargetDate(clock), '2026-12-06');
  });

  it('sends a request with the shopper’s locale and lists it first, requested', async () => {
    const { backend, requests } = setUp();
    const { rfq } = await requests.send(draft());
    assert.equal(rfq?.status, 'requested');
    assert.equal(backend.sent[0]?.locale, 'en-US');
    await requests.load();
    const state = requests.$rfqs.get();
    assert.equal(state.status, 'ready');
    assert.deepEqual(state.status === 'ready' && state.data.map((r) => [r.id, r.status]), [['rfq-1', 'requested']]);
  });

  it('accepts a quote and puts its lines in the cart carrying the request’s id', async () => {
    const { backend, cart, requests } = setUp();
    await requests.send(draft());
    backend.answer('rfq-1', 2100, 48);
    await requests.load();
    const { rfq, added } = await requests.accept('rfq-1');
    assert.equal(rfq.status, 'accepted');
    assert.equal(added, 1);
    assert.deepEqual(cart.toLineRequests().map((l) => [l.productId, l.quantity, l.rfqId]), [['paper', 200, 'rfq-1']]);
    const state = requests.$rfqs.get();
    assert.deepEqual(state.status === 'ready' && state.data.map((r) => r.status), ['accepted']);
  });

  it('does not ask the buyer to accept the quoted price at checkout as a price change, only another price', async () => {
    const { backend, cart, requests } = setUp();
    await requests.send(draft());
    backend.answer('rfq-1', 2100, 48);
    await requests.accept('rfq-1');
    const line = cart.$lines.get()[0]!;
    const quote = (lines: Quote['lines']): Quote => ({ currency: 'CNY', lines, subtotal: cny(0), adjustments: [], total: cny(0), shippingOptions: [], orderable: true });
    assert.deepEqual(computeQuoteChanges([line], quote([quoteLineOf(line, { unitPrice: cny(2100), rfqId: 'rfq-1' })])), []);
    assert.deepEqual(computeQuoteChanges([line], quote([quoteLineOf(line, { unitPrice: cny(2100) })])).map((c) => c.kind), ['price']);
  });

  it('refuses to accept an expired quote and shows the request expired', async () => {
    const { backend, cart, requests } = setUp();
    await requests.send(draft());
    backend.answer('rfq-1', 2100, 1);
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    await assert.rejects(requests.accept('rfq-1'), (error) => isOrderZoneError(error) && error.code === 'conflict' && error.details?.['reason'] === 'rfq_expired');
    const state = requests.$rfqs.get();
    assert.deepEqual(state.status === 'ready' && state.data.map((r) => r.status), ['expired']);
    assert.deepEqual(cart.$lines.get(), []);
  });

  it('shows a request waiting while a side must act, green once accepted, red when it ended otherwise', () => {
    assert.deepEqual((['requested', 'quoted', 'accepted', 'declined', 'expired', 'withdrawn'] as const).map(rfqStatusTone), ['waiting', 'waiting', 'success', 'danger', 'danger', 'danger']);
  });

  it('declines a quote', async () => {
    const { backend, requests } = setUp();
    await requests.send(draft());
    backend.answer('rfq-1', 2100, 48);
    assert.equal((await requests.decline('rfq-1')).status, 'declined');
  });

  it('asks a guest to sign in, and keeps a failed list as an error', async () => {
    const { requests } = setUp({ signedIn: false });
    await assert.rejects(requests.send(draft()), (error) => isOrderZoneError(error) && error.code === 'unauthorized');
    await requests.load();
    const state = requests.$rfqs.get();
    assert.equal(state.status === 'error' && state.error.code, 'unauthorized');
  });
});

describe('following the buyer’s requests for quote live', () => {
  /** Requests followed on a manual clock: `requested` is sent and loaded first. */
  async function following(options: { sessionRefused?: (token: string) => void } = {}) {
    const set = setUp(options);
    await set.requests.send(draft());
    await set.requests.load();
    const timers = manualClock();
    const visibility = manualVisibility();
    const changes: string[][] = [];
    const errors: string[] = [];
    const watch = set.requests.follow({
      clock: timers,
      visibility,
      onChange: (changed) => changes.push(changed.map((r) => `${r.id} ${r.status}`)),
      onError: (error) => errors.push(error.code),
    });
    return { ...set, timers, visibility, changes, errors, watch, listsBefore: set.backend.lists };
  }

  it('shows the merchant’s offer without a reload and reports it once, backing off 2 s, 4 s, 8 s… while nothing changes', async () => {
    const f = await following();
    await f.timers.advance(2000 + 4000 + 8000);
    assert.equal(f.backend.lists - f.listsBefore, 3);
    assert.deepEqual(f.changes, [], 'nothing new: nothing reported');
    assert.deepEqual(f.timers.delays, [2000, 4000, 8000, 16000]);

    f.backend.answer('rfq-1', 2100, 48);
    await f.timers.advance(16000);
    assert.deepEqual(statuses(f.requests), ['rfq-1 quoted']);
    assert.deepEqual(f.changes, [['rfq-1 quoted']]);
    assert.equal(f.timers.delays.at(-1), 2000, 'a change resets the back-off');
    await f.timers.advance(2000 + 4000);
    assert.deepEqual(f.changes, [['rfq-1 quoted']], 'the same offer is not reported again on the next checks');

    f.backend.withdraw('rfq-1');
    await f.timers.advance(8000);
    assert.deepEqual(f.changes, [['rfq-1 quoted'], ['rfq-1 withdrawn']]);
    assert.equal(f.watch.active, false, 'nothing awaits the merchant any more: it stops');
    assert.equal(f.timers.pending(), 0);
  });

  it('stops once nothing awaits the merchant and starts again when a request is sent; the buyer’s own actions are not reported', async () => {
    const f = await following();
    f.backend.answer('rfq-1', 2100, 48);
    await f.timers.advance(2000);
    await f.requests.accept('rfq-1');
    await f.timers.advance(2000);
    assert.equal(f.watch.active, false);
    assert.deepEqual(f.changes, [['rfq-1 quoted']]);
    const lists = f.backend.lists;
    await f.timers.advance(600_000);
    assert.equal(f.backend.lists, lists, 'no check once stopped');

    await f.requests.send(draft());
    assert.equal(f.watch.active, true);
    await f.timers.advance(2000);
    assert.equal(f.backend.lists, lists + 1);
    assert.deepEqual(statuses(f.requests), ['rfq-2 requested', 'rfq-1 accepted']);
    assert.deepEqual(f.changes, [['rfq-1 quoted']]);
    f.watch.stop();
  });

  it('keeps following a quote whose prices lapsed unaccepted, so the merchant’s new offer shows without a reload; stops for one lapsed accepted', async () => {
    const f = await following();
    f.backend.answer('rfq-1', 2100, 1);
    await f.timers.advance(2000);
    assert.deepEqual(f.changes, [['rfq-1 quoted']]);
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    await f.timers.advance(2000);
    assert.deepEqual(statuses(f.requests), ['rfq-1 expired']);
    assert.equal(f.watch.active, true, 'the merchant may still answer it');
    await f.timers.advance(4000 + 8000 + 16000 + 30000);
    assert.equal(f.timers.delays.at(-1), 30000, 'with the same back-off');

    f.backend.answer('rfq-1', 1900, 48);
    await f.timers.advance(30000);
    assert.deepEqual(statuses(f.requests), ['rfq-1 quoted']);
    assert.deepEqual(f.changes.at(-1), ['rfq-1 quoted']);

    await f.requests.accept('rfq-1');
    clock = new Date(clock.getTime() + 49 * 3_600_000);
    await f.timers.advance(2000);
    assert.deepEqual(statuses(f.requests), ['rfq-1 expired']);
    assert.equal(f.watch.active, false, 'accepted, then lapsed: nothing can change');
    assert.equal(f.timers.pending(), 0);
  });

  it('checks nothing while the page is hidden, at once when it shows again, and nothing after stop()', async () => {
    const f = await following();
    f.visibility.set(true);
    await f.timers.advance(600_000);
    assert.equal(f.backend.lists, f.listsBefore, 'hidden: no check');
    f.backend.answer('rfq-1', 2100, 48);
    f.visibility.set(false);
    await f.timers.advance(0);
    assert.equal(f.backend.lists, f.listsBefore + 1);
    assert.deepEqual(f.changes, [['rfq-1 quoted']]);

    f.watch.stop();
    assert.equal(f.timers.pending(), 0);
    await f.timers.advance(600_000);
    assert.equal(f.backend.lists, f.listsBefore + 1, 'stopped (the list left the page): no check');
  });

  it('keeps the list through a failed check, waits out Retry-After, and shows the list again after a failed load', async () => {
    const f = await following();
    f.backend.fail(new OrderZoneError('rate_limited', 'Slow down.', { retryAfterSeconds: 60 }));
    await f.timers.advance(2000);
    assert.deepEqual(f.errors, ['rate_limited']);
    assert.equal(f.timers.delays.at(-1), 60_000);
    assert.deepEqual(statuses(f.requests), ['rfq-1 requested'], 'the list stays as shown');

    f.backend.fail(new OrderZoneError('network', 'Offline.'));
    await f.requests.load();
    assert.equal(f.requests.$rfqs.get().status, 'error');
    await f.timers.advance(60_000);
    assert.equal(f.requests.$rfqs.get().status, 'ready', 'the next check shows the list again');
    f.watch.stop();
  });

  it('a session the backend no longer accepts: tells the account, empties the list and stops following', async () => {
    const refused: string[] = [];
    const f = await following({ sessionRefused: (token) => refused.push(token) });
    f.backend.endSession();
    await f.timers.advance(2000);
    assert.deepEqual(refused, ['tok']);
    assert.equal(f.requests.$rfqs.get().status, 'idle');
    assert.equal(f.watch.active, false);
    assert.equal(f.timers.pending(), 0);

    await f.requests.load();
    assert.deepEqual(refused, ['tok', 'tok'], 'a load refused the same way');
    assert.equal(f.requests.$rfqs.get().status, 'idle', 'no error shown: the shopper is signed out');
  });
});
