import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localize, summarizeReviews, type OrderRequest, type QuoteRequest } from '@orderzone/core';
import { parseOrderNumber } from '@orderzone/core/orders';
import { createOrderEngine, initialEngineState, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder, strangerAccess } from './testing/placed-order.ts';
import { SHIRT_STOCK, shirtLine, testShop } from '../../core/src/testing/test-shop.ts';
import { searchShop } from '../../core/src/testing/search-shop.ts';

const NOW = new Date('2025-03-14T08:00:00Z');

type EngineOptions = { state?: EngineState; onChange?: (s: EngineState) => void; now?: () => Date };

/** An engine on the tests' own shop. */
function engine(options: EngineOptions = {}): OrderEngine {
  return createOrderEngine({ seed: testShop(), now: () => NOW, ...options });
}

/** An engine on the tests' shop for search: nested categories, tags, reviews, facets (see `searchShop()`). */
function searchEngine(options: EngineOptions = {}): OrderEngine {
  return createOrderEngine({ seed: searchShop(), now: () => NOW, ...options });
}

function orderRequest(overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    currency: 'CNY',
    lines: [shirtLine(2)],
    contact: { name: '张三', phone: '138 0013 8000', email: 'Zhang.San@example.com' },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    // 2 × ¥79.00 + standard shipping ¥12.00
    expectedTotal: { amount: 17000, currency: 'CNY' },
    ...overrides,
  };
}


/** `OZ-` and two groups of five characters of the order-number alphabet (no 0/O, 1/I/L). */
const ORDER_NUMBER_FORMAT = /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('order engine: search', () => {
  it('finds products of a category and its child categories', () => {
    const e = searchEngine();
    const clothes = e.searchProducts({ categoryId: 'clothes' });
    assert.deepEqual(ids(clothes), ['shirt', 'hoodie', 'cap', 'socks']);
    assert.deepEqual(ids(e.searchProducts({ categoryId: 'clothes-accessories' })), ['cap', 'socks']);
    // The keyboard is filed under electronics and office.
    assert.ok(ids(e.searchProducts({ categoryId: 'office' })).includes('keyboard'));
  });

  it('matches every word in any locale, case-insensitively, title matches first', () => {
    const e = searchEngine();
    assert.deepEqual(ids(e.searchProducts({ text: '水壶' })), ['water-bottle']);
    assert.deepEqual(ids(e.searchProducts({ text: 'INSULATED bottle' })), ['water-bottle']);
    assert.deepEqual(ids(e.searchProducts({ text: 'bottle nonsense-word' })), []);
    // "gift" is in the tags of three products and in the title of one of them.
    assert.deepEqual(ids(e.searchProducts({ text: 'gift' })).sort(), ['candle', 'tea-box', 'water-bottle'].sort());
    assert.equal(e.searchProducts({ text: 'gift' }).items[0]!.id, 'tea-box', 'the product with "gift" in its title ranks first');
  });

  it('filters by the lowest variant price, inclusive', () => {
    // The hoodie from exactly ¥199.00; the cleaning visit ¥200.00, the tea box ¥268.00, the hotel's night ¥300.00, the earbuds ¥399.00.
    const page = searchEngine().searchProducts({ minPrice: 19900, maxPrice: 40000 });
    assert.deepEqual(ids(page).sort(), ['cleaning', 'earbuds', 'hoodie', 'hotel', 'tea-box'].sort());
    for (const item of page.items) assert.ok(item.price.amount >= 19900 && item.price.amount <= 40000);
  });

  it('filters by option values on one variant, respecting stock when asked', () => {
    const e = searchEngine();
    assert.deepEqual(ids(e.searchProducts({ options: { size: ['xl'], color: ['white'] } })), ['shirt']);
    // White XL shirts are sold out.
    assert.deepEqual(ids(e.searchProducts({ options: { size: ['xl'], color: ['white'] }, inStockOnly: true })), []);
    // Green hoodies: S and M sold out, L in stock.
    assert.deepEqual(ids(e.searchProducts({ options: { color: ['green'], size: ['s', 'm'] }, inStockOnly: true })), []);
    assert.deepEqual(ids(e.searchProducts({ options: { color: ['green'], size: ['s', 'l'] }, inStockOnly: true })), ['hoodie']);
  });

  it('leaves out a product sold out by an order placed after an earlier in-stock search', () => {
    const initial = initialEngineState(searchShop());
    const shirt = searchShop().products.find((p) => p.id === 'shirt')!;
    const stock = { ...initial.stock, ...Object.fromEntries(shirt.variants.map((v) => [v.id, v.id === 'shirt-navy-m' ? 2 : 0])) };
    const e = searchEngine({ state: { ...initial, stock } });
    assert.ok(ids(e.searchProducts({ categoryId: 'clothes', inStockOnly: true })).includes('shirt'));
    placeOrder(e, orderRequest(), 'sell-out');
    assert.ok(!ids(e.searchProducts({ categoryId: 'clothes', inStockOnly: true })).includes('shirt'));
    assert.ok(ids(e.searchProducts({ categoryId: 'clothes' })).includes('shirt'));
  });

  it('leaves out products with nothing in stock when asked', () => {
    const initial = initialEngineState(searchShop());
    const e = searchEngine({ state: { ...initial, stock: { ...initial.stock, candle: 0 } } });
    assert.ok(ids(e.searchProducts({ categoryId: 'gifts' })).includes('candle'));
    assert.ok(!ids(e.searchProducts({ categoryId: 'gifts', inStockOnly: true })).includes('candle'));
  });

  it('sorts by price, rating and date', () => {
    const e = searchEngine();
    const byPrice = e.searchProducts({ sort: 'price_asc', pageSize: 100 }).items.map((i) => i.price.amount);
    assert.deepEqual(byPrice, [...byPrice].sort((a, b) => a - b));
    const desc = e.searchProducts({ sort: 'price_desc', pageSize: 100 }).items.map((i) => i.price.amount);
    assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
    // Top rated: by the average of the reviews each product has, then by how many; unreviewed last.
    const byRating = e.searchProducts({ sort: 'rating', pageSize: 100 }).items.map((i) => i.rating);
    const key = (r: (typeof byRating)[number]) => (r ? r.averageTenths * 100_000 + r.count : -1);
    assert.deepEqual(byRating.map(key), [...byRating].map(key).sort((a, b) => b - a));
    assert.ok(byRating[0]!.count >= 1);
    assert.equal(e.searchProducts({ sort: 'newest' }).items[0]!.id, 'earbuds');
  });

  it('pages through every sort, and through matches found in titles, tags and descriptions, in order', () => {
    const e = searchEngine();
    for (const sort of ['price_asc', 'price_desc', 'rating', 'newest', 'relevance'] as const) {
      for (const query of [{ sort }, { sort, inStockOnly: true }, { sort, text: 'a' }]) {
        const all = ids(e.searchProducts({ ...query, pageSize: 100 }));
        const pages = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((page) => ids(e.searchProducts({ ...query, pageSize: 4, page })));
        assert.deepEqual(pages, all.slice(0, 32), `${JSON.stringify(query)}: pages of 4 follow the order of one page of 100`);
      }
    }
    // Two words: each must appear somewhere; a product with both in its title comes first (the socks have both in their description).
    const both = e.searchProducts({ text: 'hoodie fleece', pageSize: 100 });
    assert.deepEqual(ids(both), ['hoodie', 'socks']);
  });

  it('pages through results and reports the total', () => {
    const e = searchEngine();
    const count = searchShop().products.length;
    const all = ids(e.searchProducts({ pageSize: 100 }));
    assert.equal(all.length, count);
    const first = e.searchProducts({ pageSize: 5, page: 1 });
    const third = e.searchProducts({ pageSize: 5, page: 3 });
    assert.deepEqual([first.total, first.page, first.pageSize], [count, 1, 5]);
    assert.deepEqual(ids(first), all.slice(0, 5));
    assert.deepEqual(ids(third), all.slice(10, 15));
    assert.deepEqual(ids(e.searchProducts({ pageSize: 5, page: Math.ceil(count / 5) + 1 })), []);
  });

  it('offers facets counted without the group’s own filter', () => {
    const page = searchEngine().searchProducts({ categoryId: 'clothes', options: { size: ['xl'] } });
    const size = page.facets.options.find((f) => f.groupId === 'size')!;
    const color = page.facets.options.find((f) => f.groupId === 'color')!;
    // Shirt and hoodie come in S–XL, socks in M and L: choosing XL still shows M with its 3 products.
    assert.deepEqual(size.values.map((v) => [v.id, v.count]), [['s', 2], ['m', 3], ['l', 3], ['xl', 2]]);
    // Colours of XL products only: the cap is not XL.
    assert.equal(color.values.find((v) => v.id === 'red')?.count ?? 0, 0);
    assert.equal(color.values.find((v) => v.id === 'navy')!.count, 1);
    assert.equal(localize(size.name, 'en-US'), 'Size');
    assert.deepEqual(page.facets.priceRange, { min: { amount: 7900, currency: 'CNY' }, max: { amount: 19900, currency: 'CNY' } });
  });

  it('keeps units apart in facets: capacity in ml and in mAh are two filters, each counting its products', () => {
    const all = searchEngine().searchProducts({});
    const capacity = all.facets.options.filter((f) => f.groupId === 'capacity');
    assert.deepEqual(capacity.map((f) => localize(f.name, 'en-US')).sort(), ['Capacity (mAh)', 'Capacity (ml)']);
    assert.deepEqual(capacity.map((f) => localize(f.name, 'zh-CN')).sort(), ['容量（mAh）', '容量（ml）']);
    const ml = capacity.find((f) => localize(f.name, 'en-US') === 'Capacity (ml)')!;
    assert.deepEqual(ml.values.map((v) => v.id), ['350ml', '500ml']);
    assert.equal(ml.products, 1);
    assert.equal(all.facets.options.find((f) => f.groupId === 'size')!.products, 3, 'shirt, hoodie and socks');
    // In one category there is one capacity only, named plainly.
    const electronics = searchEngine().searchProducts({ categoryId: 'electronics' });
    assert.deepEqual(electronics.facets.options.filter((f) => f.groupId === 'capacity').map((f) => localize(f.name, 'en-US')), ['Capacity']);
  });

  it('gives every card the rating its reviews make, the same the product page computes', () => {
    const e = searchEngine();
    const items = e.searchProducts({ pageSize: 100 }).items;
    for (const item of items) assert.deepEqual(item.rating, summarizeReviews(e.getProduct(item.id).reviews), item.id);
    assert.ok(items.some((i) => i.rating === undefined), 'a product with no reviews has no stars');
    assert.ok(items.some((i) => i.rating && i.rating.count >= 2));
  });

  it('summarises products for cards', () => {
    const items = searchEngine().searchProducts({ pageSize: 100 }).items;
    const hoodie = items.find((i) => i.id === 'hoodie')!;
    assert.deepEqual([hoodie.price.amount, hoodie.priceVaries, hoodie.compareAtPrice?.amount, hoodie.hasBulkPricing], [19900, true, 23900, false]);
    const paper = items.find((i) => i.id === 'paper')!;
    assert.deepEqual([paper.price.amount, paper.priceVaries, paper.hasBulkPricing, paper.stockLevel], [2990, false, true, 'in_stock']);
    assert.ok(items.find((i) => i.id === 'shirt')!.image!.url.startsWith('data:image/svg+xml,'));
  });

  it('shows low stock when only a few units of every variant are left', () => {
    const initial = initialEngineState(searchShop());
    // The blue switches are sold out already.
    const stock = { ...initial.stock, 'kb-red': 2, 'kb-brown': 1 };
    const item = searchEngine({ state: { ...initial, stock } }).searchProducts({ text: 'keyboard' }).items[0]!;
    assert.equal(item.stockLevel, 'low_stock');
  });

  it('rejects an invalid query with field errors', () => {
    const error = rejects(() => searchEngine().searchProducts({ pageSize: 500 }), 'validation');
    assert.deepEqual(error.fieldErrors.map((f) => f.field), ['pageSize']);
  });
});

describe('order engine: products and quotes', () => {
  it('returns a product with its current stock, and not_found for an unknown id', () => {
    const e = engine();
    assert.equal(e.getProduct('shirt').variants.find((v) => v.id === SHIRT_STOCK.low)!.stock, 3);
    const error = rejects(() => e.getProduct('nope'), 'not_found');
    assert.match(error.message, /"nope"/);
  });

  it('prices with bulk tiers, personalization and stock from the engine state', () => {
    const e = engine();
    const quote = e.quote({
      currency: 'CNY',
      lines: [
        { productId: 'paper', variantId: 'paper-a4', quantity: 10, personalization: {} },
        { productId: 'printed-mug', variantId: 'printed-mug', quantity: 1, personalization: { 'print-text': '生日快乐' } },
      ],
      destination: { country: 'CN' },
    });
    // Paper at its ¥26.50 tier from 10 reams; the mug ¥69.00 and ¥10.00 for the printing.
    assert.deepEqual(quote.lines.map((l) => l.unitPrice.amount), [2650, 6900 + 1000]);
    assert.equal(quote.subtotal.amount, 26500 + 7900);
    assert.equal(quote.orderable, true);
  });

  it('marks lines over the remaining stock, counting all lines of a variant together', () => {
    const request: QuoteRequest = {
      currency: 'CNY',
      lines: [
        // The navy L shirt has 3 left; the white XL is sold out.
        shirtLine(3, SHIRT_STOCK.low),
        shirtLine(1, SHIRT_STOCK.low),
        shirtLine(1, SHIRT_STOCK.soldOut),
      ],
    };
    const quote = engine().quote(request);
    assert.equal(quote.lines[0]!.problem, undefined);
    assert.deepEqual(quote.lines[1]!.problem, { code: 'out_of_stock', available: 0 });
    assert.equal(quote.lines[2]!.problem?.code, 'out_of_stock');
    assert.equal(quote.orderable, false);
  });

  it('rejects a malformed quote request', () => {
    const error = rejects(() => engine().quote({ currency: 'CNY', lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 0, personalization: {} }] }), 'validation');
    assert.deepEqual(error.fieldErrors, [{ field: 'lines.0.quantity', code: 'invalid' }]);
  });
});

describe('order engine: submitting orders', () => {
  it('creates an order, reserves stock and asks for a QR payment', () => {
    const changes: EngineState[] = [];
    const e = engine({ onChange: (s) => changes.push(s) });
    const { order, access } = placeOrder(e, orderRequest(), 'key-1');
    assert.match(order.orderNumber, ORDER_NUMBER_FORMAT);
    assert.equal(order.status, 'pending_payment');
    assert.equal(order.total.amount, 17000);
    assert.equal(order.shippingOption?.id, 'standard');
    assert.equal(order.contact.email, 'Zhang.San@example.com');
    assert.equal(order.payment.type, 'qr_code');
    assert.ok(order.payment.type === 'qr_code' && order.payment.expiresAt === '2025-03-14T08:15:00.000Z');
    assert.equal(e.getProduct('shirt').variants.find((v) => v.id === 'shirt-navy-m')!.stock, 38);
    assert.equal(changes.length, 1);
    assert.equal(changes[0]!.stock['shirt-navy-m'], 38);
    assert.equal(e.getPaymentStatus(order.orderNumber, access).status, 'pending');
  });

  it('numbers orders at random in the canonical format and redirects card payments to the demo payment page', () => {
    const e = engine();
    const { order: first } = e.submitOrder(orderRequest(), 'a');
    const { order: second } = e.submitOrder(orderRequest({ paymentMethodId: 'card' }), 'b');
    for (const { orderNumber } of [first, second]) {
      assert.match(orderNumber, ORDER_NUMBER_FORMAT);
      assert.equal(parseOrderNumber(orderNumber), orderNumber, 'the check character matches');
    }
    assert.notEqual(second.orderNumber, first.orderNumber);
    assert.deepEqual(second.payment, { type: 'redirect', url: `#/pay/${second.orderNumber}` });
  });

  it('returns the same order for the same key and request, reserving stock once, with a new token that works too', () => {
    const e = engine();
    const first = e.submitOrder(orderRequest(), 'same-key');
    const again = e.submitOrder(orderRequest(), 'same-key');
    assert.deepEqual(again.order, first.order);
    assert.notEqual(again.accessToken, first.accessToken);
    assert.equal(e.getOrder(first.order.orderNumber, { accessToken: first.accessToken }).orderNumber, first.order.orderNumber);
    assert.equal(e.getOrder(first.order.orderNumber, { accessToken: again.accessToken }).orderNumber, first.order.orderNumber);
    assert.equal(e.snapshot().orders.length, 1);
    assert.equal(e.snapshot().stock['shirt-navy-m'], 38);
  });

  it('rejects a reused key with a different request as a conflict', () => {
    const e = engine();
    const { order: first } = e.submitOrder(orderRequest(), 'k');
    const error = rejects(() => e.submitOrder(orderRequest({ lines: [shirtLine(1)], expectedTotal: { amount: 9100, currency: 'CNY' } }), 'k'), 'conflict');
    assert.equal(error.details.reason, 'idempotency_key_reused');
    assert.equal(error.details.orderNumber, first.orderNumber);
    assert.equal(e.snapshot().orders.length, 1);
  });

  it('answers price_changed with the new quote when the confirmed total is stale', () => {
    const e = engine();
    const error = rejects(() => e.submitOrder(orderRequest({ expectedTotal: { amount: 16000, currency: 'CNY' } }), 'k'), 'price_changed');
    assert.equal((error.details.quote as { total: { amount: number } }).total.amount, 17000);
    assert.equal(e.snapshot().orders.length, 0);
    assert.equal(e.snapshot().stock['shirt-navy-m'], 40);
  });

  it('answers out_of_stock with the quote and the affected lines', () => {
    const e = engine();
    const error = rejects(
      () => e.submitOrder(orderRequest({ lines: [shirtLine(4, SHIRT_STOCK.low)], expectedTotal: { amount: 31600, currency: 'CNY' } }), 'k'),
      'out_of_stock',
    );
    assert.deepEqual(error.details.lines, [{ index: 0, productId: 'shirt', variantId: SHIRT_STOCK.low, code: 'insufficient_stock', available: 3 }]);
    assert.ok(error.details.quote);
    assert.equal(e.snapshot().stock[SHIRT_STOCK.low], 3);
  });

  it('lets the last units go to the first order only', () => {
    const e = engine();
    // Two of the 3 navy L shirts, 2 × ¥79.00 + ¥12.00 shipping; one is left for the second order.
    const lines = [shirtLine(2, SHIRT_STOCK.low)];
    e.submitOrder(orderRequest({ lines, expectedTotal: { amount: 17000, currency: 'CNY' } }), 'first');
    rejects(() => e.submitOrder(orderRequest({ lines, expectedTotal: { amount: 17000, currency: 'CNY' } }), 'second'), 'out_of_stock');
  });

  it('rejects bad contact and address data field by field', () => {
    const error = rejects(
      () =>
        engine().submitOrder(
          orderRequest({
            contact: { name: '', phone: '12345', email: 'not-an-email' },
            shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '20012' },
            paymentMethodId: 'bitcoin',
          }),
          'k',
        ),
      'validation',
    );
    assert.deepEqual(
      error.fieldErrors.map((f) => [f.field, f.code]),
      [['contact.name', 'required'], ['contact.phone', 'invalid_phone_cn'], ['contact.email', 'invalid_email'], ['shippingAddress.postalCode', 'invalid_postal_code_cn'], ['paymentMethodId', 'invalid_choice']],
    );
  });

  it('rejects a country not shipped to and a delivery option not offered there', () => {
    // The tests' shop, shipping to the US too, but only internationally.
    const shop = testShop();
    const e = createOrderEngine({
      seed: {
        ...shop,
        countries: [...shop.countries, 'US'],
        pricing: { ...shop.pricing, shippingRates: [...shop.pricing.shippingRates, { id: 'international', label: { 'zh-CN': '国际快递', 'en-US': 'International shipping' }, price: { amount: 12000, currency: 'CNY' }, countries: ['US'] }] },
      },
      now: () => NOW,
    });
    const fr = rejects(() => e.submitOrder(orderRequest({ shippingAddress: { country: 'FR', region: 'IDF', city: 'Paris', line1: '1 rue de Rivoli', postalCode: '75001' } }), 'k'), 'validation');
    assert.deepEqual(fr.fieldErrors, [{ field: 'shippingAddress.country', code: 'invalid_choice' }]);
    const us = rejects(
      () => e.submitOrder(orderRequest({ contact: { name: 'Ann', phone: '+1 415 555 0100', email: 'ann@example.com' }, shippingAddress: { country: 'US', region: 'CA', city: 'San Francisco', line1: '1 Market St', postalCode: '94105' } }), 'k'),
      'validation',
    );
    assert.deepEqual(us.fieldErrors, [{ field: 'shippingOptionId', code: 'invalid_choice' }]);
  });

  it('rejects a schema-invalid request and a missing idempotency key', () => {
    const e = engine();
    const error = rejects(() => e.submitOrder({ ...orderRequest(), lines: [] }, 'k'), 'validation');
    assert.deepEqual(error.fieldErrors, [{ field: 'lines', code: 'required' }]);
    const noKey = rejects(() => e.submitOrder(orderRequest(), '  '), 'validation');
    assert.deepEqual(noKey.fieldErrors, [{ field: 'idempotencyKey', code: 'required' }]);
  });

  it('reports personalization problems on the line’s field', () => {
    const error = rejects(
      () => engine().submitOrder(orderRequest({ lines: [{ productId: 'flask', variantId: 'flask-350ml-red', quantity: 1, personalization: { engraving: '这是一段超过二十个字符的刻字内容，真的太长了' } }], expectedTotal: { amount: 16100, currency: 'CNY' } }), 'k'),
      'validation',
    );
    assert.deepEqual(error.fieldErrors, [{ field: 'lines.0.personalization.engraving', code: 'too_long', params: { max: 20 } }]);
  });
});

describe('order engine: reading orders and payment', () => {
  it('shows an order only to the holder of its token: its phone number or e-mail no longer opens it', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    const other = placeOrder(e, orderRequest(), 'k2');
    assert.equal(e.getOrder(orderNumber, access).orderNumber, orderNumber);
    rejects(() => e.getOrder(orderNumber, strangerAccess()), 'not_found');
    rejects(() => e.getOrder(orderNumber, other.access), 'not_found');
    rejects(() => e.getOrder(orderNumber, {}), 'not_found');
    rejects(() => e.getOrder(orderNumber, { contact: '13800138000' } as never), 'not_found');
    rejects(() => e.getOrder('OZ-22222-22222', access), 'not_found');
  });

  it('finds an order by its number and phone or e-mail, however they are written, with a token that opens it', () => {
    const e = engine();
    const { order: { orderNumber } } = placeOrder(e, orderRequest(), 'k');
    for (const contact of ['+86 138-0013-8000', ' zhang.san@EXAMPLE.com ']) {
      const found = e.lookupOrder({ orderNumber, contact });
      assert.equal(found.order.orderNumber, orderNumber, contact);
      assert.equal(e.getOrder(orderNumber, { accessToken: found.accessToken }).orderNumber, orderNumber);
    }
    rejects(() => e.lookupOrder({ orderNumber, contact: '13900000000' }), 'not_found');
    rejects(() => e.lookupOrder({ orderNumber: 'OZ-22222-22222', contact: '13800138000' }), 'not_found');
  });

  it('marks an order paid once and reports it', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    const paid = e.markPaid(orderNumber);
    assert.deepEqual([paid.status, paid.payment], ['paid', { type: 'none' }]);
    assert.equal(e.markPaid(orderNumber).status, 'paid');
    assert.deepEqual(e.getPaymentStatus(orderNumber, access), { orderNumber, status: 'paid' });
    rejects(() => e.getPaymentStatus('OZ-nope', access), 'not_found');
  });

  it('reports an unpaid QR payment as expired after 15 minutes', () => {
    let now = NOW;
    const e = engine({ now: () => now });
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    now = new Date(NOW.getTime() + 16 * 60 * 1000);
    assert.equal(e.getPaymentStatus(orderNumber, access).status, 'expired');
  });
});

describe('order engine: state', () => {
  it('resumes from a snapshot', () => {
    const e = engine();
    const { order, access } = placeOrder(e, orderRequest(), 'k');
    const resumed = engine({ state: e.snapshot() });
    assert.deepEqual(resumed.getOrder(order.orderNumber, access), order);
    assert.equal(resumed.snapshot().stock['shirt-navy-m'], 38);
    assert.deepEqual(resumed.submitOrder(orderRequest(), 'k').order, order);
  });

  it('starts fresh from the seed when the state is invalid', () => {
    const resumed = engine({ state: { version: 2, stock: 'lots' } as unknown as EngineState });
    assert.deepEqual(resumed.snapshot(), initialEngineState(testShop()));
  });

  it('snapshots are copies', () => {
    const e = engine();
    const snap = e.snapshot();
    snap.stock['shirt-navy-m'] = 0;
    assert.equal(e.snapshot().stock['shirt-navy-m'], 40);
  });
});

describe('order engine: lifecycle', () => {
  const stockOf = (e: OrderEngine) => e.getProduct('shirt').variants.find((v) => v.id === 'shirt-navy-m')!.stock;
  const cod = () =>
    createOrderEngine({
      seed: { ...testShop(), paymentMethods: [...testShop().paymentMethods, { id: 'cod', kind: 'cash_on_delivery', label: { 'zh-CN': '货到付款', 'en-US': 'Cash on delivery' } }] },
      now: () => NOW,
    });

  it('starts the history with the status the order was created in', () => {
    const { order } = engine().submitOrder(orderRequest(), 'k');
    assert.deepEqual(order.history, [{ status: 'pending_payment', at: NOW.toISOString() }]);
  });

  it('cancels an unpaid order for its shopper, releasing the reserved stock', () => {
    const changes: EngineState[] = [];
    const e = engine({ onChange: (s) => changes.push(s) });
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    assert.equal(stockOf(e), 38);
    const cancelled = e.cancelOrder(orderNumber, access);
    assert.equal(cancelled.status, 'cancelled');
    assert.deepEqual(cancelled.payment, { type: 'none' });
    assert.deepEqual(cancelled.history?.at(-1), { status: 'cancelled', at: NOW.toISOString(), action: 'cancel' });
    assert.equal(stockOf(e), 40);
    assert.equal(changes.at(-1)!.stock['shirt-navy-m'], 40);
    assert.equal(e.getPaymentStatus(orderNumber, access).status, 'failed');
    const again = rejects(() => e.cancelOrder(orderNumber, access), 'conflict');
    assert.equal(again.message, `Order ${orderNumber} is cancelled; it can no longer be cancelled.`);
    assert.equal(stockOf(e), 40, 'a refused cancellation releases nothing');
  });

  it('cancels a cash-on-delivery order but not a paid or shipped one, and only for its shopper', () => {
    const c = cod();
    const { order: unpaid, access: unpaidAccess } = placeOrder(c, orderRequest({ paymentMethodId: 'cod' }), 'k');
    assert.equal(unpaid.status, 'pending_shipment');
    rejects(() => c.cancelOrder(unpaid.orderNumber, strangerAccess()), 'not_found');
    rejects(() => c.cancelOrder(unpaid.orderNumber, {}), 'not_found');
    assert.equal(c.getOrder(unpaid.orderNumber, unpaidAccess).status, 'pending_shipment', 'refused calls change nothing');
    assert.equal(c.cancelOrder(unpaid.orderNumber, unpaidAccess).status, 'cancelled');

    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    e.markPaid(orderNumber);
    assert.match(rejects(() => e.cancelOrder(orderNumber, access), 'conflict').message, /is paid and awaiting shipment; it can no longer be cancelled\.$/);
    e.markShipped(orderNumber, { carrier: 'SF Express', number: 'SF1234567890' });
    assert.equal(rejects(() => e.cancelOrder(orderNumber, access), 'conflict').message, `Order ${orderNumber} is shipped; it can no longer be cancelled.`);
    assert.equal(stockOf(e), 38);
  });

  it('marks paid through the table: once, and never a cancelled or cash-on-delivery order', () => {
    const e = engine();
    const { orderNumber } = e.submitOrder(orderRequest(), 'k').order;
    const paid = e.markPaid(orderNumber);
    assert.deepEqual(paid.history?.map((h) => [h.status, h.action]), [['pending_payment', undefined], ['paid', 'confirm_payment']]);
    assert.deepEqual(e.markPaid(orderNumber).history, paid.history, 'a repeated confirmation changes nothing');
    const { order: other, access: otherAccess } = placeOrder(e, orderRequest(), 'k2');
    e.cancelOrder(other.orderNumber, otherAccess);
    assert.equal(rejects(() => e.markPaid(other.orderNumber), 'conflict').message, `Order ${other.orderNumber} is cancelled; its payment can no longer be confirmed.`);
    const c = cod();
    const { order: onDelivery } = c.submitOrder(orderRequest({ paymentMethodId: 'cod' }), 'k');
    rejects(() => c.markPaid(onDelivery.orderNumber), 'conflict');
    rejects(() => e.markPaid('OZ-nope'), 'not_found');
  });

  it('ships with a tracking number and completes', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    assert.equal(rejects(() => e.markShipped(orderNumber, { carrier: 'SF', number: '1' }), 'conflict').message, `Order ${orderNumber} is awaiting payment; it cannot be shipped yet.`);
    e.markPaid(orderNumber);
    const bad = rejects(() => e.markShipped(orderNumber, { carrier: ' ', number: 'SF1' }), 'validation');
    assert.deepEqual(bad.fieldErrors, [{ field: 'tracking.carrier', code: 'required' }]);
    rejects(() => e.markShipped(orderNumber, undefined as never), 'validation');
    const shipped = e.markShipped(orderNumber, { carrier: ' SF Express ', number: 'SF1234567890' });
    assert.equal(shipped.status, 'shipped');
    assert.deepEqual(shipped.tracking, { carrier: 'SF Express', number: 'SF1234567890' });
    assert.deepEqual(e.getOrder(orderNumber, access).tracking, shipped.tracking);
    assert.equal(e.getPaymentStatus(orderNumber, access).status, 'paid');
    const completed = e.markCompleted(orderNumber);
    assert.deepEqual(completed.history?.map((h) => h.status), ['pending_payment', 'paid', 'shipped', 'completed']);
    rejects(() => e.markCompleted(orderNumber), 'conflict');
  });

  it('ships a cash-on-delivery order without payment', () => {
    const c = cod();
    const { orderNumber } = c.submitOrder(orderRequest({ paymentMethodId: 'cod' }), 'k').order;
    assert.equal(c.markShipped(orderNumber, { carrier: '顺丰速运', number: 'SF1' }).status, 'shipped');
  });

  it('changes the shipping address before shipment, with the checkout address rules', () => {
    const e = engine();
    const { order: { orderNumber, shippingAddress: placedAddress }, access } = placeOrder(e, orderRequest(), 'k');
    const shippingAddress = placedAddress!;
    const moved = { ...shippingAddress, city: ' 北京市 ', region: '北京市', district: '朝阳区', line1: '建国路88号', postalCode: '100022' };
    const changed = e.changeShippingAddress(orderNumber, access, moved);
    assert.equal(changed.status, 'pending_payment');
    assert.equal(changed.shippingAddress?.city, '北京市');
    assert.deepEqual(changed.history?.at(-1), { status: 'pending_payment', at: NOW.toISOString(), action: 'change_address' });
    assert.equal(changed.total.amount, 17000);

    const invalid = rejects(() => e.changeShippingAddress(orderNumber, access, { ...moved, postalCode: '1234', district: '' }), 'validation');
    assert.deepEqual(invalid.fieldErrors, [
      { field: 'shippingAddress.district', code: 'required' },
      { field: 'shippingAddress.postalCode', code: 'invalid_postal_code_cn' },
    ]);
    const abroad = rejects(() => e.changeShippingAddress(orderNumber, access, { ...moved, country: 'US', postalCode: '94105' }), 'validation');
    assert.equal(abroad.fieldErrors[0]!.field, 'shippingAddress.country');
    assert.match(abroad.message, /only change within that country/);
    assert.ok(rejects(() => e.changeShippingAddress(orderNumber, access, { city: 3 } as never), 'validation').fieldErrors[0]!.field.startsWith('shippingAddress.'));
    rejects(() => e.changeShippingAddress(orderNumber, strangerAccess(), moved), 'not_found');

    e.markPaid(orderNumber);
    e.markShipped(orderNumber, { carrier: 'SF', number: 'SF1' });
    const late = rejects(() => e.changeShippingAddress(orderNumber, access, shippingAddress), 'conflict');
    assert.equal(late.message, `Order ${orderNumber} is shipped; its shipping address can no longer be changed.`);
    assert.equal(e.getOrder(orderNumber, access).shippingAddress?.city, '北京市');
  });

  it('takes a refund request with a reason and lets the merchant approve it', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    assert.equal(rejects(() => e.requestRefund(orderNumber, access, { reason: 'Changed my mind' }), 'conflict').message, `Order ${orderNumber} is awaiting payment; a refund cannot be requested yet.`);
    e.markPaid(orderNumber);
    assert.deepEqual(rejects(() => e.requestRefund(orderNumber, access, { reason: '  ' }), 'validation').fieldErrors, [{ field: 'reason', code: 'required' }]);
    assert.deepEqual(rejects(() => e.requestRefund(orderNumber, access, { reason: 'x'.repeat(501) }), 'validation').fieldErrors, [{ field: 'reason', code: 'too_long', params: { max: 500 } }]);
    rejects(() => e.requestRefund(orderNumber, strangerAccess(), { reason: 'Changed my mind' }), 'not_found');
    const requested = e.requestRefund(orderNumber, access, { reason: ' Changed my mind ' });
    assert.equal(requested.status, 'refund_requested');
    assert.deepEqual(requested.history?.at(-1), { status: 'refund_requested', at: NOW.toISOString(), action: 'request_refund', note: 'Changed my mind' });
    rejects(() => e.markShipped(orderNumber, { carrier: 'SF', number: 'SF1' }), 'conflict');
    const refunded = e.approveRefund(orderNumber, { note: 'Refunded to your Alipay account.' });
    assert.equal(refunded.status, 'refunded');
    assert.equal(refunded.history?.at(-1)?.note, 'Refunded to your Alipay account.');
    assert.equal(e.getPaymentStatus(orderNumber, access).status, 'paid');
    assert.equal(rejects(() => e.rejectRefund(orderNumber), 'conflict').message, `Order ${orderNumber} is refunded; a refund can no longer be rejected.`);
  });

  it('lets the merchant reject a refund request, after which the order ships', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    rejects(() => e.approveRefund(orderNumber), 'conflict');
    e.markPaid(orderNumber);
    e.requestRefund(orderNumber, access, { reason: 'Too slow' });
    assert.deepEqual(rejects(() => e.rejectRefund(orderNumber, { note: 'y'.repeat(501) }), 'validation').fieldErrors, [{ field: 'note', code: 'too_long', params: { max: 500 } }]);
    const rejected = e.rejectRefund(orderNumber);
    assert.equal(rejected.status, 'refund_rejected');
    assert.deepEqual(rejected.history?.at(-1), { status: 'refund_rejected', at: NOW.toISOString(), action: 'reject_refund' });
    rejects(() => e.requestRefund(orderNumber, access, { reason: 'Again' }), 'conflict');
    assert.equal(e.markShipped(orderNumber, { carrier: 'SF', number: 'SF1' }).status, 'shipped');
  });

  it('keeps history and tracking in snapshots', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    e.markPaid(orderNumber);
    e.markShipped(orderNumber, { carrier: 'SF', number: 'SF1' });
    const resumed = engine({ state: e.snapshot() });
    assert.deepEqual(resumed.getOrder(orderNumber, access), e.getOrder(orderNumber, access));
  });
});

describe('order engine: the order’s language', () => {
  it('keeps the language the shopper ordered in, normalised, for the messages about the order', () => {
    const e = engine();
    assert.equal(placeOrder(e, orderRequest({ locale: 'en-us' }), 'k-en').order.locale, 'en-US');
    assert.equal(placeOrder(e, orderRequest(), 'k-none').order.locale, undefined);
  });
});
