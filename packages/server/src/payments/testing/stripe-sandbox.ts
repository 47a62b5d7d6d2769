/**
 * Stripe's API as msw answers it in tests, as Stripe documents it: form-encoded requests with the
 * secret key as Bearer token and an `Idempotency-Key` (the same key answers the same object);
 * Checkout Sessions (`open` → `complete` with `payment_status: paid`), refunds (`pending` until they
 * settle), and events signed with the endpoint's secret (`stripe.webhooks.generateTestHeaderString`).
 * Test-only.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { http, HttpResponse, type RequestHandler } from 'msw';
import Stripe from 'stripe';
import type { Money } from '@orderzone/core';
import type { RawNotification } from '../provider.ts';

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;
const stripe = new Stripe('sk_test_signing_only');

export interface StripeSandbox {
  handlers: RequestHandler[];
  /** The payer pays the session (another amount when given); answers `checkout.session.completed`. */
  pay(sessionId: string, paid?: Money): RawNotification;
  /** A refund reaches the payer; answers `refund.updated`. */
  settleRefund(refundId: string): RawNotification;
  /** An event signed with `secret` (default the endpoint's), at `timestamp` (seconds; default now). */
  event(type: string, object: object, options?: { secret?: string; timestamp?: number }): RawNotification;
  sessions: Map<string, Record<string, unknown>>;
}

/** Stripe's form encoding, read back: `a[b][0][c]=v` → nested objects (arrays as objects with index keys). */
function formObject(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

export function stripeSandbox(options: { secretKey: string; webhookSecret: string }): StripeSandbox {
  const sessions = new Map<string, Record<string, unknown>>();
  const refunds = new Map<string, Record<string, unknown>>();
  const idempotent = new Map<string, Record<string, unknown>>();

  function unauthorized(request: Request) {
    return request.headers.get('authorization') !== `Bearer ${options.secretKey}`
      ? HttpResponse.json({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }, { status: 401 })
      : undefined;
  }

  function event(type: string, object: object, signing: { secret?: string; timestamp?: number } = {}): RawNotification {
    const payload = JSON.stringify({ id: id('evt'), object: 'event', api_version: '2026-01-28', created: Math.floor(Date.now() / 1000), type, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object } }, null, 2);
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: signing.secret ?? options.webhookSecret, ...(signing.timestamp ? { timestamp: signing.timestamp } : {}) });
    return { headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header }, body: payload };
  }

  const handlers: RequestHandler[] = [
    http.post('https://api.stripe.com/v1/checkout/sessions', async ({ request }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const key = request.headers.get('idempotency-key');
      if (key && idempotent.has(key)) return HttpResponse.json(idempotent.get(key));
      const form = formObject(await request.text()) as {
        mode?: string;
        line_items?: Record<string, { quantity: string; price_data: { currency: string; unit_amount: string; product_data: { name: string } } }>;
        client_reference_id?: string;
        metadata?: Record<string, string>;
        success_url?: string;
        expires_at?: string;
      };
      const item = form.line_items?.['0'];
      if (form.mode !== 'payment' || !item || !form.success_url) return HttpResponse.json({ error: { type: 'invalid_request_error', message: 'Missing required param' } }, { status: 400 });
      const sessionId = id('cs');
      const session = {
        id: sessionId,
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: Number(item.price_data.unit_amount) * Number(item.quantity),
        amount_subtotal: Number(item.price_data.unit_amount) * Number(item.quantity),
        currency: item.price_data.currency,
        client_reference_id: form.client_reference_id ?? null,
        metadata: form.metadata ?? {},
        payment_intent: null,
        success_url: form.success_url,
        expires_at: Number(form.expires_at),
        url: `https://checkout.stripe.com/c/pay/${sessionId}#fidkdWxOYHwnPyd1blpxYHZxWjA0`,
        livemode: false,
      };
      sessions.set(sessionId, session);
      if (key) idempotent.set(key, session);
      return HttpResponse.json(session);
    }),
    http.get('https://api.stripe.com/v1/checkout/sessions/:id', ({ request, params }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const session = sessions.get(String(params.id));
      return session ? HttpResponse.json(session) : HttpResponse.json({ error: { type: 'invalid_request_error', code: 'resource_missing' } }, { status: 404 });
    }),
    http.post('https://api.stripe.com/v1/checkout/sessions/:id/expire', ({ request, params }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const session = sessions.get(String(params.id));
      if (!session) return HttpResponse.json({ error: { type: 'invalid_request_error', code: 'resource_missing' } }, { status: 404 });
      if (session.status !== 'open') return HttpResponse.json({ error: { type: 'invalid_request_error', message: 'Only Checkout Sessions with a status in ["open"] can be expired.' } }, { status: 400 });
      Object.assign(session, { status: 'expired' });
      return HttpResponse.json(session);
    }),
    http.post('https://api.stripe.com/v1/refunds', async ({ request }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const key = request.headers.get('idempotency-key');
      if (key && idempotent.has(key)) return HttpResponse.json(idempotent.get(key));
      const form = formObject(await request.text()) as { payment_intent?: string; amount?: string; metadata?: Record<string, string> };
      const session = [...sessions.values()].find((s) => s.payment_intent === form.payment_intent);
      if (!session) return HttpResponse.json({ error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } }, { status: 404 });
      const refunded = [...refunds.values()].filter((r) => r.payment_intent === form.payment_intent && r.status !== 'failed').reduce((sum, r) => sum + (r.amount as number), 0);
      const amount = Number(form.amount ?? (session.amount_total as number) - refunded);
      if (refunded + amount > (session.amount_total as number)) {
        return HttpResponse.json({ error: { type: 'invalid_request_error', code: 'amount_too_large', message: 'Refund amount is greater than unrefunded amount on charge' } }, { status: 400 });
      }
      const refund = { id: id('re'), object: 'refund', amount, currency: session.currency, payment_intent: form.payment_intent, status: 'pending', reason: 'requested_by_customer', metadata: form.metadata ?? {}, created: Math.floor(Date.now() / 1000) };
      refunds.set(refund.id, refund);
      if (key) idempotent.set(key, refund);
      return HttpResponse.json(refund);
    }),
    http.get('https://api.stripe.com/v1/refunds/:id', ({ request, params }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const refund = refunds.get(String(params.id));
      return refund ? HttpResponse.json(refund) : HttpResponse.json({ error: { type: 'invalid_request_error', code: 'resource_missing' } }, { status: 404 });
    }),
  ];

  return {
    handlers,
    sessions,
    event,
    pay(sessionId, paid) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`No session ${sessionId} at the sandbox.`);
      if (session.status === 'expired') throw new Error(`Session ${sessionId} is expired: it cannot be paid.`);
      if (paid) {
        session.amount_total = paid.amount;
        session.currency = paid.currency.toLowerCase();
      }
      Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: id('pi') });
      return event('checkout.session.completed', session);
    },
    settleRefund(refundId) {
      const refund = [...refunds.values()].find((r) => (r.metadata as Record<string, string>).refund_id === refundId);
      if (!refund) throw new Error(`No refund ${refundId} at the sandbox.`);
      refund.status = 'succeeded';
      return event('refund.updated', refund);
    },
  };
}
