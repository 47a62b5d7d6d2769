import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { toDecimalString } from '@orderzone/core';
import { withPayments } from './paying-service.ts';
import { alipayProvider, ALIPAY_GATEWAY } from './providers/alipay.ts';
import { Secret } from './secret.ts';
import { alipaySandbox, isNow } from './testing/alipay-sandbox.ts';
import { fetchDispatcher } from './testing/fetch-dispatcher.ts';
import { describeProvider, PUBLIC_URL } from './testing/provider-suite.ts';

const APP_ID = '2021004100000001';
const SELLER_ID = '2088621000000001';
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048 });
const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
const sandbox = alipaySandbox({ appId: APP_ID, appPublicKey: app.publicKey, alipayPrivateKey: alipay.privateKey, sellerId: SELLER_ID });

/** Keys as Alipay's key tool gives them: the bare base64, no PEM lines. */
const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');

const provider = alipayProvider({
  appId: APP_ID,
  privateKey: new Secret(bare(app.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string)),
  alipayPublicKey: bare(alipay.publicKey.export({ type: 'spki', format: 'pem' }) as string),
  sellerId: SELLER_ID,
  dispatcher: fetchDispatcher(),
});

function withParams(notification: { headers: Record<string, string>; body: string }, change: (params: URLSearchParams) => void) {
  const params = new URLSearchParams(notification.body);
  change(params);
  return { headers: notification.headers, body: params.toString() };
}

/** True when the gateway URL's parameters carry a valid RSA2 signature of the app. */
function signedByApp(url: URL): boolean {
  const params = Object.fromEntries(url.searchParams);
  const content = Object.keys(params).filter((name) => name !== 'sign').sort().map((name) => `${name}=${params[name]}`).join('&');
  return createVerify('RSA-SHA256').update(content, 'utf8').verify(app.publicKey, params.sign!, 'base64');
}

describeProvider(
  'Alipay',
  {
    methodId: 'alipay',
    provider,
    handlers: sandbox.handlers,
    action(action) {
      assert.equal(action.type, 'qr_code');
      assert.match(action.type === 'qr_code' ? action.payload : '', /^https:\/\/qr\.alipay\.com\//);
    },
    accepted: { status: 200, body: 'success' },
    refused: { status: 400, body: 'fail' },
    pay: async (payment, paid) => sandbox.pay(payment.reference!, paid),
    async forgeries(genuine) {
      return {
        'a changed amount': { notification: withParams(genuine, (params) => params.set('total_amount', '0.01')), reason: 'bad_signature' },
        "signed with another key than Alipay's": { notification: sandbox.signedNotification(Object.fromEntries(new URLSearchParams(genuine.body)), attacker.privateKey), reason: 'bad_signature' },
        'without a signature': { notification: withParams(genuine, (params) => params.delete('sign')), reason: 'malformed' },
        'signed RSA (SHA-1)': { notification: withParams(genuine, (params) => params.set('sign_type', 'RSA')), reason: 'bad_signature' },
      };
    },
  },
  (context) => {
    it('on a phone, redirects to Alipay\'s mobile website flow (WAP pay), signed, with the notification and return URLs', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('alipay');
      const payment = await payments.startPayment(placed.order, { device: 'phone' });
      assert.equal(payment.action.type, 'redirect');
      const url = new URL(payment.action.type === 'redirect' ? payment.action.url : '');
      assert.equal(url.origin + url.pathname, ALIPAY_GATEWAY);
      assert.equal(url.searchParams.get('method'), 'alipay.trade.wap.pay');
      assert.equal(url.searchParams.get('notify_url'), `${PUBLIC_URL}/payments/alipay/webhook`);
      assert.equal(url.searchParams.get('return_url'), `https://shop.example/orders/${encodeURIComponent(placed.order.orderNumber)}`);
      const biz = JSON.parse(url.searchParams.get('biz_content')!);
      assert.equal(biz.product_code, 'QUICK_WAP_WAY');
      assert.equal(biz.out_trade_no, payment.paymentId);
      assert.equal(biz.total_amount, toDecimalString(placed.order.total));
      assert.ok(signedByApp(url));
      assert.ok(isNow(url.searchParams.get('timestamp')), `stamped in Beijing time: ${url.searchParams.get('timestamp')}`);
    });

    it('falls back to page pay on a desktop when the merchant has no face-to-face QR pay', async () => {
      const { shop, payments } = context();
      sandbox.settings.precreateForbidden = true;
      try {
        const placed = await shop.placeOrder('alipay');
        const payment = await payments.startPayment(placed.order, { device: 'desktop' });
        const url = new URL(payment.action.type === 'redirect' ? payment.action.url : 'https://x');
        assert.equal(url.searchParams.get('method'), 'alipay.trade.page.pay');
        assert.equal(JSON.parse(url.searchParams.get('biz_content')!).product_code, 'FAST_INSTANT_TRADE_PAY');
        assert.ok(signedByApp(url));
      assert.ok(isNow(url.searchParams.get('timestamp')), `stamped in Beijing time: ${url.searchParams.get('timestamp')}`);
      } finally {
        sandbox.settings.precreateForbidden = false;
      }
    });

    it('refuses a genuine notification of another app', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('alipay');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      sandbox.pay(view!.reference!);
      const other = sandbox.signedNotification({ ...sandbox.notificationParams(view!.reference!), app_id: '2021000000000999' });
      const answer = await payments.handleNotification('alipay', other);
      assert.equal(answer.result, 'refused');
      assert.match(answer.detail, /^wrong_recipient/);
      assert.equal((await shop.order(placed)).status, 'pending_payment');
    });

    it('does not believe a gateway answer whose signature does not verify', async () => {
      const { shop, payments, server } = context();
      server.use(
        http.post(ALIPAY_GATEWAY, () => HttpResponse.text(`{"alipay_trade_precreate_response":{"code":"10000","msg":"Success","qr_code":"https://qr.alipay.com/evil"},"sign":"${Buffer.from('forged').toString('base64')}"}`), { once: true }),
      );
      const placed = await shop.placeOrder('alipay');
      await assert.rejects(payments.startPayment(placed.order, { device: 'desktop' }), (error: { code?: string; details?: { retryable?: boolean } }) => error.code === 'server' && error.details?.retryable === true);
      const [view] = await payments.listPayments(placed.order.orderNumber);
      assert.equal(view!.status, 'failed');
    });

    it('processes the notification Alipay sends after a refund as a repeat of what the refund answered', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('alipay');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      await payments.handleNotification('alipay', sandbox.pay(view!.reference!));
      const refund = await payments.refund(placed.order.orderNumber, 500);
      assert.equal(refund.status, 'succeeded');
      const answer = await payments.handleNotification('alipay', sandbox.refundNotification(view!.reference!, refund.id));
      assert.deepEqual([answer.result, answer.detail, answer.body], ['processed', 'repeat', 'success']);
      assert.equal((await payments.checkRefund(refund.id)).status, 'succeeded');
    });

    it('closes the scanned QR code at Alipay when the merchant marks the order paid, and stops asking Alipay about it', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('alipay');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [open] = await payments.listPayments(placed.order.orderNumber);
      sandbox.scan(open!.reference!);
      const merchant = withPayments(shop.service, payments);
      assert.equal((await merchant.markPaid(placed.order.orderNumber)).status, 'paid');
      const close = sandbox.requests.filter((request) => request.method === 'alipay.trade.close').at(-1);
      assert.equal(JSON.parse(close!.params.biz_content!).out_trade_no, open!.reference);
      const [closed] = await payments.listPayments(placed.order.orderNumber);
      assert.deepEqual([closed!.status, closed!.outcome], ['expired', 'paid_offline']);
      assert.throws(() => sandbox.pay(open!.reference!), /closed/);
      const asked = sandbox.requests.length;
      const sweep = await payments.sweep({ olderThanMs: 0 });
      assert.equal(sweep.failures, 0);
      assert.equal(sandbox.requests.slice(asked).filter((request) => request.params.biz_content?.includes(open!.reference!)).length, 0, 'Alipay is not asked about the closed payment again');
      assert.equal((await payments.checkPayment(placed.order.orderNumber)).unanswered, 0);
    });

    it('sets aside a QR code nobody scanned when the merchant marks the order paid, and refunds a payment that still comes for it', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('alipay');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [open] = await payments.listPayments(placed.order.orderNumber);
      await shop.service.markPaid(placed.order.orderNumber);
      const result = await payments.paidOffline(placed.order.orderNumber);
      // Alipay holds no trade before the scan (ACQ.TRADE_NOT_EXIST): nothing to close there.
      assert.deepEqual(result, { orderNumber: placed.order.orderNumber, closed: 0, superseded: 1, unanswered: 0 });
      const [aside] = await payments.listPayments(placed.order.orderNumber);
      assert.deepEqual([aside!.status, aside!.outcome], ['expired', 'paid_offline']);
      // The shopper scans the saved code and pays anyway: the money goes back.
      const answer = await payments.handleNotification('alipay', sandbox.pay(open!.reference!));
      assert.equal(answer.result, 'processed');
      assert.match(answer.detail, /_refunded$/);
      const [refund] = await payments.listRefunds(placed.order.orderNumber);
      assert.equal(refund!.status, 'succeeded');
      assert.equal((await shop.order(placed)).status, 'paid');
      assert.deepEqual(await payments.paidOffline(placed.order.orderNumber), { orderNumber: placed.order.orderNumber, closed: 0, superseded: 0, unanswered: 0 });
    });
  },
);
