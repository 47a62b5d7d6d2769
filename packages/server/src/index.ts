/**
 * `@orderzone/server`: the backend a merchant runs. The REST contract of `docs/backend-contract.md`
 * on PostgreSQL (PGlite embedded by default, a PostgreSQL server with `DATABASE_URL`), with the same
 * order rules as the in-page backend (the engine of `@orderzone/embedded-backend`), an admin API for
 * the merchant, and a command line (`orderzone-server`).
 *
 * @packageDocumentation
 */
export { openDatabase, databaseConfig, MIGRATIONS_FOLDER, type Database, type DatabaseConfig, type Db } from './db/database.ts';
export { readConfig, readFlags, assertSafeForProduction, ConfigError, type ServerConfig } from './config.ts';
export { startServer, closeOnSignals, HOUSEKEEPING_EVERY_MS, type StartOptions, type RunningServer } from './start.ts';
export { createServerService } from './store/server-service.ts';
export { type CatalogSnapshot, type PgEngineStoreOptions } from './store/pg-engine-store.ts';
export { createServerApp, ADMIN_PATH, JSON_BODY_LIMIT_BYTES, RAW_BODY_ALLOWANCE_BYTES, type ServerAppOptions } from './http/server-app.ts';
export { createOrderEvents, notifyOrderChanged, ORDER_CHANGED_CHANNEL, type OrderEvents } from './http/order-events.ts';
export { DEFAULT_RATE_LIMITS, countRequest, type RateLimitRule } from './http/rate-limits.ts';
export { jsonLogger, type LogEntry, type Logger, type ServerVariables } from './http/request-log.ts';
export { clientAddress } from './http/client-address.ts';
export { isDatabaseUnavailable, outageResponse, OUTAGE_RETRY_AFTER_SECONDS } from './http/database-outage.ts';
export { checkReadiness, type Readiness, type NotReadyReason } from './http/health.ts';
export { createPhotoFiles, RETURN_PHOTO_FILES_PATH, type PhotoFiles, type PhotoFilesOptions } from './http/photo-files.ts';
export { ALIPAY_GATEWAY, type AlipayOptions, type CreatedPayment, type CreatePaymentRequest, createPayments, type CreateRefundRequest, DEFAULT_METHOD_PROVIDERS, type HttpAnswer, type IgnoredReport, type NotificationOutcome, type NotificationRefusalReason, type NotificationResponse, type NotificationResult, type PaymentCheck, type PaymentOutcome, type PaymentProblem, type PaymentProblemKind, type PaymentProvider, type PaymentReport, type Payments, type PaymentsOptions, type PaymentsSettings, type PaymentStatus, type PaymentView, paymentWebhookRoutes, type PayPalOptions, type ProviderPageAnswer, type ProviderPageRequest, type ProviderPayment, type ProviderPaymentStatus, type ProviderRefund, type ProviderRefundStatus, providersFromSettings, type RawNotification, readPaymentsSettings, type RefundReason, type RefundReport, type RefundState, type RefundStatus, type RefundView, Secret, type ShopperContext, type ShopperDevice, type SimulatedOptions, type StartedPayment, type StripeOptions, type SweepResult, type VerifiedNotification, type WechatPayOptions } from './payments/index.ts';
export { withPayments, serverPaymentAction, type PaymentFailureReport } from './payments/paying-service.ts';
export { type AliyunSmsChannelOptions, type ChannelKind, createMessageChannels, DeliveryError, type DeliveryOptions, type DeliveryReport, type EmailDelivery, html, type MessageChannel, type MessageChannels, type MessageConfig, type MessageKind, type MessageSettings, type MessageWorker, type MessageWorkerOptions, type NoticeOrder, notifyOutbox, type OrderNoticeContent, type OrderNoticeData, type OutgoingMessage, readMessageConfig, type RenderedMessage, SafeHtml, type SmsDelivery, startMessageWorker } from './messages/index.ts';
export { runHousekeeping, type HousekeepingReport } from './store/housekeeping.ts';

// ---- the merchant's side: catalog, admin API, personal data, backups, command line
export { importCatalog, exportCatalog, importShopSeed, checkShopSeed, catalogFormatOf, type CatalogInput, type CatalogImportResult, type CatalogImportOptions } from './catalog/import-catalog.ts';
export { loadShopSeed, loadProduct, readCatalogVersion } from './catalog/catalog-store.ts';
export { CATALOG_ISSUE_CODES, CatalogImportError, formatCatalogIssue, type CatalogFieldError, type CatalogIssue, type CatalogIssueCode } from './catalog/catalog-issues.ts';
export { ShopSeedSchema, PricingRulesSchema, CouponSchema, ShippingRateSchema, TaxRuleSchema } from './catalog/shop-seed-schema.ts';
export { createAdminApp, type AdminAppOptions } from './admin/admin-app.ts';
export { createMerchantKey, revokeMerchantKey, authenticateMerchantKey, listMerchantKeys, merchantKeyDigest, MERCHANT_KEY_PREFIX, type MerchantKey } from './admin/merchant-keys.ts';
export { writeAudit, readAuditLog, CLI_ACTOR, SYSTEM_ACTOR, type AuditRecord, type AuditEntry, type AuditPage } from './admin/audit-log.ts';
export { ORDER_ACTIONS, PERSONAL_ORDER_FIELDS, type OrderActionName, type MerchantOrderCalls } from './admin/order-actions.ts';
export { searchOrders, readOrder, type OrderSearch, type OrderPage } from './admin/order-search.ts';
export { adjustStock, setStock, listStock, type StockLevelRow } from './admin/stock-edits.ts';
export { saveProduct } from './admin/product-edits.ts';
export { listOutbox, type OutboxPage, type OutboxEntry, type OutboxDelivery, type OutboxQuery } from './admin/outbox-list.ts';
export { salesInsight, salesInsightQuery, SALES_INSIGHT_DEFAULTS, type SalesInsight, type SalesInsightQuery, type DaySales, type ProductSales, type LowStockForecast } from './admin/sales-insight.ts';
export { simulateOrderPayment, simulatesPayments, orderMoney, type AdminPayments, type OrderMoney } from './admin/order-payments.ts';
export { exportShopperData, deleteShopperData, isClosedStatus, type ShopperDataExport, type ShopperDataDeletion } from './privacy/shopper-data.ts';
export type { ExportedViewedProducts } from './privacy/shopper-rfqs.ts';
export { applyRetention, readRetentionDays, MAX_RETENTION_DAYS, type RetentionOptions, type RetentionReport } from './privacy/retention.ts';
export { TOMBSTONE, anonymiseOrder } from './privacy/anonymise-orders.ts';
export { writeBackup, restoreBackup, backupTables, currentSchemaTag, type BackupHeader, type TableCounts } from './backup/backup.ts';
export { main as runCommandLine } from './cli/main.ts';
