/**
 * The order service the server's HTTP tests run on until the PostgreSQL store lands: the engine over
 * a state in memory, with the demo catalog, storing token digests as a server must. The engine is
 * exposed so a test can act as the merchant (mark paid, ship) and read what the shopper was sent.
 * Test-only; not published.
 *
 * @module
 */
import type { OrderRequest } from '@orderzone/core';
import { createInterimMemoryService, type InterimMemoryService } from '../interim-memory-service.ts';

export type MemoryService = InterimMemoryService;

/** A fresh service over the demo catalog in memory, and its engine. */
export function memoryService(): MemoryService {
  return createInterimMemoryService();
}

/** An order of the demo catalog: two navy T-shirts, standard shipping, Alipay (¥170.00). */
export const DEMO_ORDER: OrderRequest = {
  currency: 'CNY',
  lines: [{ productId: 'cotton-tee', variantId: 'tee-navy-m', quantity: 2, personalization: {} }],
  contact: { name: '张三', phone: '13800138000', email: 'zhang.san@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  expectedTotal: { amount: 17000, currency: 'CNY' },
};
