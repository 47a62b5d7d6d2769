import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createOrderEngine, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

const START = new Date('2026-05-04T02:00:00Z');

function signedIn(engine: OrderEngine, phone: string): string {
  engine.requestSignInCode({ channel: 'sms', destination: phone });
  const [message] = engine.outbox();
  return engine.verifySignInCode({ channel: 'sms', destination: phone, code: message!.code }).token;
}

describe('a signed-in shopper’s browsing history in the engine', () => {
  it('records views newest first per shopper, answers them to that shopper only, uses them for recommendations, and clears them', () => {
    let saved: EngineState | undefined;
    const engine = createOrderEngine({ seed: testShop(), now: () => START, onChange: (state) => (saved = state) });
    const token = signedIn(engine, '13900139000');
    const other = signedIn(engine, '13700137000');
    assert.deepEqual(engine.listViewedProducts(token), { productIds: [] });
    engine.recordProductView(token, 'shirt');
    engine.recordProductView(token, 'mug');
    assert.deepEqual(engine.recordProductView(token, 'shirt'), { productIds: ['shirt', 'mug'] }, 'a product viewed again moves to the front');
    assert.deepEqual(engine.listViewedProducts(other), { productIds: [] }, 'another shopper sees none of it');
    assert.deepEqual(saved?.viewed, { '13900139000': ['shirt', 'mug'] }, 'kept in the state, by the phone signed in with');

    // "Recently viewed" of the signed-in shopper comes from what the backend keeps, with no history sent.
    const viewed = engine.recommend({ kind: 'recently_viewed' }, token);
    assert.deepEqual(viewed.items.map((item) => item.product.id), ['shirt', 'mug']);
    assert.deepEqual(engine.recommend({ kind: 'recently_viewed' }).items, [], 'signed out, only what the device sends counts');

    rejects(() => engine.recordProductView(token, 'no-such-product'), 'not_found');
    rejects(() => engine.listViewedProducts('not-a-session'), 'unauthorized');
    rejects(() => engine.recordProductView('not-a-session', 'shirt'), 'unauthorized');

    assert.deepEqual(engine.clearViewedProducts(token), { productIds: [] });
    assert.deepEqual(engine.listViewedProducts(token), { productIds: [] });
    assert.equal(saved?.viewed, undefined, 'nothing left in the state');
    assert.deepEqual(engine.recommend({ kind: 'recently_viewed' }, token).items, []);
  });

  it('lists every product viewed once, newest first', () => {
    const engine = createOrderEngine({ seed: testShop(), now: () => START });
    const token = signedIn(engine, '13900139000');
    const ids = engine.searchProducts({ pageSize: 48 }).items.map((product) => product.id);
    for (const id of ids) engine.recordProductView(token, id);
    const { productIds } = engine.listViewedProducts(token);
    assert.ok(ids.length > 5);
    assert.deepEqual(productIds, [...ids].reverse().slice(0, 30));
  });
});
