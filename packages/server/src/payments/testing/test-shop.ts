/**
 * A shop for the payments tests: a fresh database of `kind` with the tests' own shop
 * ({@link testShopSeed}, with UnionPay and PayPal beside its WeChat Pay, Alipay and card), the order service over
 * it, and orders placed as a shopper would, with the chosen payment method. Test-only.
 *
 * @module
 */
import type { Order, OrderWithAccess } from '@orderzone/core';
import type { OrderService, ShopSeed } from '@orderzone/embedded-backend';
import { createServerService } from '../../store/server-service.ts';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from '../../testing/databases.ts';
import { importShopSeed } from '../../catalog/import-catalog.ts';
import { loadShopSeed } from '../../catalog/catalog-store.ts';
import { shirtLine, testShopSeed } from '../../testing/test-shop-seed.ts';

export interface TestShop {
  test: TestDatabase;
  service: OrderService;
  /** Places an order of one shirt (¥79.00, a new shopper each time) paid with `paymentMethodId`. */
  placeOrder(paymentMethodId: string): Promise<OrderWithAccess>;
  /** The order as its shopper sees it now. */
  order(placed: OrderWithAccess): Promise<Order>;
}

const SHIRT = shirtLine(1, 'shirt-navy-m');
let shoppers = 0;

/** The tests' shop, paid with UnionPay and PayPal too: every kind of method a provider of the server takes. */
function paymentsShopSeed(): ShopSeed {
  const seed = testShopSeed();
  return { ...seed, paymentMethods: [...seed.paymentMethods, { id: 'unionpay', kind: 'unionpay', label: { 'zh-CN': '银联', 'en-US': 'UnionPay' } }, { id: 'paypal', kind: 'paypal', label: 'PayPal' }] };
}

export async function openTestShop(kind: DatabaseKind, now: () => Date = () => new Date()): Promise<TestShop> {
  const test = await openTestDatabase(kind);
  await importShopSeed(test.database.db, paymentsShopSeed());
  const service = createServerService({ db: test.database.db, loadCatalog: loadShopSeed, now });
  return {
    test,
    service,
    async placeOrder(paymentMethodId) {
      const i = ++shoppers;
      const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
      const quote = await service.quote({ currency: 'CNY', lines: [SHIRT], shippingOptionId: 'standard', destination });
      return service.submitOrder(
        {
          currency: 'CNY',
          lines: [SHIRT],
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
