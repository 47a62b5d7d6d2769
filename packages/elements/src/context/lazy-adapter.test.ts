import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import { isOrderZoneError, type BackendAdapter } from '@orderzone/core';
import { expect } from '@open-wc/testing';
import { createLazyAdapter } from './lazy-adapter.ts';
import { createLazyEmbeddedBackend } from './lazy-embedded-backend.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';
import '../demo.ts';

describe('createLazyAdapter', () => {
  it('loads the backend once, on the first call, and forwards every argument', async () => {
    const backend = createEmbeddedBackend({ shopId: 'lazy-adapter-test', seed: testShop() });
    let loads = 0;
    const lazy = createLazyAdapter(async () => {
      loads += 1;
      return backend;
    });
    expect(loads).to.equal(0);
    const [categories, product] = await Promise.all([lazy.listCategories(), lazy.getProduct('shirt')]);
    expect(loads).to.equal(1);
    expect(categories.length).to.equal((await backend.listCategories()).length);
    expect(product.id).to.equal('shirt');
    backend.dispose();
  });

  it('tries the load again after it failed (a chunk that could not be fetched)', async () => {
    const backend = createEmbeddedBackend({ shopId: 'lazy-adapter-retry' });
    let loads = 0;
    const lazy = createLazyAdapter(async () => {
      loads += 1;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return backend;
    });
    let first: unknown;
    await lazy.listCategories().catch((error: unknown) => (first = error));
    expect(first instanceof TypeError).to.equal(true);
    expect((await lazy.listCategories()).length > 0).to.equal(true);
    expect(loads).to.equal(2);
    backend.dispose();
  });

  it('offers the optional methods (bookings, after-order actions) and rejects with a config error when the backend lacks one', async () => {
    const minimal = { listCategories: async () => [] } as unknown as BackendAdapter;
    const lazy = createLazyAdapter(async () => minimal);
    expect(typeof lazy.getAvailability).to.equal('function');
    expect(typeof lazy.cancelOrder).to.equal('function');
    let error: unknown;
    await lazy.releaseHold!('hold-1').catch((e: unknown) => (error = e));
    expect(isOrderZoneError(error) && error.code === 'config' && error.message.includes('releaseHold')).to.equal(true);
  });

  it('forwards the requests for quote, so a page on a lazily loaded backend can ask for quotes', async () => {
    const backend = createEmbeddedBackend({ shopId: 'lazy-adapter-rfq', seed: testShop() });
    const lazy = createLazyAdapter(async () => backend);
    await lazy.requestSignInCode!({ channel: 'sms', destination: '13800138000' });
    const { token } = await lazy.verifySignInCode!({ channel: 'sms', destination: '13800138000', code: backend.engine.outbox().at(-1)!.code });
    const contact = { name: 'Wang Fang', phone: '13800138000', email: 'buyer@example.com' };
    const rfq = await lazy.createRfq!(token, { lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 100 }], targetDate: '2099-01-01', contact });
    expect((await lazy.listRfqs!(token)).map((r) => [r.id, r.status])).to.deep.equal([[rfq.id, 'requested']]);
    expect((await lazy.getRfq!(token, rfq.id)).id).to.equal(rfq.id);
    expect((await lazy.declineRfq!(token, rfq.id)).status).to.equal('declined');
    let refused: unknown;
    await lazy.acceptRfq!(token, rfq.id).catch((e: unknown) => (refused = e));
    expect(isOrderZoneError(refused) && refused.code === 'conflict').to.equal(true);
    backend.dispose();
  });
});

describe('createLazyEmbeddedBackend', () => {
  it('serves the demo catalog, bookings included, once loaded', async () => {
    const lazy = createLazyEmbeddedBackend('lazy-embedded-test');
    const page = await lazy.searchProducts({});
    expect(page.items.length > 0).to.equal(true);
    expect(typeof lazy.getAvailability).to.equal('function');
  });
});
