/**
 * The merchant console's way to the OrderZone server: the admin API (`{api}/admin`, docs/server.md
 * "Admin API") with the merchant key as `Authorization: Bearer`. Orders are checked against the
 * contract's schema; an error answer becomes the `OrderZoneError` its body names (`conflict` when
 * the order changed meanwhile, `validation` with field errors, `unauthorized` for a key the server
 * does not take), so the console can say what happened.
 */
import { OrderZoneError, type Order, type Product, type ReviewModeration, type ReviewRecord } from '@orderzone/core';
import { ErrorBodySchema, errorCodeForStatus, isServerErrorCode } from '@orderzone/core/rest';
import { OrderSchema, ReviewRecordSchema } from '@orderzone/core/schemas';
import { RfqSchema, type Rfq, type RfqOfferDraft, type RfqStatus } from '@orderzone/core/rfq';
import type { AuditEntry, OutboxEntry, PaymentView, RefundView, SalesInsight } from '@orderzone/server';

export type { AuditEntry, OutboxEntry, PaymentView, RefundView, SalesInsight };

/** One order as the admin API shows it: the order, its audit log, and its money when the server has payments. */
export interface OrderRecord {
  order: Order;
  audit: AuditEntry[];
  payments?: PaymentView[];
  refunds?: RefundView[];
}

/** What to list: every given criterion must match. */
export interface OrderQuery {
  /** An order number as typed. */
  orderNumber?: string;
  /** A phone number or e-mail address as typed. */
  contact?: string;
  /** Statuses, any of them. */
  statuses?: readonly string[];
  limit?: number;
}

/** A page of orders, newest first. */
export interface OrderPage {
  orders: Order[];
  nextCursor?: string;
}

/** How many reviews the console asks for at a time. */
export const REVIEW_PAGE_SIZE = 20;

/** A page of reviews; `nextCursor` when more follow. */
export interface ReviewPage {
  reviews: ReviewRecord[];
  nextCursor?: string;
}

/** The admin API's order actions (`POST /orders/:orderNumber/<action>`), and the simulated payment. */
export type AdminOrderAction =
  | 'mark-paid'
  | 'ship'
  | 'complete'
  | 'mark-fulfilled'
  | 'approve-refund'
  | 'decline-refund'
  | 'approve-return'
  | 'decline-return'
  | 'receive-return'
  | 'simulate-payment';

/** The admin API of one server, as one merchant key. */
export interface AdminClient {
  listOrders(query?: OrderQuery): Promise<OrderPage>;
  getOrder(orderNumber: string): Promise<OrderRecord>;
  /** Runs an action; answers the order after it. */
  act(orderNumber: string, action: AdminOrderAction, body?: Record<string, unknown>): Promise<Order>;
  /** The newest messages sent. */
  outbox(limit?: number): Promise<OutboxEntry[]>;
  /** A product as shoppers see it (the names of its personalization fields). */
  getProduct(productId: string): Promise<Product>;
  /** Sales by day and by product over the last `days`, the best sellers and the low-stock forecast (`GET /admin/insights`). */
  insights(days: number): Promise<SalesInsight>;
  /** A page of the reviews shoppers wrote on their orders, newest change first (`GET /reviews?source=orders`); `cursor`: the `nextCursor` of the page before. */
  listReviews(query?: { limit?: number; cursor?: string }): Promise<ReviewPage>;
  /** Publishes, hides (with a reason) or replies to a review; answers it after. */
  moderateReview(reviewId: string, moderation: ReviewModeration): Promise<ReviewRecord>;
  /** The requests for quote, every one or those in `status` now, newest first (`GET /rfqs`). */
  listRfqs(status?: RfqStatus): Promise<Rfq[]>;
  /** Answers (or revises the answer to) a request with a unit price per line and an expiry (`PUT /rfqs/:id/offer`); answers the request after. */
  answerRfq(rfqId: string, offer: RfqOfferDraft): Promise<Rfq>;
  /** Withdraws a request (`POST /rfqs/:id/withdraw`); answers the request after. */
  withdrawRfq(rfqId: string): Promise<Rfq>;
}

/** The error an answer stands for: its contract body's code and message, or one by status. */
async function errorOf(response: Response): Promise<OrderZoneError> {
  const body = ErrorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) return new OrderZoneError(errorCodeForStatus(response.status), `The server answered ${response.status} without an error body.`, { status: response.status });
  const { code, message, fieldErrors, details } = body.data.error;
  return new OrderZoneError(isServerErrorCode(code) ? code : errorCodeForStatus(response.status), message, {
    status: response.status,
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(details ? { details } : {}),
  });
}

function checkedOrder(value: unknown): Order {
  const parsed = OrderSchema.safeParse(value);
  if (!parsed.success) throw new OrderZoneError('bad_response', `The admin API answered an order that does not match the contract: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  return parsed.data;
}

function checkedReview(value: unknown): ReviewRecord {
  const parsed = ReviewRecordSchema.safeParse(value);
  if (!parsed.success) throw new OrderZoneError('bad_response', `The admin API answered a review that does not match the contract: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  return parsed.data;
}

function checkedRfq(value: unknown): Rfq {
  const parsed = RfqSchema.safeParse(value);
  if (!parsed.success) throw new OrderZoneError('bad_response', `The admin API answered a request for quote that does not match the contract: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  return parsed.data;
}

/** The admin API under `api` (e.g. `/api`), called with `merchantKey`. */
export function createAdminClient(api: string, merchantKey: string, fetcher: typeof fetch = (...args) => fetch(...args)): AdminClient {
  const base = `${api.replace(/\/+$/, '')}/admin`;

  async function call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetcher(`${base}${path}`, {
        method,
        headers: { Authorization: `Bearer ${merchantKey}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        cache: 'no-store',
      });
    } catch (error) {
      throw new OrderZoneError('network', `The server could not be reached: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as T;
  }

  const orderPath = (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`;

  return {
    async listOrders(query = {}) {
      const params = new URLSearchParams();
      if (query.orderNumber) params.set('orderNumber', query.orderNumber);
      if (query.contact) params.set('contact', query.contact);
      if (query.statuses && query.statuses.length > 0) params.set('status', query.statuses.join(','));
      params.set('limit', String(query.limit ?? 50));
      const page = await call<{ orders: unknown[]; nextCursor?: string }>('GET', `/orders?${params}`);
      return { orders: page.orders.map(checkedOrder), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
    async getOrder(orderNumber) {
      const record = await call<Omit<OrderRecord, 'order'> & { order: unknown }>('GET', orderPath(orderNumber));
      return { ...record, order: checkedOrder(record.order) };
    },
    async act(orderNumber, action, body = {}) {
      return checkedOrder(await call('POST', `${orderPath(orderNumber)}/${action}`, body));
    },
    async outbox(limit = 20) {
      return (await call<{ messages: OutboxEntry[] }>('GET', `/outbox?limit=${limit}`)).messages;
    },
    getProduct: (productId) => call<Product>('GET', `/products/${encodeURIComponent(productId)}`),
    insights: (days) => call<SalesInsight>('GET', `/insights?days=${days}`),
    async listReviews(query = {}) {
      const params = new URLSearchParams({ source: 'orders', limit: String(query.limit ?? REVIEW_PAGE_SIZE) });
      if (query.cursor) params.set('cursor', query.cursor);
      const page = await call<{ reviews: unknown[]; nextCursor?: string }>('GET', `/reviews?${params}`);
      return { reviews: page.reviews.map(checkedReview), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
    async moderateReview(reviewId, moderation) {
      return checkedReview(await call('POST', `/reviews/${encodeURIComponent(reviewId)}/moderation`, moderation as unknown as Record<string, unknown>));
    },
    async listRfqs(status) {
      return (await call<{ rfqs: unknown[] }>('GET', `/rfqs${status ? `?status=${encodeURIComponent(status)}` : ''}`)).rfqs.map(checkedRfq);
    },
    async answerRfq(rfqId, offer) {
      return checkedRfq(await call('PUT', `/rfqs/${encodeURIComponent(rfqId)}/offer`, offer as unknown as Record<string, unknown>));
    },
    async withdrawRfq(rfqId) {
      return checkedRfq(await call('POST', `/rfqs/${encodeURIComponent(rfqId)}/withdraw`, {}));
    },
  };
}
