/**
 * Cards through Stripe, with Stripe's official Node SDK (`stripe`). UnionPay cards are cards at
 * Stripe (brand `unionpay` of the `card` payment method), so one flow takes Visa, Mastercard, Amex,
 * JCB and UnionPay.
 *
 * The flow is a **Checkout Session** (Stripe's hosted payment page), not a bare PaymentIntent: a
 * PaymentIntent needs a card form on the shop's page (Stripe.js Elements), and OrderZone never
 * collects card numbers itself; Checkout is a plain redirect (the contract's `redirect` action),
 * handles 3-D Secure and the UnionPay flow, works the same on phones and desktops, keeps the shop out
 * of PCI scope beyond SAQ A, and expires on its own (`expires_at`).
 *
 * - Notifications: the `Stripe-Signature` header is verified with the endpoint's signing secret
 *   (`whsec_…`), 5 minutes' tolerance (`stripe.webhooks.constructEvent`). Events used:
 *   `checkout.session.completed` / `.async_payment_succeeded` / `.async_payment_failed` /
 *   `.expired`, and `refund.created` / `refund.updated` / `refund.failed` /
 *   `charge.refund.updated`.
 * - Status: `checkout.sessions.retrieve`; refunds: `refunds.create` on the session's PaymentIntent
 *   (idempotency key per refund), `refunds.retrieve`. The open session of an order the merchant
 *   marked paid is expired (`checkout.sessions.expire`).
 *
 * @module
 */
import Stripe from 'stripe';
import {
  NOTIFICATION_TOLERANCE_SECONDS, PaymentProviderError, lowerCaseHeaders, refuse, type ClosedPayment, type CreatedPayment, type HttpAnswer, type NotificationResult, type PaymentProvider,
  type PaymentReport, type ProviderPayment, type RefundState, type VerifiedNotification,
} from '../provider.ts';
import type { Secret } from '../secret.ts';

/** Settings of the Stripe provider. */
export interface StripeOptions {
  /** The secret API key (`sk_live_…`, or `sk_test_…` in test mode); a restricted key with Checkout Sessions and Refunds write access is enough. */
  secretKey: Secret;
  /** The webhook endpoint's signing secret (`whsec_…`). */
  webhookSecret: Secret;
  /** Checkout's allowed payment method types; default `['card']` (UnionPay included). */
  paymentMethodTypes?: string[];
  /** The clock (webhook tolerance). */
  now?: () => Date;
}

const NAME = 'stripe';
/** Checkout Sessions expire between 30 minutes and 24 hours after creation. */
const MIN_SESSION_MS = 30 * 60_000;
const MAX_SESSION_MS = 24 * 3600_000;

function sessionReport(session: Stripe.Checkout.Session, status?: PaymentReport['status']): PaymentReport {
  const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
  const derived: PaymentReport['status'] =
    session.status === 'expired' ? 'expired' : session.payment_status === 'paid' || session.payment_status === 'no_payment_required' ? 'paid' : 'pending';
  return {
    kind: 'payment',
    reference: session.id,
    ...(session.metadata?.payment_id ? { paymentId: session.metadata.payment_id } : {}),
    ...(session.client_reference_id ? { orderNumber: session.client_reference_id } : {}),
    status: status ?? derived,
    ...(session.amount_total !== null && session.currency ? { amount: { amount: session.amount_total, currency: session.currency.toUpperCase() } } : {}),
    ...(paymentIntent ? { providerTransactionId: paymentIntent } : {}),
  };
}

function refundState(refund: Stripe.Refund): RefundState {
  const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending';
  return { status, providerRefundId: refund.id, ...(refund.failure_reason ? { failure: refund.failure_reason } : {}) };
}

function failure(what: string, error: unknown): PaymentProviderError {
  const e = error as { type?: string; code?: string; statusCode?: number; message?: string };
  const retryable = e.type === 'StripeConnectionError' || e.type === 'StripeAPIError' || e.type === 'StripeRateLimitError' || (e.statusCode ?? 0) >= 500;
  return new PaymentProviderError(NAME, `${what} failed: ${e.code ?? e.type ?? ''} ${e.message ?? ''}`.trim(), { ...(e.code ? { providerCode: e.code } : {}), retryable, cause: error });
}

/** The Stripe provider. */
export function stripeProvider(options: StripeOptions): PaymentProvider {
  const stripe = new Stripe(options.secretKey.reveal(), { maxNetworkRetries: 2, timeout: 15_000 });
  const now = options.now ?? (() => new Date());

  async function paymentIntentOf(payment: ProviderPayment): Promise<string> {
    if (payment.providerTransactionId) return payment.providerTransactionId;
    const report = sessionReport(await stripe.checkout.sessions.retrieve(payment.reference));
    if (!report.providerTransactionId) throw new PaymentProviderError(NAME, `Checkout Session ${payment.reference} has no PaymentIntent: nothing was paid.`);
    return report.providerTransactionId;
  }

  return {
    name: NAME,

    async createPayment(request): Promise<CreatedPayment> {
      const lifetime = Math.min(MAX_SESSION_MS, Math.max(MIN_SESSION_MS, request.expiresAt.getTime() - request.createdAt.getTime()));
      const metadata = { order_number: request.orderNumber, payment_id: request.paymentId };
      let session: Stripe.Checkout.Session;
      try {
        session = await stripe.checkout.sessions.create(
          {
            mode: 'payment',
            allowed_payment_method_types: options.paymentMethodTypes ?? ['card'],
            line_items: [{ quantity: 1, price_data: { currency: request.amount.currency.toLowerCase(), unit_amount: request.amount.amount, product_data: { name: request.description } } }],
            client_reference_id: request.orderNumber,
            metadata,
            payment_intent_data: { metadata },
            success_url: request.returnUrl,
            cancel_url: request.returnUrl,
            expires_at: Math.floor((request.createdAt.getTime() + lifetime) / 1000),
            locale: request.shopper.locale?.startsWith('zh') ? 'zh' : request.shopper.locale?.startsWith('en') ? 'en' : 'auto',
          },
          { idempotencyKey: `orderzone-${request.paymentId}` },
        );
      } catch (error) {
        throw failure('Creating the Checkout Session', error);
      }
      if (!session.url) throw new PaymentProviderError(NAME, 'The Checkout Session has no URL.');
      return { reference: session.id, action: { type: 'redirect', url: session.url }, data: { flow: 'checkout' } };
    },

    async parseNotification(request): Promise<NotificationResult> {
      const signature = lowerCaseHeaders(request.headers)['stripe-signature'];
      if (!signature) return refuse('malformed', 'Stripe-Signature missing.');
      let event: Stripe.Event;
      try {
        // `receivedAt` is in milliseconds (the SDK divides it by 1000).
        event = stripe.webhooks.constructEvent(request.body, signature, options.webhookSecret.reveal(), NOTIFICATION_TOLERANCE_SECONDS, undefined, now().getTime());
      } catch (error) {
        const message = (error as Error).message ?? '';
        return /tolerance/i.test(message) ? refuse('stale', 'Stripe-Signature was made more than 5 minutes away from now.') : refuse('bad_signature', 'Stripe-Signature does not verify with the signing secret.');
      }
      const id = event.id;
      let notification: VerifiedNotification;
      switch (event.type) {
        case 'checkout.session.completed':
          notification = { notificationId: id, ...sessionReport(event.data.object) };
          break;
        case 'checkout.session.async_payment_succeeded':
          notification = { notificationId: id, ...sessionReport(event.data.object, 'paid') };
          break;
        case 'checkout.session.async_payment_failed':
          notification = { notificationId: id, ...sessionReport(event.data.object, 'failed') };
          break;
        case 'checkout.session.expired':
          notification = { notificationId: id, ...sessionReport(event.data.object, 'expired') };
          break;
        case 'refund.created':
        case 'refund.updated':
        case 'refund.failed':
        case 'charge.refund.updated': {
          const refund = event.data.object;
          const paymentIntent = typeof refund.payment_intent === 'string' ? refund.payment_intent : refund.payment_intent?.id;
          notification = {
            notificationId: id,
            kind: 'refund',
            ...(refund.metadata?.payment_id ? { paymentId: refund.metadata.payment_id } : {}),
            ...(refund.metadata?.refund_id ? { refundId: refund.metadata.refund_id } : {}),
            ...(paymentIntent ? { providerTransactionId: paymentIntent } : {}),
            providerRefundId: refund.id,
            status: refundState(refund).status,
            amount: { amount: refund.amount, currency: refund.currency.toUpperCase() },
          };
          break;
        }
        default:
          notification = { notificationId: id, kind: 'ignored', type: event.type };
      }
      return { verified: true, notification };
    },

    answer(outcome): HttpAnswer {
      const headers = { 'content-type': 'application/json' };
      return outcome === 'accepted'
        ? { status: 200, headers, body: JSON.stringify({ received: true }) }
        : { status: outcome === 'refused' ? 400 : 500, headers, body: JSON.stringify({ received: false }) };
    },

    async queryPayment(payment): Promise<PaymentReport> {
      try {
        return sessionReport(await stripe.checkout.sessions.retrieve(payment.reference));
      } catch (error) {
        throw failure('Retrieving the Checkout Session', error);
      }
    },

    async closePayment(payment: ProviderPayment): Promise<ClosedPayment> {
      try {
        await stripe.checkout.sessions.expire(payment.reference);
        return 'closed';
      } catch (error) {
        const refused = failure('Expiring the Checkout Session', error);
        if (refused.retryable) throw refused;
        // Only an `open` session expires: one completed (paid) or expired before has its state asked.
        return refused.providerCode === 'resource_missing' ? 'not_found' : 'ask';
      }
    },

    async refund(request): Promise<RefundState> {
      try {
        const refund = await stripe.refunds.create(
          {
            payment_intent: await paymentIntentOf(request.payment),
            amount: request.amount.amount,
            reason: 'requested_by_customer',
            metadata: { refund_id: request.refundId, payment_id: request.payment.paymentId, order_number: request.payment.orderNumber },
          },
          { idempotencyKey: `orderzone-${request.refundId}` },
        );
        return refundState(refund);
      } catch (error) {
        const failed = error instanceof PaymentProviderError ? error : failure('Refund', error);
        if (failed.retryable) throw failed;
        return { status: 'failed', failure: failed.message };
      }
    },

    async queryRefund(refund): Promise<RefundState> {
      if (!refund.providerRefundId) return { status: 'pending' };
      try {
        return refundState(await stripe.refunds.retrieve(refund.providerRefundId));
      } catch (error) {
        throw failure('Retrieving the refund', error);
      }
    },
  };
}
