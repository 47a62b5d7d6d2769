import { it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { paypalProvider, PAYPAL_API } from './providers/paypal.ts';
import { Secret } from './secret.ts';
import { paypalSandbox } from './testing/paypal-sandbox.ts';
import { describeProvider, RETURN_URL } from './testing/provider-suite.ts';

const CLIENT_ID = 'AbOrderZoneSandboxClientId';
const CLIENT_SECRET = 'EOrderZoneSandboxClientSecret';
const WEBHOOK_ID = '8PT597110X687430LKGECATA';
const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
const sandbox = paypalSandbox({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, webhookId: WEBHOOK_ID });
const provider = paypalProvider({ clientId: CLIENT_ID, clientSecret: new Secret(CLIENT_SECRET), webhookId: WEBHOOK_ID, environment: 'sandbox', brandName: 'OrderZone Demo' });

describeProvider(
  'PayPal',
  {
    methodId: 'paypal',
    provider,
    handlers: sandbox.handlers,
    action(action) {
      assert.equal(action.type, 'redirect');
      assert.match(action.type === 'redirect' ? action.url : '', /^https:\/\/www\.sandbox\.paypal\.com\/checkoutnow\?token=/);
    },
    accepted: { status: 200, body: '' },
    refused: { status: 400, body: '' },
    // The payer approves; the payments module captures. Another amount: captured so at PayPal.
    pay: async (payment, paid) => (paid ? sandbox.captureAtPayPal(payment.reference!, paid) : sandbox.approve(payment.reference!)),
    async forgeries(genuine, payment) {
      const order = sandbox.orders.get(payment.reference!)!;
      return {
        'a changed amount': { notification: { headers: genuine.headers, body: genuine.body.replace(/"value":"[\d.]+"/, '"value":"0.01"') }, reason: 'bad_signature' },
        "signed with another key than PayPal's": { notification: sandbox.event('CHECKOUT.ORDER.APPROVED', order, { key: attacker.privateKey }), reason: 'bad_signature' },
        "signed for another merchant's webhook": { notification: sandbox.event('CHECKOUT.ORDER.APPROVED', order, { webhookId: '1JE4291016473214C' }), reason: 'bad_signature' },
        'without the transmission headers': { notification: { headers: { 'content-type': 'application/json' }, body: genuine.body }, reason: 'malformed' },
      };
    },
  },
  (context) => {
    it('creates an order with intent CAPTURE for the payment, coming back to the order either way', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('paypal');
      const payment = await payments.startPayment(placed.order, { device: 'phone', locale: 'en-US' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const order = sandbox.orders.get(view!.reference!)!;
      assert.equal(order.intent, 'CAPTURE');
      assert.deepEqual(order.purchase_units[0]!.amount, { currency_code: 'CNY', value: (placed.order.total.amount / 100).toFixed(2) });
      assert.equal(order.purchase_units[0]!.custom_id, payment.paymentId);
      assert.equal(order.purchase_units[0]!.invoice_id, payment.paymentId);
      assert.equal(payment.action.type === 'redirect' && payment.action.url, `https://www.sandbox.paypal.com/checkoutnow?token=${order.id}`);
      const back = RETURN_URL.replace('{orderNumber}', encodeURIComponent(placed.order.orderNumber));
      const sent = sandbox.created.at(-1) as { payment_source: { paypal: { experience_context: Record<string, string> } } };
      assert.deepEqual(sent.payment_source.paypal.experience_context, {
        return_url: back,
        cancel_url: back,
        user_action: 'PAY_NOW',
        shipping_preference: 'NO_SHIPPING',
        brand_name: 'OrderZone Demo',
        locale: 'en-US',
      });
    });

    it('does not capture an approval for an order that was cancelled meanwhile: no money is taken', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('paypal');
      await payments.startPayment(placed.order, { device: 'desktop' });
      await shop.service.cancelOrder(placed.order.orderNumber, { accessToken: placed.accessToken });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const answer = await payments.handleNotification('paypal', sandbox.approve(view!.reference!));
      assert.deepEqual([answer.result, answer.detail], ['processed', 'not_captured']);
      assert.equal(sandbox.orders.get(view!.reference!)!.status, 'APPROVED');
      assert.equal((await payments.listRefunds(placed.order.orderNumber)).length, 0);
      assert.equal((await shop.order(placed)).status, 'cancelled');
    });

    it("answers 5xx when PayPal's verification cannot be reached, so PayPal sends the event again", async () => {
      const { shop, payments, server } = context();
      const placed = await shop.placeOrder('paypal');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const approved = sandbox.approve(view!.reference!);
      server.use(http.post(`${PAYPAL_API.sandbox}/v1/notifications/verify-webhook-signature`, () => HttpResponse.json({ name: 'INTERNAL_SERVER_ERROR' }, { status: 503 }), { once: true }));
      const first = await payments.handleNotification('paypal', approved);
      assert.deepEqual([first.result, first.status], ['retry', 500]);
      assert.equal((await shop.order(placed)).status, 'pending_payment');
      const again = await payments.handleNotification('paypal', approved);
      assert.deepEqual([again.result, again.detail, again.status], ['processed', 'order_paid', 200]);
    });

    it('takes the capture notification that follows its own capture as a repeat', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('paypal');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      assert.equal((await payments.handleNotification('paypal', sandbox.approve(view!.reference!))).detail, 'order_paid');
      const capture = sandbox.orders.get(view!.reference!)!.purchase_units[0]!.payments!.captures[0]!;
      const completed = await payments.handleNotification('paypal', sandbox.event('PAYMENT.CAPTURE.COMPLETED', capture));
      assert.deepEqual([completed.result, completed.detail], ['processed', 'repeat']);
      assert.equal((await payments.listPayments(placed.order.orderNumber))[0]!.providerTransactionId, capture.id);
    });
  },
);
