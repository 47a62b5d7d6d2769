import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { adapterAnswering } from '../testing/adapter-answering.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { isOrderZoneError } from '../errors.ts';
import { memoryStorage, memoryStorageGroup, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { createLightOrderZone } from './light-order-zone.ts';
import { zoneWithHeldBackCart, type HeldBackCartZone } from '../testing/held-back-cart.ts';
import { createOrderZone } from './create-order-zone.ts';

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
  variants: [{ id: 'mug-1', sku: 'MUG', options: {}, price: cny(3900), stock: null }, { id: 'mug-2', sku: 'MUG2', options: {}, price: cny(4900), stock: 5 }],
  personalization: [],
  quantity: { min: 1, step: 1 },
  createdAt: '2025-01-01T00:00:00Z',
};

function adapter(): BackendAdapter {
  return adapterAnswering({ getProduct: async () => mug });
}

/** A storage holding the cart a shopper left: 2 + 3 mugs. */
async function storageWithCart(storage: KeyValueStorage = memoryStorage()): Promise<KeyValueStorage> {
  const zone = createOrderZone({ adapter: adapter(), shopId: 'tea-house', storage });
  zone.cart.add({ product: mug, variantId: 'mug-1', quantity: 2 });
  zone.cart.add({ product: mug, variantId: 'mug-2', quantity: 3 });
  zone.dispose();
  return storage;
}

function heldBackZone(storage: KeyValueStorage): HeldBackCartZone {
  return zoneWithHeldBackCart({ adapter: adapter(), shopId: 'tea-house', storage });
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createLightOrderZone', () => {
  it("counts the stored cart at once, before the cart's code is here, and loads its lines with `load('cart')`", async () => {
    const storage = await storageWithCart();
    const zone = createLightOrderZone({ adapter: adapter(), shopId: 'tea-house', storage });
    const counts: number[] = [];
    zone.cart.$itemCount.subscribe((count) => counts.push(count));
    assert.equal(zone.isLoaded('cart'), false);
    assert.equal(zone.cart.$itemCount.get(), 5, 'the badge shows the stored units at first paint');
    assert.deepEqual(zone.cart.$lines.get(), []);

    const loaded = await zone.load('cart');
    assert.equal(loaded.cart, zone.cart, 'zone.cart stays the same object');
    assert.equal(zone.isLoaded('cart'), true);
    assert.deepEqual(zone.cart.$lines.get().map((line) => [line.variantId, line.quantity]), [['mug-1', 2], ['mug-2', 3]]);
    assert.deepEqual(counts, [5], 'the count does not flicker when the code arrives');
    const { outcome } = zone.cart.add({ product: mug, variantId: 'mug-1', quantity: 1 });
    assert.equal(outcome, 'added', 'once loaded, its methods answer at once');
    assert.deepEqual(counts, [5, 6]);
    zone.dispose();
  });

  it('follows what another tab stores before its code is here', async () => {
    const group = memoryStorageGroup();
    const zone = createLightOrderZone({ adapter: adapter(), shopId: 'tea-house', storage: group.connect() });
    assert.equal(zone.cart.$itemCount.get(), 0);
    await storageWithCart(group.connect());
    assert.equal(zone.cart.$itemCount.get(), 5);
    zone.dispose();
  });

  it("adds what the shopper added before the cart's code arrived, in order, once each", async () => {
    const storage = await storageWithCart();
    const { zone, release, fetches } = heldBackZone(storage);
    const results: string[] = [];
    // What an "Add to cart" press does on a light zone: wait for the cart, then add.
    const press = (variantId: string, quantity: number) =>
      zone.load('cart').then(({ cart }) => {
        const { line } = cart.add({ product: mug, variantId, quantity });
        results.push(`${line!.variantId}×${line!.quantity}`);
      });
    const presses = [press('mug-2', 1), press('mug-1', 4), press('mug-2', 1)];
    await tick();
    assert.deepEqual(results, [], 'nothing is added before the code is here');
    assert.equal(zone.cart.$itemCount.get(), 5);
    release();
    await Promise.all(presses);
    assert.deepEqual(results, ['mug-2×4', 'mug-1×6', 'mug-2×5'], 'applied in the order pressed, on top of the stored cart');
    assert.equal(zone.cart.$itemCount.get(), 11);
    assert.equal(fetches(), 1, 'the code is fetched once');
    zone.dispose();

    const again = createLightOrderZone({ adapter: adapter(), shopId: 'tea-house', storage });
    assert.equal(again.cart.$itemCount.get(), 11, 'and stored');
    again.dispose();
  });

  it("throws a specific error from a method called before its code is here, and starts fetching it", async () => {
    const { zone, release, fetches } = heldBackZone(memoryStorage());
    assert.throws(
      () => zone.cart.add({ product: mug, variantId: 'mug-1', quantity: 1 }),
      (error: unknown) => isOrderZoneError(error) && error.code === 'config' && /cart\.add\(\) was called before the cart's code loaded: await zone\.load\('cart'\)/.test(error.message),
    );
    assert.equal(fetches(), 1);
    assert.deepEqual(zone.cart.$lines.get(), [], 'nothing half-added');
    release();
    await zone.load('cart');
    assert.equal(zone.cart.add({ product: mug, variantId: 'mug-1', quantity: 1 }).outcome, 'added');
    zone.dispose();
  });

  it('loads the cart before the checkout, and tells onRemove listeners registered before it loaded', async () => {
    const storage = await storageWithCart();
    const { zone, release } = heldBackZone(storage);
    const removed: string[] = [];
    zone.cart.onRemove((line) => removed.push(line.variantId));
    const loading = zone.load('checkout');
    await tick();
    assert.equal(zone.checkout, undefined, 'the checkout waits for the cart');
    release();
    const { checkout, cart } = await loading;
    assert.deepEqual(checkout.$draft.get().contact.name, '');
    assert.equal(zone.isLoaded('cart'), true);
    cart.remove(cart.$lines.get()[0]!.key);
    assert.deepEqual(removed, ['mug-1']);
    zone.dispose();
  });

  it("rejects a network error when the cart's code cannot be fetched, keeps the stored cart, and fetches again on the next load", async () => {
    const storage = await storageWithCart();
    const { zone, release, fail, fetches } = heldBackZone(storage);
    const first = zone.load('cart');
    fail();
    await assert.rejects(first, (error: unknown) => isOrderZoneError(error) && error.code === 'network' && /Could not load the cart of OrderZone .*nothing was lost/.test(error.message));
    assert.equal(zone.cart.$itemCount.get(), 5);
    const second = zone.load('cart');
    release();
    await second;
    assert.equal(fetches(), 2);
    assert.equal(zone.cart.$lines.get().length, 2);
    zone.dispose();
  });

  it('is checked like createOrderZone', () => {
    assert.throws(() => createLightOrderZone({ adapter: adapter(), shopId: 'my shop!' }), (error: unknown) => isOrderZoneError(error) && error.code === 'config' && /shopId "my shop!"/.test(error.message));
  });
});
