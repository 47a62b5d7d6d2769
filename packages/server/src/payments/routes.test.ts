import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { DATABASE_KINDS } from '../testing/databases.ts';
import { createPayments, type Payments } from './payments.ts';
import { SIMULATED_SIGNATURE_HEADER, simulatedProvider } from './providers/simulated.ts';
import { paymentWebhookRoutes, WEBHOOK_BODY_LIMIT } from './routes.ts';
import { Secret } from './secret.ts';
import { openTestShop, type TestShop } from './testing/test-shop.ts';

for (const kind of DATABASE_KINDS) {
  describe(`payment routes on ${kind}`, () => {
    let shop: TestShop;
    let payments: Payments;
    const simulated = simulatedProvider({ secret: new Secret('routes-test-secret') });
    // Mounted as the HTTP app does: at {basePath}/payments.
    const app = new Hono();
    before(async () => {
      shop = await openTestShop(kind);
      payments = createPayments({
        db: shop.test.database.db,
        service: shop.service,
        providers: [simulated],
        publicUrl: 'https://api.shop.example/api',
        returnUrl: 'https://shop.example/orders/{orderNumber}',
        pageNotificationDelayMs: 0,
      });
      app.route('/api/payments', paymentWebhookRoutes(payments));
    });
    after(() => shop?.test.dispose());

    it('takes a notification at POST /payments/{provider}/webhook over its exact bytes and answers in the provider\'s format', async () => {
      const placed = await shop.placeOrder('wechat_pay');
      await payments.startPayment(placed.order, { device: 'desktop' });
      const [view] = await payments.listPayments(placed.order.orderNumber);
      const genuine = JSON.parse(simulated.simulate(view!.reference!, { status: 'paid' }).body);
      // Pretty-printed, with Chinese text: the signature is over these bytes, not a re-serialisation.
      const body = JSON.stringify({ ...genuine, note: '支付成功' }, null, 2);
      const response = await app.request('/api/payments/simulated/webhook', { method: 'POST', headers: { 'content-type': 'application/json', [SIMULATED_SIGNATURE_HEADER]: simulated.sign(body) }, body });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { ok: true });
      assert.equal((await shop.order(placed)).status, 'paid');

      const forged = await app.request('/api/payments/simulated/webhook', { method: 'POST', headers: { [SIMULATED_SIGNATURE_HEADER]: simulated.sign(body) }, body: body.replace('支付成功', '支付成功!') });
      assert.equal(forged.status, 400);
      assert.deepEqual(await forged.json(), { ok: false });
    });

    it('answers 404 for a provider that is not configured, and 413 for a body too large for any provider', async () => {
      const unknown = await app.request('/api/payments/stripe/webhook', { method: 'POST', body: '{}' });
      assert.equal(unknown.status, 404);
      const large = await app.request('/api/payments/simulated/webhook', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(WEBHOOK_BODY_LIMIT + 1) });
      assert.equal(large.status, 413);
    });

    it("serves the provider's page: the payer pays there, and is sent back to the order, which the notification has paid", async () => {
      const placed = await shop.placeOrder('alipay');
      const payment = await payments.startPayment(placed.order, { device: 'phone' });
      const url = new URL(payment.action.type === 'redirect' ? payment.action.url : '');
      assert.equal(url.pathname, `/api/payments/simulated/pages/${payment.paymentId}`);
      const page = await app.request(url.pathname);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      assert.match(await page.text(), /支付 .* · Pay /);
      const paid = await app.request(url.pathname, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=pay' });
      assert.equal(paid.status, 303);
      assert.equal(paid.headers.get('location'), `https://shop.example/orders/${encodeURIComponent(placed.order.orderNumber)}`);
      await payments.idle();
      assert.equal((await shop.order(placed)).status, 'paid');
      assert.equal((await app.request('/api/payments/simulated/pages/NOPE_12345678')).status, 404);
    });
  });
}
