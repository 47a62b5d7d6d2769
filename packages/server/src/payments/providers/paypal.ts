/**
 * PayPal through PayPal's official server SDK (`@paypal/paypal-server-sdk`), Orders API v2.
 *
 * - Create: an order with intent `CAPTURE` (`POST /v2/checkout/orders`); the payment action is a
 *   redirect to its `payer-action` link (PayPal's approval page, phones and desktops alike). The
 *   purchase unit carries the payment's id as `custom_id` and `invoice_id` (PayPal refuses a second
 *   payment of the same invoice).
 * - Approval is not payment: when PayPal says the payer approved (the `CHECKOUT.ORDER.APPROVED`
 *   event, or the status query), the payments module captures (`POST …/capture`) if the order still
 *   awaits payment; the capture (`PAYMENT.CAPTURE.COMPLETED`) is the payment.
 * - Notifications: verified by PayPal's own verify-webhook-signature API
 *   (`POST /v1/notifications/verify-webhook-signature` with the transmission headers, the webhook's
 *   id and the event exactly as received); the SDK has no call for it, so it is made with the SDK's
 *   OAuth token. A verification PayPal cannot answer is answered 5xx, so PayPal sends it again.
 * - Status: `GET /v2/checkout/orders/{id}`; refunds: `POST /v2/payments/captures/{id}/refund`,
 *   `GET /v2/payments/refunds/{id}`, and `PAYMENT.CAPTURE.REFUNDED`.
 *
 * @module
 */
import {
  CheckoutPaymentIntent, Client, Environment, OrdersController, PaymentsController, PaypalExperienceUserAction, PaypalWalletContextShippingPreference,
  type OAuthToken, type Order as PayPalOrder,
} from '@paypal/paypal-server-sdk';
import { parseMoney, toDecimalString, type Money } from '@orderzone/core';
import {
  PaymentProviderError, lowerCaseHeaders, refuse, type CreatedPayment, type HttpAnswer, type NotificationResult, type PaymentProvider, type PaymentReport,
  type ProviderPayment, type RefundState, type VerifiedNotification,
} from '../provider.ts';
import type { Secret } from '../secret.ts';

/** PayPal's REST API hosts. */
export const PAYPAL_API = { sandbox: 'https://api-m.sandbox.paypal.com', production: 'https://api-m.paypal.com' } as const;

/** Settings of the PayPal provider. */
export interface PayPalOptions {
  /** The REST app's client id (developer.paypal.com → Apps & Credentials). */
  clientId: string;
  clientSecret: Secret;
  /** The id of the webhook registered for `POST {api}/payments/paypal/webhook`. */
  webhookId: string;
  environment: 'sandbox' | 'production';
  /** The shop's name on PayPal's pages. */
  brandName?: string;
}

const NAME = 'paypal';
const VERIFY_HEADERS = ['paypal-auth-algo', 'paypal-cert-url', 'paypal-transmission-id', 'paypal-transmission-sig', 'paypal-transmission-time'] as const;

function money(value: { currency_code?: string; currencyCode?: string; value?: string } | undefined): Money | undefined {
  const currency = value?.currency_code ?? value?.currencyCode;
  if (!currency || typeof value?.value !== 'string') return undefined;
  try {
    return parseMoney(value.value, currency);
  } catch {
    return undefined;
  }
}

function captureStatus(status: string | undefined): PaymentReport['status'] {
  switch (status) {
    case 'COMPLETED':
    case 'PARTIALLY_REFUNDED':
    case 'REFUNDED':
      return 'paid';
    case 'DECLINED':
    case 'FAILED':
      return 'failed';
    default:
      return 'pending';
  }
}

function refundStatus(status: string | undefined): RefundState['status'] {
  return status === 'COMPLETED' ? 'succeeded' : status === 'FAILED' || status === 'CANCELLED' ? 'failed' : 'pending';
}

/** An order of the SDK (camelCase) as a report. */
function orderReport(order: PayPalOrder, fallback: ProviderPayment): PaymentReport {
  const unit = order.purchaseUnits?.[0];
  const capture = unit?.payments?.captures?.[0];
  const base = { kind: 'payment' as const, reference: order.id ?? fallback.reference, paymentId: unit?.customId ?? fallback.paymentId };
  if (capture) {
    const amount = money(capture.amount);
    return { ...base, status: captureStatus(capture.status), ...(amount ? { amount } : {}), ...(capture.id ? { providerTransactionId: capture.id } : {}) };
  }
  const amount = money(unit?.amount);
  // The SDK types the status as its own enum; its values are PayPal's strings, compared as such.
  const orderStatus: string | undefined = order.status;
  const status: PaymentReport['status'] = orderStatus === 'APPROVED' ? 'authorized' : orderStatus === 'VOIDED' ? 'failed' : 'pending';
  return { ...base, status, ...(amount ? { amount } : {}) };
}

function apiFailure(what: string, error: unknown): PaymentProviderError {
  const e = error as { statusCode?: number; result?: { name?: string; details?: { issue?: string }[] }; message?: string };
  const code = e.result?.details?.[0]?.issue ?? e.result?.name;
  return new PaymentProviderError(NAME, `${what} failed: ${code ?? e.statusCode ?? e.message ?? ''}`, {
    ...(code ? { providerCode: code } : {}),
    retryable: e.statusCode === undefined || e.statusCode >= 500 || e.statusCode === 429,
    cause: error,
  });
}

/** The PayPal provider. */
export function paypalProvider(options: PayPalOptions): PaymentProvider {
  let token: OAuthToken | undefined;
  const client = new Client({
    environment: options.environment === 'production' ? Environment.Production : Environment.Sandbox,
    timeout: 15_000,
    clientCredentialsAuthCredentials: {
      oAuthClientId: options.clientId,
      oAuthClientSecret: options.clientSecret.reveal(),
      oAuthOnTokenUpdate: (updated) => {
        token = updated;
      },
    },
  });
  const orders = new OrdersController(client);
  const payments = new PaymentsController(client);
  const api = PAYPAL_API[options.environment];

  /** The SDK's OAuth token (fetched or renewed when needed), for the call the SDK does not have. */
  async function accessToken(): Promise<string> {
    const manager = client.clientCredentialsAuthManager;
    if (!token || !manager.isValid(token) || manager.isExpired(token)) token = await manager.fetchToken();
    return token.accessToken;
  }

  async function verify(headers: Record<string, string>, body: string): Promise<'SUCCESS' | 'FAILURE' | 'unreachable'> {
    // The event goes back exactly as received: re-serialising it could change what was signed.
    const request =
      `{${VERIFY_HEADERS.map((name) => `${JSON.stringify(name.slice('paypal-'.length).replace(/-/g, '_'))}:${JSON.stringify(headers[name])}`).join(',')},` +
      `"webhook_id":${JSON.stringify(options.webhookId)},"webhook_event":${body}}`;
    try {
      const response = await fetch(`${api}/v1/notifications/verify-webhook-signature`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await accessToken()}` },
        body: request,
        signal: AbortSignal.timeout(15_000),
      });
      if (response.status >= 500 || response.status === 429 || response.status === 401) return 'unreachable';
      const answer = (await response.json().catch(() => ({}))) as { verification_status?: string };
      return answer.verification_status === 'SUCCESS' ? 'SUCCESS' : 'FAILURE';
    } catch {
      return 'unreachable';
    }
  }

  return {
    name: NAME,

    async createPayment(request): Promise<CreatedPayment> {
      let order: PayPalOrder;
      try {
        ({ result: order } = await orders.createOrder({
          body: {
            intent: CheckoutPaymentIntent.Capture,
            purchaseUnits: [
              {
                customId: request.paymentId,
                invoiceId: request.paymentId,
                description: request.description.slice(0, 127),
                amount: { currencyCode: request.amount.currency, value: toDecimalString(request.amount) },
              },
            ],
            paymentSource: {
              paypal: {
                experienceContext: {
                  returnUrl: request.returnUrl,
                  cancelUrl: request.returnUrl,
                  userAction: PaypalExperienceUserAction.PayNow,
                  shippingPreference: PaypalWalletContextShippingPreference.NoShipping,
                  ...(options.brandName ? { brandName: options.brandName.slice(0, 127) } : {}),
                  ...(request.shopper.locale ? { locale: request.shopper.locale } : {}),
                },
              },
            },
          },
          paypalRequestId: request.paymentId,
        }));
      } catch (error) {
        throw apiFailure('Creating the order', error);
      }
      const approve = order.links?.find((link) => link.rel === 'payer-action' || link.rel === 'approve');
      if (!order.id || !approve) throw new PaymentProviderError(NAME, 'The order has no approval link.');
      return { reference: order.id, action: { type: 'redirect', url: approve.href }, data: { flow: 'orders' } };
    },

    async parseNotification(request): Promise<NotificationResult> {
      const headers = lowerCaseHeaders(request.headers);
      if (VERIFY_HEADERS.some((name) => !headers[name])) return refuse('malformed', 'PayPal transmission headers missing.');
      let event: { id?: string; event_type?: string; resource?: Record<string, unknown> };
      try {
        event = JSON.parse(request.body) as typeof event;
      } catch {
        return refuse('malformed', 'The body is not JSON.');
      }
      if (!event.id || !event.event_type || !event.resource) return refuse('malformed', 'Not a PayPal webhook event.');
      const verdict = await verify(headers, request.body);
      if (verdict === 'unreachable') return refuse('unverifiable', "PayPal's verify-webhook-signature could not answer.");
      if (verdict !== 'SUCCESS') return refuse('bad_signature', 'PayPal says the signature does not verify.');
      const resource = event.resource as {
        id?: string;
        status?: string;
        custom_id?: string;
        invoice_id?: string;
        amount?: { currency_code?: string; value?: string };
        purchase_units?: { custom_id?: string; amount?: { currency_code?: string; value?: string } }[];
        supplementary_data?: { related_ids?: { order_id?: string } };
        links?: { rel?: string; href?: string }[];
      };
      const id = event.id;
      let notification: VerifiedNotification;
      switch (event.event_type) {
        case 'CHECKOUT.ORDER.APPROVED': {
          const unit = resource.purchase_units?.[0];
          const amount = money(unit?.amount);
          notification = { notificationId: id, kind: 'payment', reference: resource.id ?? '', ...(unit?.custom_id ? { paymentId: unit.custom_id } : {}), status: 'authorized', ...(amount ? { amount } : {}) };
          break;
        }
        case 'PAYMENT.CAPTURE.COMPLETED':
        case 'PAYMENT.CAPTURE.PENDING':
        case 'PAYMENT.CAPTURE.DENIED':
        case 'PAYMENT.CAPTURE.DECLINED': {
          const amount = money(resource.amount);
          notification = {
            notificationId: id,
            kind: 'payment',
            reference: resource.supplementary_data?.related_ids?.order_id ?? '',
            ...(resource.custom_id ? { paymentId: resource.custom_id } : {}),
            status: event.event_type === 'PAYMENT.CAPTURE.COMPLETED' ? 'paid' : event.event_type === 'PAYMENT.CAPTURE.PENDING' ? 'pending' : 'failed',
            ...(amount ? { amount } : {}),
            ...(resource.id ? { providerTransactionId: resource.id } : {}),
          };
          break;
        }
        case 'PAYMENT.CAPTURE.REFUNDED': {
          const amount = money(resource.amount);
          const capture = resource.links?.find((link) => link.rel === 'up')?.href?.match(/\/captures\/([^/?]+)/)?.[1];
          notification = {
            notificationId: id,
            kind: 'refund',
            ...(resource.invoice_id ? { refundId: resource.invoice_id } : {}),
            ...(resource.id ? { providerRefundId: resource.id } : {}),
            ...(capture ? { providerTransactionId: capture } : {}),
            status: refundStatus(resource.status),
            ...(amount ? { amount } : {}),
          };
          break;
        }
        default:
          notification = { notificationId: id, kind: 'ignored', type: event.event_type };
      }
      return { verified: true, notification };
    },

    answer(outcome): HttpAnswer {
      // Any 2xx stops PayPal's retries; anything else makes it retry (up to 25 times over 3 days).
      return { status: outcome === 'accepted' ? 200 : outcome === 'refused' ? 400 : 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '' };
    },

    async queryPayment(payment): Promise<PaymentReport> {
      try {
        const { result } = await orders.getOrder({ id: payment.reference });
        return orderReport(result, payment);
      } catch (error) {
        // An order not approved in time is deleted by PayPal.
        if ((error as { statusCode?: number }).statusCode === 404) return { kind: 'payment', reference: payment.reference, paymentId: payment.paymentId, status: 'expired' };
        throw apiFailure('Getting the order', error);
      }
    },

    async capturePayment(payment): Promise<PaymentReport> {
      try {
        const { result } = await orders.captureOrder({ id: payment.reference, paypalRequestId: `capture-${payment.paymentId}`, prefer: 'return=representation' });
        return orderReport(result, payment);
      } catch (error) {
        const failure = apiFailure('Capturing the order', error);
        if (failure.retryable) throw failure;
        if (failure.providerCode === 'ORDER_ALREADY_CAPTURED') return this.queryPayment(payment);
        // INSTRUMENT_DECLINED and the like: nothing was taken; the shopper may start again.
        return { kind: 'payment', reference: payment.reference, paymentId: payment.paymentId, status: 'failed' };
      }
    },

    async refund(request): Promise<RefundState> {
      if (!request.payment.providerTransactionId) return { status: 'failed', failure: 'The payment has no capture to refund.' };
      try {
        const { result } = await payments.refundCapturedPayment({
          captureId: request.payment.providerTransactionId,
          paypalRequestId: request.refundId,
          prefer: 'return=representation',
          body: { amount: { currencyCode: request.amount.currency, value: toDecimalString(request.amount) }, invoiceId: request.refundId, noteToPayer: request.reason.slice(0, 255) },
        });
        return { status: refundStatus(result.status), ...(result.id ? { providerRefundId: result.id } : {}) };
      } catch (error) {
        const failure = apiFailure('Refund', error);
        if (failure.retryable) throw failure;
        return { status: 'failed', failure: failure.message };
      }
    },

    async queryRefund(refund): Promise<RefundState> {
      if (!refund.providerRefundId) return { status: 'pending' };
      try {
        const { result } = await payments.getRefund({ refundId: refund.providerRefundId });
        return { status: refundStatus(result.status), providerRefundId: refund.providerRefundId };
      } catch (error) {
        throw apiFailure('Getting the refund', error);
      }
    },
  };
}
