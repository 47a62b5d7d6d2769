/**
 * An order service for the HTTP tests that are about HTTP, not the database: the engine over a
 * state in memory, with the tests' own shop ({@link testShopSeed}), storing token digests as a server must. The engine is
 * exposed so a test can act as the merchant (mark paid, ship) and read what the shopper was sent.
 * Test-only; not published.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { memoryStorage, type OrderRequest } from '@orderzone/core';
import { createBrowserEngineStore, createOrderEngine, createOrderService, type OrderEngine, type OrderService } from '@orderzone/embedded-backend';
import { shirtLine, testShopSeed } from './test-shop-seed.ts';

/** The service, and the engine over its latest state (for tests acting as the merchant). */
export interface MemoryService {
  service: OrderService;
  engine(): OrderEngine;
}

/** A fresh service over the tests' shop in memory, and its engine. */
export function memoryService(): MemoryService {
  const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
  const store = createBrowserEngineStore(memoryStorage(), 'orderzone:server-test', (state, onChange) =>
    createOrderEngine({ seed: testShopSeed(), onChange, tokenDigest: digest, ...(state ? { state } : {}) }),
  );
  return { service: createOrderService(store), engine: () => store.engine };
}

/** An order of the tests' shop: two navy shirts in M, standard shipping, Alipay (¥170.00). */
export const TEST_ORDER: OrderRequest = {
  currency: 'CNY',
  lines: [shirtLine(2, 'shirt-navy-m')],
  contact: { name: '张三', phone: '13800138000', email: 'zhang.san@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  expectedTotal: { amount: 17000, currency: 'CNY' },
};
