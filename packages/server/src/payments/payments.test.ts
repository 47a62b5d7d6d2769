import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { isOrderZoneError } from '@orderzone/core';
import { paymentNotifications } from '../db/schema.ts';
import { DATABASE_KINDS } from '../testing/databases.ts';
import { createPayments, type Payments, type PaymentsOptions } from './payments.ts';
import type { PaymentProvider } from './provider.ts';
import { SIMULATED_SIGNATURE_HEADER, simulatedProvider, type SimulatedPaymentProvider } from './providers/simulated.ts';
import { Secret } from './secret.ts';
import { openTestShop, type TestShop } from './testing/test-shop.ts';

const PUBLIC_URL = 'https://api.shop.example/api';
const RETURN_URL = 'https://shop.example/orders/{orderNumber}';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (isOrderZoneError(error)) return error.code;
    throw error;
  }
}

for (const kind of DATABASE_KINDS) {
  describe(`payments with the simulated provider on ${kind}`, () => {
    let shop: TestShop;
    let simulated: SimulatedPaymentProvider;
    let payments: Payments;
    const make = (extra: Partial<PaymentsOptions> = {}) =>
      createPayments({ db: shop.test.database.db, service: shop.service, providers: [simulated], publicUrl: PUBLIC_URL, returnUrl: RETURN_URL, pageNotificationDelayMs: 0, ...extra });

    before(async () => {
      shop = await openTestShop(kind);
      simulated = simulatedProvider({ secret: new Secret('test-secret-of-the-simulated-provider') });
      payments = make();
    });
    after(() => shop?.test.dispose());

    async function started(device: 'desktop' | 'phone' = 'desktop') {
      const placed = await shop.placeOrder('alipay');
      const payment = await payments.startPayment(placed.order, { device });
      return { placed, payment };
    }

    it('pays a demo order end to end: a QR code on a desktop, the payer pays on the provider page, the signed notification pays the order', async () => {
      const { placed, payment } = await started('desktop');
      assert.equal(payment.provider, 'simulated');
      assert.equal(payment.action.type, 'qr_code');
      const pageUrl = `${PUBLIC_URL}/payments/simulated/pages/${payment.paymentId}`;
      assert.deepEqual(payment.action, { type: 'qr_code', payload: pageUrl, expiresAt: payment.expiresAt });

      const page = await payments.handlePage('simulated', payment.paymentId, { method: 'GET', url: pageUrl });
      assert.equal(page.status, 200);
      assert.match(page.body, /模拟支付 · Simulated payment/);
      assert.match(page.body, new RegExp(placed.order.orderNumber));
      assert.equal((await shop.order(placed)).status, 'pending_payment', 'showing the page pays nothing');

      const paid = await payments.handlePage('simulated', payment.paymentId, { method: 'POST', url: pageUrl, form: new URLSearchParams({ outcome: 'pay' }) });
      assert.equal(paid.status, 303);
      assert.equal(paid.headers.location, `https://shop.example/orders/${encodeURIComponent(placed.order.orderNumber)}`);
      await payments.idle();
      assert.equal((await shop.order(placed)).status, 'paid');
      const [view] = await payments.listPayments(placed.order.orderNumber);
      assert.equal(view!.status, 'paid');
      assert.equal(view!.outcome, 'order_paid');
      assert.deepEqual(view!.paid, placed.order.total);
    });

    it('on a phone, redirects to the provider page instead of a QR code', async () => {
      const { payment } = await started('phone');
      assert.deepEqual(payment.action, { type: 'redirect', url: `${PUBLIC_URL}/payments/simulated/pages/${payment.paymentId}` });
    });

    it('processes a notification once: its repeat changes nothing and is answered as accepted', async () => {
      const { placed, payment } = await started();
      const list = await payments.listPayments(placed.order.orderNumber);
      const notification = simulated.simulate(list[0]!.reference!, { status: 'paid' });
      const first = await payments.handleNotification('simulated', notification);
      assert.equal(first.result, 'processed');
      assert.equal(first.detail, 'order_paid');
      assert.deepEqual([first.status, first.body], [200, '{"ok":true}']);
      const again = await payments.handleNotification('simulated', notification);
      assert.equal(again.result, 'repeat');
      assert.deepEqual([again.status, again.body], [200, '{"ok":true}']);
      const order = await shop.order(placed);
      assert.equal(order.status, 'paid');
      assert.equal(order.history!.filter((entry) => entry.action === 'confirm_payment').length, 1);
      const id = JSON.parse(notification.body).id as string;
      const rows = await shop.test.database.db.select().from(paymentNotifications).where(eq(paymentNotifications.notificationId, id));
      assert.equal(rows.length, 1);
      assert.equal(payment.provider, 'simulated');
    });

    it('tolerates any order of arrival: a failure after the payment changes nothing', async () => {
      const { placed } = await started();
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const paid = simulated.simulate(view!.reference!, { status: 'paid' });
      const failed = simulated.simulate(view!.reference!, { status: 'failed' });
      assert.equal((await payments.handleNotification('simulated', paid)).detail, 'order_paid');
      const late = await payments.handleNotification('simulated', failed);
      assert.equal(late.result, 'processed');
      assert.equal((await shop.order(placed)).status, 'paid');
      assert.equal((await payments.listPayments(placed.order.orderNumber))[0]!.status, 'paid');
    });

    it('takes a payment whose notification overtakes the provider\'s answer to the creation', async () => {
      let racing: Payments | undefined;
      const overtaking: PaymentProvider = {
        ...simulated,
        async createPayment(request) {
          const created = await simulated.createPayment(request);
          // The provider notifies before its answer to the creation arrived.
          const answer = await racing!.handleNotification('simulated', simulated.simulate(created.reference, { status: 'paid' }));
          assert.equal(answer.detail, 'order_paid');
          return created;
        },
      };
      racing = make({ providers: [overtaking] });
      const placed = await shop.placeOrder('wechat_pay');
      const payment = await racing.startPayment(placed.order, { device: 'desktop' });
      assert.equal((await shop.order(placed)).status, 'paid');
      const [view] = await racing.listPayments(placed.order.orderNumber);
      assert.equal(view!.id, payment.paymentId);
      assert.equal(view!.status, 'paid', 'the creation does not move the payment back to pending');
    });

    it('refuses forged, tampered, stale and unsigned notifications in the provider\'s failure format, and never pays for them', async () => {
      const { placed } = await started();
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const genuine = simulated.simulate(view!.reference!, { status: 'paid' });
      const forger = simulatedProvider({ secret: new Secret('not-the-secret') });
      const tamperedBody = genuine.body.replace(`"amount":${placed.order.total.amount}`, `"amount":1`);
      const staleAt = new Date(Date.now() - 10 * 60_000);
      const cases = {
        forged: { headers: { [SIMULATED_SIGNATURE_HEADER]: forger.sign(genuine.body) }, body: genuine.body },
        tampered: { headers: genuine.headers, body: tamperedBody },
        stale: { headers: { [SIMULATED_SIGNATURE_HEADER]: simulated.sign(genuine.body, staleAt) }, body: genuine.body },
        unsigned: { headers: {}, body: genuine.body },
      };
      assert.notEqual(tamperedBody, genuine.body);
      for (const [name, notification] of Object.entries(cases)) {
        const answer = await payments.handleNotification('simulated', notification);
        assert.equal(answer.result, 'refused', name);
        assert.deepEqual([answer.status, answer.body], [400, '{"ok":false}'], name);
      }
      assert.equal((await shop.order(placed)).status, 'pending_payment');
      const unknown = await payments.handleNotification('stripe', genuine);
      assert.equal(unknown.result, 'unknown_provider');
      assert.equal(unknown.status, 404);
    });

    it('does not take a payment of another amount as payment: the order stays unpaid and the merchant sees the problem', async () => {
      const { placed, payment } = await started();
      const answer = await payments.simulatePayment(placed.order.orderNumber, { amount: { amount: placed.order.total.amount - 1, currency: 'CNY' } });
      assert.equal(answer.result, 'processed');
      assert.equal(answer.detail, 'amount_mismatch');
      assert.equal((await shop.order(placed)).status, 'pending_payment');
      const problems = await payments.listProblems({ orderNumber: placed.order.orderNumber });
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.kind, 'amount_mismatch');
      assert.deepEqual(problems[0]!.details.paid, { amount: placed.order.total.amount - 1, currency: 'CNY' });
      assert.deepEqual(problems[0]!.details.expected, placed.order.total);
      // A currency that differs is no payment either.
      const other = await started();
      assert.equal((await payments.simulatePayment(other.placed.order.orderNumber, { amount: { amount: other.placed.order.total.amount, currency: 'USD' } })).detail, 'amount_mismatch');
      assert.equal((await shop.order(other.placed)).status, 'pending_payment');
      // The merchant gives the money back and closes the problem.
      const refund = await payments.refundPayment(payment.paymentId);
      assert.equal(refund.status, 'succeeded');
      assert.deepEqual(refund.amount, { amount: placed.order.total.amount - 1, currency: 'CNY' });
      const resolved = await payments.resolveProblem(problems[0]!.id, 'Refunded: the payer paid 0.01 less.');
      assert.ok(resolved.resolvedAt);
      assert.equal((await payments.listProblems({ orderNumber: placed.order.orderNumber })).length, 0);
      assert.equal((await payments.listProblems({ orderNumber: placed.order.orderNumber, includeResolved: true })).length, 1);
    });

    it('refunds a payment that arrives after the order was cancelled, and records it for the merchant', async () => {
      const { placed } = await started();
      await shop.service.cancelOrder(placed.order.orderNumber, { accessToken: placed.accessToken });
      const answer = await payments.simulatePayment(placed.order.orderNumber);
      assert.equal(answer.result, 'processed');
      assert.equal(answer.detail, 'late_payment_refunded');
      assert.equal((await shop.order(placed)).status, 'cancelled');
      const [refund] = await payments.listRefunds(placed.order.orderNumber);
      assert.equal(refund!.reason, 'late_payment');
      assert.equal(refund!.status, 'succeeded');
      assert.deepEqual(refund!.amount, placed.order.total);
      const [problem] = await payments.listProblems({ orderNumber: placed.order.orderNumber });
      assert.equal(problem!.kind, 'late_payment');
      assert.equal(problem!.details.refundId, refund!.id);
      // Its repeat refunds nothing more.
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const repeat = simulated.simulate(view!.reference!, { status: 'paid' });
      assert.equal((await payments.handleNotification('simulated', repeat)).detail, 'repeat');
      assert.equal((await payments.listRefunds(placed.order.orderNumber)).length, 1);
    });

    it('flags a late payment instead of refunding it when the settings say so', async () => {
      const flagging = make({ latePayments: 'flag' });
      const placed = await shop.placeOrder('alipay');
      await flagging.startPayment(placed.order, { device: 'desktop' });
      await shop.service.cancelOrder(placed.order.orderNumber, { accessToken: placed.accessToken });
      assert.equal((await flagging.simulatePayment(placed.order.orderNumber)).detail, 'late_payment_flagged');
      assert.equal((await flagging.listRefunds(placed.order.orderNumber)).length, 0);
      const [problem] = await flagging.listProblems({ orderNumber: placed.order.orderNumber });
      assert.equal(problem!.kind, 'late_payment');
      assert.equal(problem!.details.refunded, false);
    });

    it('pays an order once when two of its payments are paid at the same time, and refunds the other', async () => {
      const placed = await shop.placeOrder('alipay');
      const first = await payments.startPayment(placed.order, { device: 'desktop' });
      const second = await payments.startPayment(placed.order, { device: 'phone' });
      const views = await payments.listPayments(placed.order.orderNumber);
      const reference = (id: string) => views.find((view) => view.id === id)!.reference!;
      const answers = await Promise.all([
        payments.handleNotification('simulated', simulated.simulate(reference(first.paymentId), { status: 'paid' })),
        payments.handleNotification('simulated', simulated.simulate(reference(second.paymentId), { status: 'paid' })),
      ]);
      assert.deepEqual(answers.map((answer) => answer.detail).sort(), ['duplicate_payment_refunded', 'order_paid']);
      const order = await shop.order(placed);
      assert.equal(order.status, 'paid');
      assert.equal(order.history!.filter((entry) => entry.action === 'confirm_payment').length, 1);
      const outcomes = (await payments.listPayments(placed.order.orderNumber)).map((view) => view.outcome).sort();
      assert.deepEqual(outcomes, ['order_paid', 'refunded']);
      const [refund] = await payments.listRefunds(placed.order.orderNumber);
      assert.equal(refund!.reason, 'duplicate_payment');
    });

    it('processes the same notification delivered twice at once only once', async () => {
      const { placed } = await started();
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const notification = simulated.simulate(view!.reference!, { status: 'paid' });
      const answers = await Promise.all([payments.handleNotification('simulated', notification), payments.handleNotification('simulated', notification)]);
      assert.deepEqual(answers.map((answer) => answer.status), [200, 200]);
      const order = await shop.order(placed);
      assert.equal(order.history!.filter((entry) => entry.action === 'confirm_payment').length, 1);
      assert.equal((await payments.listRefunds(placed.order.orderNumber)).length, 0);
    });

    it('refunds a paid order in whole or in part, never more than was paid', async () => {
      const { placed } = await started();
      await payments.simulatePayment(placed.order.orderNumber);
      const total = placed.order.total.amount;
      const part = await payments.refund(placed.order.orderNumber, 1000, { note: 'One line returned' });
      assert.deepEqual([part.status, part.reason, part.amount], ['succeeded', 'merchant', { amount: 1000, currency: 'CNY' }]);
      assert.equal(await codeOf(payments.refund(placed.order.orderNumber, total)), 'validation');
      assert.equal(await codeOf(payments.refund(placed.order.orderNumber, 0)), 'validation');
      assert.equal(await codeOf(payments.refund(placed.order.orderNumber, 1.5)), 'validation');
      const rest = await payments.refund(placed.order.orderNumber);
      assert.deepEqual(rest.amount, { amount: total - 1000, currency: 'CNY' });
      assert.equal(await codeOf(payments.refund(placed.order.orderNumber)), 'validation');
      const [view] = await payments.listPayments(placed.order.orderNumber);
      assert.deepEqual(view!.refunded, placed.order.total);
      assert.equal(await codeOf(payments.refund('OZ-NOPE1-NOPE1')), 'not_found');
    });

    it('finds a payment whose notification was lost: "I have paid: check now", and the scheduled sweep', async () => {
      const { placed } = await started();
      const [view] = await payments.listPayments(placed.order.orderNumber);
      simulated.simulate(view!.reference!, { status: 'paid' }); // the notification never arrives
      const pending = await shop.placeOrder('alipay');
      await payments.startPayment(pending.order, { device: 'desktop' });
      const check = await payments.checkPayment(placed.order.orderNumber);
      assert.equal(check.status, 'paid');
      assert.equal((await shop.order(placed)).status, 'paid');
      assert.equal((await payments.checkPayment(pending.order.orderNumber)).status, 'pending');

      const swept = await shop.placeOrder('alipay');
      await payments.startPayment(swept.order, { device: 'desktop' });
      const [sweptView] = await payments.listPayments(swept.order.orderNumber);
      simulated.simulate(sweptView!.reference!, { status: 'paid' });
      const result = await payments.sweep({ olderThanMs: 0 });
      assert.ok(result.paymentsChecked >= 1);
      assert.equal((await shop.order(swept)).status, 'paid');
    });

    it('records a verified payment of a trade the server does not know for the merchant, and answers it as accepted', async () => {
      const stranger = await simulated.createPayment({
        paymentId: 'ELSEWHERE_1',
        orderNumber: 'OZ-OTHER-SHOP1',
        amount: { amount: 5000, currency: 'CNY' },
        description: 'Another system',
        shopper: { device: 'desktop' },
        returnUrl: 'https://elsewhere.example/',
        notifyUrl: 'https://elsewhere.example/hook',
        pageUrl: 'https://elsewhere.example/page',
        createdAt: new Date(),
        expiresAt: new Date(Date.now() + 60_000),
      });
      const answer = await payments.handleNotification('simulated', simulated.simulate(stranger.reference, { status: 'paid' }));
      assert.deepEqual([answer.status, answer.result, answer.detail], [200, 'processed', 'unmatched_payment']);
      const problem = (await payments.listProblems()).find((p) => p.kind === 'unmatched_payment' && p.details.reference === stranger.reference);
      assert.deepEqual(problem?.details.amount, { amount: 5000, currency: 'CNY' });
    });

    it('stops asking about a payment a day after it expired, and still takes its payment if it comes', async () => {
      let clock = new Date();
      const timed = make({ now: () => clock });
      const placed = await shop.placeOrder('alipay');
      await timed.startPayment(placed.order, { device: 'desktop' });
      clock = new Date(clock.getTime() + 2 * 86400_000);
      await timed.sweep({ olderThanMs: 0 });
      const [view] = await timed.listPayments(placed.order.orderNumber);
      assert.equal(view!.status, 'expired');
      assert.equal((await timed.checkPayment(placed.order.orderNumber)).status, 'expired');
      assert.equal((await timed.simulatePayment(placed.order.orderNumber)).detail, 'order_paid');
      assert.equal((await shop.order(placed)).status, 'paid');
    });

    it('refuses to start a payment for an order that does not await payment', async () => {
      const placed = await shop.placeOrder('alipay');
      const cancelled = await shop.service.cancelOrder(placed.order.orderNumber, { accessToken: placed.accessToken });
      assert.equal(await codeOf(payments.startPayment(cancelled, { device: 'desktop' })), 'conflict');
      const cash = await shop.placeOrder('alipay');
      const noProvider = make({ methods: {}, providers: [] });
      assert.equal(await codeOf(noProvider.startPayment(cash.order, { device: 'desktop' })), 'config');
    });
  });
}
