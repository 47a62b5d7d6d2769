/**
 * Payments of `@orderzone/server` (issue 14): one provider interface, the providers (Alipay,
 * WeChat Pay, Stripe for cards and UnionPay, PayPal, and a simulated one for the demo), the payments
 * module over the database, its settings, and the webhook routes the HTTP app mounts.
 *
 * @module
 */
export * from './provider.ts';
export { Secret } from './secret.ts';
export { PaymentsConfigError, type PaymentsConfigErrorCode } from './payments-config-error.ts';
export {
  createPayments, DEFAULT_METHOD_PROVIDERS, DEFAULT_PAYMENT_TTL_MS,
  type NotificationResponse, type PaidOfflineResult, type PaymentCheck, type Payments, type PaymentsOptions, type StartedPayment, type SweepResult,
} from './payments.ts';
export type {
  PaymentOutcome, PaymentProblem, PaymentProblemKind, PaymentStatus, PaymentView, RefundReason, RefundStatus, RefundView,
} from './payment-records.ts';
export { paymentsOptionsFromEnv, providersFromSettings, readPaymentsSettings, type PaymentsSettings } from './payments-settings.ts';
export { paymentWebhookRoutes, WEBHOOK_BODY_LIMIT } from './routes.ts';
export { shopperDevice } from './shopper-device.ts';
export { alipayProvider, ALIPAY_GATEWAY, ALIPAY_SANDBOX_GATEWAY, type AlipayOptions } from './providers/alipay.ts';
export { wechatPayProvider, WECHAT_PAY_BASE_URL, type WechatPayOptions } from './providers/wechat-pay.ts';
export { stripeProvider, type StripeOptions } from './providers/stripe.ts';
export { paypalProvider, PAYPAL_API, type PayPalOptions } from './providers/paypal.ts';
export { simulatedProvider, SIMULATED_PROVIDER_NAME, SIMULATED_SIGNATURE_HEADER, type SimulatedOptions, type SimulatedPaymentProvider } from './providers/simulated.ts';
