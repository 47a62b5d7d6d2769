/**
 * Refunds and returns (after-sales, 售后) in the order contract (`order-schema.ts`): the shopper's
 * requests with the units and photos they name, the merchant's return instructions, and what
 * became of each request line by line.
 *
 * @module
 */
import * as z from 'zod/mini';
import { MoneySchema } from '../catalog/primitive-schemas.ts';
import { AddressSchema } from './contact-schema.ts';
import { OrderTextSchema } from './order-text.ts';

export { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES } from './return-photo-limits.ts';

/** A photo uploaded for a return request, as the backend stored it. */
export const UploadedPhotoSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Where the photo can be shown (`https:` or `blob:`/`data:` in the embedded backend). */
  url: z.string(),
  contentType: z.string(),
  bytes: z.int().check(z.minimum(0)),
});
/** A photo uploaded for a return request, as the backend stored it: its id to send with the request, a URL to show it, its content type and size in bytes. */
export type UploadedPhoto = z.infer<typeof UploadedPhotoSchema>;

/**
 * Some units of one order line, as a refund or return request names them (and a merchant's decision
 * on one): the line's position in `order.lines` and how many of its units.
 */
export const ChosenLineSchema = z.object({
  /** The order line (0-based position in `order.lines`). */
  lineIndex: z.int().check(z.minimum(0)),
  /** How many of its units, at least 1 and at most what may still be asked for. */
  quantity: z.int().check(z.minimum(1)),
});
/** Some units of one order line, as a refund or return request names them: the 0-based `lineIndex` in `order.lines` and a quantity of at least 1. */
export type ChosenLine = z.infer<typeof ChosenLineSchema>;

/**
 * A shopper's request to send goods back after shipment, with up to four photos uploaded first.
 * `lines` names the units to return; without it, every unit that may still be returned.
 */
export const ReturnRequestSchema = z.object({
  /** Why (1–500 characters after trimming). */
  reason: OrderTextSchema,
  /** Ids of photos uploaded with `uploadReturnPhoto`, at most `RETURN_PHOTO_MAX_COUNT` (4). */
  photoIds: z.array(z.string()).check(z.maxLength(4)),
  /** The lines and units to return, each order line at most once; absent: everything that may still be returned. */
  lines: z.optional(z.array(ChosenLineSchema).check(z.minLength(1))),
});
/** A shopper's request to send goods back after shipment: a reason, up to four uploaded photo ids and, optionally, the lines and units to return (absent: everything returnable). */
export type ReturnRequest = z.infer<typeof ReturnRequestSchema>;

/** Where the shopper sends a return, given when the merchant approves it. */
export const ReturnInstructionsSchema = z.object({
  address: AddressSchema,
  recipient: z.string(),
  phone: z.optional(z.string()),
  note: z.optional(z.string()),
});
/** Where the shopper sends a return, given when the merchant approves it: the address, the recipient and optionally a phone number and a note. */
export type ReturnInstructions = z.infer<typeof ReturnInstructionsSchema>;

/**
 * Where a refund or return request, or one of its lines, stands: `requested` (awaiting the
 * merchant), `approved` (a return accepted: the goods are to be sent back), `received` (the goods
 * are back), `refunded` (money sent back), `rejected` (declined).
 */
export const AfterSaleStatusSchema = z.enum(['requested', 'approved', 'received', 'refunded', 'rejected']);
export type AfterSaleStatus = z.infer<typeof AfterSaleStatusSchema>;

/** One order line of a refund or return request, and what the merchant decided for it. */
export const AfterSaleLineSchema = z.object({
  /** The order line (0-based position in `order.lines`). */
  lineIndex: z.int().check(z.minimum(0)),
  /** Units asked for. */
  quantity: z.int().check(z.minimum(1)),
  /** What those units are worth back by the refund rule (`afterSaleRefund` of `@orderzone/core/orders`), when asked. */
  amount: MoneySchema,
  status: AfterSaleStatusSchema,
  /**
   * Units the merchant accepted once they decided (approved for return, received, refunded); the
   * rest of `quantity` was declined. Absent while `requested`; 0 when `rejected`.
   */
  accepted: z.optional(z.int().check(z.minimum(0))),
  /** What was refunded for this line. */
  refunded: z.optional(MoneySchema),
});
/** One order line of a refund or return request: units asked for, what they are worth back, and the merchant's decision (status, units accepted, amount refunded). */
export type AfterSaleLine = z.infer<typeof AfterSaleLineSchema>;

/**
 * A refund request (before shipment, `kind: 'refund'`) or a return request (after shipment,
 * `kind: 'return'`) and what became of it, line by line: an after-sale (售后). An order has at most
 * one open at a time.
 */
export const AfterSaleSchema = z.object({
  /** Unique within the order (`AS1`, `AS2`…). */
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['refund', 'return']),
  /** Where the request stands as a whole; each line has its own status too. */
  status: AfterSaleStatusSchema,
  /** ISO 8601 date-time. */
  requestedAt: z.string(),
  /** The shopper's reason. */
  reason: z.string(),
  /** Photos sent with a return request. */
  photos: z.array(UploadedPhotoSchema),
  lines: z.array(AfterSaleLineSchema).check(z.minLength(1)),
  /** The refund asked for: the lines' amounts, plus the shipping paid when they are all that was left to refund. */
  amount: MoneySchema,
  /** What was refunded, once the merchant refunded (lines, and shipping when the order was then refunded in full). */
  refunded: z.optional(MoneySchema),
  /** Where to send the goods back, once a return was approved. */
  returnInstructions: z.optional(ReturnInstructionsSchema),
  /** The merchant's note on their last decision. */
  note: z.optional(OrderTextSchema),
  /** ISO 8601 date-time of the merchant's last decision. */
  decidedAt: z.optional(z.string()),
});
/** A refund request (before shipment) or return request (after shipment) and what became of it, line by line; an order has at most one open at a time. */
export type AfterSale = z.infer<typeof AfterSaleSchema>;

/**
 * A shopper's request for their money back, before shipment. `lines` names the units to refund;
 * without it, every unit that may still be refunded (the whole order, as before contract 2.1).
 */
export const RefundRequestSchema = z.object({
  /** Why the shopper wants a refund (1–500 characters after trimming). */
  reason: OrderTextSchema,
  /** The lines and units to refund, each order line at most once; absent: everything that may still be refunded. */
  lines: z.optional(z.array(ChosenLineSchema).check(z.minLength(1))),
});
/** A shopper's request for their money back before shipment: a reason (1–500 characters) and, optionally, the lines and units to refund (absent: everything refundable). */
export type RefundRequest = z.infer<typeof RefundRequestSchema>;
