/**
 * What a client asks a quote for and what a quote says: the lines as asked (ids, quantities,
 * personalization, a booking's pick; never prices), the destination, the priced lines with their
 * problems, the adjustments, shipping options and coupon. Part of the order contract
 * (`order-schema.ts`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { CurrencyCodeSchema, ImageSchema, LocalizedTextSchema, MoneySchema } from '../catalog/primitive-schemas.ts';
import { BookingDetailsSchema, BookingSelectionSchema } from '../booking/booking-schema.ts';
import { COUPON_CODE_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH } from '../field-limits.ts';

/** A line as the client asks for it: which product, which variant, how many, what personalization. */
export const LineRequestSchema = z.object({
  productId: z.string(),
  variantId: z.string(),
  quantity: z.int().check(z.minimum(1)),
  /** Personalization field id → the text typed or the choice id picked. */
  personalization: z.record(z.string(), z.string()),
  /** For a bookable product: the slot, stay or seats picked (then `quantity` is 1). */
  booking: z.optional(BookingSelectionSchema),
  /** The hold placed when the booking was added to the cart; the backend checks it is still active. */
  holdId: z.optional(z.string()),
  /** The accepted request for quote (`Rfq.id`) whose quoted unit price applies to this line (business buying). */
  rfqId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
});
/** A line as the client asks for it: product and variant ids, quantity, personalization, and for a bookable product the pick and its hold; never a price. */
export type LineRequest = z.infer<typeof LineRequestSchema>;

/** The part of an address that decides shipping options and tax. */
export const DestinationSchema = z.object({
  /** ISO 3166-1 alpha-2 country code (`CN`, `US`...). */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  region: z.optional(z.string()),
  postalCode: z.optional(z.string()),
});
export type Destination = z.infer<typeof DestinationSchema>;

/** What a client asks a quote for: the currency, the lines, and optionally a coupon code, the chosen shipping option and the destination that decides shipping and tax. */
export const QuoteRequestSchema = z.object({
  currency: CurrencyCodeSchema,
  lines: z.array(LineRequestSchema),
  couponCode: z.optional(z.string().check(z.maxLength(COUPON_CODE_MAX_LENGTH))),
  shippingOptionId: z.optional(z.string()),
  destination: z.optional(DestinationSchema),
  /**
   * When the quote is for an edit of an unpaid order: its number. Lines naming the request for
   * quote that order was placed with (`rfqId`) keep the quoted price (see `rfqLinePrice`).
   */
  orderNumber: z.optional(z.string().check(z.maxLength(ORDER_NUMBER_MAX_LENGTH))),
});
/** What a client asks a quote for: the currency, the lines, and optionally a coupon code, the chosen shipping option and the destination that decides shipping and tax. */
export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;

/** Why a line cannot be ordered as asked. */
export const LineProblemSchema = z.object({
  /**
   * `hold_expired`: the line's hold lapsed (the pick may still be free: hold it again);
   * `booking_unavailable`: the slot, night or seat was taken by someone else or closed;
   * `invalid_booking`: the pick breaks the product's rules (minimum stay, too many seats...);
   * `rfq_expired`: the request for quote the line names expired (its prices no longer apply);
   * `rfq_unavailable`: that request is unknown, not accepted, already ordered, or the line differs from it.
   */
  code: z.enum([
    'out_of_stock',
    'insufficient_stock',
    'unavailable',
    'invalid_quantity',
    'invalid_personalization',
    'hold_expired',
    'booking_unavailable',
    'invalid_booking',
    'rfq_expired',
    'rfq_unavailable',
  ]),
  /** Units that can still be ordered, for stock problems. */
  available: z.optional(z.int().check(z.minimum(0))),
  /** The field concerned, for personalization problems. */
  field: z.optional(z.string()),
});
/** Why a line cannot be ordered as asked: a code, and the units still available or the personalization field concerned when they matter. */
export type LineProblem = z.infer<typeof LineProblemSchema>;

/** A priced line of a quote. */
export const QuoteLineSchema = z.object({
  productId: z.string(),
  variantId: z.string(),
  sku: z.string(),
  title: LocalizedTextSchema,
  /** The chosen option values as text, e.g. "M / Navy". */
  variantTitle: z.optional(LocalizedTextSchema),
  image: z.optional(ImageSchema),
  quantity: z.int().check(z.minimum(1)),
  personalization: z.record(z.string(), z.string()),
  /** Unit price after bulk tiers and personalization surcharges. */
  unitPrice: MoneySchema,
  /** The unit price before a bulk tier applied, when one did. */
  listUnitPrice: z.optional(MoneySchema),
  /** `unitPrice × quantity`. */
  total: MoneySchema,
  /** Units in stock now; `null` when untracked. */
  available: z.nullable(z.int()),
  problem: z.optional(LineProblemSchema),
  /** For a booking: what was booked, resolved (times, nights with prices, seats with labels). */
  booking: z.optional(BookingDetailsSchema),
  /** The hold the line was priced with, and when it lapses. */
  hold: z.optional(z.object({ id: z.string(), expiresAt: z.iso.datetime() })),
  /** False for lines nothing is shipped for (bookings); absent means true. */
  shipped: z.optional(z.boolean()),
  /** The request for quote whose quoted unit price this line has (absent: the catalog's price). */
  rfqId: z.optional(z.string()),
});
/** A priced line of a quote: unit price after bulk tiers and surcharges, line total in minor units, stock, and a problem when it cannot be ordered as asked. */
export type QuoteLine = z.infer<typeof QuoteLineSchema>;

/** One step between subtotal and total, ready to show as a line: a discount, shipping or tax. */
export const AdjustmentSchema = z.object({
  kind: z.enum(['discount', 'shipping', 'tax']),
  label: LocalizedTextSchema,
  /** Negative for discounts; tax that is already included in prices is reported with `included: true`. */
  amount: MoneySchema,
  /** True for tax already contained in the prices (shown as "incl. VAT", not added again). */
  included: z.optional(z.boolean()),
  code: z.optional(z.string()),
});
/** One step between subtotal and total, ready to show as a line: a discount (negative amount), shipping or tax (`included: true` when already in the prices). */
export type Adjustment = z.infer<typeof AdjustmentSchema>;

export const ShippingOptionSchema = z.object({
  id: z.string(),
  label: LocalizedTextSchema,
  price: MoneySchema,
  /** E.g. "1–2 days". */
  estimate: z.optional(LocalizedTextSchema),
});
export type ShippingOption = z.infer<typeof ShippingOptionSchema>;

/** What happened to the coupon code the client sent. */
export const CouponResultSchema = z.object({
  code: z.string(),
  status: z.enum(['applied', 'unknown', 'expired', 'min_spend_not_met']),
  /** For `min_spend_not_met`: the subtotal needed. */
  minSpend: z.optional(MoneySchema),
});
export type CouponResult = z.infer<typeof CouponResultSchema>;

/** The backend's authoritative price for a set of lines. */
export const QuoteSchema = z.object({
  currency: CurrencyCodeSchema,
  lines: z.array(QuoteLineSchema),
  subtotal: MoneySchema,
  /** Discounts, shipping and tax, in the order they apply. */
  adjustments: z.array(AdjustmentSchema),
  total: MoneySchema,
  shippingOptions: z.array(ShippingOptionSchema),
  selectedShippingOptionId: z.optional(z.string()),
  coupon: z.optional(CouponResultSchema),
  /** True when every line can be ordered as asked. */
  orderable: z.boolean(),
  /** False when no line is shipped (only bookings): no shipping option is needed. Absent means true. */
  requiresShipping: z.optional(z.boolean()),
  /** False when the order needs no address at all (nothing shipped, no on-site service). Absent means true. */
  requiresAddress: z.optional(z.boolean()),
});
/** The backend's authoritative price for a set of lines: subtotal, adjustments, total, shipping options and whether every line can be ordered (`orderable`). */
export type Quote = z.infer<typeof QuoteSchema>;
