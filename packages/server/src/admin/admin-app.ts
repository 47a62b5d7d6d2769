/**
 * The admin API: what a merchant (or their console, ERP, script) calls to run the shop. A Hono app
 * the HTTP app mounts under `{basePath}/admin`; every route needs `Authorization: Bearer <merchant
 * key>` (created with `orderzone-server create-merchant-key`), answers JSON, and every error is the
 * contract's error body (`errorBodyFor`) with its status (`statusForErrorCode`).
 *
 * | route | what |
 * |---|---|
 * | `GET /orders?status=&orderNumber=&contact=&from=&to=&limit=&cursor=` | search orders, newest first |
 * | `GET /orders/:orderNumber` | one order with its history and its audit log (and its payments and refunds, given `payments`) |
 * | `POST /orders/:orderNumber/<action>` | `mark-paid`, `ship`, `complete`, `mark-fulfilled`, `approve-refund`, `decline-refund`, `approve-return`, `decline-return`, `receive-return` |
 * | `POST /orders/:orderNumber/simulate-payment` | only while the simulated provider is on: it pays the order (`order-payments.ts`) |
 * | `GET /products/:productId` | a product with its current stock |
 * | `PUT /products/:productId` | create or replace a product |
 * | `GET /stock?productId=` | stock rows |
 * | `PUT /stock/:variantId` | set a variant's stock (`{ quantity }`) |
 * | `POST /stock/:variantId/adjust` | restock or correct (`{ delta }`) |
 * | `GET /outbox?limit=&cursor=` | messages sent, newest first (codes only with `revealCodes`) |
 * | `GET /audit-log?orderNumber=&limit=&cursor=` | the audit log, newest first |
 * | `GET /reviews?status=&productId=` | reviews to moderate, newest change first, with their earlier versions |
 * | `POST /reviews/:reviewId/moderation` | `{ action: "publish" }`, `{ action: "hide", reason }` or `{ action: "reply", body }` |
 *
 * Order actions go through the order service, so the rules are the engine's. Every change is
 * audit-logged with the merchant key's id as the actor (`audit-log.ts`). Answers are never cached
 * (`Cache-Control: no-store`): they hold shoppers' personal data.
 *
 * @module
 */
import { Hono, type Context } from 'hono';
import { OrderZoneError, isOrderZoneError } from '@orderzone/core';
import { parseOrderNumber } from '@orderzone/core/orders';
import { errorBodyFor, statusForErrorCode } from '@orderzone/core/rest';
import { CatalogImportError } from '../catalog/catalog-issues.ts';
import type { Db } from '../db/database.ts';
import { loadProduct } from '../catalog/catalog-store.ts';
import { readAuditLog } from './audit-log.ts';
import { authenticateMerchantKey, type MerchantKey } from './merchant-keys.ts';
import { applyOrderAction, isOrderActionName, type MerchantOrderCalls } from './order-actions.ts';
import { orderMoney, simulateOrderPayment, simulatesPayments, type AdminPayments } from './order-payments.ts';
import { orderSearchFromQuery, pageSize, readOrder, searchOrders } from './order-search.ts';
import { listOutbox } from './outbox-list.ts';
import { salesInsight, salesInsightQuery } from './sales-insight.ts';
import { saveProduct } from './product-edits.ts';
import { listReviewsForMerchant, moderateReviewAsMerchant, type ReviewCalls } from './review-moderation.ts';
import { actOnRfqAsMerchant, listRfqsForMerchant, type RfqCalls } from './rfq-answers.ts';
import { adjustStock, listStock, setStock } from './stock-edits.ts';

/** What the admin API works with. */
export interface AdminAppOptions {
  db: Db;
  /** The order service (over the PostgreSQL store): the merchant's order actions go through it. */
  service: MerchantOrderCalls & ReviewCalls & RfqCalls;
  /** Told of an error that is not an `OrderZoneError` (a bug, the database down) before the 500 answer: log it. */
  onUnexpectedError?: (error: unknown) => void;
  /**
   * The payments module: `GET /orders/:orderNumber` then shows the order's payments and refunds, and
   * with the simulated provider on, `POST /orders/:orderNumber/simulate-payment` pays an order.
   */
  payments?: AdminPayments;
  /**
   * `GET /outbox` includes the one-time codes themselves, for a demo or development without an SMS
   * gateway. Never in production (the server passes `!config.production`). Default `false`.
   */
  revealCodes?: boolean;
  /** The clock of `GET /insights` ("today", the velocity window). Default: the system clock. */
  now?: () => Date;
}

/** The most audit entries `GET /orders/:orderNumber` includes. */
const ORDER_AUDIT_LIMIT = 100;

function errorResponse(c: Context, error: OrderZoneError): Response {
  const status = statusForErrorCode(error.code);
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="orderzone-admin"');
  // A catalog's problems keep the admin API's own codes (`unknown_category`, ...), not the contract's `invalid`.
  const body = error instanceof CatalogImportError && error.catalogFieldErrors.length > 0 ? { error: { ...errorBodyFor(error).error, fieldErrors: error.catalogFieldErrors } } : errorBodyFor(error);
  return c.json(body, status as 400);
}

/** The request body as an object: `{}` when empty, `validation` when it is not a JSON object. */
async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new OrderZoneError('validation', 'The request body must be JSON.', { fieldErrors: [{ field: 'body', code: 'invalid' }] });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new OrderZoneError('validation', 'The request body must be a JSON object.', { fieldErrors: [{ field: 'body', code: 'invalid' }] });
  return value as Record<string, unknown>;
}

/** The admin API (see the module) as a Hono app, to mount under `{basePath}/admin`. */
export function createAdminApp(options: AdminAppOptions): Hono {
  const { db, service } = options;
  const app = new Hono();
  /** The key each request was authenticated with (kept beside the request, so the app mounts in any Hono app). */
  const keys = new WeakMap<Request, MerchantKey>();
  const actor = (c: Context): string => keys.get(c.req.raw)!.id;

  app.onError((error, c) => {
    c.header('Cache-Control', 'no-store');
    if (isOrderZoneError(error)) return errorResponse(c, error as OrderZoneError);
    options.onUnexpectedError?.(error);
    return errorResponse(c, new OrderZoneError('server', 'The server failed; the change was not made. Try again.'));
  });
  app.notFound((c) => errorResponse(c, new OrderZoneError('not_found', `There is no admin route ${c.req.method} ${new URL(c.req.url).pathname}.`)));

  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const key = match ? await authenticateMerchantKey(db, match[1]!) : undefined;
    if (!key) {
      // Hono's Context carries `any` in its input type parameter; errorResponse reads only the response helpers.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
      return errorResponse(c, new OrderZoneError('unauthorized', header === '' ? 'The admin API needs a merchant key: Authorization: Bearer ozk_…' : 'The merchant key is not valid or was revoked.'));
    }
    keys.set(c.req.raw, key);
    await next();
  });

  // ---- orders
  app.get('/orders', async (c) => c.json(await searchOrders(db, orderSearchFromQuery(c.req.query()))));
  app.get('/orders/:orderNumber', async (c) => {
    const order = await readOrder(db, c.req.param('orderNumber'));
    if (!order) throw new OrderZoneError('not_found', `There is no order ${c.req.param('orderNumber')}.`);
    const audit = await readAuditLog(db, { orderNumber: order.orderNumber, limit: ORDER_AUDIT_LIMIT });
    return c.json({ order, audit: audit.entries, ...(options.payments ? await orderMoney(options.payments, order.orderNumber) : {}) });
  });
  if (simulatesPayments(options.payments)) {
    const payments = options.payments;
    app.post('/orders/:orderNumber/simulate-payment', async (c) => c.json(await simulateOrderPayment(db, payments, actor(c), c.req.param('orderNumber'), await jsonBody(c))));
  }
  app.post('/orders/:orderNumber/:action', async (c) => {
    const action = c.req.param('action');
    if (!isOrderActionName(action)) throw new OrderZoneError('not_found', `There is no order action ${action}.`);
    const order = await applyOrderAction(db, service, actor(c), c.req.param('orderNumber'), action, await jsonBody(c));
    return c.json(order);
  });

  // ---- catalog and stock
  app.get('/products/:productId', async (c) => {
    const product = await loadProduct(db, c.req.param('productId'));
    if (!product) throw new OrderZoneError('not_found', `There is no product ${c.req.param('productId')}.`);
    return c.json(product);
  });
  app.put('/products/:productId', async (c) => {
    const saved = await saveProduct(db, c.req.param('productId'), await jsonBody(c), actor(c));
    return c.json({ product: saved.product, catalogVersion: saved.catalogVersion }, saved.created ? 201 : 200);
  });
  app.get('/stock', async (c) => c.json({ stock: await listStock(db, c.req.query('productId') || undefined) }));
  app.put('/stock/:variantId', async (c) => c.json(await setStock(db, c.req.param('variantId'), (await jsonBody(c)).quantity, actor(c))));
  app.post('/stock/:variantId/adjust', async (c) => c.json(await adjustStock(db, c.req.param('variantId'), (await jsonBody(c)).delta, actor(c))));

  // ---- insight: sales by day and by product, best sellers, the low-stock forecast
  app.get('/insights', async (c) => c.json(await salesInsight(db, salesInsightQuery(c.req.query()), options.now ? options.now() : new Date())));
  // ---- reviews
  app.get('/reviews', async (c) => c.json(await listReviewsForMerchant(service, c.req.query())));
  app.post('/reviews/:reviewId/moderation', async (c) => c.json(await moderateReviewAsMerchant(db, service, actor(c), c.req.param('reviewId'), await jsonBody(c))));
  // ---- requests for quote
  app.get('/rfqs', async (c) => c.json(await listRfqsForMerchant(service, c.req.query())));
  app.put('/rfqs/:rfqId/offer', async (c) => c.json(await actOnRfqAsMerchant(db, service, actor(c), c.req.param('rfqId'), 'answer', await jsonBody(c))));
  app.post('/rfqs/:rfqId/withdraw', async (c) => c.json(await actOnRfqAsMerchant(db, service, actor(c), c.req.param('rfqId'), 'withdraw')));

  // ---- what was sent, what was done
  app.get('/outbox', async (c) =>
    c.json(await listOutbox(db, { limit: pageSize(c.req.query('limit')), ...(c.req.query('cursor') ? { cursor: c.req.query('cursor')! } : {}), revealCodes: options.revealCodes === true })),
  );
  app.get('/audit-log', async (c) => {
    const cursor = c.req.query('cursor');
    if (cursor !== undefined && !/^\d+$/.test(cursor)) throw new OrderZoneError('validation', 'cursor is not one this server gave: pass the nextCursor of the page before.', { fieldErrors: [{ field: 'cursor', code: 'invalid' }] });
    const orderNumber = c.req.query('orderNumber');
    return c.json(
      await readAuditLog(db, {
        ...(orderNumber ? { orderNumber: parseOrderNumber(orderNumber) ?? orderNumber.trim() } : {}),
        limit: pageSize(c.req.query('limit')),
        ...(cursor ? { before: Number(cursor) } : {}),
      }),
    );
  });

  return app;
}
