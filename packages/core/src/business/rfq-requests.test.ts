import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCart } from '../cart/cart.ts';
import { computeQuoteChanges } from '../checkout/quote-changes.ts';
import type { Quote } from '../order/order-schema.ts';
import { quoteLineOf } from '../testing/quote-line-of.ts';
import { OrderZoneError, isOrderZoneError } from '../errors.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { testShop } from '../testing/test-shop.ts';
import { createRfqRequests, type RfqAdapter } from './rfq-requests.ts';
import { answerRfq, applyRfqBuyerAction, createRfq, earliestRfqTargetDate, rfqStatusTone, withStatusAt } from './rfq-rules.ts';
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

/** A backend of the tests' shop in memory, on the core's own rules, for the session `tok`; counts what it was sent. */
function memoryBackend() {
  const rfqs = new Map<string, Rfq>();
  const sent: RfqDraft[] = [];
  const mine = (token: string, id: string): Rfq => {
    if (token !== 'tok') throw new OrderZoneError('unauthorized', 'No session.');
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
      if (token !== 'tok') throw new OrderZoneError('unauthorized', 'No session.');
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
  return { adapter, sent, answer };
}

function setUp({ signedIn = true } = {}) {
  const token = signedIn ? 'tok' : undefined;
  clock = new Date('2026-12-06T10:00:00Z');
  const backend = memoryBackend();
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
  const requests = createRfqRequests({ adapter: backend.adapter, cart, sessionToken: () => token, now: () => clock, locale: () => 'en-US' });
  return { backend, cart, requests };
}

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
