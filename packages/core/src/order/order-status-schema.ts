/**
 * Where an order stands, in the order contract (`order-schema.ts`): its status, the timeline of
 * what happened to it, and the tracking of a shipped parcel.
 *
 * @module
 */
import * as z from 'zod/mini';
import { OrderTextSchema } from './order-text.ts';

/**
 * Where an order is in its lifecycle. `paid` and `pending_shipment` both await shipment:
 * `pending_shipment` is a cash-on-delivery order, not paid yet. An order of bookings only (no goods)
 * becomes `confirmed` when paid and `fulfilled` once the service took place. Which actions each
 * status allows is decided by the transition table in `order-lifecycle.ts`.
 */
export const OrderStatusSchema = z.enum([
  'pending_payment',
  'paid',
  'pending_shipment',
  'shipped',
  'completed',
  'cancelled',
  'refund_requested',
  'refund_rejected',
  'refunded',
  'return_requested',
  'return_approved',
  'returned',
  'return_rejected',
  'confirmed',
  'fulfilled',
]);
/** Where an order is in its lifecycle, from `pending_payment` to `completed`, `fulfilled`, `cancelled`, `refunded` or `returned`. */
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/**
 * One step of an order's timeline: the status it entered (or kept, for `edit` and `change_address`),
 * when, and the lifecycle action that caused it (absent for the entry of creation).
 */
export const OrderHistoryEntrySchema = z.object({
  status: OrderStatusSchema,
  /** ISO 8601 date-time. */
  at: z.string(),
  /** A `ShopperAction` or `MerchantAction` of `order-lifecycle.ts`. */
  action: z.optional(z.string()),
  /** The shopper's reason (refund or return request) or the merchant's note (approval, rejection). */
  note: z.optional(OrderTextSchema),
});
/** One step of an order's timeline: the status it entered, when (ISO 8601) and the action that caused it, with the shopper's or merchant's note. */
export type OrderHistoryEntry = z.infer<typeof OrderHistoryEntrySchema>;

/** Where a shipped parcel can be followed. */
export const TrackingSchema = z.object({
  /** The carrier's name, e.g. `SF Express` or `顺丰速运`. */
  carrier: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The tracking (waybill) number. */
  number: z.string().check(z.minLength(1), z.maxLength(100)),
});
/** Where a shipped parcel can be followed: the carrier's name and the tracking (waybill) number. */
export type Tracking = z.infer<typeof TrackingSchema>;
