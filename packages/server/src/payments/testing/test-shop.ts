/**
 * A shop for the payments tests: a fresh database of `kind` with the demo catalog, the order service
 * over it, and orders placed as a shopper would, with the chosen payment method. Test-only.
 *
 * @module
 */
import type { Order, OrderWithAccess } from '@orderzone/core';
import { createDemoShop, type OrderService } from '@orderzone/embedded-backend';
import { createServerService } from '../../store/server-service.ts';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from '../../testing/databases.ts';
import { importShopSeed } from '../../catalog/import-catalog.ts';
import { loadShopSeed } from '../../catalog/catalog-store.ts';

export interface TestShop {
  test: TestDatabase;
  service: OrderService;
  /** Places an order of one tee (a new shopper each time) paid with `paymentMethodId`. */
  placeOrder(paymentMethodId: string): Promise<OrderWithAccess>;
  /** The order as its shopper sees it now. */
  order(placed: OrderWithAccess): Promise<Order>;
}

const TEE = { productId: 'cotton-tee', variantId: 'tee-navy-m', quantity: 1, personalization: {} };
let shoppers = 0;

export async function openTestShop(kind: DatabaseKind, now: () => Date = () => new Date()): Promise<TestShop> {
  const test = await openTestDatabase(kind);
  await importShopSeed(test.database.db, createDemoShop(now()));
  const service = createServerService({ db: test.database.db, loadCatalog: loadShopSeed, now });
  return {
    test,
    service,
    async placeOrder(paymentMethodId) {
      const i = ++shoppers;
      const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
      const quote = await service.quote({ currency: 'CNY', lines: [TEE], shippingOptionId: 'standard', destination });
      return service.submitOrder(
        {
          currency: 'CNY',
          lines: [TEE],
          contact: { name: `Shopper ${i}`, phone: `137${String(i + process.pid * 100).slice(-8).padStart(8, '0')}`, email: `payer${i}.${process.pid}@example.com` },
          shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
          shippingOptionId: 'standard',
          paymentMethodId,
          expectedTotal: quote.total,
        },
        `pay-test-${process.pid}-${i}`,
      );
    },
    order: (placed) => service.getOrder(placed.order.orderNumber, { accessToken: placed.accessToken }),
  };
}
