/**
 * The payments settings, from the environment and an optional JSON file
 * (`ORDERZONE_PAYMENTS_CONFIG`, holding the same names as keys; the environment wins). Every key
 * and secret may also be given as a file path with the `_FILE` suffix (Docker and Kubernetes
 * secrets), e.g. `ALIPAY_PRIVATE_KEY_FILE=/run/secrets/alipay.pem`. Secrets are kept as
 * {@link Secret}s: they print as `[secret]`, so no log line, error or JSON answer can carry one.
 * docs/payments.md lists every variable.
 *
 * A provider is enabled by its first variable (`ALIPAY_APP_ID`, `WECHATPAY_MCHID`,
 * `STRIPE_SECRET_KEY`, `PAYPAL_CLIENT_ID`); then all of its required variables must be set. The
 * simulated provider is on with `ORDERZONE_SIMULATED_PAYMENTS=1`, and by default outside production
 * when no real provider is configured.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ALIPAY_GATEWAY, ALIPAY_SANDBOX_GATEWAY, alipayProvider, type AlipayOptions } from './providers/alipay.ts';
import { paypalProvider, type PayPalOptions } from './providers/paypal.ts';
import { simulatedProvider, type SimulatedOptions } from './providers/simulated.ts';
import { stripeProvider, type StripeOptions } from './providers/stripe.ts';
import { wechatPayProvider, type WechatPayOptions } from './providers/wechat-pay.ts';
import { KeyFormatError } from './pem-keys.ts';
import { PaymentsConfigError } from './payments-config-error.ts';
import { DEFAULT_PAYMENT_TTL_MS, type PaymentsOptions } from './payments.ts';
import type { PaymentProvider } from './provider.ts';
import { Secret } from './secret.ts';

/** Everything the payments module needs from the settings. */
export interface PaymentsSettings {
  publicUrl: string;
  returnUrl: string;
  methods: Record<string, string>;
  paymentTtlMs: number;
  latePayments: 'refund' | 'flag';
  production: boolean;
  allowSimulatedInProduction: boolean;
  alipay?: AlipayOptions;
  wechatPay?: WechatPayOptions;
  stripe?: StripeOptions;
  paypal?: PayPalOptions;
  simulated?: SimulatedOptions;
}

type Env = Record<string, string | undefined>;

/** The environment over the settings file's values. */
function settingsSource(env: Env): Env {
  const file = env.ORDERZONE_PAYMENTS_CONFIG?.trim();
  if (!file) return env;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PaymentsConfigError('bad_setting', `ORDERZONE_PAYMENTS_CONFIG: ${file} is not a readable JSON file (${(error as NodeJS.ErrnoException).code ?? 'invalid JSON'}).`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new PaymentsConfigError('bad_setting', `ORDERZONE_PAYMENTS_CONFIG: ${file} must hold an object of settings.`);
  const fromFile: Env = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new PaymentsConfigError('bad_setting', `ORDERZONE_PAYMENTS_CONFIG: ${name} must be a string.`);
    fromFile[name] = value;
  }
  const merged: Env = { ...fromFile };
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value !== '') merged[name] = value;
  return merged;
}

/** Reads settings by name, each also from a `_FILE`. */
function reader(source: Env) {
  function plain(name: string): string | undefined {
    const direct = source[name]?.trim();
    if (direct) return direct;
    const path = source[`${name}_FILE`]?.trim();
    if (!path) return undefined;
    try {
      return readFileSync(path, 'utf8').trim();
    } catch (error) {
      throw new PaymentsConfigError('bad_setting', `${name}_FILE: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
  function required(name: string, provider: string): string {
    const value = plain(name);
    if (!value) throw new PaymentsConfigError('missing_setting', `${provider} is enabled but ${name} (or ${name}_FILE) is not set.`);
    return value;
  }
  return { plain, required, secret: (name: string, provider: string) => new Secret(required(name, provider)) };
}

/** The PEM blocks of `text` (a bundle of certificates). */
function pemBlocks(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function choice<const T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: NoInfer<T>): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new PaymentsConfigError('bad_setting', `${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
  return value as T;
}

/** `card=stripe,unionpay=stripe` → `{ card: 'stripe', unionpay: 'stripe' }`. */
function methodMap(value: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [method, provider] = pair.split('=').map((part) => part.trim());
    if (!method || !provider) throw new PaymentsConfigError('bad_setting', `ORDERZONE_PAYMENT_METHODS must be "method=provider" pairs separated by commas; got ${JSON.stringify(pair)}.`);
    map[method] = provider;
  }
  return map;
}

/**
 * Reads the payments settings. `where.origin` is where the server listens, for the development
 * defaults of the simulated provider. Throws {@link PaymentsConfigError} naming the setting that cannot work.
 */
export function readPaymentsSettings(env: Env, where: { origin?: string } = {}): PaymentsSettings {
  const source = settingsSource(env);
  const { plain, required, secret } = reader(source);
  const production = source.NODE_ENV === 'production';
  const settings: PaymentsSettings = {
    publicUrl: plain('ORDERZONE_PUBLIC_URL') ?? '',
    returnUrl: plain('ORDERZONE_PAYMENT_RETURN_URL') ?? '',
    methods: methodMap(plain('ORDERZONE_PAYMENT_METHODS')),
    paymentTtlMs: DEFAULT_PAYMENT_TTL_MS,
    latePayments: choice('ORDERZONE_LATE_PAYMENTS', plain('ORDERZONE_LATE_PAYMENTS'), ['refund', 'flag'] as const, 'refund'),
    production,
    allowSimulatedInProduction: plain('ORDERZONE_ALLOW_SIMULATED_PAYMENTS') === '1',
  };
  const ttl = plain('ORDERZONE_PAYMENT_TTL_MINUTES');
  if (ttl !== undefined) {
    const minutes = Number(ttl);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) throw new PaymentsConfigError('bad_setting', `ORDERZONE_PAYMENT_TTL_MINUTES must be a whole number from 1 to 1440; got ${JSON.stringify(ttl)}.`);
    settings.paymentTtlMs = minutes * 60_000;
  }

  if (plain('ALIPAY_APP_ID')) {
    const gateway = plain('ALIPAY_GATEWAY');
    settings.alipay = {
      appId: required('ALIPAY_APP_ID', 'Alipay'),
      privateKey: secret('ALIPAY_PRIVATE_KEY', 'Alipay'),
      alipayPublicKey: required('ALIPAY_PUBLIC_KEY', 'Alipay'),
      gateway: gateway === 'sandbox' ? ALIPAY_SANDBOX_GATEWAY : gateway ?? ALIPAY_GATEWAY,
      desktopFlow: choice('ALIPAY_DESKTOP_FLOW', plain('ALIPAY_DESKTOP_FLOW'), ['precreate', 'page'] as const, 'precreate'),
      ...(plain('ALIPAY_SELLER_ID') ? { sellerId: plain('ALIPAY_SELLER_ID')! } : {}),
    };
  }
  if (plain('WECHATPAY_MCHID')) {
    const certificates = plain('WECHATPAY_PLATFORM_CERTIFICATES');
    const publicKey = plain('WECHATPAY_PUBLIC_KEY');
    if (!certificates && !publicKey) throw new PaymentsConfigError('missing_setting', 'WeChat Pay is enabled but neither WECHATPAY_PLATFORM_CERTIFICATES nor WECHATPAY_PUBLIC_KEY is set.');
    const appSecret = plain('WECHATPAY_APP_SECRET');
    const siteName = plain('WECHATPAY_H5_SITE_NAME');
    const siteUrl = plain('WECHATPAY_H5_SITE_URL');
    settings.wechatPay = {
      mchid: required('WECHATPAY_MCHID', 'WeChat Pay'),
      appid: required('WECHATPAY_APPID', 'WeChat Pay'),
      merchantSerial: required('WECHATPAY_MERCHANT_SERIAL', 'WeChat Pay'),
      privateKey: secret('WECHATPAY_PRIVATE_KEY', 'WeChat Pay'),
      apiV3Key: secret('WECHATPAY_APIV3_KEY', 'WeChat Pay'),
      ...(certificates ? { platformCertificates: pemBlocks(certificates) } : {}),
      ...(publicKey ? { publicKey: { id: required('WECHATPAY_PUBLIC_KEY_ID', 'WeChat Pay'), pem: publicKey } } : {}),
      ...(appSecret ? { appSecret: new Secret(appSecret) } : {}),
      ...(siteName && siteUrl ? { h5Site: { name: siteName, url: siteUrl } } : {}),
    };
    if (certificates && settings.wechatPay.platformCertificates!.length === 0) throw new PaymentsConfigError('bad_setting', 'WECHATPAY_PLATFORM_CERTIFICATES holds no PEM certificate.');
  }
  if (plain('STRIPE_SECRET_KEY')) {
    const types = plain('STRIPE_PAYMENT_METHOD_TYPES');
    settings.stripe = {
      secretKey: secret('STRIPE_SECRET_KEY', 'Stripe'),
      webhookSecret: secret('STRIPE_WEBHOOK_SECRET', 'Stripe'),
      ...(types ? { paymentMethodTypes: types.split(',').map((type) => type.trim()).filter(Boolean) } : {}),
    };
  }
  if (plain('PAYPAL_CLIENT_ID')) {
    const brandName = plain('PAYPAL_BRAND_NAME');
    settings.paypal = {
      clientId: required('PAYPAL_CLIENT_ID', 'PayPal'),
      clientSecret: secret('PAYPAL_CLIENT_SECRET', 'PayPal'),
      webhookId: required('PAYPAL_WEBHOOK_ID', 'PayPal'),
      environment: choice('PAYPAL_ENVIRONMENT', plain('PAYPAL_ENVIRONMENT'), ['sandbox', 'production'] as const, production ? 'production' : 'sandbox'),
      ...(brandName ? { brandName } : {}),
    };
  }
  const anyReal = Boolean(settings.alipay || settings.wechatPay || settings.stripe || settings.paypal);
  const simulated = plain('ORDERZONE_SIMULATED_PAYMENTS');
  if (simulated === '1' || (simulated === undefined && !production && !anyReal)) {
    // Without a secret of its own (one instance, a demo), a fresh one per start.
    settings.simulated = { secret: new Secret(plain('ORDERZONE_SIMULATED_PAYMENTS_SECRET') ?? randomBytes(32).toString('hex')) };
  }
  if (settings.simulated && !anyReal && simulated === undefined) {
    // The development default: the server on this machine.
    const origin = where.origin ?? `http://localhost:${plain('PORT') ?? '8787'}`;
    settings.publicUrl ||= `${origin}${(plain('ORDERZONE_BASE_PATH') ?? '/api').replace(/\/+$/, '')}`;
    settings.returnUrl ||= `${origin}/?oz=order/{orderNumber}`;
  }
  if ((anyReal || settings.simulated) && (!settings.publicUrl || !settings.returnUrl)) {
    throw new PaymentsConfigError('missing_setting', 'Payments need ORDERZONE_PUBLIC_URL (the server\'s origin as providers reach it, e.g. https://api.shop.example) and ORDERZONE_PAYMENT_RETURN_URL (the order page, e.g. https://shop.example/orders/{orderNumber}).');
  }
  return settings;
}

/** The providers of `settings`. Throws {@link PaymentsConfigError} for a key that cannot be read. */
export function providersFromSettings(settings: PaymentsSettings, now?: () => Date): PaymentProvider[] {
  const clock = now ? { now } : {};
  try {
    return [
      ...(settings.alipay ? [alipayProvider(settings.alipay)] : []),
      ...(settings.wechatPay ? [wechatPayProvider({ ...settings.wechatPay, ...clock })] : []),
      ...(settings.stripe ? [stripeProvider({ ...settings.stripe, ...clock })] : []),
      ...(settings.paypal ? [paypalProvider(settings.paypal)] : []),
      ...(settings.simulated ? [simulatedProvider({ ...settings.simulated, ...clock })] : []),
    ];
  } catch (error) {
    if (error instanceof KeyFormatError) throw new PaymentsConfigError('bad_setting', error.message);
    throw error;
  }
}

/** The options of `createPayments` from the environment, but `db` and `service`. */
export function paymentsOptionsFromEnv(env: Env, now?: () => Date, where: { origin?: string } = {}): Omit<PaymentsOptions, 'db' | 'service'> {
  const settings = readPaymentsSettings(env, where);
  return {
    providers: providersFromSettings(settings, now),
    publicUrl: settings.publicUrl,
    returnUrl: settings.returnUrl,
    methods: settings.methods,
    paymentTtlMs: settings.paymentTtlMs,
    latePayments: settings.latePayments,
    production: settings.production,
    allowSimulatedInProduction: settings.allowSimulatedInProduction,
    ...(now ? { now } : {}),
  };
}
