import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type { Db } from '../db/database.ts';
import { createPayments } from './payments.ts';
import { PaymentsConfigError } from './payments-config-error.ts';
import { paymentsOptionsFromEnv, providersFromSettings, readPaymentsSettings } from './payments-settings.ts';
import { selfSignedCertificate } from './testing/self-signed-certificate.ts';

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const app = rsa();
const alipay = rsa();
const merchant = rsa();
const platform = rsa();
const certificate = selfSignedCertificate({ ...platform, serialHex: '4A2B3C4D5E6F708192A3B4C5D6E7F80912345678', commonName: 'Tenpay.com Root CA', notBefore: new Date(Date.now() - 86400_000), notAfter: new Date(Date.now() + 86400_000 * 365) });
const pem = (key: ReturnType<typeof rsa>['privateKey']) => key.export({ type: 'pkcs8', format: 'pem' }) as string;

const SECRETS = {
  STRIPE_SECRET_KEY: `sk_live_${randomBytes(16).toString('hex')}`,
  STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(16).toString('hex')}`,
  PAYPAL_CLIENT_SECRET: `E${randomBytes(20).toString('hex')}`,
  WECHATPAY_APIV3_KEY: randomBytes(16).toString('hex'),
  WECHATPAY_APP_SECRET: randomBytes(16).toString('hex'),
  ORDERZONE_SIMULATED_PAYMENTS_SECRET: randomBytes(16).toString('hex'),
};

function refusal(run: () => unknown): PaymentsConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof PaymentsConfigError) return error;
    throw error;
  }
  assert.fail('expected a PaymentsConfigError');
}

describe('payments settings', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'oz-pay-'));
    writeFileSync(join(dir, 'alipay-app.pem'), pem(app.privateKey));
    writeFileSync(join(dir, 'apiclient_key.pem'), pem(merchant.privateKey));
    writeFileSync(join(dir, 'platform.pem'), certificate);
    // The settings file holds the same names; the environment wins over it.
    writeFileSync(join(dir, 'payments.json'), JSON.stringify({ PAYPAL_CLIENT_ID: 'from-file', PAYPAL_WEBHOOK_ID: 'WH-FILE', PAYPAL_CLIENT_SECRET: SECRETS.PAYPAL_CLIENT_SECRET, ALIPAY_APP_ID: 'overridden' }));
    env = {
      NODE_ENV: 'production',
      ORDERZONE_PAYMENTS_CONFIG: join(dir, 'payments.json'),
      ORDERZONE_PUBLIC_URL: 'https://api.shop.example/api',
      ORDERZONE_PAYMENT_RETURN_URL: 'https://shop.example/orders/{orderNumber}',
      ORDERZONE_PAYMENT_METHODS: 'unionpay=stripe, card=stripe',
      ORDERZONE_PAYMENT_TTL_MINUTES: '30',
      ALIPAY_APP_ID: '2021004100000001',
      ALIPAY_PRIVATE_KEY_FILE: join(dir, 'alipay-app.pem'),
      ALIPAY_PUBLIC_KEY: alipay.publicKey.export({ type: 'spki', format: 'pem' }) as string,
      ALIPAY_GATEWAY: 'sandbox',
      WECHATPAY_MCHID: '1900009191',
      WECHATPAY_APPID: 'wxd678efh567hg6787',
      WECHATPAY_MERCHANT_SERIAL: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
      WECHATPAY_PRIVATE_KEY_FILE: join(dir, 'apiclient_key.pem'),
      WECHATPAY_APIV3_KEY: SECRETS.WECHATPAY_APIV3_KEY,
      WECHATPAY_APP_SECRET: SECRETS.WECHATPAY_APP_SECRET,
      WECHATPAY_PLATFORM_CERTIFICATES_FILE: join(dir, 'platform.pem'),
      STRIPE_SECRET_KEY: SECRETS.STRIPE_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: SECRETS.STRIPE_WEBHOOK_SECRET,
      PAYPAL_CLIENT_ID: 'AbLiveClientId',
    };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every provider from the environment, `_FILE` variables and the settings file, the environment winning', () => {
    const settings = readPaymentsSettings(env);
    assert.equal(settings.alipay?.appId, '2021004100000001');
    assert.equal(settings.alipay?.gateway, 'https://openapi-sandbox.dl.alipaydev.com/gateway.do');
    assert.equal(settings.alipay?.privateKey.reveal(), pem(app.privateKey).trim());
    assert.equal(settings.wechatPay?.platformCertificates?.length, 1);
    assert.equal(settings.paypal?.clientId, 'AbLiveClientId');
    assert.equal(settings.paypal?.webhookId, 'WH-FILE');
    assert.equal(settings.paypal?.environment, 'production');
    assert.deepEqual(settings.methods, { unionpay: 'stripe', card: 'stripe' });
    assert.equal(settings.paymentTtlMs, 30 * 60_000);
    assert.equal(settings.simulated, undefined, 'no simulated provider in production unless asked');
    const options = paymentsOptionsFromEnv(env);
    assert.deepEqual(options.providers.map((provider) => provider.name), ['alipay', 'wechat_pay', 'stripe', 'paypal']);
  });

  it('never prints a secret: JSON, util.inspect and String show [secret]', () => {
    const settings = readPaymentsSettings(env);
    const printed = [JSON.stringify(settings), inspect(settings, { depth: 10 }), String(settings.stripe?.secretKey), `${settings.paypal?.clientSecret}`];
    for (const text of printed) {
      for (const [name, value] of Object.entries(SECRETS)) assert.ok(!text.includes(value), `${name} printed`);
      assert.ok(!text.includes('PRIVATE KEY'), 'a private key printed');
    }
    assert.match(printed[0]!, /"secretKey":"\[secret\]"/);
  });

  it('names the missing setting, never the value', () => {
    const { STRIPE_WEBHOOK_SECRET: _secret, ...withoutWebhook } = env;
    const missing = refusal(() => readPaymentsSettings(withoutWebhook));
    assert.equal(missing.code, 'missing_setting');
    assert.match(missing.message, /STRIPE_WEBHOOK_SECRET/);
    assert.ok(!missing.message.includes(SECRETS.STRIPE_SECRET_KEY));
    const badKey = refusal(() => providersFromSettings(readPaymentsSettings({ ...env, ALIPAY_PRIVATE_KEY_FILE: '', ALIPAY_PRIVATE_KEY: 'not-a-key' })));
    assert.equal(badKey.code, 'bad_setting');
    assert.match(badKey.message, /ALIPAY_PRIVATE_KEY/);
    assert.equal(refusal(() => readPaymentsSettings({ ...env, ORDERZONE_PAYMENT_TTL_MINUTES: '0' })).code, 'bad_setting');
    assert.equal(refusal(() => readPaymentsSettings({ ...env, PAYPAL_ENVIRONMENT: 'live' })).code, 'bad_setting');
    assert.equal(refusal(() => readPaymentsSettings({ ...env, ORDERZONE_PUBLIC_URL: '' })).code, 'missing_setting');
  });

  it('enables the simulated provider by default only outside production with no real provider', () => {
    const development = readPaymentsSettings({ PORT: '9000' });
    assert.ok(development.simulated);
    assert.equal(development.publicUrl, 'http://localhost:9000/api');
    assert.equal(readPaymentsSettings({ NODE_ENV: 'production' }).simulated, undefined);
    assert.equal(readPaymentsSettings({ ...env, NODE_ENV: 'development' }).simulated, undefined, 'real providers: no simulated one unless asked');
  });

  it('refuses to run in production with the simulated provider, unless ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1', () => {
    const demo = { NODE_ENV: 'production', ORDERZONE_SIMULATED_PAYMENTS: '1', ORDERZONE_SIMULATED_PAYMENTS_SECRET: SECRETS.ORDERZONE_SIMULATED_PAYMENTS_SECRET, ORDERZONE_PUBLIC_URL: 'https://demo.example/api', ORDERZONE_PAYMENT_RETURN_URL: 'https://demo.example/#/orders/{orderNumber}' };
    const parts = { db: {} as Db, service: { markPaid: async () => assert.fail('not called') } };
    const refused = refusal(() => createPayments({ ...parts, ...paymentsOptionsFromEnv(demo) }));
    assert.equal(refused.code, 'simulated_in_production');
    assert.match(refused.message, /ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1/);
    const allowed = createPayments({ ...parts, ...paymentsOptionsFromEnv({ ...demo, ORDERZONE_ALLOW_SIMULATED_PAYMENTS: '1' }) });
    assert.deepEqual(allowed.providers, ['simulated']);
  });

  it('refuses a method mapped to a provider that is not configured, and URLs providers cannot use', () => {
    const parts = { db: {} as Db, service: { markPaid: async () => assert.fail('not called') } };
    const options = paymentsOptionsFromEnv({ ...env, ORDERZONE_PAYMENT_METHODS: 'card=adyen' });
    assert.equal(refusal(() => createPayments({ ...parts, ...options })).code, 'unknown_provider');
    const base = paymentsOptionsFromEnv(env);
    assert.equal(refusal(() => createPayments({ ...parts, ...base, publicUrl: 'http://api.shop.example/api' })).code, 'bad_setting');
    assert.equal(refusal(() => createPayments({ ...parts, ...base, returnUrl: 'https://shop.example/orders' })).code, 'bad_setting');
    const payments = createPayments({ ...parts, ...base });
    assert.equal(payments.providerFor({ id: 'unionpay', kind: 'unionpay' }), 'stripe');
    assert.equal(payments.providerFor({ id: 'wx', kind: 'wechat_pay' }), 'wechat_pay');
    assert.equal(payments.providerFor({ id: 'cod', kind: 'cash_on_delivery' }), undefined);
  });
});
