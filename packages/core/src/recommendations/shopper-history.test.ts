import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { atom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import type { Session } from '../order/order-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import type { OrderZone } from '../zone/order-zone.ts';
import { browsingHistoryKey, createBrowsingHistory } from './browsing-history.ts';
import { createShopperHistory } from './shopper-history.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A zone whose backend keeps one history per session token, in memory (`calls` counts what reached it). */
function setup(options: { keeps?: boolean } = {}) {
  const kept = new Map<string, string[]>();
  const calls: string[] = [];
  let failClear = false;
  const adapter: Partial<BackendAdapter> =
    options.keeps === false
      ? {}
      : {
          async listViewedProducts(token) {
            calls.push(`list ${token}`);
            return { productIds: [...(kept.get(token) ?? [])] };
          },
          async recordProductView(token, productId) {
            calls.push(`record ${token} ${productId}`);
            kept.set(token, [productId, ...(kept.get(token) ?? []).filter((id) => id !== productId)]);
            return { productIds: [...kept.get(token)!] };
          },
          async clearViewedProducts(token) {
            calls.push(`clear ${token}`);
            if (failClear) throw new OrderZoneError('network', 'Offline.');
            kept.delete(token);
            return { productIds: [] };
          },
        };
  const $session = atom<Session | undefined>(undefined);
  const storage = memoryStorage();
  const zone = { adapter, account: { $session }, storage, shopId: 'demo' } as unknown as OrderZone;
  const history = createShopperHistory(zone, createBrowsingHistory('demo', storage));
  const signIn = (token: string) => $session.set({ token, shopper: { id: 's', phone: '13900139000' }, expiresAt: '2099-01-01T00:00:00Z' });
  return { history, kept, calls, storage, signIn, signOut: () => $session.set(undefined), failNextClear: () => (failClear = true) };
}

describe('the shopper’s browsing history', () => {
  it('stays on the device while signed out, is merged into the account at sign-in, and goes to the account (not the device) while signed in', async () => {
    const s = setup();
    s.history.record('cotton-tee');
    assert.equal(s.history.$kept.get(), 'device');
    assert.deepEqual(s.calls, [], 'nothing leaves the device signed out');
    assert.deepEqual(JSON.parse(s.storage.get(browsingHistoryKey('demo'))!), ['cotton-tee']);

    s.kept.set('t1', ['power-bank']);
    s.signIn('t1');
    await settle();
    assert.equal(s.history.$kept.get(), 'account');
    assert.deepEqual(s.history.$viewed.get(), ['cotton-tee', 'power-bank'], 'the account’s history, from the backend, with what was viewed on the device before');
    assert.equal(s.storage.get(browsingHistoryKey('demo')), null, 'merged, so gone from the device');
    s.history.record('custom-mug');
    assert.deepEqual(s.history.$viewed.get(), ['custom-mug', 'cotton-tee', 'power-bank'], 'shown at once');
    await settle();
    assert.deepEqual(s.kept.get('t1'), ['custom-mug', 'cotton-tee', 'power-bank']);
    assert.equal(s.storage.get(browsingHistoryKey('demo')), null, 'nothing on the device while signed in');

    s.signOut();
    assert.deepEqual(s.history.$viewed.get(), [], 'the account’s history is not left on the device');
    assert.equal(s.history.$kept.get(), 'device');
  });

  it('clears the account’s history on the backend and the device’s; a failure rejects and hides nothing', async () => {
    const s = setup();
    s.history.record('cotton-tee');
    s.signIn('t1');
    await settle();
    s.history.record('custom-mug');
    await settle();
    s.failNextClear();
    await assert.rejects(s.history.clear(), (error) => error instanceof OrderZoneError && error.code === 'network');
    assert.deepEqual(s.history.$viewed.get(), ['custom-mug', 'cotton-tee']);
    const ok = setup();
    ok.history.record('cotton-tee');
    ok.signIn('t1');
    await settle();
    ok.history.record('custom-mug');
    await settle();
    await ok.history.clear();
    assert.deepEqual(ok.history.$viewed.get(), []);
    assert.equal(ok.kept.has('t1'), false, 'gone from the backend');
    assert.equal(ok.storage.get(browsingHistoryKey('demo')), null, 'and from the device');
  });

  it('merges the device’s history once, newest first and without duplicates', async () => {
    const s = setup();
    for (const id of ['power-bank', 'gone', 'cotton-tee', 'custom-mug']) s.history.record(id);
    s.kept.set('t1', ['cotton-tee', 'tea-set']);
    s.signIn('t1');
    await settle();
    assert.deepEqual(s.kept.get('t1'), ['custom-mug', 'cotton-tee', 'gone', 'power-bank', 'tea-set']);
    assert.deepEqual(s.history.$viewed.get(), ['custom-mug', 'cotton-tee', 'gone', 'power-bank', 'tea-set']);
    assert.equal(s.storage.get(browsingHistoryKey('demo')), null);
    const records = s.calls.filter((call) => call.startsWith('record')).length;
    s.signOut();
    s.signIn('t1');
    await settle();
    assert.equal(s.calls.filter((call) => call.startsWith('record')).length, records, 'once: nothing left to merge at the next sign-in');
  });

  it('skips a product the backend no longer knows, and keeps the device’s list when the backend cannot be reached', async () => {
    const views: string[] = [];
    let offline = true;
    const adapter: Partial<BackendAdapter> = {
      listViewedProducts: async () => ({ productIds: [...views] }),
      async recordProductView(_token, productId) {
        if (offline) throw new OrderZoneError('network', 'Offline.');
        if (productId === 'gone') throw new OrderZoneError('not_found', 'No such product.');
        views.unshift(productId);
        return { productIds: [...views] };
      },
      clearViewedProducts: async () => ({ productIds: [] }),
    };
    const $session = atom<Session | undefined>(undefined);
    const storage = memoryStorage();
    const zone = { adapter, account: { $session }, storage, shopId: 'demo' } as unknown as OrderZone;
    const history = createShopperHistory(zone, createBrowsingHistory('demo', storage));
    history.record('gone');
    history.record('cotton-tee');
    const session = (token: string): Session => ({ token, shopper: { id: 's', phone: '13900139000' }, expiresAt: '2099-01-01T00:00:00Z' });
    $session.set(session('t1'));
    await settle();
    assert.deepEqual(JSON.parse(storage.get(browsingHistoryKey('demo'))!), ['cotton-tee', 'gone'], 'offline: nothing lost');
    $session.set(undefined);
    offline = false;
    $session.set(session('t2'));
    await settle();
    assert.deepEqual(views, ['cotton-tee']);
    assert.deepEqual(history.$viewed.get(), ['cotton-tee']);
    assert.equal(storage.get(browsingHistoryKey('demo')), null);
  });

  it('follows the session stored on the device until the account part has loaded, as after a reload', async () => {
    const storage = memoryStorage();
    storage.set('orderzone:demo:session', JSON.stringify({ version: 1, session: { token: 't9', shopper: { id: 's', phone: '13900139000' }, expiresAt: '2099-01-01T00:00:00Z' } }));
    const recorded: string[] = [];
    const adapter: Partial<BackendAdapter> = {
      listViewedProducts: async () => ({ productIds: [] }),
      recordProductView: async (token, productId) => {
        recorded.push(`${token} ${productId}`);
        return { productIds: [productId] };
      },
      clearViewedProducts: async () => ({ productIds: [] }),
    };
    const zone = { adapter, account: undefined, storage, shopId: 'demo' } as unknown as OrderZone;
    const history = createShopperHistory(zone, createBrowsingHistory('demo', storage));
    history.record('cotton-tee');
    await settle();
    assert.deepEqual(recorded, ['t9 cotton-tee']);
    assert.equal(storage.get(browsingHistoryKey('demo')), null, 'nothing on the device');
  });

  it('stays on the device, signed in too, with a backend that keeps no histories', async () => {
    const s = setup({ keeps: false });
    s.signIn('t1');
    await settle();
    s.history.record('cotton-tee');
    assert.equal(s.history.$kept.get(), 'device');
    assert.deepEqual(s.history.$viewed.get(), ['cotton-tee']);
  });
});
