import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BookingSelection } from '../booking/booking-schema.ts';
import type { Product, Variant } from '../catalog/catalog-schema.ts';
import { isOrderZoneError } from '../errors.ts';
import type { Quote, QuoteLine } from '../order/order-schema.ts';
import { memoryStorage, memoryStorageGroup, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { cartLineKey, createCart, sameBookingPick, type CartAddResult, type CartOptions } from './cart.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

function variant(id: string, size: string, stock: number | null, price = 9900): Variant {
  return { id, sku: `TEE-${id}`, options: { size, colour: 'navy' }, price: cny(price), stock };
}

const tee: Product = {
  id: 'tee',
  kind: 'goods',
  title: { 'zh-CN': '纯棉T恤', 'en-US': 'Cotton T-shirt' },
  description: 'Soft.',
  categoryIds: ['tops'],
  images: [{ url: '/tee.jpg', alt: 'Tee' }],
  specs: [],
  reviews: [],
  optionGroups: [
    { id: 'size', name: 'Size', display: 'buttons', values: [{ id: 's', label: 'S' }, { id: 'm', label: 'M' }, { id: 'l', label: 'L' }] },
    { id: 'colour', name: 'Colour', display: 'swatches', values: [{ id: 'navy', label: { 'zh-CN': '藏青', 'en-US': 'Navy' }, swatch: '#1f3a5f' }] },
  ],
  variants: [variant('tee-s', 's', 3), variant('tee-m', 'm', null), variant('tee-l', 'l', 0)],
  personalization: [
    { id: 'engraving', label: 'Engraving', kind: 'text', required: false, maxLength: 10, priceDelta: cny(500) },
    { id: 'wrap', label: 'Gift wrap', kind: 'choice', required: false, choices: [{ id: 'red', label: 'Red' }, { id: 'gold', label: 'Gold', priceDelta: cny(300) }] },
  ],
  quantity: { min: 1, max: 10, step: 1 },
  createdAt: '2025-01-01T00:00:00Z',
};

/** Sold by the case: at least 2, in steps of 3 (2, 5, 8...), at most 20, 12 in stock. */
const cups: Product = {
  ...tee,
  id: 'cups',
  title: 'Paper cups',
  optionGroups: [],
  personalization: [],
  variants: [{ id: 'cups-100', sku: 'CUP-100', options: {}, price: cny(1200), stock: 12 }],
  quantity: { min: 2, max: 20, step: 3 },
};

function newCart(storage: KeyValueStorage = memoryStorage(), extra: Partial<CartOptions> = {}) {
  return createCart({ shopId: 'shop', currency: 'CNY', storage, now: () => 1_700_000_000_000, ...extra });
}

function quoteLine(line: { productId: string; variantId: string; personalization: Record<string, string>; quantity: number }, unitPrice: number, available: number | null): QuoteLine {
  return {
    productId: line.productId,
    variantId: line.variantId,
    sku: 'x',
    title: 'x',
    quantity: line.quantity,
    personalization: line.personalization,
    unitPrice: cny(unitPrice),
    total: cny(unitPrice * line.quantity),
    available,
  };
}

function quoteOf(lines: QuoteLine[]): Quote {
  return { currency: 'CNY', lines, subtotal: cny(0), adjustments: [], total: cny(0), shippingOptions: [], orderable: true };
}

/** What an add amounted to, and the line's quantity after it. */
function pick(result: CartAddResult): { outcome: string; added: number; quantity: number | undefined } {
  return { outcome: result.outcome, added: result.added, quantity: result.line?.quantity };
}

describe('cart: adding', () => {
  it('adds a line with what the shopper saw: title, option labels per locale, image, sku and unit price', () => {
    const cart = newCart();
    const { line, notice } = cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    assert.equal(notice, undefined);
    assert.equal(line?.quantity, 2);
    assert.deepEqual(line?.seen, {
      title: tee.title,
      variantTitle: { 'zh-CN': 'M / 藏青', 'en-US': 'M / Navy' },
      image: tee.images[0],
      sku: 'TEE-tee-m',
      unitPrice: cny(9900),
    });
    assert.equal(cart.$itemCount.get(), 2);
    assert.deepEqual(cart.toLineRequests(), [{ productId: 'tee', variantId: 'tee-m', quantity: 2, personalization: {} }]);
  });

  it('includes personalization surcharges in the unit price the shopper saw', () => {
    const cart = newCart();
    const { line } = cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { engraving: 'Ada', wrap: 'gold' } });
    assert.deepEqual(line?.seen.unitPrice, cny(9900 + 500 + 300));
  });

  it('merges an identical add into the existing line and caps the combined quantity at stock', () => {
    const cart = newCart();
    cart.add({ product: tee, variantId: 'tee-s', quantity: 2 });
    const result = cart.add({ product: tee, variantId: 'tee-s', quantity: 2 });
    assert.equal(cart.$lines.get().length, 1);
    assert.equal(result.line?.quantity, 3);
    assert.deepEqual(result.notice, { code: 'quantity_capped', requested: 4, allowed: 3, reason: 'stock' });
  });

  it('caps at the product maximum for untracked stock', () => {
    const cart = newCart();
    const result = cart.add({ product: tee, variantId: 'tee-m', quantity: 25 });
    assert.equal(result.line?.quantity, 10);
    assert.deepEqual(result.notice, { code: 'quantity_capped', requested: 25, allowed: 10, reason: 'max' });
  });

  it('raises to the minimum and rounds to the step with a notice', () => {
    const cart = newCart();
    assert.deepEqual(cart.add({ product: cups, variantId: 'cups-100', quantity: 1 }).notice, { code: 'quantity_adjusted', requested: 1, allowed: 2, reason: 'min' });
    const key = cart.$lines.get()[0]!.key;
    assert.deepEqual(cart.setQuantity(key, 7).notice, { code: 'quantity_adjusted', requested: 7, allowed: 8, reason: 'step' });
    assert.equal(cart.$lines.get()[0]!.quantity, 8);
  });

  it('says what each add amounted to: added, capped or refused, and how many units it added', () => {
    const cart = newCart();
    assert.deepEqual(pick(cart.add({ product: tee, variantId: 'tee-m', quantity: 6 })), { outcome: 'added', added: 6, quantity: 6 });
    // The maximum (10) counts the 6 already in the line: 4 of the 5 asked for fit.
    const capped = cart.add({ product: tee, variantId: 'tee-m', quantity: 5 });
    assert.deepEqual(pick(capped), { outcome: 'capped', added: 4, quantity: 10 });
    assert.deepEqual(capped.notice, { code: 'quantity_capped', requested: 11, allowed: 10, reason: 'max' });
    // At the maximum, asking for more adds nothing, the line stays at 10, and the notice says why.
    const refused = cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    assert.deepEqual(pick(refused), { outcome: 'refused', added: 0, quantity: undefined });
    assert.deepEqual(refused.notice, { code: 'quantity_capped', requested: 12, allowed: 10, reason: 'max' });
    assert.equal(cart.$itemCount.get(), 10);
    // The same with the stock (3) as the limit.
    cart.add({ product: tee, variantId: 'tee-s', quantity: 3 });
    const noStock = cart.add({ product: tee, variantId: 'tee-s', quantity: 1 });
    assert.deepEqual([noStock.outcome, noStock.added, noStock.notice], ['refused', 0, { code: 'quantity_capped', requested: 4, allowed: 3, reason: 'stock' }]);
    assert.equal(cart.add({ product: tee, variantId: 'tee-l', quantity: 1 }).outcome, 'refused', 'sold out');
    // Raised to the minimum: everything asked for, and more, is in: added, with the notice.
    const raised = cart.add({ product: cups, variantId: 'cups-100', quantity: 1 });
    assert.deepEqual([raised.outcome, raised.added, raised.notice?.code], ['added', 2, 'quantity_adjusted']);
  });

  it('adds nothing for a sold-out variant and says so', () => {
    const cart = newCart();
    const result = cart.add({ product: tee, variantId: 'tee-l', quantity: 1 });
    assert.deepEqual(result, { notice: { code: 'sold_out' }, outcome: 'refused', added: 0 });
    assert.deepEqual(cart.$lines.get(), []);
  });

  it('rejects an unknown variant, invalid personalization and a bad quantity with field errors', () => {
    const cart = newCart();
    const rejects = (fn: () => unknown, field: string, code: string) =>
      assert.throws(fn, (error: unknown) => isOrderZoneError(error) && error.code === 'validation' && error.fieldErrors.some((e) => e.field === field && e.code === code));
    rejects(() => cart.add({ product: tee, variantId: 'nope', quantity: 1 }), 'variantId', 'invalid_choice');
    rejects(() => cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { engraving: 'far too long text' } }), 'personalization.engraving', 'too_long');
    rejects(() => cart.add({ product: tee, variantId: 'tee-m', quantity: 1.5 }), 'quantity', 'invalid_quantity');
    assert.deepEqual(cart.$lines.get(), []);
  });
});

describe('cart: line identity', () => {
  it('treats personalization in any order, without empty values, as the same line', () => {
    const cart = newCart();
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { engraving: 'Ada', wrap: 'red' } });
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { wrap: 'red', engraving: 'Ada' } });
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { wrap: 'red', engraving: 'Ada', other: '' } as Record<string, string> });
    assert.equal(cart.$lines.get().length, 1);
    assert.equal(cart.$lines.get()[0]!.quantity, 3);
    assert.deepEqual(cart.$lines.get()[0]!.personalization, { engraving: 'Ada', wrap: 'red' });
  });

  it('keeps different personalization and variants on separate lines', () => {
    const cart = newCart();
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { engraving: 'Ada' } });
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1, personalization: { engraving: 'Bob' } });
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    cart.add({ product: tee, variantId: 'tee-s', quantity: 1 });
    assert.equal(new Set(cart.$lines.get().map((l) => l.key)).size, 4);
  });

  it('has one rule for the same booking pick', () => {
    const slot: BookingSelection = { type: 'time_slot', start: '2026-05-01T09:00:00+08:00' };
    assert.ok(sameBookingPick(slot, { type: 'time_slot', start: '2026-05-01T01:00:00.000Z' }), 'one instant in two ISO forms');
    assert.ok(sameBookingPick(slot, { ...slot, resourceId: '' }), 'no resource and an empty one are alike');
    assert.ok(!sameBookingPick(slot, { ...slot, resourceId: 'staff-wang' }));
    assert.ok(!sameBookingPick(slot, { type: 'time_slot', start: '2026-05-01T10:00:00+08:00' }));
    const seats = { type: 'seats' as const, sessionId: 'evening', seatIds: ['A1', 'A2'] };
    assert.ok(sameBookingPick(seats, { ...seats, seatIds: ['A2', 'A1'] }), 'seats in any order');
    assert.ok(!sameBookingPick(seats, { ...seats, seatIds: ['A1'] }));
    assert.ok(!sameBookingPick(seats, { ...seats, sessionId: 'matinee' }));
    assert.ok(sameBookingPick({ type: 'stay', checkIn: '2026-05-11', checkOut: '2026-05-13' }, { type: 'stay', checkIn: '2026-05-11', checkOut: '2026-05-13' }));
    assert.ok(!sameBookingPick({ type: 'stay', checkIn: '2026-05-11', checkOut: '2026-05-13' }, { type: 'stay', checkIn: '2026-05-11', checkOut: '2026-05-14' }));
    assert.ok(!sameBookingPick(slot, { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-02' }));
    assert.equal(
      cartLineKey('p', 'v', {}, slot) === cartLineKey('p', 'v', {}, { ...slot, resourceId: '' }),
      true,
      'and cart lines agree with it',
    );
  });

  it('gives ids containing separators distinct keys', () => {
    assert.notEqual(cartLineKey('a|b', 'c', {}), cartLineKey('a', 'b|c', {}));
    assert.equal(cartLineKey('p', 'v', { b: '2', a: '1' }), cartLineKey('p', 'v', { a: '1', b: '2', c: ' ' }));
  });
});

describe('cart: changing lines', () => {
  it('removes a line and undo puts it back at the same position', () => {
    const cart = newCart();
    cart.add({ product: tee, variantId: 'tee-s', quantity: 1 });
    cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    cart.add({ product: cups, variantId: 'cups-100', quantity: 2 });
    const middle = cart.$lines.get()[1]!;
    cart.remove(middle.key);
    assert.deepEqual(cart.$lines.get().map((l) => l.variantId), ['tee-s', 'cups-100']);
    assert.deepEqual(cart.$lastRemoved.get(), { line: middle, index: 1 });
    assert.equal(cart.undoRemove(), true);
    assert.deepEqual(cart.$lines.get().map((l) => l.variantId), ['tee-s', 'tee-m', 'cups-100']);
    assert.equal(cart.$lastRemoved.get(), undefined);
    assert.equal(cart.undoRemove(), false);
  });

  it('undo merges into an identical line added meanwhile', () => {
    const cart = newCart();
    const { line } = cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    cart.remove(line!.key);
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    cart.undoRemove();
    assert.equal(cart.$lines.get().length, 1);
    assert.equal(cart.$lines.get()[0]!.quantity, 3);
  });

  it('setting quantity 0 removes the line (undoable); clear empties the cart', () => {
    const cart = newCart();
    const { line } = cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    cart.add({ product: tee, variantId: 'tee-s', quantity: 1 });
    cart.setQuantity(line!.key, 0);
    assert.equal(cart.$lines.get().length, 1);
    assert.equal(cart.$lastRemoved.get()?.line.key, line!.key);
    cart.clear();
    assert.deepEqual(cart.$lines.get(), []);
    assert.equal(cart.$itemCount.get(), 0);
  });

  it('applies a quote: takes the quoted price and stock, lowers quantities to what is available, keeps sold-out lines', () => {
    const cart = newCart();
    const a = cart.add({ product: tee, variantId: 'tee-m', quantity: 5 }).line!;
    const b = cart.add({ product: tee, variantId: 'tee-s', quantity: 3 }).line!;
    const c = cart.add({ product: cups, variantId: 'cups-100', quantity: 8 }).line!;
    cart.applyQuote(quoteOf([quoteLine(a, 10900, 2), quoteLine(b, 9900, 0), { ...quoteLine(c, 1000, null), listUnitPrice: cny(1200) }]));
    const [la, lb, lc] = cart.$lines.get();
    assert.deepEqual([la?.quantity, la?.stock, la?.seen.unitPrice], [2, 2, cny(10900)]);
    assert.deepEqual([lb?.quantity, lb?.stock], [3, 0]);
    assert.deepEqual([lc?.quantity, lc?.stock, lc?.seen.unitPrice], [8, null, cny(1200)]);
  });
});

describe('cart: quantities stay safe integers', () => {
  const MAX = Number.MAX_SAFE_INTEGER;
  /** No maximum, stock not tracked: only the safe range limits it. */
  const unbounded: Product = {
    ...cups,
    id: 'unbounded',
    variants: [
      { id: 'u-1', sku: 'U-1', options: {}, price: cny(1), stock: null },
      { id: 'u-2', sku: 'U-2', options: {}, price: cny(1), stock: null },
    ],
    quantity: { min: 1, step: 1 },
  };
  const isSafeCart = (cart: ReturnType<typeof newCart>) =>
    cart.$lines.get().every((line) => Number.isSafeInteger(line.quantity)) && Number.isSafeInteger(cart.$itemCount.get());

  it('adding to a line that would pass MAX_SAFE_INTEGER caps it there, with a notice', () => {
    const cart = newCart();
    cart.add({ product: unbounded, variantId: 'u-1', quantity: MAX - 1 });
    const result = cart.add({ product: unbounded, variantId: 'u-1', quantity: 5 });
    assert.equal(result.line?.quantity, MAX);
    assert.deepEqual(result.notice, { code: 'quantity_capped', requested: MAX + 4, allowed: MAX, reason: 'cart_limit' });
    assert.equal(cart.$itemCount.get(), MAX);
    assert.ok(isSafeCart(cart));
  });

  it('the item count of several lines stays safe too: a new line gets only the room left', () => {
    const cart = newCart();
    cart.add({ product: unbounded, variantId: 'u-1', quantity: MAX - 3 });
    const result = cart.add({ product: unbounded, variantId: 'u-2', quantity: 10 });
    assert.equal(result.line?.quantity, 3);
    assert.deepEqual(result.notice, { code: 'quantity_capped', requested: 10, allowed: 3, reason: 'cart_limit' });
    assert.equal(cart.$itemCount.get(), MAX);
    // A full cart takes no new line at all, and says so.
    const full = cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    assert.equal(full.line, undefined);
    assert.deepEqual(full.notice, { code: 'quantity_capped', requested: 1, allowed: 0, reason: 'cart_limit' });
    assert.equal(cart.$lines.get().length, 2);
    assert.ok(isSafeCart(cart));
  });

  it('setting a quantity that would pass the safe item count caps it with a notice', () => {
    const cart = newCart();
    cart.add({ product: unbounded, variantId: 'u-1', quantity: 1000 });
    const { line } = cart.add({ product: unbounded, variantId: 'u-2', quantity: 1 });
    const result = cart.setQuantity(line!.key, MAX);
    assert.equal(result.line?.quantity, MAX - 1000);
    assert.deepEqual(result.notice, { code: 'quantity_capped', requested: MAX, allowed: MAX - 1000, reason: 'cart_limit' });
    assert.equal(cart.$itemCount.get(), MAX);
    assert.throws(() => cart.setQuantity(line!.key, MAX + 1), (e: unknown) => isOrderZoneError(e) && e.code === 'validation');
    assert.ok(isSafeCart(cart));
  });

  it('undo puts back only what fits, and a stored cart over the safe count drops the line that does not fit', () => {
    const storage = memoryStorage();
    const cart = newCart(storage);
    const { line } = cart.add({ product: unbounded, variantId: 'u-1', quantity: 10 });
    cart.remove(line!.key);
    cart.add({ product: unbounded, variantId: 'u-2', quantity: MAX - 4 });
    assert.equal(cart.undoRemove(), true);
    assert.equal(cart.$lines.get().find((l) => l.variantId === 'u-1')?.quantity, 4);
    assert.equal(cart.$itemCount.get(), MAX);

    const stored = JSON.parse(storage.get('orderzone:shop:cart')!) as { lines: { quantity: number }[] };
    stored.lines[0]!.quantity = MAX;
    storage.set('orderzone:shop:cart', JSON.stringify(stored));
    const reloaded = newCart(storage);
    assert.equal(reloaded.$lines.get().length, 1);
    assert.deepEqual(reloaded.$recovery.get(), { code: 'lines_dropped', count: 1 });
    assert.ok(isSafeCart(reloaded));
  });
});

describe('cart: persistence', () => {
  it('restores the cart in a second instance on the same storage', () => {
    const storage = memoryStorage();
    const first = newCart(storage);
    first.add({ product: tee, variantId: 'tee-m', quantity: 2, personalization: { engraving: 'Ada' } });
    const second = newCart(storage);
    assert.deepEqual(second.$lines.get(), first.$lines.get());
    assert.equal(second.$recovery.get(), undefined);
  });

  it('keeps two shops on one storage apart', () => {
    const storage = memoryStorage();
    const a = newCart(storage, { shopId: 'a' });
    const b = newCart(storage, { shopId: 'b' });
    a.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    b.add({ product: cups, variantId: 'cups-100', quantity: 2 });
    assert.deepEqual(newCart(storage, { shopId: 'a' }).$lines.get().map((l) => l.productId), ['tee']);
    assert.deepEqual(newCart(storage, { shopId: 'b' }).$lines.get().map((l) => l.productId), ['cups']);
  });

  it('follows changes made in another tab', () => {
    const group = memoryStorageGroup();
    const tabA = newCart(group.connect());
    const tabB = newCart(group.connect());
    tabA.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    assert.equal(tabB.$itemCount.get(), 2);
    tabB.clear();
    assert.deepEqual(tabA.$lines.get(), []);
    tabB.dispose();
    tabA.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    assert.equal(tabB.$itemCount.get(), 0);
  });

  it('keeps working in memory when storage refuses writes', () => {
    const storage: KeyValueStorage = {
      ...memoryStorage(),
      persistent: true,
      set() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const cart = newCart(storage);
    assert.equal(cart.persistent, true);
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    cart.add({ product: tee, variantId: 'tee-s', quantity: 1 });
    assert.equal(cart.persistent, false);
    assert.equal(cart.$lines.get().length, 2);
  });

  it('keeps a corrupt stored cart as a backup and starts empty', () => {
    const storage = memoryStorage();
    storage.set('orderzone:shop:cart', '{"version":1,"lines":[');
    const cart = newCart(storage);
    assert.deepEqual(cart.$lines.get(), []);
    const recovery = cart.$recovery.get();
    assert.equal(recovery?.code, 'corrupt');
    assert.equal(recovery?.code === 'corrupt' && recovery.backupKey, 'orderzone:shop:cart:backup-1700000000000');
    assert.equal(storage.get('orderzone:shop:cart:backup-1700000000000'), '{"version":1,"lines":[');
    cart.add({ product: tee, variantId: 'tee-m', quantity: 1 });
    assert.equal(newCart(storage).$itemCount.get(), 1);
  });

  it('treats an unknown version or another currency as corrupt', () => {
    for (const stored of [{ version: 2, currency: 'CNY', lines: [] }, { version: 1, currency: 'USD', lines: [] }]) {
      const storage = memoryStorage();
      storage.set('orderzone:shop:cart', JSON.stringify(stored));
      const cart = newCart(storage);
      assert.equal(cart.$recovery.get()?.code, 'corrupt');
      assert.deepEqual(JSON.parse(storage.get('orderzone:shop:cart:backup-1700000000000')!), stored);
    }
  });

  it('drops invalid stored lines and keeps the valid ones', () => {
    const storage = memoryStorage();
    const cart = newCart(storage);
    cart.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    const stored = JSON.parse(storage.get('orderzone:shop:cart')!) as { lines: unknown[] };
    stored.lines.push({ productId: 'x', quantity: -1 }, 'garbage');
    storage.set('orderzone:shop:cart', JSON.stringify(stored));
    const restored = newCart(storage);
    assert.deepEqual(restored.$recovery.get(), { code: 'lines_dropped', count: 2 });
    assert.deepEqual(restored.$lines.get(), cart.$lines.get());
  });

  it('recovers from a corrupt value written by another tab', () => {
    const group = memoryStorageGroup();
    const tab = newCart(group.connect());
    tab.add({ product: tee, variantId: 'tee-m', quantity: 2 });
    const other = group.connect();
    other.set('orderzone:shop:cart', 'not json');
    assert.deepEqual(tab.$lines.get(), []);
    assert.equal(tab.$recovery.get()?.code, 'corrupt');
    assert.equal(other.get('orderzone:shop:cart:backup-1700000000000'), 'not json');
  });
});
