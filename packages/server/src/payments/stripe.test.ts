import { it } from 'node:test';
import assert from 'node:assert/strict';
import { withPayments } from './paying-service.ts';
import { stripeProvider } from './providers/stripe.ts';
import { Secret } from './secret.ts';
import { describeProvider } from './testing/provider-suite.ts';
import { stripeSandbox } from './testing/stripe-sandbox.ts';

const SECRET_KEY = 'sk_test_51OrderZoneTestKey';
const WEBHOOK_SECRET = 'whsec_orderzone_test_signing_secret';
const sandbox = stripeSandbox({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET });
const provider = stripeProvider({ secretKey: new Secret(SECRET_KEY), webhookSecret: new Secret(WEBHOOK_SECRET) });

describeProvider(
  'Stripe (cards, UnionPay included)',
  {
    methodId: 'card',
    provider,
    handlers: sandbox.handlers,
    action(action) {
      assert.equal(action.type, 'redirect');
      assert.match(action.type === 'redirect' ? action.url : '', /^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
    },
    accepted: { status: 200, body: '{"received":true}' },
    refused: { status: 400, body: '{"received":false}' },
    pay: async (payment, paid) => sandbox.pay(payment.reference!, paid),
    async forgeries(genuine, payment) {
      const session = sandbox.sessions.get(payment.reference!)!;
      return {
        'a changed amount': { notification: { headers: genuine.headers, body: genuine.body.replace(/"amount_total": \d+/, '"amount_total": 1') }, reason: 'bad_signature' },
        'signed with another secret': { notification: sandbox.event('checkout.session.completed', session, { secret: 'whsec_attacker' }), reason: 'bad_signature' },
        'signed 10 minutes ago (a replay)': { notification: sandbox.event('checkout.session.completed', session, { timestamp: Math.floor(Date.now() / 1000) - 600 }), reason: 'stale' },
        'without Stripe-Signature': { notification: { headers: { 'content-type': 'application/json' }, body: genuine.body }, reason: 'malformed' },
      };
    },
    settleRefund: async (refund) => sandbox.settleRefund(refund.id),
  },
  (context) => {
    it('opens a Checkout Session for cards, on a phone as on a desktop, naming the order and expiring on its own', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('unionpay');
      const payment = await payments.startPayment(placed.order, { device: 'phone', locale: 'en-US' });
      assert.equal(payment.provider, 'stripe');
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const session = sandbox.sessions.get(view!.reference!)!;
      assert.equal(session.client_reference_id, placed.order.orderNumber);
      assert.deepEqual(session.metadata, { order_number: placed.order.orderNumber, payment_id: payment.paymentId });
      assert.equal(session.amount_total, placed.order.total.amount);
      assert.equal(session.currency, 'cny');
      assert.ok((session.expires_at as number) * 1000 - Date.now() >= 29 * 60_000, 'Stripe needs at least 30 minutes');
      assert.deepEqual(payment.action, { type: 'redirect', url: session.url });
    });

    it('marks a session that expired unpaid as expired, and the order stays as it is', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('card');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const session = sandbox.sessions.get(view!.reference!)!;
      session.status = 'expired';
      const answer = await payments.handleNotification('stripe', sandbox.event('checkout.session.expired', session));
      assert.deepEqual([answer.result, answer.detail], ['processed', 'recorded']);
      assert.equal((await payments.checkPayment(placed.order.orderNumber)).status, 'expired');
      assert.equal((await shop.order(placed)).status, 'pending_payment');
    });

    it('answers events it does not use as accepted, changing nothing', async () => {
      const { payments } = context();
      const answer = await payments.handleNotification('stripe', sandbox.event('customer.created', { id: 'cus_test_1', object: 'customer' }));
      assert.deepEqual([answer.status, answer.result, answer.detail], [200, 'processed', 'ignored']);
    });

    it('expires the Checkout Session when the merchant marks the order paid, so it can no longer be paid', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('card');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [open] = await payments.listPayments(placed.order.orderNumber);
      assert.equal((await withPayments(shop.service, payments).markPaid(placed.order.orderNumber)).status, 'paid');
      assert.equal(sandbox.sessions.get(open!.reference!)!.status, 'expired');
      const [closed] = await payments.listPayments(placed.order.orderNumber);
      assert.deepEqual([closed!.status, closed!.outcome], ['expired', 'paid_offline']);
      assert.throws(() => sandbox.pay(open!.reference!), /expired/);
    });
  },
);
