/**
 * The tone a status is shown in, wherever it shows (the order confirmation, the order detail, the
 * order list, refund and return requests): one table, so every view colours a status alike.
 *
 * @module
 */
import type { AfterSaleStatus, OrderStatus } from './order-schema.ts';

/**
 * How a status reads for the shopper: `waiting` while something is still to happen, `success` once
 * it went the shopper's way, `danger` when it ended otherwise. Elements map tones to colours
 * (`--oz-color-warning`, `--oz-color-success`, `--oz-color-danger`).
 */
export type StatusTone = 'waiting' | 'success' | 'danger';

/** The tone of every order status; a new status must choose one here. */
export const ORDER_STATUS_TONES: Readonly<Record<OrderStatus, StatusTone>> = {
  pending_payment: 'waiting',
  pending_shipment: 'waiting',
  paid: 'success',
  shipped: 'success',
  completed: 'success',
  cancelled: 'danger',
  refund_requested: 'waiting',
  refund_rejected: 'danger',
  refunded: 'success',
  return_requested: 'waiting',
  return_approved: 'success',
  returned: 'success',
  return_rejected: 'danger',
  confirmed: 'success',
  fulfilled: 'success',
};

/** The tone of every refund or return request status. */
export const AFTER_SALE_STATUS_TONES: Readonly<Record<AfterSaleStatus, StatusTone>> = {
  requested: 'waiting',
  approved: 'success',
  received: 'success',
  refunded: 'success',
  rejected: 'danger',
};

/** The tone of an order status; `waiting` for a status this version does not know. */
export const orderStatusTone = (status: OrderStatus): StatusTone => ORDER_STATUS_TONES[status] ?? 'waiting';

/** The tone of a refund or return request's status; `waiting` for a status this version does not know. */
export const afterSaleStatusTone = (status: AfterSaleStatus): StatusTone => AFTER_SALE_STATUS_TONES[status] ?? 'waiting';
