import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter, SubmitContext } from '../backend/backend-adapter.ts';
import { createCart } from '../cart/cart.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { OrderZoneError } from '../errors.ts';
import type { CheckoutOptions, Order, OrderRequest, Quote, QuoteRequest } from '../order/order-schema.ts';
import { memoryStorage, memoryStorageGroup, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { createCheckout } from './checkout.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

const tee: Product = {
  id: 'tee',
  kind: 'goods',
  title: { 'zh-CN': '纯棉T恤', 'en-US': 'Cotton T-shirt' },
  description: 'Soft.',
  categoryIds: [],
  images: [],
  specs: [],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'tee-m', sku: 'TEE-M', options: {}, price: cny(9900), stock: 10 }],
  personalization: [],
  quantity: { min: 1, max: 10, step: 1 },
  createdAt: '2025-01-01T00:00:00Z',
};

const SHIPPING = 1000;

/**
 * A small in-memory backend: one product whose price and stock the test can change, flat
 * shipping, `price_changed` when the expected total differs, one order per idempotency key.
 */
function fakeBackend() {
  const backend = {
    price: 9900,
    stock: 10 as number,
    quoteCalls: [] as QuoteRequest[],
    submitCalls: [] as { request: OrderRequest; ctx: SubmitContext }[],
    ordersByKey: new Map<string, Order>(),
    /** The request each key placed, as JSON: another request with the same key is refused (`conflict`). */
    requestsByKey: new Map<string, string>(),
    /** Access tokens handed out, with the order each opens. */
    tokens: new Map<string, string>(),
    /** Set to place the next order at this total instead of the quote's (a backend that re-prices on its own). */
    placeAtTotal: undefined as number | undefined,
    /** Set to make the next submission fail this way before reaching the order logic. */
    failNext: undefined as OrderZoneError | undefined,
    /** Set to create the order but lose the answer (a network error on the way back). */
    loseNextAnswer: false,
    /** Set to make submissions wait for the test. */
    hold: undefined as Promise<void> | undefined,
  };

  function quote(request: QuoteRequest): Quote {
    const lines = request.lines.map((line) => ({
      productId: line.productId,
      variantId: line.variantId,
      sku: 'TEE-M',
      title: tee.title,
      quantity: line.quantity,
      personalization: line.personalization,
      unitPrice: cny(backend.price),
      total: cny(backend.price * line.quantity),
      available: backend.stock,
      ...(line.quantity > backend.stock
        ? { problem: { code: backend.stock === 0 ? ('out_of_stock' as const) : ('insufficient_stock' as const), available: backend.stock } }
        : {}),
    }));
    const subtotal = lines.reduce((sum, l) => sum + l.total.amount, 0);
    return {
      currency: 'CNY',
      lines,
      subtotal: cny(subtotal),
      adjustments: [{ kind: 'shipping', label: 'Standard', amount: cny(SHIPPING) }],
      total: cny(subtotal + SHIPPING),
      shippingOptions: [{ id: 'std', label: 'Standard', price: cny(SHIPPING) }],
      selectedShippingOptionId: 'std',
      orderable: lines.every((l) => !l.problem),
    };
  }

  const adapter: BackendAdapter = {
    listCategories: async () => [],
    searchProducts: async () => ({ items: [], total: 0, page: 1, pageSize: 20, facets: { options: [] } }),
    getProduct: async () => tee,
    getCheckoutOptions: async (): Promise<CheckoutOptions> => ({
      paymentMethods: [{ id: 'alipay', kind: 'alipay', label: '支付宝' }],
      countries: ['US', 'CN'],
    }),
    async quote(request) {
      backend.quoteCalls.push(request);
      return quote(request);
    },
    async submitOrder(request, ctx) {
      backend.submitCalls.push({ request, ctx });
      if (backend.hold) await backend.hold;
      if (backend.failNext) {
        const error = backend.failNext;
        backend.failNext = undefined;
        throw error;
      }
      const existing = backend.ordersByKey.get(ctx.idempotencyKey);
      if (existing && backend.requestsByKey.get(ctx.idempotencyKey) !== JSON.stringify(request)) {
        throw new OrderZoneError('conflict', 'Key reused.', {
          details: { reason: 'idempotency_key_reused', orderNumber: existing.orderNumber, accessToken: grant(existing.orderNumber) },
        });
      }
      if (existing) return { order: existing, accessToken: grant(existing.orderNumber) };
      const current = quote(request);
      if (!current.orderable) throw new OrderZoneError('out_of_stock', 'Out of stock.', { details: { quote: current } });
      if (current.total.amount !== request.expectedTotal.amount) {
        throw new OrderZoneError('price_changed', 'Prices changed.', { details: { quote: current } });
      }
      const order: Order = {
        orderNumber: `OZ-${backend.ordersByKey.size + 1}`,
        status: 'pending_payment',
        createdAt: '2025-06-01T00:00:00Z',
        currency: 'CNY',
        lines: current.lines,
        subtotal: current.subtotal,
        adjustments: current.adjustments,
        total: backend.placeAtTotal === undefined ? current.total : cny(backend.placeAtTotal),
        contact: request.contact,
        shippingAddress: request.shippingAddress,
        shippingOption: current.shippingOptions[0]!,
        paymentMethod: { id: 'alipay', kind: 'alipay', label: '支付宝' },
        payment: { type: 'none' },
      };
      backend.ordersByKey.set(ctx.idempotencyKey, order);
      backend.requestsByKey.set(ctx.idempotencyKey, JSON.stringify(request));
      backend.placeAtTotal = undefined;
      if (backend.loseNextAnswer) {
        backend.loseNextAnswer = false;
        throw new TypeError('Failed to fetch');
      }
      return { order, accessToken: grant(order.orderNumber) };
    },
    async lookupOrder({ orderNumber, contact }) {
      const order = [...backend.ordersByKey.values()].find((o) => o.orderNumber === orderNumber);
      if (!order || (order.contact.email !== contact && order.contact.phone !== contact)) throw new OrderZoneError('not_found', 'No order.');
      return { order, accessToken: grant(order.orderNumber) };
    },
    async getOrder(orderNumber, access) {
      const order = [...backend.ordersByKey.values()].find((o) => o.orderNumber === orderNumber);
      if (!order || backend.tokens.get(access.accessToken ?? '') !== orderNumber) throw new OrderZoneError('not_found', 'No order.');
      return order;
    },
    getPaymentStatus: async (orderNumber) => ({ orderNumber, status: 'pending' }),
  };

  function grant(orderNumber: string): string {
    const token = `token-${backend.tokens.size + 1}-of-${orderNumber}-xxxxxxxxxxxx`;
    backend.tokens.set(token, orderNumber);
    return token;
  }
  return { backend, adapter };
}

let keyCounter = 0;

/** A cart and checkout of shop `shop` on `storage`, as one page load would create them. */
function openPage(storage: KeyValueStorage, adapter: BackendAdapter, options: { recheckDelaysMs?: number[] } = {}) {
  const cart = createCart({ shopId: 'shop', currency: 'CNY', storage });
  const checkout = createCheckout({
    shopId: 'shop',
    currency: 'CNY',
    adapter,
    cart,
    storage,
    locale: () => 'zh-CN',
    newKey: () => `key-${++keyCounter}`,
    quoteDebounceMs: 0,
    now: () => 42,
    recheckDelaysMs: options.recheckDelaysMs ?? [],
  });
  return { cart, checkout };
}

function fillIn(checkout: ReturnType<typeof openPage>['checkout']): void {
  checkout.update({
    contact: { name: '李雷', phone: '138 0013 8000', email: 'li@example.com' },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道 100 号', postalCode: '200120' },
    paymentMethodId: 'alipay',
    shippingOptionId: 'std',
  });
}

function readyShop(options: { recheckDelaysMs?: number[] } = {}) {
  const storage = memoryStorage();
  const { backend, adapter } = fakeBackend();
  const page = openPage(storage, adapter, options);
  page.cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
  fillIn(page.checkout);
  return { storage, backend, adapter, ...page };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(condition(), 'condition never became true');
}

describe('checkout draft', () => {
  it('survives a reload', () => {
    const storage = memoryStorage();
    const { adapter } = fakeBackend();
    fillIn(openPage(storage, adapter).checkout);
    openPage(storage, adapter).checkout.update({ note: '请放门口' });
    const draft = openPage(storage, adapter).checkout.$draft.get();
    assert.equal(draft.contact.name, '李雷');
    assert.equal(draft.shippingAddress.postalCode, '200120');
    assert.equal(draft.note, '请放门口');
  });

  it('starts in the first country the shop ships to, unless the shopper chose one', async () => {
    const { adapter } = fakeBackend();
    const fresh = openPage(memoryStorage(), adapter).checkout;
    assert.equal(fresh.$draft.get().shippingAddress.country, 'CN');
    await fresh.loadOptions();
    assert.equal(fresh.$draft.get().shippingAddress.country, 'US');

    const chosen = openPage(memoryStorage(), adapter).checkout;
    chosen.update({ shippingAddress: { country: 'CN' } });
    await chosen.loadOptions();
    assert.equal(chosen.$draft.get().shippingAddress.country, 'CN');
    assert.equal(chosen.$options.get().status, 'ready');
  });

  it('follows what another tab types, orders and signs out of, so no tab writes a stale draft over it', async () => {
    const group = memoryStorageGroup();
    const { adapter } = fakeBackend();
    const a = openPage(group.connect(), adapter).checkout;
    const tabB = openPage(group.connect(), adapter);
    const b = tabB.checkout;
    fillIn(a);
    assert.equal(b.$draft.get().contact.name, '李雷', 'the other tab shows what was typed');
    b.update({ note: '请放门口' });
    assert.equal(a.$draft.get().note, '请放门口');
    assert.equal(a.$draft.get().shippingAddress.postalCode, '200120', 'and its own typing is still there');
    assert.equal(openPage(group.connect(), adapter).checkout.$draft.get().contact.name, '李雷', 'a reload has both');

    group.connect().set('orderzone:shop:checkout', 'not json');
    assert.equal(a.$draft.get().contact.name, '李雷', 'an unreadable draft from elsewhere changes nothing here');

    tabB.cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    fillIn(b);
    const order = await b.submit();
    assert.equal(order?.orderNumber, 'OZ-1');
    assert.equal(a.$lastOrder.get()?.orderNumber, 'OZ-1', 'the other tab knows the order just placed');

    b.forgetPersonalData();
    assert.equal(a.$draft.get().contact.name, '', 'signing out in one tab forgets the details in the other');
    assert.equal(a.$draft.get().paymentMethodId, 'alipay', 'but not the choices');
    assert.equal(a.$lastOrder.get(), undefined, 'nor the last order');
    a.dispose();
    b.update({ note: 'after dispose' });
    assert.notEqual(a.$draft.get().note, 'after dispose', 'a disposed checkout stops following');
  });

  it('keeps an unreadable stored draft as a backup', () => {
    const storage = memoryStorage();
    storage.set('orderzone:shop:checkout', '{"version":1,"draft":');
    const { adapter } = fakeBackend();
    const { checkout } = openPage(storage, adapter);
    assert.equal(checkout.$draft.get().contact.name, '');
    assert.equal(storage.get('orderzone:shop:checkout:backup-42'), '{"version":1,"draft":');
  });

  it('validation errors block submission and clear field by field as the shopper edits', async () => {
    const { backend, adapter } = fakeBackend();
    const { cart, checkout } = openPage(memoryStorage(), adapter);
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    checkout.update({ contact: { name: '李雷', phone: '12345', email: 'li@example.com' } });
    assert.equal(await checkout.submit(), undefined);
    const fields = checkout.$state.get().fieldErrors.map((e) => `${e.field}:${e.code}`);
    assert.ok(fields.includes('contact.phone:invalid_phone_cn'));
    assert.ok(fields.includes('paymentMethodId:required_payment_method'));
    assert.equal(backend.submitCalls.length, 0);
    checkout.update({ contact: { phone: '13800138000' } });
    assert.ok(!checkout.$state.get().fieldErrors.some((e) => e.field === 'contact.phone'));
    assert.ok(checkout.$state.get().fieldErrors.some((e) => e.field === 'paymentMethodId'));
  });

  it('takes the delivery option the backend’s quote picks when the shopper submits before any quote came back', async () => {
    const { backend, adapter } = fakeBackend();
    const { cart, checkout } = openPage(memoryStorage(), adapter);
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    fillIn(checkout);
    checkout.update({ shippingOptionId: undefined });
    assert.deepEqual(checkout.validate(), [], 'what the quote on its way picks is not missing yet');
    const order = await checkout.submit();
    assert.deepEqual(checkout.$state.get().fieldErrors, []);
    assert.equal(order?.orderNumber, 'OZ-1');
    assert.equal(backend.submitCalls[0]?.request.shippingOptionId, 'std');
    assert.equal(checkout.$draft.get().shippingOptionId, 'std');
  });

  it('still asks for a delivery option when the backend’s quote picks none, and sends nothing', async () => {
    const { backend, adapter } = fakeBackend();
    const noDefault: BackendAdapter = {
      ...adapter,
      async quote(request, ctx) {
        const { selectedShippingOptionId: _picked, ...quote } = await adapter.quote(request, ctx);
        return quote;
      },
    };
    const { cart, checkout } = openPage(memoryStorage(), noDefault);
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    fillIn(checkout);
    checkout.update({ shippingOptionId: undefined });
    assert.equal(await checkout.submit(), undefined);
    assert.deepEqual(
      checkout.$state.get().fieldErrors.map((e) => `${e.field}:${e.code}`),
      ['shippingOptionId:required_shipping_option'],
    );
    assert.equal(checkout.$state.get().phase, 'editing');
    assert.deepEqual(checkout.validate().map((e) => e.field), ['shippingOptionId'], 'with the quote back, validate() says so too');
    assert.equal(backend.submitCalls.length, 0);
  });
});

describe('checkout quote', () => {
  it('asks for a quote with ids, quantities and destination, never prices', async () => {
    const { backend, checkout } = readyShop();
    await checkout.refreshQuote();
    assert.deepEqual(backend.quoteCalls[0], {
      currency: 'CNY',
      lines: [{ productId: 'tee', variantId: 'tee-m', quantity: 2, personalization: {} }],
      shippingOptionId: 'std',
      destination: { country: 'CN', region: '上海市', postalCode: '200120' },
    });
    const quote = checkout.$quote.get();
    assert.equal(quote.status === 'ready' && quote.data.total.amount, 2 * 9900 + SHIPPING);
  });

  it('refreshes by itself while someone listens, and not otherwise', async () => {
    const { backend, cart, checkout } = readyShop();
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(backend.quoteCalls.length, 0);
    const stop = checkout.$quote.listen(() => {});
    await waitFor(() => checkout.$quote.get().status === 'ready');
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    await waitFor(() => backend.quoteCalls.at(-1)?.lines[0]?.quantity === 4);
    await waitFor(() => {
      const q = checkout.$quote.get();
      return q.status === 'ready' && q.data.lines[0]?.quantity === 4;
    });
    stop();
    checkout.dispose();
  });

  it('reports price and stock differences from what the shopper saw', async () => {
    const { backend, checkout } = readyShop();
    backend.price = 10900;
    backend.stock = 1;
    await checkout.refreshQuote();
    const changes = checkout.$state.get().changes;
    assert.deepEqual(
      changes.map((c) => ({ ...c, lineKey: undefined })),
      [
        { kind: 'price', lineKey: undefined, title: tee.title, before: cny(9900), after: cny(10900) },
        { kind: 'stock', lineKey: undefined, title: tee.title, requested: 2, available: 1 },
      ],
    );
  });
});

describe('checkout submission', () => {
  it('places exactly one order for a double submit, clears the cart and remembers the order', async () => {
    const { storage, backend, adapter, cart, checkout } = readyShop();
    const first = checkout.submit();
    const second = checkout.submit();
    assert.equal(first, second);
    const order = await first;
    assert.equal(order?.orderNumber, 'OZ-1');
    assert.equal(backend.submitCalls.length, 1);
    assert.deepEqual(backend.submitCalls[0]!.request.expectedTotal, cny(2 * 9900 + SHIPPING));
    assert.deepEqual(cart.$lines.get(), []);
    assert.equal(checkout.$state.get().phase, 'completed');
    assert.equal(storage.get('orderzone:shop:pending-submit'), null);
    assert.equal(openPage(storage, adapter).checkout.$lastOrder.get()?.orderNumber, 'OZ-1');
    assert.equal(await checkout.submit(), order);
    assert.equal(backend.submitCalls.length, 1);
  });

  it('retries after a network error with the same key, so the lost order is not placed twice', async () => {
    const { backend, cart, checkout } = readyShop();
    backend.loseNextAnswer = true;
    assert.equal(await checkout.submit(), undefined);
    const failed = checkout.$state.get();
    assert.equal(failed.phase, 'editing');
    assert.equal(failed.error?.code, 'network');
    assert.equal(failed.resumable, true);
    assert.equal(cart.$lines.get().length, 1);

    const order = await checkout.submit();
    assert.equal(order?.orderNumber, 'OZ-1');
    assert.equal(backend.ordersByKey.size, 1);
    assert.equal(backend.submitCalls[0]!.ctx.idempotencyKey, backend.submitCalls[1]!.ctx.idempotencyKey);
    assert.deepEqual(cart.$lines.get(), []);
  });

  it('resumes with the same key after a reload in the middle of submitting', async () => {
    const { storage, backend, adapter, checkout } = readyShop();
    let release!: () => void;
    backend.hold = new Promise<void>((resolve) => (release = resolve));
    void checkout.submit();
    await waitFor(() => backend.submitCalls.length === 1);
    const sentKey = backend.submitCalls[0]!.ctx.idempotencyKey;
    assert.match(storage.get('orderzone:shop:pending-submit') ?? '', new RegExp(sentKey));

    // The page reloads: a new cart and checkout on the same storage.
    const reloaded = openPage(storage, adapter);
    assert.equal(reloaded.checkout.$state.get().resumable, true);
    assert.equal(reloaded.cart.$lines.get().length, 1);
    backend.hold = undefined;
    release();
    const order = await reloaded.checkout.submit();
    assert.equal(backend.submitCalls[1]!.ctx.idempotencyKey, sentKey);
    assert.equal(order?.orderNumber, 'OZ-1');
    assert.equal(backend.ordersByKey.size, 1);
  });

  it('places one order when two tabs submit the same cart at the same moment', async () => {
    const group = memoryStorageGroup();
    const { backend, adapter } = fakeBackend();
    const a = openPage(group.connect(), adapter);
    const b = openPage(group.connect(), adapter);
    a.cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    fillIn(a.checkout);
    let release!: () => void;
    backend.hold = new Promise<void>((resolve) => (release = resolve));
    const first = a.checkout.submit();
    await waitFor(() => backend.submitCalls.length === 1);
    const second = b.checkout.submit();
    await waitFor(() => backend.submitCalls.length === 2);
    assert.equal(backend.submitCalls[1]!.ctx.idempotencyKey, backend.submitCalls[0]!.ctx.idempotencyKey, 'the second tab sends the first one’s key');
    backend.hold = undefined;
    release();
    const [one, two] = await Promise.all([first, second]);
    assert.equal(one?.orderNumber, 'OZ-1');
    assert.equal(two?.orderNumber, 'OZ-1');
    assert.equal(backend.ordersByKey.size, 1, 'one order, not two');
  });

  it('stops for review when prices changed, and places the order once the shopper accepts', async () => {
    const { backend, cart, checkout } = readyShop();
    await checkout.refreshQuote();
    backend.price = 10900;
    assert.equal(await checkout.submit(), undefined);
    const review = checkout.$state.get();
    assert.equal(review.phase, 'review_changes');
    assert.equal(review.error?.code, 'price_changed');
    assert.deepEqual(
      review.changes.map((c) => c.kind),
      ['price', 'total'],
    );
    assert.deepEqual(review.changes[1], { kind: 'total', before: cny(2 * 9900 + SHIPPING), after: cny(2 * 10900 + SHIPPING) });
    const quote = checkout.$quote.get();
    assert.equal(quote.status === 'ready' && quote.data.total.amount, 2 * 10900 + SHIPPING);

    assert.equal(await checkout.submit(), undefined, 'not before the changes are accepted');
    assert.equal(backend.submitCalls.length, 1);
    assert.equal(cart.$lines.get().length, 1);

    checkout.acceptChanges();
    assert.equal(checkout.$state.get().phase, 'editing');
    assert.deepEqual(cart.$lines.get()[0]!.seen.unitPrice, cny(10900));
    const order = await checkout.submit();
    assert.deepEqual(order?.total, cny(2 * 10900 + SHIPPING));
    assert.deepEqual(backend.submitCalls[1]!.request.expectedTotal, cny(2 * 10900 + SHIPPING));
    assert.equal(backend.ordersByKey.size, 1);
  });

  it('lowers quantities to the available stock on accepting stock changes', async () => {
    const { backend, cart, checkout } = readyShop();
    backend.stock = 1;
    assert.equal(await checkout.submit(), undefined);
    assert.equal(checkout.$state.get().phase, 'review_changes');
    assert.equal(backend.submitCalls.length, 0);
    checkout.acceptChanges();
    assert.equal(cart.$lines.get()[0]!.quantity, 1);
    const order = await checkout.submit();
    assert.equal(order?.lines[0]?.quantity, 1);
  });

  it('shows the backend’s field errors and keeps the cart', async () => {
    const { backend, cart, checkout } = readyShop();
    backend.failNext = new OrderZoneError('validation', 'Bad address.', { fieldErrors: [{ field: 'shippingAddress.line1', code: 'invalid_choice' }] });
    assert.equal(await checkout.submit(), undefined);
    const state = checkout.$state.get();
    assert.deepEqual(state.fieldErrors, [{ field: 'shippingAddress.line1', code: 'invalid_choice' }]);
    assert.equal(state.resumable, false);
    assert.equal(cart.$lines.get().length, 1);
    assert.equal(checkout.$lastOrder.get(), undefined);
  });

  it('uses a new key for a different order after a refusal', async () => {
    const { backend, checkout } = readyShop();
    backend.failNext = new OrderZoneError('validation', 'Bad address.', { fieldErrors: [{ field: 'shippingAddress.line1', code: 'invalid_choice' }] });
    await checkout.submit();
    checkout.update({ shippingAddress: { line1: '世纪大道 200 号' } });
    await checkout.submit();
    assert.notEqual(backend.submitCalls[0]!.ctx.idempotencyKey, backend.submitCalls[1]!.ctx.idempotencyKey);
  });

  it('reset() starts a new checkout keeping contact and address', async () => {
    const { checkout } = readyShop();
    checkout.update({ note: 'leave at door' });
    await checkout.submit();
    checkout.reset();
    assert.equal(checkout.$state.get().phase, 'editing');
    assert.equal(checkout.$draft.get().contact.name, '李雷');
    assert.equal(checkout.$draft.get().note, undefined);
    assert.equal(checkout.$lastOrder.get()?.orderNumber, 'OZ-1');
  });
});

describe('checkout: orders that went through although the page did not see it', () => {
  it('says a lost answer may have placed the order, and finds it by checking again with the same key', async () => {
    const { backend, cart, checkout } = readyShop({ recheckDelaysMs: [5] });
    backend.loseNextAnswer = true;
    assert.equal(await checkout.submit(), undefined);
    const lost = checkout.$state.get();
    assert.equal(lost.maybePlaced, true, 'the order may exist: never "not placed"');
    assert.equal(lost.error?.code, 'network');
    assert.equal(cart.$lines.get().length, 1, 'nothing is dropped while the outcome is unknown');

    // The checkout checks by itself: the same request with the same key answers the order placed.
    await waitFor(() => checkout.$state.get().phase === 'completed');
    assert.equal(checkout.$state.get().order?.orderNumber, 'OZ-1');
    assert.equal(backend.ordersByKey.size, 1, 'checking placed no second order');
    assert.equal(backend.submitCalls[1]!.ctx.idempotencyKey, backend.submitCalls[0]!.ctx.idempotencyKey);
    assert.deepEqual(cart.$lines.get(), []);
  });

  it('says the outcome is unknown after a reload in the middle of submitting', async () => {
    const { storage, backend, adapter, checkout } = readyShop();
    backend.hold = new Promise<void>(() => undefined);
    void checkout.submit();
    await waitFor(() => backend.submitCalls.length === 1);
    const reloaded = openPage(storage, adapter);
    assert.equal(reloaded.checkout.$state.get().maybePlaced, true);
  });

  it('treats a conflict over a reused key as an order already placed, shows it, and places the changed cart only when asked, with a new key', async () => {
    const { backend, cart, checkout } = readyShop();
    backend.loseNextAnswer = true;
    await checkout.submit();
    // The shopper changes the cart after the lost answer; the backend had placed the first order.
    cart.setQuantity(cart.$lines.get()[0]!.key, 3);
    assert.equal(await checkout.submit(), undefined);
    const state = checkout.$state.get();
    assert.equal(state.placedEarlier?.orderNumber, 'OZ-1');
    assert.equal(state.error?.code, 'conflict');
    await waitFor(() => checkout.$lastOrder.get()?.orderNumber === 'OZ-1');
    assert.equal(checkout.$state.get().placedEarlier?.order?.orderNumber, 'OZ-1', 'the state says once the order is known');
    assert.ok(checkout.orderAccess('OZ-1').accessToken, 'the earlier order opens with the token the conflict carried');

    // Pressing "Place order" again does not loop into the same conflict, nor order silently.
    assert.equal(await checkout.submit(), undefined);
    assert.equal(backend.submitCalls.length, 2);

    const second = await checkout.placeAsNewOrder();
    assert.equal(second?.orderNumber, 'OZ-2');
    assert.notEqual(backend.submitCalls[2]!.ctx.idempotencyKey, backend.submitCalls[0]!.ctx.idempotencyKey, 'a new key for the new order');
    assert.equal(backend.submitCalls[2]!.request.lines[0]!.quantity, 3);
    assert.equal(checkout.$state.get().placedEarlier, undefined);
  });

  it('flags an order placed at another total than the one confirmed, until the shopper accepts it, across reloads', async () => {
    const { storage, backend, adapter, checkout } = readyShop();
    backend.placeAtTotal = 25_000;
    const order = await checkout.submit();
    assert.deepEqual(order?.total, cny(25_000));
    assert.deepEqual(checkout.$totalChange.get(), { orderNumber: 'OZ-1', confirmed: cny(2 * 9900 + SHIPPING), charged: cny(25_000), accepted: false });
    assert.equal(openPage(storage, adapter).checkout.$totalChange.get()?.accepted, false, 'a reload still waits for the shopper');
    checkout.acceptTotalChange();
    assert.equal(checkout.$totalChange.get()?.accepted, true);
    assert.equal(openPage(storage, adapter).checkout.$totalChange.get()?.accepted, true);
  });

  it('has no total change for an order placed at the total confirmed', async () => {
    const { checkout } = readyShop();
    await checkout.submit();
    assert.equal(checkout.$totalChange.get(), undefined);
  });
});

describe('checkout: access to orders without personal data in URLs', () => {
  it('keeps the token of an order placed here and proves access with it; signing out forgets it', async () => {
    const { checkout, storage } = readyShop();
    const order = await checkout.submit();
    const access = checkout.orderAccess(order!.orderNumber);
    assert.match(access.accessToken ?? '', /^token-\d+-of-OZ-1/);
    assert.equal(JSON.stringify(access).includes('li@example.com'), false);
    assert.equal(JSON.stringify(access).includes('138'), false);
    checkout.forgetPersonalData();
    assert.deepEqual(checkout.orderAccess(order!.orderNumber), {});
    assert.equal(storage.get('orderzone:shop:order-access'), null);
  });

  it('refuses a mistyped order number before any request, and looks an order up by number and contact in a body', async () => {
    const storage = memoryStorage();
    const { adapter } = fakeBackend();
    let lookups = 0;
    const counting = { ...adapter, lookupOrder: (...args: Parameters<BackendAdapter['lookupOrder']>) => (lookups++, adapter.lookupOrder(...args)) };
    const page = openPage(storage, counting);
    await assert.rejects(page.checkout.lookUpOrder({ orderNumber: 'OZ-7KD4M-9QXT3', contact: 'li@example.com' }), (error: OrderZoneError) => {
      assert.equal(error.code, 'validation');
      assert.deepEqual(error.fieldErrors, [{ field: 'orderNumber', code: 'invalid_order_number' }]);
      return true;
    });
    await assert.rejects(page.checkout.lookUpOrder({ orderNumber: ' ', contact: '' }), (error: OrderZoneError) => {
      assert.deepEqual(error.fieldErrors.map((e) => `${e.field}:${e.code}`), ['orderNumber:required', 'contact:required']);
      return true;
    });
    assert.equal(lookups, 0, 'nothing was sent');
  });
});

describe('checkout for a company', () => {
  it('sends the company details normalized, keeps them over a reload, and blocks a mistyped credit code', async () => {
    const { storage, backend, adapter, checkout } = readyShop();
    checkout.update({ company: { name: ' 厦门星辰贸易有限公司 ', creditCode: '9135 0100 m000 100y 44', invoiceType: 'special', invoiceTitle: '厦门星辰贸易有限公司' } });
    assert.equal(openPage(storage, adapter).checkout.$draft.get().company?.invoiceType, 'special');
    assert.equal(await checkout.submit(), undefined);
    assert.deepEqual(checkout.$state.get().fieldErrors, [{ field: 'company.creditCode', code: 'invalid_credit_code_check' }]);
    assert.equal(backend.submitCalls.length, 0);

    checkout.update({ company: { creditCode: '9135 0100 m000 100y 43', purchaseOrderNumber: 'PO-117' } });
    assert.deepEqual(checkout.$state.get().fieldErrors, [], 'editing the code clears its error');
    assert.ok(await checkout.submit());
    assert.deepEqual(backend.submitCalls[0]!.request.company, {
      name: '厦门星辰贸易有限公司',
      creditCode: '91350100M000100Y43',
      invoiceType: 'special',
      invoiceTitle: '厦门星辰贸易有限公司',
      purchaseOrderNumber: 'PO-117',
    });
  });

  it('sends no company once the shopper stops buying for one', async () => {
    const { backend, checkout } = readyShop();
    checkout.update({ company: { name: 'Acme', creditCode: 'bad' } });
    checkout.update({ company: undefined });
    assert.ok(await checkout.submit());
    assert.equal(backend.submitCalls[0]!.request.company, undefined);
  });
});
