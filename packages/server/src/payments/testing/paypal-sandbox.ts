/**
 * PayPal's REST API (sandbox host) as msw answers it in tests, as PayPal documents it: OAuth client
 * credentials; Orders v2 (`PAYER_ACTION_REQUIRED` with a `payer-action` link → `APPROVED` once the
 * payer approves → `COMPLETED` with a capture); refunds of captures; webhooks whose
 * `PAYPAL-TRANSMISSION-SIG` is an RSA-SHA256 signature over
 * `transmission_id|transmission_time|webhook_id|crc32(body)`, which
 * `POST /v1/notifications/verify-webhook-signature` checks with PayPal's certificate. Test-only.
 *
 * @module
 */
import { createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { toDecimalString, type Money } from '@orderzone/core';
import { PAYPAL_API } from '../providers/paypal.ts';
import type { RawNotification } from '../provider.ts';

interface Amount {
  currency_code: string;
  value: string;
}

interface PayPalOrder {
  id: string;
  status: 'PAYER_ACTION_REQUIRED' | 'APPROVED' | 'COMPLETED' | 'VOIDED';
  intent: 'CAPTURE';
  purchase_units: { reference_id: string; custom_id?: string; invoice_id?: string; amount: Amount; payments?: { captures: Capture[] } }[];
  links: { href: string; rel: string; method: string }[];
}

interface Capture {
  id: string;
  status: 'COMPLETED' | 'PENDING' | 'DECLINED';
  amount: Amount;
  custom_id?: string;
  invoice_id?: string;
  final_capture: boolean;
  supplementary_data: { related_ids: { order_id: string } };
  create_time: string;
  update_time: string;
}

export interface PayPalSandbox {
  handlers: RequestHandler[];
  orders: Map<string, PayPalOrder>;
  /** The bodies of the orders created, as sent. */
  created: Record<string, unknown>[];
  /** The payer approves the order (with another amount when given: the order at PayPal says so); answers `CHECKOUT.ORDER.APPROVED`. */
  approve(orderId: string): RawNotification;
  /** The money is captured at PayPal (its dashboard: another amount when given); answers `PAYMENT.CAPTURE.COMPLETED`. */
  captureAtPayPal(orderId: string, paid?: Money): RawNotification;
  /** A webhook event, signed as PayPal does (with `key` instead of PayPal's, to forge one). */
  event(eventType: string, resource: object, options?: { key?: KeyObject; webhookId?: string }): RawNotification;
  /** How many verify-webhook-signature calls were made. */
  verifications: () => number;
}

const CERT_URL = 'https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77';
const money = (value: Money): Amount => ({ currency_code: value.currency, value: toDecimalString(value) });
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export function paypalSandbox(options: { clientId: string; clientSecret: string; webhookId: string }): PayPalSandbox {
  const api = PAYPAL_API.sandbox;
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const orders = new Map<string, PayPalOrder>();
  const refunds = new Map<string, Record<string, unknown>>();
  const tokens = new Set<string>();
  const created: Record<string, unknown>[] = [];
  const requestIds = new Map<string, Record<string, unknown>>();
  let verifications = 0;

  const error = (status: number, name: string, issue: string) =>
    HttpResponse.json({ name, message: 'The requested action could not be performed.', debug_id: randomBytes(6).toString('hex'), details: [{ issue, description: issue }] }, { status });

  function authorized(request: Request): boolean {
    const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    return token !== undefined && tokens.has(token);
  }

  function captureOf(order: PayPalOrder, amount: Amount): Capture {
    const unit = order.purchase_units[0]!;
    const capture: Capture = {
      id: randomBytes(9).toString('hex').toUpperCase(),
      status: 'COMPLETED',
      amount,
      ...(unit.custom_id ? { custom_id: unit.custom_id } : {}),
      ...(unit.invoice_id ? { invoice_id: unit.invoice_id } : {}),
      final_capture: true,
      supplementary_data: { related_ids: { order_id: order.id } },
      create_time: now(),
      update_time: now(),
    };
    order.status = 'COMPLETED';
    unit.payments = { captures: [capture] };
    return capture;
  }

  function event(eventType: string, resource: object, signing_: { key?: KeyObject; webhookId?: string } = {}): RawNotification {
    const body = JSON.stringify({
      id: `WH-${randomBytes(10).toString('hex').toUpperCase()}`,
      event_version: '1.0',
      create_time: now(),
      resource_type: eventType.startsWith('CHECKOUT.') ? 'checkout-order' : eventType.endsWith('REFUNDED') ? 'refund' : 'capture',
      resource_version: '2.0',
      event_type: eventType,
      summary: eventType,
      resource,
      links: [],
    });
    const transmissionId = randomUUID();
    const transmissionTime = now();
    const message = `${transmissionId}|${transmissionTime}|${signing_.webhookId ?? options.webhookId}|${crc32(body)}`;
    return {
      headers: {
        'content-type': 'application/json',
        'paypal-auth-algo': 'SHA256withRSA',
        'paypal-cert-url': CERT_URL,
        'paypal-transmission-id': transmissionId,
        'paypal-transmission-sig': createSign('RSA-SHA256').update(message).sign(signing_.key ?? signing.privateKey, 'base64'),
        'paypal-transmission-time': transmissionTime,
      },
      body,
    };
  }

  const handlers: RequestHandler[] = [
    http.post(`${api}/v1/oauth2/token`, async ({ request }) => {
      const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
      if (request.headers.get('authorization') !== expected || !(await request.text()).includes('grant_type=client_credentials')) {
        return HttpResponse.json({ error: 'invalid_client', error_description: 'Client Authentication failed' }, { status: 401 });
      }
      const token = `A21AA${randomBytes(24).toString('hex')}`;
      tokens.add(token);
      return HttpResponse.json({ scope: 'https://uri.paypal.com/services/payments/payment', access_token: token, token_type: 'Bearer', app_id: 'APP-80W284485P519543T', expires_in: 32400, nonce: randomUUID() });
    }),
    http.post(`${api}/v2/checkout/orders`, async ({ request }) => {
      if (!authorized(request)) return error(401, 'AUTHENTICATION_FAILURE', 'INVALID_TOKEN');
      const requestId = request.headers.get('paypal-request-id');
      if (requestId && requestIds.has(requestId)) return HttpResponse.json(requestIds.get(requestId)!);
      const body = (await request.json()) as { intent: string; purchase_units: { custom_id?: string; invoice_id?: string; amount: Amount }[]; payment_source?: { paypal?: { experience_context?: { return_url?: string } } } };
      created.push(body);
      if (body.intent !== 'CAPTURE' || !body.purchase_units?.[0]?.amount) return error(400, 'INVALID_REQUEST', 'MISSING_REQUIRED_PARAMETER');
      if (!body.payment_source?.paypal?.experience_context?.return_url) return error(422, 'UNPROCESSABLE_ENTITY', 'PAYPAL_REQUEST_ID_REQUIRED');
      const id = randomBytes(8).toString('hex').toUpperCase().slice(0, 17);
      const order: PayPalOrder = {
        id,
        status: 'PAYER_ACTION_REQUIRED',
        intent: 'CAPTURE',
        purchase_units: [{ reference_id: 'default', ...body.purchase_units[0] }],
        links: [
          { href: `${api}/v2/checkout/orders/${id}`, rel: 'self', method: 'GET' },
          { href: `https://www.sandbox.paypal.com/checkoutnow?token=${id}`, rel: 'payer-action', method: 'GET' },
        ],
      };
      orders.set(id, order);
      const answer = { id, status: order.status, payment_source: { paypal: {} }, links: order.links };
      if (requestId) requestIds.set(requestId, answer);
      return HttpResponse.json(answer);
    }),
    http.get(`${api}/v2/checkout/orders/:id`, ({ request, params }) => {
      if (!authorized(request)) return error(401, 'AUTHENTICATION_FAILURE', 'INVALID_TOKEN');
      const order = orders.get(String(params.id));
      return order ? HttpResponse.json(order) : error(404, 'RESOURCE_NOT_FOUND', 'INVALID_RESOURCE_ID');
    }),
    http.post(`${api}/v2/checkout/orders/:id/capture`, ({ request, params }) => {
      if (!authorized(request)) return error(401, 'AUTHENTICATION_FAILURE', 'INVALID_TOKEN');
      const order = orders.get(String(params.id));
      if (!order) return error(404, 'RESOURCE_NOT_FOUND', 'INVALID_RESOURCE_ID');
      if (order.status === 'COMPLETED') return error(422, 'UNPROCESSABLE_ENTITY', 'ORDER_ALREADY_CAPTURED');
      if (order.status !== 'APPROVED') return error(422, 'UNPROCESSABLE_ENTITY', 'ORDER_NOT_APPROVED');
      captureOf(order, order.purchase_units[0]!.amount);
      return HttpResponse.json(order, { status: 201 });
    }),
    http.post(`${api}/v2/payments/captures/:id/refund`, async ({ request, params }) => {
      if (!authorized(request)) return error(401, 'AUTHENTICATION_FAILURE', 'INVALID_TOKEN');
      const requestId = request.headers.get('paypal-request-id');
      if (requestId && requestIds.has(requestId)) return HttpResponse.json(requestIds.get(requestId)!, { status: 201 });
      const capture = [...orders.values()].flatMap((order) => order.purchase_units[0]!.payments?.captures ?? []).find((c) => c.id === params.id);
      if (!capture) return error(404, 'RESOURCE_NOT_FOUND', 'INVALID_RESOURCE_ID');
      const body = (await request.json()) as { amount?: Amount; invoice_id?: string };
      const minor = (amount: Amount) => Math.round(Number(amount.value) * 100);
      const already = [...refunds.values()].filter((r) => r.capture === capture.id).reduce((sum, r) => sum + minor(r.amount as Amount), 0);
      const amount = body.amount ?? capture.amount;
      if (already + minor(amount) > minor(capture.amount)) return error(422, 'UNPROCESSABLE_ENTITY', 'REFUND_AMOUNT_EXCEEDED');
      const refund = {
        id: randomBytes(9).toString('hex').toUpperCase(),
        status: 'COMPLETED',
        amount,
        ...(body.invoice_id ? { invoice_id: body.invoice_id } : {}),
        links: [
          { href: `${api}/v2/payments/refunds/REFUND`, rel: 'self', method: 'GET' },
          { href: `${api}/v2/payments/captures/${capture.id}`, rel: 'up', method: 'GET' },
        ],
        capture: capture.id,
      };
      refunds.set(refund.id, refund);
      const { capture: _capture, ...answer } = refund;
      if (requestId) requestIds.set(requestId, answer);
      return HttpResponse.json(answer, { status: 201 });
    }),
    http.get(`${api}/v2/payments/refunds/:id`, ({ request, params }) => {
      if (!authorized(request)) return error(401, 'AUTHENTICATION_FAILURE', 'INVALID_TOKEN');
      const refund = refunds.get(String(params.id));
      if (!refund) return error(404, 'RESOURCE_NOT_FOUND', 'INVALID_RESOURCE_ID');
      const { capture: _capture, ...answer } = refund;
      return HttpResponse.json(answer);
    }),
    http.post(`${api}/v1/notifications/verify-webhook-signature`, async ({ request }) => {
      if (!authorized(request)) return error(401, 'AUTHENTICATION_FAILURE', 'INVALID_TOKEN');
      verifications++;
      const text = await request.text();
      const body = JSON.parse(text) as Record<string, string> & { webhook_event: unknown };
      // PayPal checks the event as it was sent: the exact bytes the caller received.
      const eventText = text.slice(text.indexOf('"webhook_event":') + '"webhook_event":'.length, -1);
      const message = `${body.transmission_id}|${body.transmission_time}|${body.webhook_id}|${crc32(eventText)}`;
      const verified =
        body.webhook_id === options.webhookId &&
        body.auth_algo === 'SHA256withRSA' &&
        body.cert_url === CERT_URL &&
        createVerify('RSA-SHA256').update(message).verify(signing.publicKey, body.transmission_sig ?? '', 'base64');
      return HttpResponse.json({ verification_status: verified ? 'SUCCESS' : 'FAILURE' });
    }),
  ];

  function orderOf(orderId: string): PayPalOrder {
    const order = orders.get(orderId);
    if (!order) throw new Error(`No order ${orderId} at the sandbox.`);
    return order;
  }

  return {
    handlers,
    orders,
    created,
    event,
    verifications: () => verifications,
    approve(orderId) {
      const order = orderOf(orderId);
      order.status = 'APPROVED';
      return event('CHECKOUT.ORDER.APPROVED', { ...order, payer: { payer_id: 'QYR5Z8XDVJNXQ', email_address: 'buyer@example.com' } });
    },
    captureAtPayPal(orderId, paid) {
      const order = orderOf(orderId);
      const capture = captureOf(order, paid ? money(paid) : order.purchase_units[0]!.amount);
      return event('PAYMENT.CAPTURE.COMPLETED', capture);
    },
  };
}
