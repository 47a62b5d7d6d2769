import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Order } from '@orderzone/core';
import { ErrorBodySchema } from '@orderzone/core/rest';
import { OrderSchema } from '@orderzone/core/schemas';
import { DATABASE_KINDS } from '../testing/databases.ts';
import { withPayments } from '../payments/paying-service.ts';
import { createPayments, type Payments } from '../payments/payments.ts';
import { simulatedProvider } from '../payments/providers/simulated.ts';
import { Secret } from '../payments/secret.ts';
import { openTestShop, type TestShop } from '../payments/testing/test-shop.ts';
import { createAdminApp } from './admin-app.ts';
import type { AuditEntry } from './audit-log.ts';
import { createMerchantKey } from './merchant-keys.ts';

for (const kind of DATABASE_KINDS) {
  describe(`the admin API with the simulated payment provider on ${kind}`, () => {
    let shop: TestShop;
    let payments: Payments;
    let app: ReturnType<typeof createAdminApp>;
    let key: string;
    let keyId: string;

    before(async () => {
      shop = await openTestShop(kind);
      payments = createPayments({
        db: shop.test.database.db,
        service: shop.service,
        providers: [simulatedProvider({ secret: new Secret('secret-of-the-admin-test') })],
        publicUrl: 'http://localhost:5173/api',
        returnUrl: 'http://localhost:5173/?oz=order/{orderNumber}',
        pageNotificationDelayMs: 0,
      });
      app = createAdminApp({ db: shop.test.database.db, service: withPayments(shop.service, payments), payments });
      ({ key, id: keyId } = await createMerchantKey(shop.test.database.db, 'Demo console'));
    });
    after(() => shop?.test.dispose());

    async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
      const response = await app.request(path, {
        method,
        headers: { Authorization: `Bearer ${key}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, body: await response.json() };
    }

    /** An order placed by a shopper on a desktop, its payment started at the provider (a QR code), as the server does. */
    async function placeAndStartPayment(paymentMethodId: string) {
      const placed = await shop.placeOrder(paymentMethodId);
      await payments.startPayment(placed.order, { device: 'desktop' });
      return placed;
    }

    function assertError(answer: { status: number; body: unknown }, status: number, code: string): void {
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.equal(ErrorBodySchema.parse(answer.body).error.code, code);
    }

    it('shows an order with its payments, and simulate-payment pays it through the provider’s notification', async () => {
      const placed = await placeAndStartPayment('alipay');
      const before = await call('GET', `/orders/${placed.order.orderNumber}`);
      assert.equal(before.status, 200);
      assert.equal(before.body.payments.length, 1);
      assert.equal(before.body.payments[0].provider, 'simulated');
      assert.equal(before.body.payments[0].status, 'pending');
      assert.deepEqual(before.body.refunds, []);

      const paid = await call('POST', `/orders/${placed.order.orderNumber}/simulate-payment`);
      assert.equal(paid.status, 200, JSON.stringify(paid.body));
      const order: Order = OrderSchema.parse(paid.body);
      assert.equal(order.status, 'paid');
      assert.equal((await shop.order(placed)).status, 'paid', 'the shopper sees it paid');

      const after = await call('GET', `/orders/${placed.order.orderNumber}`);
      assert.equal(after.body.payments[0].status, 'paid');
      assert.equal(after.body.payments[0].outcome, 'order_paid');
      assert.deepEqual(after.body.payments[0].paid, placed.order.total);
      const logged = (after.body.audit as AuditEntry[]).find((entry) => entry.action === 'payment.simulate');
      assert.ok(logged, 'the simulation is in the audit log');
      assert.equal(logged.actor, keyId);
      assert.equal((logged.details.after as { status?: string }).status, 'paid');
      assert.equal((logged.details.before as { status?: string }).status, 'pending_payment');
      assert.equal(logged.details.outcome, 'order_paid');

      // Paying again is refused: the order no longer awaits payment.
      const again = await call('POST', `/orders/${placed.order.orderNumber}/simulate-payment`);
      assertError(again, 409, 'conflict');
      assert.equal(again.body.error.details.status, 'paid');
    });

    it('declines a payment with status "failed": the order still awaits payment', async () => {
      const placed = await placeAndStartPayment('wechat_pay');
      const declined = await call('POST', `/orders/${placed.order.orderNumber}/simulate-payment`, { status: 'failed' });
      assert.equal(declined.status, 200);
      assert.equal(declined.body.status, 'pending_payment');
      assert.equal((await call('GET', `/orders/${placed.order.orderNumber}`)).body.payments[0].status, 'failed');
    });

    it('refuses what it cannot simulate, changing nothing', async () => {
      const placed = await placeAndStartPayment('alipay');
      const wrong = await call('POST', `/orders/${placed.order.orderNumber}/simulate-payment`, { status: 'maybe' });
      assertError(wrong, 400, 'validation');
      assert.deepEqual(wrong.body.error.fieldErrors, [{ field: 'status', code: 'invalid' }]);
      assertError(await call('POST', '/orders/OZ-22222-22222/simulate-payment'), 404, 'not_found');
      // An order whose payment was never started at the provider (as a bank transfer) has none to simulate.
      const unstarted = await shop.placeOrder('alipay');
      assertError(await call('POST', `/orders/${unstarted.order.orderNumber}/simulate-payment`), 404, 'not_found');
      assert.equal((await shop.order(placed)).status, 'pending_payment');
    });
  });
}
