/**
 * `@orderzone/embedded-backend`: an OrderZone backend that runs in the page. It applies the same
 * order rules a real backend must (authoritative prices, stock, idempotency, statuses) to a catalog
 * kept in browser storage, so the demo, the docs and a merchant's first try need no server.
 *
 * @packageDocumentation
 */
export * from './order-engine.ts';
export * from './embedded-backend.ts';
export * from './demo-catalog.ts';
export * from './return-photos.ts';
export * from './field-error-codes.ts';
export { MAX_AVAILABILITY_DAYS, type BookingLedger, type StoredBooking, type StoredHold } from './booking-ledger.ts';
