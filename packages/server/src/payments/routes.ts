/**
 * The payment routes the HTTP app mounts at `{basePath}/payments`:
 *
 * - `POST /:provider/webhook`: a provider's notification. The body is read as the exact bytes sent
 *   (signatures are over them), at most 256 KiB; the answer is in the provider's own format
 *   (Alipay `success`, WeChat Pay `{"code":"SUCCESS"}`, a 2xx for Stripe and PayPal), a refusal in its
 *   failure format.
 * - `GET|POST /:provider/pages/:paymentId`: a page of the payment flow served by the merchant's
 *   server (WeChat Pay JSAPI's bridge inside WeChat, the simulated provider's payment page).
 *
 * These routes take no order access token: a provider is not a shopper. They must be reachable
 * from the internet at `ORDERZONE_PUBLIC_URL`, without CORS (providers are not browsers).
 *
 * @module
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Payments } from './payments.ts';

/** The largest notification body taken (every provider's is far smaller). */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;

/** Hono routes for `{basePath}/payments`: `app.route(`${basePath}/payments`, paymentWebhookRoutes(payments))`. */
export function paymentWebhookRoutes(payments: Payments): Hono {
  const app = new Hono();
  const limit = bodyLimit({ maxSize: WEBHOOK_BODY_LIMIT, onError: (c) => c.text('payload too large', 413) });

  app.post('/:provider/webhook', limit, async (c) => {
    const body = await c.req.text();
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const answer = await payments.handleNotification(c.req.param('provider'), { headers, body });
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
  });

  const page = async (c: { req: { method: string; url: string; param(name: string): string; text(): Promise<string> } }) => {
    const form = c.req.method === 'POST' ? new URLSearchParams(await c.req.text()) : undefined;
    const answer = await payments.handlePage(c.req.param('provider'), c.req.param('paymentId'), { method: c.req.method, url: c.req.url, ...(form ? { form } : {}) });
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
  app.get('/:provider/pages/:paymentId', page);
  app.post('/:provider/pages/:paymentId', limit, page);
  return app;
}
