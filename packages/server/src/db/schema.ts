/**
 * The server's tables, for PGlite and PostgreSQL alike (drizzle-orm). SQL migrations are generated
 * from this file into `migrations/` (`npm run db:generate -w @orderzone/server`) and checked in; the
 * server applies them on start and with `orderzone-server migrate`.
 *
 * The engine's records (orders, holds, codes...) are kept as `jsonb` in the shape the engine works
 * with, beside the columns the server queries by (an order's contact, status and date; a hold's
 * product). One row per record, so a call loads and locks only the rows it needs.
 *
 * @module
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Binary content (`bytea`): node-postgres answers a Buffer, PGlite a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

// ---- the catalog ---------------------------------------------------------------------------------

/** The shop itself: one row (`id` 1) with its pricing rules, payment methods and countries. */
export const shop = pgTable('shop', {
  id: integer('id').primaryKey(),
  /** `PricingRules` of `@orderzone/core/pricing`. */
  pricing: jsonb('pricing').notNull(),
  paymentMethods: jsonb('payment_methods').notNull(),
  /** Countries shipped to, the first one the default. */
  countries: jsonb('countries').notNull(),
  /** Goes up with every change of the catalog, so each instance knows when its cached copy is stale. */
  catalogVersion: bigint('catalog_version', { mode: 'number' }).notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  /** A `Category`. */
  data: jsonb('data').notNull(),
});

export const products = pgTable('products', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  /** A `Product`, its variants' `stock` as imported (the current stock is in `stock`). */
  data: jsonb('data').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** Units in stock of each tracked variant (untracked variants have no row). */
export const stock = pgTable(
  'stock',
  {
    variantId: text('variant_id').primaryKey(),
    productId: text('product_id').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [index('stock_product_idx').on(t.productId), check('stock_not_negative', sql`${t.quantity} >= 0`)],
);

// ---- orders ----------------------------------------------------------------------------------------

export const orders = pgTable(
  'orders',
  {
    orderNumber: text('order_number').primaryKey(),
    status: text('status').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    /** The contact's phone and e-mail, normalised (`contact-match.ts`), for the risk rules and a signed-in shopper's orders. */
    contactPhone: text('contact_phone').notNull(),
    contactEmail: text('contact_email').notNull(),
    totalAmount: bigint('total_amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** The `Order`. */
    data: jsonb('data').notNull(),
  },
  (t) => [
    index('orders_created_idx').on(t.createdAt),
    index('orders_phone_idx').on(t.contactPhone, t.createdAt),
    index('orders_email_idx').on(t.contactEmail, t.createdAt),
    index('orders_status_idx').on(t.status),
    /** The message worker's scan for status changes it has not notified yet (`src/messages/order-notices.ts`). */
    index('orders_updated_idx').on(t.updatedAt),
  ],
);

/** Idempotency keys of submissions: the order each placed and a fingerprint of its request. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  orderNumber: text('order_number').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Digests (SHA-256) of the orders' access tokens; never a token. */
export const orderAccessTokens = pgTable(
  'order_access_tokens',
  {
    digest: text('digest').primaryKey(),
    orderNumber: text('order_number').notNull(),
    issuedAt: at('issued_at').notNull(),
  },
  (t) => [index('order_access_tokens_order_idx').on(t.orderNumber)],
);

/** Recent wrong guesses at orders, per order number and per client. */
export const accessFailures = pgTable(
  'access_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('access_failures_key_idx').on(t.scope, t.key, t.at)],
);

/** Photos uploaded for a return request not made yet, per order (as the engine keeps them). */
export const pendingReturnPhotos = pgTable('pending_return_photos', {
  orderNumber: text('order_number').primaryKey(),
  /** `UploadedPhoto[]`, oldest first. */
  photos: jsonb('photos').notNull(),
});

/**
 * A signed-in shopper's browsing history (issue 18): the viewed product ids, newest first (at most
 * 30), by the phone or e-mail they sign in with (the session's `destination`). A signed-out
 * shopper's history never reaches the server.
 */
export const viewedProducts = pgTable('viewed_products', {
  shopper: text('shopper').primaryKey(),
  /** `string[]`, newest first. */
  productIds: jsonb('product_ids').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/**
 * Reviews (`ReviewRecord` of `@orderzone/core`): one per order line, or imported with the catalog.
 * A product's rating is computed from its `published` rows; no product holds a stored rating.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull(),
    /** Absent for a review imported with the catalog. */
    orderNumber: text('order_number'),
    /** `pending`, `published` or `hidden`. */
    status: text('status').notNull(),
    updatedAt: at('updated_at').notNull(),
    /** The `ReviewRecord`, with its versions and the merchant's reply. */
    data: jsonb('data').notNull(),
  },
  (t) => [index('reviews_product_status_idx').on(t.productId, t.status), index('reviews_order_idx').on(t.orderNumber), index('reviews_status_updated_idx').on(t.status, t.updatedAt)],
);

/**
 * Requests for quote (`Rfq` of `@orderzone/core`, business buying) with their buyer: the normalised
 * phone or e-mail of the session that sent it (`StoredRfq` of `@orderzone/embedded-backend`).
 */
export const rfqs = pgTable(
  'rfqs',
  {
    id: text('id').primaryKey(),
    /**
     * What a person reads the request by (`RFQ-7KD4M-9QXT2`, the `Rfq`'s `number`), unique. Rows
     * stored before numbers got one in the migration `0005_rfq_numbers`; a row restored from an
     * older backup may have none.
     */
    number: text('number'),
    buyer: text('buyer').notNull(),
    /** The stored status (`quoted` and `accepted` read as `expired` past the offer's expiry). */
    status: text('status').notNull(),
    createdAt: at('created_at').notNull(),
    /** The `Rfq`, with its lines, the merchant's offer and the order placed under it. */
    data: jsonb('data').notNull(),
  },
  (t) => [index('rfqs_buyer_idx').on(t.buyer), index('rfqs_created_idx').on(t.createdAt), uniqueIndex('rfqs_number_idx').on(t.number)],
);

/** The bytes of uploaded photos, served by the server at their `url`. */
export const photoFiles = pgTable('photo_files', {
  id: text('id').primaryKey(),
  orderNumber: text('order_number').notNull(),
  contentType: text('content_type').notNull(),
  bytes: integer('bytes').notNull(),
  content: bytea('content').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

// ---- bookings --------------------------------------------------------------------------------------

export const holds = pgTable(
  'holds',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull(),
    expiresAt: at('expires_at').notNull(),
    /** A `StoredHold`. */
    data: jsonb('data').notNull(),
  },
  (t) => [index('holds_product_idx').on(t.productId)],
);

export const bookings = pgTable(
  'bookings',
  {
    /** The order number and the units claimed: a booking's identity. */
    id: text('id').primaryKey(),
    orderNumber: text('order_number').notNull(),
    productId: text('product_id').notNull(),
    /** A `StoredBooking`. */
    data: jsonb('data').notNull(),
  },
  (t) => [index('bookings_product_idx').on(t.productId), index('bookings_order_idx').on(t.orderNumber)],
);

// ---- accounts and one-time codes -------------------------------------------------------------------

export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: text('id').primaryKey(),
    destination: text('destination').notNull(),
    expiresAt: at('expires_at').notNull(),
    /** A `StoredCode`. */
    data: jsonb('data').notNull(),
  },
  (t) => [index('one_time_codes_destination_idx').on(t.destination)],
);

export const sessions = pgTable(
  'sessions',
  {
    token: text('token').primaryKey(),
    destination: text('destination').notNull(),
    expiresAt: at('expires_at').notNull(),
    /** A `StoredSession`. */
    data: jsonb('data').notNull(),
  },
  (t) => [index('sessions_destination_idx').on(t.destination)],
);

/**
 * Messages to deliver (codes, order notices), written in the transaction that decided them and
 * delivered by the message worker (`src/messages/`): what a merchant can audit. A code is erased
 * from `data` once its message was delivered, expired or given up.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    destination: text('destination').notNull(),
    /** When the message was made (for a code: when the engine sent it). */
    sentAt: at('sent_at').notNull(),
    /** An `OutboxMessage` of the engine, or an `OrderNoticeData` (`src/messages/order-notices.ts`). */
    data: jsonb('data').notNull(),
    /** When a channel accepted it; null while undelivered. */
    deliveredAt: at('delivered_at'),
    /** The channel that delivered it (`smtp`, `aliyun`, `log`...). */
    deliveredVia: text('delivered_via'),
    /** Tries so far (a try counts when a worker takes the message). */
    attempts: integer('attempts').notNull().default(0),
    /** Not before then is it tried (again); null: now. Also the lease of the worker that took it. */
    nextAttemptAt: at('next_attempt_at'),
    /** Why the last try failed, without personal data (an SMTP reply code, a provider's error code). */
    lastError: text('last_error'),
    /** When the worker gave up on it (too many tries, refused for good, expired); null otherwise. */
    failedAt: at('failed_at'),
  },
  (t) => [
    index('outbox_sent_idx').on(t.sentAt),
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null and ${t.failedAt} is null`),
  ],
);

/**
 * Each status change of each order, once: whether a notice was queued for it (`src/messages/`). Its
 * key makes a repeated `NOTIFY order_changed`, a scan and a second instance queue one notice only.
 */
export const orderNotices = pgTable(
  'order_notices',
  {
    orderNumber: text('order_number').notNull(),
    /** The change's index in the order's `history`. */
    historyIndex: integer('history_index').notNull(),
    /** The notice the change called for (`placed`, `paid`, `shipped`, `refund_decided`, `return_decided`), null for none. */
    notice: text('notice'),
    /** `queued`, or why nothing was: `none`, `no_email`, `too_old`, `before_notices` (changes made before this table). */
    outcome: text('outcome').notNull(),
    /** The outbox message of the notice, when one was queued. */
    outboxId: text('outbox_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orderNumber, t.historyIndex] })],
);

// ---- the merchant's side and operations ---------------------------------------------------------

/** Keys of the admin API: only a digest is kept; a revoked key stays for the audit log. */
export const merchantKeys = pgTable('merchant_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  digest: text('digest').notNull().unique(),
  createdAt: at('created_at').notNull().defaultNow(),
  revokedAt: at('revoked_at'),
});

/** Every state change made through the admin API or the command line: who, when, what. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull().defaultNow(),
    /** A merchant key's id, `cli`, or `system` (expiry, retention). */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    orderNumber: text('order_number'),
    details: jsonb('details').notNull(),
  },
  (t) => [index('audit_log_order_idx').on(t.orderNumber), index('audit_log_at_idx').on(t.at)],
);

/** Request counters of the HTTP rate limits, shared by every instance. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: at('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

// ---- payments (src/payments) --------------------------------------------------------------------

/**
 * Each attempt to pay an order at a provider. `id` is the merchant's trade number at the provider
 * (`out_trade_no`, metadata); `status` is the provider's state of it; `outcome` what the server did
 * with the money: paid the order (at most one payment per order), refunded it (late or duplicate),
 * flagged it for the merchant (amount mismatch), or left an approval uncaptured.
 */
export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    orderNumber: text('order_number').notNull(),
    provider: text('provider').notNull(),
    /** The order's payment method (`paymentMethod.id`). */
    methodId: text('method_id').notNull(),
    /** The provider's reference (trade number, Checkout Session id, PayPal order id), once created. */
    reference: text('reference'),
    /** `creating`, `pending`, `authorized`, `paid`, `failed`, `expired`. */
    status: text('status').notNull(),
    /** `order_paid`, `refunded`, `flagged`, `not_captured`, `paid_offline`, or null while undecided. */
    outcome: text('outcome'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** What the provider says was paid. */
    paidAmount: bigint('paid_amount', { mode: 'number' }),
    paidCurrency: text('paid_currency'),
    providerTransactionId: text('provider_transaction_id'),
    /** `desktop`, `phone` or `wechat`. */
    device: text('device').notNull(),
    /** The contract's `PaymentAction` given to the shopper. */
    action: jsonb('action'),
    /** The provider's own data (flow, prepay id...); never a secret. */
    data: jsonb('data').notNull().default({}),
    returnUrl: text('return_url').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    expiresAt: at('expires_at'),
    paidAt: at('paid_at'),
  },
  (t) => [
    index('payments_order_idx').on(t.orderNumber),
    uniqueIndex('payments_reference_idx').on(t.provider, t.reference),
    index('payments_open_idx').on(t.status, t.createdAt),
    // The one payment that paid an order.
    uniqueIndex('payments_order_paid_idx').on(t.orderNumber).where(sql`outcome = 'order_paid'`),
  ],
);

/** Every verified notification, once: a repeat (same provider and id) changes nothing. Its summary holds no personal data. */
export const paymentNotifications = pgTable(
  'payment_notifications',
  {
    provider: text('provider').notNull(),
    notificationId: text('notification_id').notNull(),
    paymentId: text('payment_id'),
    /** `payment`, `refund` or `ignored`. */
    kind: text('kind').notNull(),
    /** The reported status, amount, currency and transaction id. */
    summary: jsonb('summary').notNull(),
    receivedAt: at('received_at').notNull(),
    /** Set once processed: a notification received but not processed (a failure) is processed again on its repeat. */
    processedAt: at('processed_at'),
    /** What processing it did (`order_paid`, `recorded`, `amount_mismatch`, `late_payment_refunded`...). */
    outcome: text('outcome'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.notificationId] }), index('payment_notifications_payment_idx').on(t.paymentId)],
);

/** Refunds through the providers: asked by the merchant, or of a late or duplicate payment; followed until final. */
export const paymentRefunds = pgTable(
  'payment_refunds',
  {
    /** The merchant's refund number at the provider (`out_refund_no`, idempotency key). */
    id: text('id').primaryKey(),
    paymentId: text('payment_id').notNull(),
    orderNumber: text('order_number').notNull(),
    provider: text('provider').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** `requested`, `pending`, `succeeded`, `failed`. */
    status: text('status').notNull(),
    /** `merchant`, `late_payment`, `duplicate_payment`, `external` (made at the provider). */
    reason: text('reason').notNull(),
    providerRefundId: text('provider_refund_id'),
    failure: text('failure'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('payment_refunds_payment_idx').on(t.paymentId), index('payment_refunds_order_idx').on(t.orderNumber), index('payment_refunds_status_idx').on(t.status)],
);

/**
 * Money the server did not simply accept, for the merchant (the admin API lists them): an amount
 * that does not match, a payment after the order closed or a second one, a refund that failed, a
 * verified payment of an unknown trade. Each cause is recorded once (`key`).
 */
export const paymentProblems = pgTable(
  'payment_problems',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    orderNumber: text('order_number'),
    paymentId: text('payment_id'),
    provider: text('provider').notNull(),
    details: jsonb('details').notNull(),
    createdAt: at('created_at').notNull(),
    resolvedAt: at('resolved_at'),
    resolution: text('resolution'),
  },
  (t) => [index('payment_problems_open_idx').on(t.resolvedAt, t.createdAt), index('payment_problems_order_idx').on(t.orderNumber)],
);
