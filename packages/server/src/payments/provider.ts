/**
 * The one interface every payment provider of the server implements (Alipay, WeChat Pay, Stripe,
 * PayPal, the simulated provider), so the payments module (`payments.ts`) never knows which one it
 * talks to. A provider turns an order's payment into the contract's {@link PaymentAction} (a QR code
 * on a desktop, a redirect to the provider's mobile or hosted flow), verifies and reads the
 * provider's notifications exactly as the provider documents, answers them in the provider's own
 * format, and queries and refunds payments through the provider's API.
 *
 * A provider keeps no state of its own (except the simulated one, which plays the provider): the
 * payments module stores every payment, notification and refund.
 *
 * @module
 */
import type { Money, PaymentAction } from '@orderzone/core';

/** Where the shopper pays: what decides between a QR code and the provider's mobile flow. */
export type ShopperDevice =
  /** A desktop or laptop browser: a QR code to scan with the phone (or the provider's hosted page). */
  | 'desktop'
  /** A phone's browser: the provider's mobile website flow (Alipay WAP pay, WeChat Pay H5). */
  | 'phone'
  /** WeChat's in-app browser: WeChat Pay JSAPI (Alipay pages do not open inside WeChat). */
  | 'wechat';

/** What the payments module knows of the shopper when a payment starts. */
export interface ShopperContext {
  device: ShopperDevice;
  /** The shopper's IP address (WeChat Pay H5 requires it, `scene_info.payer_client_ip`). */
  clientIp?: string;
  /** `zh-CN` or `en-US`: the language of the provider's pages where it can be chosen. */
  locale?: string;
}

/** What a provider needs to create one payment. */
export interface CreatePaymentRequest {
  /**
   * The payments module's id of this payment: the merchant's trade number at Alipay and WeChat Pay
   * (`out_trade_no`), the metadata / custom id at Stripe and PayPal. Letters, digits and `_`, at
   * most 32 characters, unique per attempt.
   */
  paymentId: string;
  orderNumber: string;
  /** The order's total, integer minor units with its ISO currency. */
  amount: Money;
  /** What the shopper sees at the provider ("OrderZone order OZ-…"). */
  description: string;
  shopper: ShopperContext;
  /** Where the provider sends the shopper back: the order's page in the shop. */
  returnUrl: string;
  /** Where the provider posts its notifications: `{publicUrl}/payments/{provider}/webhook`. */
  notifyUrl: string;
  /**
   * Where a provider that needs a page of the server (WeChat JSAPI's bridge, the simulated
   * provider's payment page) serves it: `{publicUrl}/payments/{provider}/pages/{paymentId}`.
   */
  pageUrl: string;
  /** Now, by the payments module's clock. */
  createdAt: Date;
  /** When the payment stops being payable (the provider closes it). */
  expiresAt: Date;
}

/** A payment created at the provider. */
export interface CreatedPayment {
  /** The provider's reference of the payment (trade number, Checkout Session id, PayPal order id). */
  reference: string;
  /** What the shopper does now. */
  action: PaymentAction;
  /** Provider data worth keeping with the payment (never a secret): the flow chosen, ids. */
  data?: Record<string, unknown>;
}

/** A payment's state at the provider. `authorized`: the payer approved, the merchant must still capture (PayPal). */
export type ProviderPaymentStatus = 'pending' | 'authorized' | 'paid' | 'failed' | 'expired';

/** A refund's state at the provider. */
export type ProviderRefundStatus = 'pending' | 'succeeded' | 'failed';

/** A payment as the provider reports it (a notification or a query). */
export interface PaymentReport {
  kind: 'payment';
  /** The provider's reference of the payment (see {@link CreatedPayment.reference}). */
  reference: string;
  /** The payments module's id, when the provider echoes it (metadata, custom id, trade number). */
  paymentId?: string;
  /** The order number, when the provider echoes it. */
  orderNumber?: string;
  status: ProviderPaymentStatus;
  /** The amount the provider says was paid (or is payable), integer minor units. */
  amount?: Money;
  /** The provider's transaction id (Alipay `trade_no`, WeChat `transaction_id`, Stripe PaymentIntent, PayPal capture id). */
  providerTransactionId?: string;
}

/** A refund as the provider reports it. */
export interface RefundReport {
  kind: 'refund';
  /** The reference of the refunded payment, when the provider names it. */
  reference?: string;
  paymentId?: string;
  /** The refunded payment's transaction id, when the provider names it (Stripe's PaymentIntent, PayPal's capture). */
  providerTransactionId?: string;
  /** The payments module's refund id, when the provider echoes it. */
  refundId?: string;
  /** The provider's refund id. */
  providerRefundId?: string;
  status: ProviderRefundStatus;
  amount?: Money;
}

/** A verified notification the payments module does not act on (another event type). */
export interface IgnoredReport {
  kind: 'ignored';
  /** The provider's event type, e.g. `customer.created`. */
  type: string;
}

/** What a verified notification says, with its id (the same id on every repeat of it). */
export type VerifiedNotification = (PaymentReport | RefundReport | IgnoredReport) & {
  /** The provider's notification id (Alipay `notify_id`, WeChat and Stripe and PayPal event ids). */
  notificationId: string;
};

/** Why a notification was refused. Never marks an order paid; answered with the provider's failure format. */
export type NotificationRefusalReason =
  /** The signature does not verify with the provider's key or secret (forged or tampered). */
  | 'bad_signature'
  /** Signed at a time too far from now (replayed or held back). */
  | 'stale'
  /** The body or headers are not what the provider sends. */
  | 'malformed'
  /** Signed with a key or certificate the server does not know (or no longer trusts). */
  | 'unknown_key'
  /** Signed for another merchant or app (`app_id`, `mchid`). */
  | 'wrong_recipient'
  /** The provider's verification service could not be reached: the provider will retry. */
  | 'unverifiable';

/** The outcome of reading a notification. */
export type NotificationResult =
  | { verified: true; notification: VerifiedNotification }
  | { verified: false; reason: NotificationRefusalReason; detail: string };

/** An HTTP request as it arrived: the headers (lower-case names) and the body's exact bytes as text. */
export interface RawNotification {
  headers: Record<string, string>;
  /** The body exactly as received (signatures are over these bytes). */
  body: string;
}

/** An HTTP answer (to a notification, or a provider page). */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * How the payments module answers a notification: `accepted` (processed now or before),
 * `refused` (not verified: the provider may retry, it will fail again), `retry` (verified but not
 * processed: the server failed; the provider's retry will process it).
 */
export type NotificationOutcome = 'accepted' | 'refused' | 'retry';

/** What the payments module knows of a payment when it asks the provider about it. */
export interface ProviderPayment {
  paymentId: string;
  orderNumber: string;
  reference: string;
  /** What was paid once the provider said so, else what was asked. */
  amount: Money;
  providerTransactionId?: string;
  data: Record<string, unknown>;
}

/** What closing a payment at its provider did (see {@link PaymentProvider.closePayment}). */
export type ClosedPayment = 'closed' | 'not_found' | 'ask';

/** A refund to make. */
export interface CreateRefundRequest {
  /** The payments module's refund id (`out_refund_no`, idempotency key). */
  refundId: string;
  payment: ProviderPayment;
  /** The amount to refund, in the payment's currency. */
  amount: Money;
  /** Why, for the payer's statement where the provider shows it. */
  reason: string;
  /** Where the provider posts the refund's notifications. */
  notifyUrl: string;
}

/** A refund as the provider answered it. */
export interface RefundState {
  status: ProviderRefundStatus;
  providerRefundId?: string;
  /** The provider's reason for a failure. */
  failure?: string;
}

/** A refund the payments module asks about. */
export interface ProviderRefund {
  refundId: string;
  providerRefundId?: string;
  payment: ProviderPayment;
  amount: Money;
}

/** A request for a provider's page (`GET|POST {publicUrl}/payments/{provider}/pages/{paymentId}`). */
export interface ProviderPageRequest {
  method: string;
  /** The full URL asked for, its query included. */
  url: URL;
  /** The form posted, for `POST`. */
  form?: URLSearchParams;
  payment: ProviderPayment & { status: string; returnUrl: string; notifyUrl: string; pageUrl: string; expiresAt?: Date };
}

/** A provider page's answer, and what it changes. */
export interface ProviderPageAnswer extends HttpAnswer {
  /** Data to keep with the payment (e.g. the JSAPI prepay id). */
  data?: Record<string, unknown>;
  /** A notification the provider sends now, through the webhook path (the simulated provider). */
  notification?: RawNotification;
}

/** A payment provider. */
export interface PaymentProvider {
  /** Its name in URLs and settings: `alipay`, `wechat_pay`, `stripe`, `paypal`, `simulated`. */
  readonly name: string;
  /** True for the simulated provider: refused in production unless explicitly allowed. */
  readonly simulated?: boolean;
  /** Currencies it takes (upper-case ISO codes); absent: any. */
  readonly currencies?: readonly string[];
  /** Creates the payment at the provider. Throws {@link PaymentProviderError} when the provider refuses or cannot be reached. */
  createPayment(request: CreatePaymentRequest): Promise<CreatedPayment>;
  /** Verifies a notification exactly as the provider documents and reads it. Never throws for a bad request. */
  parseNotification(request: RawNotification): Promise<NotificationResult>;
  /** The answer the provider expects. */
  answer(outcome: NotificationOutcome): HttpAnswer;
  /** The payment's state at the provider ("I have paid: check now", the sweep of unpaid orders). */
  queryPayment(payment: ProviderPayment): Promise<PaymentReport>;
  /** Takes the money of an `authorized` payment (PayPal's capture). */
  capturePayment?(payment: ProviderPayment): Promise<PaymentReport>;
  /**
   * Closes an unpaid payment at the provider so it can no longer be paid (the merchant marked the
   * order paid another way): `closed`; `not_found` when the provider holds no trade for it yet (an
   * Alipay QR code nobody scanned: it stays payable until it expires); `ask` when the provider
   * refuses because the payment is no longer open (paid, or closed before): its state must be
   * queried. Throws {@link PaymentProviderError} when the provider cannot be reached or refuses
   * otherwise. Absent: the provider has no way to close a payment.
   */
  closePayment?(payment: ProviderPayment): Promise<ClosedPayment>;
  /** Refunds all or part of a paid payment. */
  refund(request: CreateRefundRequest): Promise<RefundState>;
  /** A refund's state at the provider. */
  queryRefund(refund: ProviderRefund): Promise<RefundState>;
  /** Serves a page of the payment flow that must come from the merchant's server. */
  page?(request: ProviderPageRequest): Promise<ProviderPageAnswer>;
}

/** A provider refused a request or could not be reached; `providerCode` is the provider's own code when it gave one. */
export class PaymentProviderError extends Error {
  override name = 'PaymentProviderError';
  readonly provider: string;
  readonly providerCode: string | undefined;
  /** True when the same request may succeed later (network, 5xx, rate limit). */
  readonly retryable: boolean;

  constructor(provider: string, message: string, options: { providerCode?: string; retryable?: boolean; cause?: unknown } = {}) {
    super(`${provider}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = provider;
    this.providerCode = options.providerCode;
    this.retryable = options.retryable ?? false;
  }
}

/** A refusal, for {@link PaymentProvider.parseNotification}. */
export function refuse(reason: NotificationRefusalReason, detail: string): NotificationResult {
  return { verified: false, reason, detail };
}

/** Lower-cases header names (Node and Hono give them lower-case already; tests may not). */
export function lowerCaseHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** True when `at` (seconds since the epoch) is within `toleranceSeconds` of `now`. */
export function withinTolerance(atSeconds: number, now: Date, toleranceSeconds: number): boolean {
  return Number.isFinite(atSeconds) && Math.abs(now.getTime() / 1000 - atSeconds) <= toleranceSeconds;
}

/** How far a notification's signing time may be from the server's clock (WeChat Pay and Stripe: 5 minutes). */
export const NOTIFICATION_TOLERANCE_SECONDS = 300;
