import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { adapterAnswering } from '../testing/adapter-answering.ts';
import type { Hold, PlaceHoldRequest } from '../booking/booking-schema.ts';
import { hotelProduct } from '../testing/booking-products.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { isOrderZoneError } from '../errors.ts';
import { memoryStorage, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { codeTee, createCodeBackend } from '../testing/code-backend.ts';
import { createOrderZone } from './create-order-zone.ts';
import type { OrderZoneConfig } from './order-zone.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

const mug: Product = {
  id: 'mug',
  kind: 'goods',
  title: 'Mug',
  description: '',
  categoryIds: [],
  images: [],
  specs: [],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'mug-1', sku: 'MUG', options: {}, price: cny(3900), stock: null }],
  personalization: [],
  quantity: { min: 1, step: 1 },
  createdAt: '2025-01-01T00:00:00Z',
};

function adapter(): BackendAdapter {
  return adapterAnswering({ getProduct: async () => mug });
}

function configError(config: unknown, includes: RegExp) {
  assert.throws(
    () => createOrderZone(config as OrderZoneConfig),
    (error: unknown) => isOrderZoneError(error) && error.code === 'config' && includes.test(error.message),
  );
}

describe('createOrderZone', () => {
  it('explains exactly what is wrong with the configuration', () => {
    configError(undefined, /configuration object/);
    configError({}, /OrderZone needs a backend adapter: pass `adapter`/);
    const { quote: _quote, submitOrder: _submit, ...partial } = adapter();
    configError({ adapter: partial }, /OrderZone needs a backend adapter: .*quote\(\), submitOrder\(\)/);
    configError({ adapter: adapter(), currency: 'rmb' }, /currency.*"rmb"/);
    configError({ adapter: adapter(), shopId: 'my shop!' }, /shopId "my shop!"/);
    configError({ adapter: adapter(), shopId: 'x'.repeat(65) }, /shopId/);
    configError({ adapter: adapter(), locale: 'not a tag!' }, /locale "not a tag!"/);
    configError({ adapter: adapter(), storage: { get: () => null } as unknown as KeyValueStorage }, /storage has no set\(\), remove\(\), subscribe\(\)/);
  });

  it('uses the defaults: shop "default", CNY, zh-CN, and memory storage where there is no localStorage', () => {
    const zone = createOrderZone({ adapter: adapter() });
    assert.equal(zone.shopId, 'default');
    assert.equal(zone.currency, 'CNY');
    assert.equal(zone.$locale.get(), 'zh-CN');
    assert.equal(zone.cart.persistent, false);
    zone.dispose();
  });

  it('normalises the locale and passes the active one to the backend', async () => {
    const seen: (string | undefined)[] = [];
    const backend = { ...adapter(), listCategories: async (ctx?: { locale?: string }) => (seen.push(ctx?.locale), []) };
    const zone = createOrderZone({ adapter: backend, locale: 'en_us', storage: memoryStorage() });
    assert.equal(zone.$locale.get(), 'en-US');
    await zone.catalog.loadCategories();
    zone.setLocale('zh-Hans-CN');
    assert.equal(zone.$locale.get(), 'zh-CN');
    await zone.catalog.loadCategories();
    assert.deepEqual(seen, ['en-US', 'zh-CN']);
    assert.throws(() => zone.setLocale('!!'), { code: 'validation' });
    assert.equal(zone.$locale.get(), 'zh-CN');
  });

  it('keeps two shops on one storage independent', async () => {
    const storage = memoryStorage();
    const a = await createOrderZone({ adapter: adapter(), shopId: 'tea-house', storage }).load('checkout', 'bookings');
    const b = await createOrderZone({ adapter: adapter(), shopId: 'book_shop', storage }).load('checkout', 'bookings');
    const product = await a.catalog.getProduct('mug');
    a.cart.add({ product, variantId: 'mug-1', quantity: 2 });
    a.checkout.update({ contact: { name: 'A' } });
    assert.equal(b.cart.$itemCount.get(), 0);
    assert.equal(b.checkout.$draft.get().contact.name, '');

    const aAgain = await createOrderZone({ adapter: adapter(), shopId: 'tea-house', storage }).load('checkout', 'bookings');
    assert.equal(aAgain.cart.$itemCount.get(), 2);
    assert.equal(aAgain.checkout.$draft.get().contact.name, 'A');
    for (const zone of [a, b, aAgain]) zone.dispose();
  });

  it('offers bookings only when the adapter has the booking methods; removing a booked line releases its hold', async () => {
    const goodsOnly = await createOrderZone({ adapter: adapter(), storage: memoryStorage() }).load('checkout', 'bookings');
    assert.equal(goodsOnly.bookings.supported, false);
    goodsOnly.dispose();

    const released: string[] = [];
    const booking = {
      ...adapter(),
      getAvailability: () => Promise.reject(new Error('not used')),
      placeHold: async (request: PlaceHoldRequest): Promise<Hold> => ({ id: 'hold-1', ...request, expiresAt: '2099-01-01T00:00:00.000Z' }),
      releaseHold: async (id: string) => void released.push(id),
    };
    const zone = await createOrderZone({ adapter: booking, storage: memoryStorage() }).load('checkout', 'bookings');
    assert.equal(zone.bookings.supported, true);
    const { line } = await zone.bookings.addToCart({ product: hotelProduct(), variantId: 'standard', booking: { type: 'stay', checkIn: '2026-05-01', checkOut: '2026-05-02' } });
    zone.cart.remove(line!.key);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(released, ['hold-1']);
    zone.dispose();
  });

  it('loads the checkout, bookings and account on demand, once, and says what it cannot load', async () => {
    const zone = createOrderZone({ adapter: adapter(), storage: memoryStorage() });
    assert.equal(zone.checkout, undefined);
    assert.equal(zone.bookings, undefined);
    assert.equal(zone.account, undefined);
    assert.deepEqual(zone.offers, { bookings: false, signIn: false });

    const [first, second] = await Promise.all([zone.load('account'), zone.load('checkout')]);
    assert.equal(first, zone);
    assert.equal(second.checkout, first.checkout, 'one checkout, however often it is asked for');
    assert.equal(first.account.supported, false);
    assert.equal(zone.bookings, undefined, 'only the parts asked for (and the ones they need) are loaded');

    await assert.rejects(zone.load('basket' as never), (error: unknown) => isOrderZoneError(error) && error.code === 'config' && /no part "basket": load "cart", "checkout", "bookings", "account"/.test(error.message));
    assert.equal(zone.isLoaded('cart'), true, "createOrderZone's cart is there from the start");
    assert.equal((await zone.load('cart')).cart, zone.cart);
    zone.dispose();
    await assert.rejects(zone.load('bookings'), (error: unknown) => isOrderZoneError(error) && error.code === 'config' && /disposed/.test(error.message));
  });

  it('passes on an error while creating a part as it is, not as a network error, and tries again on the next load', async () => {
    const storage = memoryStorage();
    let broken = true;
    const flaky = { ...storage, persistent: true, get: (key: string) => {
      if (broken && key.endsWith(':checkout')) throw new RangeError('storage broke');
      return storage.get(key);
    } };
    const zone = createOrderZone({ adapter: adapter(), storage: flaky });
    await assert.rejects(zone.load('checkout'), (error: unknown) => error instanceof RangeError && error.message === 'storage broke');
    assert.equal(zone.checkout, undefined);
    broken = false;
    assert.notEqual((await zone.load('checkout')).checkout, undefined, 'the next load tries again');
    zone.dispose();
  });

  it('disposes a part that finishes loading after the zone was disposed', async () => {
    const zone = createOrderZone({ adapter: adapter(), storage: memoryStorage() });
    const loading = zone.load('checkout');
    zone.dispose();
    await assert.rejects(loading, (error: unknown) => isOrderZoneError(error) && error.code === 'config' && /disposed while its checkout was loading/.test(error.message));
    assert.equal(zone.checkout, undefined);
  });
});

describe('a zone after an order', () => {
  it('asks again for the products the page watches: the order moved their stock', async (t) => {
    const { adapter: backend } = createCodeBackend({ threshold: 1_000_000 });
    let asked = 0;
    const adapter: BackendAdapter = { ...backend, getProduct: async (id, ctx) => (asked++, backend.getProduct(id, ctx)) };
    const zone = await createOrderZone({ adapter, shopId: 'shop', storage: memoryStorage() }).load('checkout');
    const stop = zone.catalog.watchProduct('tee').listen(() => undefined);
    t.after(() => {
      stop();
      zone.dispose();
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(asked, 1);

    zone.cart.add({ product: codeTee, variantId: 'tee-m', quantity: 1 });
    zone.checkout.update({
      contact: { name: 'Han Meimei', phone: '13900139000', email: 'han@example.com' },
      shippingAddress: { country: 'CN', region: 'Beijing', city: 'Beijing', district: 'Chaoyang', line1: '88 Jianguo Road', postalCode: '100022' },
      shippingOptionId: 'std',
      paymentMethodId: 'alipay',
    });
    assert.ok(await zone.checkout.submit(), 'the order is placed');
    assert.equal(asked, 2, 'the watched product was asked again');
  });
});
