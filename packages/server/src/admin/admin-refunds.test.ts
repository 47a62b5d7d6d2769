/**
 * Refunds by line on the server, end to end below HTTP's client: a shopper's refund request names
 * lines, the merchant approves units through the admin API, and the payment goes back through Stripe
 * (its API answered by msw) for exactly what the core's rule gives, request after request, never
 * more than was paid. On PGlite and on PostgreSQL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import type { LineRequest, Order, OrderRequest } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { adminTestApp, type AdminTestApp } from '../testing/admin-test-app.ts';
import { DATABASE_KINDS } from '../testing/databases.ts';
import { shirtLine } from '../testing/test-shop-seed.ts';
import { createPayments, type Payments } from '../payments/payments.ts';
import { serverPaymentAction, withPayments } from '../payments/paying-service.ts';
import { stripeProvider } from '../payments/providers/stripe.ts';
import { Secret } from '../payments/secret.ts';
import { stripeSandbox } from '../payments/testing/stripe-sandbox.ts';
import type { AuditEntry } from './audit-log.ts';

const SECRET_KEY = 'sk_test_51OrderZoneRefundsByLine';
const WEBHOOK_SECRET = 'whsec_orderzone_refunds_by_line';
const sandbox = stripeSandbox({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET });
const stripeApi = setupServer(...sandbox.handlers);
before(() => stripeApi.listen({ onUnhandledRequest: 'error' }));
after(() => stripeApi.close());

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const SHIRTS: LineRequest = shirtLine(2, 'shirt-navy-m');
const SOCKS: LineRequest = { productId: 'socks', variantId: 'socks-m', quantity: 1, personalization: {} };
let shoppers = 0;

/** What Stripe was asked to refund for a refund of ours (read from the refund it settles). */
function refundedAtStripe(refundId: string): number {
  const event = JSON.parse(sandbox.settleRefund(refundId).body) as { data: { object: { amount: number } } };
  return event.data.object.amount;
}

for (const kind of DATABASE_KINDS) {
  describe(`refunds by line through the admin API and Stripe on ${kind}`, () => {
    let admin: AdminTestApp;
    let payments: Payments;
    let service: OrderService;

    before(async () => {
      admin = await adminTestApp(kind, {
        keyName: 'Returns desk',
        engine: { paymentAction: serverPaymentAction },
        admin(engine, db) {
          const stripe = stripeProvider({ secretKey: new Secret(SECRET_KEY), webhookSecret: new Secret(WEBHOOK_SECRET) });
          payments = createPayments({ db, service: engine, providers: [stripe], publicUrl: 'https://api.shop.example/api', returnUrl: 'https://shop.example/orders/{orderNumber}' });
          return { service: withPayments(engine, payments) };
        },
      });
      ({ service } = admin);
    });
    after(() => admin?.dispose());

    /** A GET of `path`, or a POST of `body` (an approval always). */
    const call = (path: string, body?: unknown) => admin.call(body === undefined && !path.includes('/approve') ? 'GET' : 'POST', path, body);

    /**
     * Two shirts (¥79.00 each) and socks (¥29.00) with TEST10 (10 % off) and standard shipping, paid
     * by card at Stripe: ¥180.30. The goods' ¥168.30 is shared ¥142.20 (shirts) / ¥26.10 (socks);
     * shipping ¥12.00.
     */
    async function paidByCard(): Promise<{ order: Order; accessToken: string }> {
      const i = ++shoppers;
      const lines = [SHIRTS, SOCKS];
      const quote = await service.quote({ currency: 'CNY', lines, couponCode: 'TEST10', shippingOptionId: 'standard', destination: { country: 'CN' } });
      const request: OrderRequest = {
        currency: 'CNY', lines, couponCode: 'TEST10', contact: { name: `Shopper ${i}`, phone: `1360000${String(i).padStart(4, '0')}`, email: `refunds${i}@example.com` },
        shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
        shippingOptionId: 'standard', paymentMethodId: 'card', expectedTotal: quote.total,
      };
      const { order, accessToken } = await service.submitOrder(request, `refunds-by-line-${kind}-${i}`);
      const [payment] = await payments.listPayments(order.orderNumber);
      const answer = await payments.handleNotification('stripe', sandbox.pay(payment!.reference!));
      assert.equal(answer.detail, 'order_paid');
      return { order: await service.getOrder(order.orderNumber, { accessToken }), accessToken };
    }

    it('refunds exactly the units the merchant approves through Stripe, request after request, adding up to what was paid', async () => {
      const { order, accessToken } = await paidByCard();
      assert.deepEqual([order.status, order.total], ['paid', cny(18030)]);
      const number = order.orderNumber;

      // The shopper asks for one shirt back; the merchant approves it.
      await service.requestRefund(number, { accessToken }, { reason: 'One is enough', lines: [{ lineIndex: 0, quantity: 1 }] });
      const first = await call(`/orders/${number}/approve-refund`, { note: 'One shirt refunded', lines: [{ lineIndex: 0, quantity: 1 }] });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual([first.body.status, first.body.refunded], ['paid', cny(7110)], 'the rest still ships');
      let refunds = await payments.listRefunds(number);
      assert.deepEqual(refunds.map((r) => r.amount), [cny(7110)]);
      assert.equal(refundedAtStripe(refunds[0]!.id), 7110, 'Stripe refunded ¥71.10');

      // The same approval again changes nothing and refunds nothing.
      const again = await call(`/orders/${number}/approve-refund`, { lines: [{ lineIndex: 0, quantity: 1 }] });
      assert.equal(again.status, 409);
      assert.equal((await payments.listRefunds(number)).length, 1);

      // Everything left: the other shirt, the socks and the shipping; the merchant approves it all.
      await service.requestRefund(number, { accessToken }, { reason: 'Changed my mind' });
      const second = await call(`/orders/${number}/approve-refund`, {});
      assert.deepEqual([second.body.status, second.body.refunded], ['refunded', order.total]);
      refunds = await payments.listRefunds(number);
      assert.deepEqual(refunds.map((r) => r.amount.amount), [7110, 7110 + 2610 + 1200]);
      assert.equal(refundedAtStripe(refunds[1]!.id), 10920);
      assert.equal(refunds.reduce((sum, r) => sum + r.amount.amount, 0), order.total.amount, 'never more than was paid');

      // The audit log names the units decided and what was refunded, never the shopper's reason.
      const read = await call(`/orders/${number}`);
      const audit: AuditEntry[] = read.body.audit;
      const approval = audit.find((entry) => entry.action === 'order.approve_refund' && (entry.details as { lines?: unknown }).lines);
      assert.deepEqual((approval!.details as { lines: unknown }).lines, [{ lineIndex: 0, quantity: 1 }]);
      assert.deepEqual((approval!.details as { after: { refunded: unknown } }).after.refunded, cny(7110));
      assert.ok(!JSON.stringify(audit).includes('One is enough'));
    });

    it('declines the units the merchant leaves out, and refuses units the request does not have', async () => {
      const { order, accessToken } = await paidByCard();
      const number = order.orderNumber;
      await service.requestRefund(number, { accessToken }, { reason: 'Both shirts', lines: [{ lineIndex: 0, quantity: 2 }] });
      const tooMany = await call(`/orders/${number}/approve-refund`, { lines: [{ lineIndex: 1, quantity: 1 }] });
      assert.equal(tooMany.status, 400);
      assert.deepEqual(tooMany.body.error.fieldErrors, [{ field: 'lines.1.quantity', code: 'too_many_units', params: { max: 0 } }]);
      assert.equal((await payments.listRefunds(number)).length, 0, 'nothing went back for a refused decision');
      const one = await call(`/orders/${number}/approve-refund`, { lines: [{ lineIndex: 0, quantity: 1 }] });
      assert.deepEqual(one.body.afterSales[0].lines[0], { lineIndex: 0, quantity: 2, amount: cny(14220), status: 'refunded', accepted: 1, refunded: cny(7110) });
      assert.deepEqual((await payments.listRefunds(number)).map((r) => r.amount), [cny(7110)]);
    });

    it('approves a return of one shirt of two through the admin API and refunds it once the goods are back', async () => {
      const { order, accessToken } = await paidByCard();
      const number = order.orderNumber;
      await call(`/orders/${number}/ship`, { carrier: 'SF Express', number: 'SF500' });
      await service.requestReturn(number, { accessToken }, { reason: 'Too small', photoIds: [], lines: [{ lineIndex: 0, quantity: 2 }] });
      const instructions = { address: { country: 'CN', region: '上海市', city: '上海市', line1: '仓库路8号', postalCode: '200120' }, recipient: 'OrderZone 退货部' };
      const approved = await call(`/orders/${number}/approve-return`, { ...instructions, lines: [{ lineIndex: 0, quantity: 1 }] });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.deepEqual(approved.body.returnInstructions, instructions, 'the lines are the decision, not part of the address');
      assert.deepEqual(approved.body.afterSales[0].lines[0], { lineIndex: 0, quantity: 2, amount: cny(14220), status: 'approved', accepted: 1 });
      await call(`/orders/${number}/receive-return`, {});
      const refunded = await call(`/orders/${number}/approve-refund`, {});
      assert.deepEqual([refunded.body.status, refunded.body.refunded], ['completed', cny(7110)]);
      const [refund] = await payments.listRefunds(number);
      assert.equal(refundedAtStripe(refund!.id), 7110);
    });

    it('leaves the order as it was when Stripe refuses the refund, and says so', async () => {
      const { order, accessToken } = await paidByCard();
      const number = order.orderNumber;
      // ¥170.00 was refunded at Stripe's dashboard, and the server never heard of it.
      const [payment] = await payments.listPayments(number);
      const intent = sandbox.sessions.get(payment!.reference!)!.payment_intent as string;
      const dashboard = await fetch('https://api.stripe.com/v1/refunds', { method: 'POST', headers: { Authorization: `Bearer ${SECRET_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded' }, body: `payment_intent=${intent}&amount=17000` });
      assert.equal(dashboard.status, 200);
      await service.requestRefund(number, { accessToken }, { reason: 'Not needed' });
      const refused = await call(`/orders/${number}/approve-refund`, {});
      assert.equal(refused.status, 500, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'server');
      assert.equal((await service.getOrder(number, { accessToken })).status, 'refund_requested', 'the order is as it was');
      const [problem] = await payments.listProblems({ orderNumber: number });
      assert.equal(problem?.kind, 'refund_failed');
    });

    it('refuses to refund more than is left of the payment, leaving the order as it was', async () => {
      const { order, accessToken } = await paidByCard();
      const number = order.orderNumber;
      // The merchant already sent ¥170.00 back another way (a goodwill refund at the provider's side).
      await payments.refund(number, 17000, { note: 'Goodwill' });
      await service.requestRefund(number, { accessToken }, { reason: 'Not needed' });
      const refused = await call(`/orders/${number}/approve-refund`, {});
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.deepEqual(refused.body.error.fieldErrors, [{ field: 'amount', code: 'too_large', params: { max: 1030 } }]);
      assert.equal((await service.getOrder(number, { accessToken })).status, 'refund_requested', 'the order is as it was');
      assert.equal((await payments.listRefunds(number)).reduce((sum, r) => sum + r.amount.amount, 0), 17000);
    });
  });
}
