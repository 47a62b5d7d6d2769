/**
 * The tests every payment provider passes, on PGlite and PostgreSQL, against its API as msw answers
 * it: create → notification → paid; a duplicate notification; forged and tampered notifications
 * refused; an amount that does not match; a refund; a missed notification found by the status
 * query. Each provider's test file gives a {@link ProviderHarness} and adds its own tests.
 * Test-only.
 *
 * @module
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';
import type { Money, PaymentAction } from '@orderzone/core';
import { DATABASE_KINDS } from '../../testing/databases.ts';
import { createPayments, type Payments } from '../payments.ts';
import type { PaymentView, RefundView } from '../payment-records.ts';
import type { NotificationRefusalReason, PaymentProvider, RawNotification, ShopperDevice } from '../provider.ts';
import { openTestShop, type TestShop } from './test-shop.ts';

export const PUBLIC_URL = 'https://api.shop.example/api';
export const RETURN_URL = 'https://shop.example/orders/{orderNumber}';

/** What the suite needs of a provider. */
export interface ProviderHarness {
  /** The demo payment method paid through it. */
  methodId: string;
  provider: PaymentProvider;
  /** The provider's API, answered by msw. */
  handlers: RequestHandler[];
  /** Where the suite's payer pays (default `desktop`) and what the shopper gets there. */
  device?: ShopperDevice;
  action: (action: PaymentAction) => void;
  /** The answers the provider expects: accepted, and refused. */
  accepted: { status: number; body: string };
  refused: { status: number; body: string };
  /** The payer pays at the provider (another amount, when given); answers the notification the provider sends (not delivered). */
  pay(payment: PaymentView, paid?: Money): Promise<RawNotification>;
  /** Forged or tampered variants of a genuine notification of `payment`, by name, each with the reason it must be refused for. */
  forgeries(genuine: RawNotification, payment: PaymentView): Promise<Record<string, { notification: RawNotification; reason: NotificationRefusalReason }>>;
  /** A refund that was `pending` ends at the provider; answers the notification it sends (undefined: none, the query follows it). */
  settleRefund?(refund: RefundView): Promise<RawNotification | undefined>;
}

/** Runs the shared provider tests on each database kind; `extra` adds the provider's own. */
export function describeProvider(
  name: string,
  harness: ProviderHarness,
  extra?: (context: () => { shop: TestShop; payments: Payments; server: ReturnType<typeof setupServer> }) => void,
): void {
  const server = setupServer(...harness.handlers);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  for (const kind of DATABASE_KINDS) {
    describe(`${name} on ${kind}`, () => {
      let shop: TestShop;
      let payments: Payments;
      before(async () => {
        shop = await openTestShop(kind);
        payments = createPayments({ db: shop.test.database.db, service: shop.service, providers: [harness.provider], publicUrl: PUBLIC_URL, returnUrl: RETURN_URL });
      });
      after(() => shop?.test.dispose());

      async function started() {
        const placed = await shop.placeOrder(harness.methodId);
        const payment = await payments.startPayment(placed.order, { device: harness.device ?? 'desktop', clientIp: '203.0.113.7', locale: 'zh-CN' });
        const [view] = await payments.listPayments(placed.order.orderNumber);
        return { placed, payment, view: view! };
      }

      it('creates the payment, and its notification pays the order', async () => {
        const { placed, payment, view } = await started();
        assert.equal(payment.provider, harness.provider.name);
        harness.action(payment.action);
        assert.equal(view.status, 'pending');
        assert.equal((await shop.order(placed)).status, 'pending_payment');
        const answer = await payments.handleNotification(harness.provider.name, await harness.pay(view));
        assert.equal(answer.result, 'processed', answer.detail);
        assert.equal(answer.detail, 'order_paid');
        assert.deepEqual({ status: answer.status, body: answer.body }, harness.accepted);
        assert.equal((await shop.order(placed)).status, 'paid');
        const [paid] = await payments.listPayments(placed.order.orderNumber);
        assert.deepEqual([paid!.status, paid!.outcome, paid!.paid], ['paid', 'order_paid', placed.order.total]);
        assert.ok(paid!.providerTransactionId);
      });

      it('answers a duplicate notification as accepted and changes nothing', async () => {
        const { placed, view } = await started();
        const notification = await harness.pay(view);
        assert.equal((await payments.handleNotification(harness.provider.name, notification)).detail, 'order_paid');
        const again = await payments.handleNotification(harness.provider.name, notification);
        assert.equal(again.result, 'repeat');
        assert.deepEqual({ status: again.status, body: again.body }, harness.accepted);
        const order = await shop.order(placed);
        assert.equal(order.history!.filter((entry) => entry.action === 'confirm_payment').length, 1);
        assert.equal((await payments.listRefunds(placed.order.orderNumber)).length, 0);
      });

      it('refuses forged and tampered notifications in the provider\'s failure format; the order stays unpaid', async () => {
        const { placed, view } = await started();
        const genuine = await harness.pay(view);
        const forgeries = await harness.forgeries(genuine, view);
        assert.ok(Object.keys(forgeries).length >= 2);
        for (const [what, forged] of Object.entries(forgeries)) {
          const answer = await payments.handleNotification(harness.provider.name, forged.notification);
          assert.equal(answer.result, 'refused', `${what}: ${answer.detail}`);
          assert.equal(answer.detail.split(':')[0], forged.reason, `${what}: ${answer.detail}`);
          assert.deepEqual({ status: answer.status, body: answer.body }, harness.refused, what);
        }
        assert.equal((await shop.order(placed)).status, 'pending_payment');
        // The genuine one still pays.
        assert.equal((await payments.handleNotification(harness.provider.name, genuine)).detail, 'order_paid');
      });

      it('does not take another amount as payment: the order stays unpaid, flagged for the merchant', async () => {
        const { placed, view } = await started();
        const less = { amount: placed.order.total.amount - 100, currency: placed.order.total.currency };
        const answer = await payments.handleNotification(harness.provider.name, await harness.pay(view, less));
        assert.equal(answer.result, 'processed');
        assert.equal(answer.detail, 'amount_mismatch');
        assert.deepEqual({ status: answer.status, body: answer.body }, harness.accepted);
        assert.equal((await shop.order(placed)).status, 'pending_payment');
        const [problem] = await payments.listProblems({ orderNumber: placed.order.orderNumber });
        assert.equal(problem!.kind, 'amount_mismatch');
        assert.deepEqual(problem!.details.paid, less);
      });

      it('refunds part of a paid order through the provider and follows the refund to its end', async () => {
        const { placed, view } = await started();
        await payments.handleNotification(harness.provider.name, await harness.pay(view));
        const refund = await payments.refund(placed.order.orderNumber, 1000, { note: 'One line returned' });
        assert.deepEqual(refund.amount, { amount: 1000, currency: placed.order.total.currency });
        assert.ok(refund.status === 'succeeded' || refund.status === 'pending', refund.status);
        if (refund.status === 'pending') {
          const notification = await harness.settleRefund?.(refund);
          if (notification) {
            const answer = await payments.handleNotification(harness.provider.name, notification);
            assert.equal(answer.detail, 'refund_succeeded');
          } else {
            assert.equal((await payments.checkRefund(refund.id)).status, 'succeeded');
          }
        }
        const [done] = await payments.listRefunds(placed.order.orderNumber);
        assert.equal(done!.status, 'succeeded');
        assert.ok(done!.providerRefundId);
        const [payment] = await payments.listPayments(placed.order.orderNumber);
        assert.deepEqual(payment!.refunded, { amount: 1000, currency: placed.order.total.currency });
        await assert.rejects(payments.refund(placed.order.orderNumber, placed.order.total.amount), { code: 'validation' });
      });

      it('finds a payment whose notification was lost by asking the provider', async () => {
        const { placed, view } = await started();
        assert.equal((await payments.checkPayment(placed.order.orderNumber)).status, 'pending');
        await harness.pay(view); // the notification never arrives
        const check = await payments.checkPayment(placed.order.orderNumber);
        assert.equal(check.status, 'paid');
        assert.equal(check.unanswered, 0);
        assert.equal((await shop.order(placed)).status, 'paid');
      });

      extra?.(() => ({ shop, payments, server }));
    });
  }
}
