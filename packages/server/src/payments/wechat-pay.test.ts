import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { withPayments } from './paying-service.ts';
import { createPayments } from './payments.ts';
import { wechatPayProvider } from './providers/wechat-pay.ts';
import { Secret } from './secret.ts';
import { describeProvider, PUBLIC_URL, RETURN_URL } from './testing/provider-suite.ts';
import { selfSignedCertificate } from './testing/self-signed-certificate.ts';
import { wechatPaySandbox } from './testing/wechat-pay-sandbox.ts';

const MCHID = '1900009191';
const APPID = 'wxd678efh567hg6787';
const APP_SECRET = 'official-account-app-secret';
const API_V3_KEY = 'Qx7nT2vR9kLm4pW8sZ1cY6bN3hJ5dF0a';
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchantSerial = randomBytes(20).toString('hex').toUpperCase();
const sandbox = wechatPaySandbox({ mchid: MCHID, appid: APPID, merchantSerial, merchantPublicKey: merchant.publicKey, apiV3Key: API_V3_KEY, appSecret: APP_SECRET });

const settings = {
  mchid: MCHID,
  appid: APPID,
  merchantSerial,
  privateKey: new Secret(merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string),
  apiV3Key: new Secret(API_V3_KEY),
  platformCertificates: [sandbox.certificate],
  appSecret: new Secret(APP_SECRET),
};
const provider = wechatPayProvider(settings);

describeProvider(
  'WeChat Pay',
  {
    methodId: 'wechat_pay',
    provider,
    handlers: sandbox.handlers,
    action(action) {
      assert.equal(action.type, 'qr_code');
      assert.match(action.type === 'qr_code' ? action.payload : '', /^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    },
    accepted: { status: 200, body: JSON.stringify({ code: 'SUCCESS', message: '成功' }) },
    refused: { status: 401, body: JSON.stringify({ code: 'FAIL', message: '失败' }) },
    pay: async (payment, paid) => sandbox.pay(payment.reference!, paid),
    async forgeries(genuine, payment) {
      const resource = { ...sandbox.transactionOf(payment.reference!), success_time: '2026-01-01T00:00:00+08:00' };
      const body = JSON.parse(genuine.body);
      return {
        'a changed body': { notification: { headers: genuine.headers, body: JSON.stringify({ ...body, summary: '支付成功 ' }) }, reason: 'bad_signature' },
        'signed with another key': { notification: sandbox.notification('TRANSACTION.SUCCESS', resource, { key: attacker.privateKey }), reason: 'bad_signature' },
        'signed as an unknown platform serial': { notification: sandbox.notification('TRANSACTION.SUCCESS', resource, { key: attacker.privateKey, serial: 'PUB_KEY_ID_0000000000000000000000000001' }), reason: 'unknown_key' },
        'signed 10 minutes ago (a replay)': { notification: sandbox.notification('TRANSACTION.SUCCESS', resource, { timestamp: Math.floor(Date.now() / 1000) - 600 }), reason: 'stale' },
        "WeChat Pay's signature probe": { notification: { headers: { ...genuine.headers, 'wechatpay-signature': `WECHATPAY/SIGNTEST/${genuine.headers['wechatpay-signature']}` }, body: genuine.body }, reason: 'bad_signature' },
        'encrypted with another APIv3 key': { notification: sandbox.notification('TRANSACTION.SUCCESS', resource, { apiV3Key: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }), reason: 'bad_signature' },
        'for another merchant': { notification: sandbox.notification('TRANSACTION.SUCCESS', { ...resource, mchid: '1900000001' }), reason: 'wrong_recipient' },
      };
    },
    settleRefund: async (refund) => sandbox.settleRefund(refund.id),
  },
  (context) => {
    it("in a phone's browser, redirects to H5 pay with the shopper's IP, coming back to the order", async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('wechat_pay');
      const payment = await payments.startPayment(placed.order, { device: 'phone', clientIp: '198.51.100.23' });
      assert.equal(payment.action.type, 'redirect');
      const url = new URL(payment.action.type === 'redirect' ? payment.action.url : '');
      assert.equal(url.origin, 'https://wx.tenpay.com');
      assert.equal(url.searchParams.get('redirect_url'), RETURN_URL.replace('{orderNumber}', encodeURIComponent(placed.order.orderNumber)));
      const request = sandbox.requests.at(-1)!;
      assert.equal(request.path, '/v3/pay/transactions/h5');
      assert.deepEqual((request.body as { scene_info: unknown }).scene_info, { payer_client_ip: '198.51.100.23', h5_info: { type: 'Wap' } });
      assert.equal((request.body as { notify_url: string }).notify_url, `${PUBLIC_URL}/payments/wechat_pay/webhook`);
      const other = await shop.placeOrder('wechat_pay');
      await assert.rejects(payments.startPayment(other.order, { device: 'phone' }), (error: { code?: string; details?: { retryable?: boolean } }) => error.code === 'server' && error.details?.retryable === false);
    });

    it('inside WeChat, pays with JSAPI: the openid from OAuth, the prepay, the bridge signed with the merchant key', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('wechat_pay');
      const payment = await payments.startPayment(placed.order, { device: 'wechat' });
      const pageUrl = `${PUBLIC_URL}/payments/wechat_pay/pages/${payment.paymentId}`;
      assert.deepEqual(payment.action, { type: 'redirect', url: pageUrl });

      const first = await payments.handlePage('wechat_pay', payment.paymentId, { method: 'GET', url: pageUrl });
      assert.equal(first.status, 302);
      const authorize = new URL(first.headers.location!);
      assert.equal(authorize.origin + authorize.pathname, 'https://open.weixin.qq.com/connect/oauth2/authorize');
      assert.equal(authorize.searchParams.get('appid'), APPID);
      assert.equal(authorize.searchParams.get('redirect_uri'), pageUrl);
      assert.equal(authorize.searchParams.get('scope'), 'snsapi_base');
      assert.equal(authorize.hash, '#wechat_redirect');

      const openid = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
      const bridge = await payments.handlePage('wechat_pay', payment.paymentId, { method: 'GET', url: `${pageUrl}?code=${sandbox.oauthCode(openid)}&state=${payment.paymentId}` });
      assert.equal(bridge.status, 200);
      assert.match(bridge.body, /getBrandWCPayRequest/);
      assert.match(bridge.body, /正在打开微信支付…<br>Opening WeChat Pay…/);
      const nonce = /script-src 'nonce-([^']+)'/.exec(bridge.headers['content-security-policy']!)![1]!;
      assert.ok(bridge.body.includes(`<script nonce="${nonce}">`));
      const parameters = JSON.parse(/var p=(\{[^}]+\})/.exec(bridge.body)![1]!) as Record<string, string>;
      assert.equal(parameters.appId, APPID);
      assert.equal(parameters.signType, 'RSA');
      const request = sandbox.requests.at(-1)!;
      assert.equal(request.path, '/v3/pay/transactions/jsapi');
      assert.deepEqual((request.body as { payer: unknown }).payer, { openid });
      const message = `${parameters.appId}\n${parameters.timeStamp}\n${parameters.nonceStr}\n${parameters.package}\n`;
      assert.ok(createVerify('RSA-SHA256').update(message).verify(merchant.publicKey, parameters.paySign!, 'base64'));

      const [view] = await payments.listPayments(placed.order.orderNumber);
      assert.equal((await payments.handleNotification('wechat_pay', sandbox.pay(view!.reference!))).detail, 'order_paid');
      assert.equal((await shop.order(placed)).status, 'paid');
      const after = await payments.handlePage('wechat_pay', payment.paymentId, { method: 'GET', url: pageUrl });
      assert.deepEqual([after.status, after.headers.location], [303, RETURN_URL.replace('{orderNumber}', encodeURIComponent(placed.order.orderNumber))]);
    });

    it('gives back a payment of another amount, naming the total actually paid', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('wechat_pay');
      const payment = await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const more = { amount: placed.order.total.amount + 500, currency: 'CNY' };
      assert.equal((await payments.handleNotification('wechat_pay', sandbox.pay(view!.reference!, more))).detail, 'amount_mismatch');
      const refund = await payments.refundPayment(payment.paymentId);
      assert.deepEqual([refund.status, refund.amount], ['pending', more]);
      assert.equal((await payments.handleNotification('wechat_pay', sandbox.settleRefund(refund.id))).detail, 'refund_succeeded');
      assert.equal((await shop.order(placed)).status, 'pending_payment');
    });

    it('does not trust a platform certificate past its validity', async () => {
      const { shop } = context();
      const expiredSerial = '7A1B2C3D4E5F60718293A4B5C6D7E8F901234567';
      const expired = selfSignedCertificate({
        publicKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey,
        privateKey: sandbox.platformPrivateKey,
        serialHex: expiredSerial,
        commonName: 'Tenpay.com Root CA',
        notBefore: new Date(Date.now() - 400 * 86400_000),
        notAfter: new Date(Date.now() - 35 * 86400_000),
      });
      const withOld = createPayments({
        db: shop.test.database.db,
        service: shop.service,
        providers: [wechatPayProvider({ ...settings, platformCertificates: [sandbox.certificate, expired] })],
        publicUrl: PUBLIC_URL,
        returnUrl: RETURN_URL,
      });
      const placed = await shop.placeOrder('wechat_pay');
      await withOld.startPayment(placed.order, { device: 'desktop' });
      const [view] = await withOld.listPayments(placed.order.orderNumber);
      const answer = await withOld.handleNotification('wechat_pay', sandbox.pay(view!.reference!, undefined, { serial: expiredSerial }));
      assert.equal(answer.result, 'refused');
      assert.match(answer.detail, /^unknown_key: The platform certificate/);
      assert.equal((await shop.order(placed)).status, 'pending_payment');
    });

    it('closes the Native QR code at WeChat Pay when the merchant marks the order paid, and stops asking about it', async () => {
      const { shop, payments } = context();
      const placed = await shop.placeOrder('wechat_pay');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [open] = await payments.listPayments(placed.order.orderNumber);
      assert.equal((await withPayments(shop.service, payments).markPaid(placed.order.orderNumber)).status, 'paid');
      const close = sandbox.requests.at(-1);
      assert.deepEqual([close?.path, close?.body], [`/v3/pay/transactions/out-trade-no/${open!.reference}/close`, { mchid: MCHID }]);
      assert.equal(sandbox.transactionOf(open!.reference!).trade_state, 'CLOSED');
      const [closed] = await payments.listPayments(placed.order.orderNumber);
      assert.deepEqual([closed!.status, closed!.outcome], ['expired', 'paid_offline']);
      assert.throws(() => sandbox.pay(open!.reference!), /closed/);
      const asked = sandbox.requests.length;
      await payments.sweep({ olderThanMs: 0 });
      assert.equal(sandbox.requests.slice(asked).filter((request) => request.path.includes(open!.reference!)).length, 0, 'WeChat Pay is not asked about the closed payment again');
    });
  },
);
