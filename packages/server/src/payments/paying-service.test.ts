import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderService } from '@orderzone/embedded-backend';
import type { OrderWithAccess } from '@orderzone/core';
import { createServerService } from '../store/server-service.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { shirtLine, testShopSeed } from '../testing/test-shop-seed.ts';
import { createPayments, type Payments } from './payments.ts';
import { serverPaymentAction, withPayments } from './paying-service.ts';
import { simulatedProvider, type SimulatedPaymentProvider } from './providers/simulated.ts';
import type { PaymentProvider } from './provider.ts';
import { Secret } from './secret.ts';

const PUBLIC_URL = 'https://shop.example/api';
const SHIRT = shirtLine(1, 'shirt-navy-m');
const PHONE_BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

for (const kind of DATABASE_KINDS) {
  describe(`the order service with payments on ${kind}`, () => {
    let test: TestDatabase;
    let simulated: SimulatedPaymentProvider;
    let flaky: { down: boolean };
    let payments: Payments;
    let shop: OrderService;
    let shoppers = 0;

    before(async () => {
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, testShopSeed());
      const engineService = createServerService({ db: test.database.db, loadCatalog: loadShopSeed, engine: { paymentAction: serverPaymentAction } });
      simulated = simulatedProvider({ secret: new Secret('test-secret-of-the-simulated-provider') });
      flaky = { down: false };
      // The simulated provider, which can be made to fail when asked to create a payment.
      const provider: PaymentProvider = {
        ...simulated,
        createPayment: (request) => (flaky.down ? Promise.reject(new Error('provider unreachable')) : simulated.createPayment(request)),
      };
      payments = createPayments({ db: test.database.db, service: engineService, providers: [provider], publicUrl: PUBLIC_URL, returnUrl: 'https://shop.example/orders/{orderNumber}', pageNotificationDelayMs: 0 });
      shop = withPayments(engineService, payments);
    });
    after(() => test?.dispose());

    async function place(userAgent?: string): Promise<OrderWithAccess> {
      const i = ++shoppers;
      const quote = await shop.quote({ currency: 'CNY', lines: [SHIRT], shippingOptionId: 'standard', destination: { country: 'CN' } });
      return shop.submitOrder(
        {
          currency: 'CNY',
          lines: [SHIRT],
          contact: { name: `Shopper ${i}`, phone: `136${String(i).padStart(8, '0')}`, email: `shopper${i}@example.com` },
          shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
          shippingOptionId: 'standard',
          paymentMethodId: 'alipay',
          expectedTotal: quote.total,
        },
        `paying-${kind}-${i}`,
        undefined,
        userAgent ? { clientId: '203.0.113.9', userAgent } : undefined,
      );
    }

    it('gives a new order its provider’s payment step: a QR code on a desktop, the mobile flow on a phone', async () => {
      const desktop = (await place()).order;
      assert.equal(desktop.payment.type, 'qr_code');
      const phone = (await place(PHONE_BROWSER)).order;
      assert.equal(phone.payment.type, 'redirect');
      const [payment] = await payments.listPayments(phone.orderNumber);
      assert.equal(payment?.provider, 'simulated');
      assert.deepEqual(payment?.action, phone.payment);
    });

    it('keeps the order when the provider does not answer, and starts the payment when the shopper asks again', async () => {
      flaky.down = true;
      const { order, accessToken } = await place();
      assert.deepEqual(order.payment, { type: 'unavailable' }, 'the order stands; its payment waits');
      assert.equal(order.status, 'pending_payment');
      flaky.down = false;
      const again = await shop.getOrder(order.orderNumber, { accessToken });
      assert.notEqual(again.payment.type, 'unavailable');
      const attempts = await payments.listPayments(order.orderNumber);
      assert.deepEqual(attempts.map((p) => p.action?.type).filter(Boolean), [again.payment.type], 'one payment the shopper can use: the second attempt’s');
    });

    it('asks the provider when the shopper says they paid, only with proof of access', async () => {
      const { order, accessToken } = await place();
      const [payment] = await payments.listPayments(order.orderNumber);
      // The shopper paid at the provider, but its notification never arrived.
      simulated.simulate(payment!.reference!, { status: 'paid' });
      assert.equal((await shop.getPaymentStatus(order.orderNumber, { accessToken })).status, 'pending', 'without refresh: what the backend knows');
      await assert.rejects(shop.getPaymentStatus(order.orderNumber, {}, undefined, { refresh: true }), /no order/);
      assert.equal((await shop.getPaymentStatus(order.orderNumber, { accessToken }, undefined, { refresh: true })).status, 'paid');
    });

    it('refunds through the provider before the merchant’s approval marks the order refunded', async () => {
      const { order, accessToken } = await place();
      const [payment] = await payments.listPayments(order.orderNumber);
      await payments.handleNotification('simulated', simulated.simulate(payment!.reference!, { status: 'paid' }));
      await shop.requestRefund(order.orderNumber, { accessToken }, { reason: 'Ordered twice' });
      const refunded = await shop.approveRefund(order.orderNumber);
      assert.equal(refunded.status, 'refunded');
      const [refund] = await payments.listRefunds(order.orderNumber);
      assert.deepEqual(refund?.amount, order.total);
    });
  });
}
