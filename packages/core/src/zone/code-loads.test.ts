import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { Product } from '../catalog/catalog-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { adapterAnswering } from '../testing/adapter-answering.ts';
import { onCodeLoad } from './code-loads.ts';
import { createLightOrderZone } from './light-order-zone.ts';

const mug = { id: 'mug', kind: 'goods', title: 'Mug', variants: [] } as unknown as Product;
const zone = () => createLightOrderZone({ adapter: adapterAnswering({ getProduct: async () => mug }), shopId: 'tea-house', storage: memoryStorage() });

describe('codeLoading', () => {
  afterEach(() => onCodeLoad(undefined));

  it("tells the listener each part of a zone whose code starts loading, the cart's with the checkout's", async () => {
    const heard: string[] = [];
    onCodeLoad((name) => heard.push(name));
    const orders = zone();
    await orders.load('checkout');
    assert.deepEqual([...heard].sort(), ['cart', 'checkout']);
    orders.dispose();
  });

  it('loads the part all the same when the listener throws', async () => {
    onCodeLoad(() => {
      throw new Error('the preload list is not here');
    });
    const orders = zone();
    const { checkout } = await orders.load('checkout');
    assert.equal(checkout.$draft.get().contact.name, '');
    assert.equal(orders.isLoaded('checkout'), true);
    orders.dispose();
  });
});
