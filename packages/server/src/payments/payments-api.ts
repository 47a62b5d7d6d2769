/**
 * The payments module's public shape: its options, what it answers, and the {@link Payments}
 * interface `createPayments` (`payments.ts`) returns.
 *
 * @module
 */
import type { Money, Order, PaymentMethod } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import type { PaymentProblem, PaymentView, RefundView } from './payment-records.ts';
import type { HttpAnswer, PaymentProvider, RawNotification, ShopperContext } from './provider.ts';

/** Which provider takes each payment method kind when the settings say nothing else. */
export const DEFAULT_METHOD_PROVIDERS: Readonly<Partial<Record<PaymentMethod['kind'], string>>> = {
  alipay: 'alipay',
  wechat_pay: 'wechat_pay',
  card: 'stripe',
  unionpay: 'stripe',
  paypal: 'paypal',
};

/** How long a payment stays payable by default: 15 minutes, as the engine's QR codes. */
export const DEFAULT_PAYMENT_TTL_MS = 15 * 60_000;

/** Options of `createPayments`. */
export interface PaymentsOptions {
  db: Db;
  /** The order service: only `markPaid` is called. */
  service: Pick<OrderService, 'markPaid'>;
  /** The providers configured (see `providersFromConfig`). */
  providers: readonly PaymentProvider[];
  /** The API's public URL with its base path, e.g. `https://api.shop.example/api`: notification URLs are `{publicUrl}/payments/{provider}/webhook`. */
  publicUrl: string;
  /** The order's page in the shop, where providers send the shopper back; `{orderNumber}` is replaced. */
  returnUrl: string;
  /**
   * Which provider takes a payment method: keys are method ids or kinds (`card`, `unionpay`...),
   * values provider names. Unset methods follow {@link DEFAULT_METHOD_PROVIDERS} when that provider
   * is configured, else the simulated provider when it is.
   */
  methods?: Readonly<Record<string, string>>;
  now?: () => Date;
  /** How long a payment stays payable; default {@link DEFAULT_PAYMENT_TTL_MS}. */
  paymentTtlMs?: number;
  /** Money for an order no longer awaiting payment: `refund` it (default) or `flag` it for the merchant. */
  latePayments?: 'refund' | 'flag';
  /** Production mode: the simulated provider is refused unless `allowSimulatedInProduction`. */
  production?: boolean;
  /** `ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1`. */
  allowSimulatedInProduction?: boolean;
  /** Delay before a notification a provider page sends (the simulated payer) is delivered; default 500 ms. */
  pageNotificationDelayMs?: number;
}

/** A payment started: what the shopper does now. */
export interface StartedPayment {
  paymentId: string;
  provider: string;
  /** Store it on the order (`payment`): the contract's `PaymentAction`. */
  action: Order['payment'];
  expiresAt: string;
}

/** The answer to a notification, in the provider's format, and what was done. */
export interface NotificationResponse extends HttpAnswer {
  /**
   * `processed`: verified and applied; `repeat`: verified, processed before, nothing changed;
   * `refused`: not verified (forged, tampered, stale, malformed); `retry`: verified but not
   * processed (the provider sends it again); `unknown_provider`.
   */
  result: 'processed' | 'repeat' | 'refused' | 'retry' | 'unknown_provider';
  /** What processing did (`order_paid`, `recorded`, `amount_mismatch`, `late_payment_refunded`...), or why it was refused. */
  detail: string;
}

/** What a check of an order's payments found. */
export interface PaymentCheck {
  orderNumber: string;
  /**
   * `paid`: a payment paid the order; `pending`: waiting for the payer; `failed` / `expired`: the
   * latest attempt did; `problem`: money arrived but was not accepted (see the problems);
   * `none`: no payment was started.
   */
  status: 'paid' | 'pending' | 'failed' | 'expired' | 'problem' | 'none';
  payments: PaymentView[];
  /** Open payments whose provider could not be asked this time. */
  unanswered: number;
}

/** What one sweep did. */
export interface SweepResult {
  paymentsChecked: number;
  refundsChecked: number;
  /** Payments and refunds whose provider could not be asked (tried again next time). */
  failures: number;
}

/** What {@link Payments.paidOffline} did with the order's open payments. */
export interface PaidOfflineResult {
  orderNumber: string;
  /** Payments closed at their provider: they can no longer be paid. */
  closed: number;
  /**
   * Payments set aside without closing: the provider has no way to close one, or held no trade for
   * it yet (an Alipay QR code nobody scanned, payable until it expires). Money that still arrives
   * for one is refunded.
   */
  superseded: number;
  /** Payments whose provider could not be reached: still checked by the sweep; money for one is refunded. */
  unanswered: number;
}

/** The payments module. */
export interface Payments {
  /** The providers' names. */
  readonly providers: readonly string[];
  /** The provider taking `method`, or undefined. */
  providerFor(method: Pick<PaymentMethod, 'id' | 'kind'>): string | undefined;
  /**
   * Starts paying `order` at its payment method's provider; answers the payment action to store on
   * the order. Throws `OrderZoneError` `conflict` (the order does not await payment), `config` (no
   * provider for its method, or a currency the provider does not take) or `server` (the provider
   * refused or could not be reached; `details.retryable`).
   */
  startPayment(order: Order, shopper: ShopperContext): Promise<StartedPayment>;
  /** Verifies and processes a provider's notification; answers in the provider's format. Never throws. */
  handleNotification(provider: string, request: RawNotification): Promise<NotificationResponse>;
  /** Asks the providers about the order's open payments and applies what they say ("I have paid: check now"). */
  checkPayment(orderNumber: string): Promise<PaymentCheck>;
  /**
   * The merchant marked the order paid another way (`mark-paid`): its open payments are closed at
   * their provider (Alipay `alipay.trade.close`) or set aside, marked `paid_offline`, and no longer
   * checked; a payment the provider says was paid meanwhile is refunded as a duplicate. Safe to run
   * again. Never throws for a provider's failure (see {@link PaidOfflineResult.unanswered}).
   */
  paidOffline(orderNumber: string): Promise<PaidOfflineResult>;
  /** Checks open payments older than `olderThanMs` (default 60 s) and open refunds: run it on a schedule. */
  sweep(options?: { olderThanMs?: number; limit?: number }): Promise<SweepResult>;
  /**
   * Refunds `amount` (default: all that is left) of the payment that paid the order, through its
   * provider; never more than is left of what was paid, whatever the number of refunds. With `key`
   * (e.g. the id of the request refunded), the refund is made once per key: asking again answers
   * the refund made before (its amount may differ from `amount`). Throws `OrderZoneError`
   * `not_found` (no paid payment) or `validation` (field `amount`).
   */
  refund(orderNumber: string, amount?: number, options?: { note?: string; key?: string }): Promise<RefundView>;
  /** Refunds a payment that did not pay its order (a mismatch, a flagged late payment). */
  refundPayment(paymentId: string, amount?: number, options?: { note?: string }): Promise<RefundView>;
  /** Asks the provider about a refund and applies the answer. */
  checkRefund(refundId: string): Promise<RefundView>;
  listPayments(orderNumber: string): Promise<PaymentView[]>;
  listRefunds(orderNumber: string): Promise<RefundView[]>;
  /** Problems for the merchant, newest first (unresolved only unless `includeResolved`). */
  listProblems(options?: { includeResolved?: boolean; limit?: number; orderNumber?: string }): Promise<PaymentProblem[]>;
  /** Marks a problem resolved with the merchant's note. Throws `not_found`. */
  resolveProblem(id: number, resolution: string): Promise<PaymentProblem>;
  /** Serves a provider's page (`GET|POST {publicUrl}/payments/{provider}/pages/{paymentId}`). */
  handlePage(provider: string, paymentId: string, request: { method: string; url: string; form?: URLSearchParams }): Promise<HttpAnswer>;
  /**
   * The merchant console's button of the demo: the simulated provider pays (or fails) the order's
   * latest simulated payment and sends its signed notification through the webhook path.
   */
  simulatePayment(orderNumber: string, options?: { status?: 'paid' | 'failed'; amount?: Money }): Promise<NotificationResponse>;
  /** Resolves once the notifications provider pages sent have been processed. */
  idle(): Promise<void>;
}
