/**
 * The order contract between a client and a backend: what a client asks a quote for, what a quote
 * says, what a client submits and what an order looks like. The client sends ids, option keys,
 * quantities and codes, never prices: the backend's quote is authoritative.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CurrencyCodeSchema, ImageSchema, LocalizedTextSchema, MoneySchema } from '../catalog/primitive-schemas.ts';
import { BookingDetailsSchema, BookingSelectionSchema } from '../booking/booking-schema.ts';
import { CompanyDetailsSchema } from '../business/company-details-schema.ts';
import { OrderTextSchema } from './order-text.ts';
import { CONTACT_MAX_LENGTH, COUPON_CODE_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH } from '../field-limits.ts';

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

/** A way to pay that the merchant's backend offers. */
export const PaymentMethodSchema = z.object({
  id: z.string(),
  kind: z.enum(['alipay', 'wechat_pay', 'unionpay', 'card', 'paypal', 'bank_transfer', 'cash_on_delivery', 'other']),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});
/** A way to pay that the merchant's backend offers: an id to submit, its kind and a label in the shopper's language. */
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

/** What the checkout form offers: payment methods and the countries shipped to. */
export const CheckoutOptionsSchema = z.object({
  paymentMethods: z.array(PaymentMethodSchema).check(z.minLength(1)),
  /** ISO 3166-1 alpha-2 codes, first one the default. */
  countries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1)),
});
/** What the checkout form offers: at least one payment method and the countries shipped to (ISO 3166-1 alpha-2, the first one the default). */
export type CheckoutOptions = z.infer<typeof CheckoutOptionsSchema>;

/** Who to reach about an order: the shopper's name, phone number and e-mail address. */
export const ContactSchema = z.object({
  name: z.string(),
  phone: z.string(),
  email: z.string(),
});
/** Who to reach about an order: the shopper's name, phone number and e-mail address. */
export type Contact = z.infer<typeof ContactSchema>;

/** A postal address: ISO 3166-1 alpha-2 country, region (province / state), city, optional district, street lines and postal code. */
export const AddressSchema = z.object({
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  /** Province / state. */
  region: z.string(),
  city: z.string(),
  /** District / county (区/县), optional outside CN. */
  district: z.optional(z.string()),
  line1: z.string(),
  line2: z.optional(z.string()),
  postalCode: z.string(),
});
/** A postal address: ISO 3166-1 alpha-2 country, region (province / state), city, optional district, street lines and postal code. */
export type Address = z.infer<typeof AddressSchema>;

/** Everything a client submits to place an order. */
export const OrderRequestSchema = z.object({
  currency: CurrencyCodeSchema,
  lines: z.array(LineRequestSchema).check(z.minLength(1)),
  contact: ContactSchema,
  /** Required unless the quote says `requiresAddress: false`. Also where on-site services happen. */
  shippingAddress: z.optional(AddressSchema),
  /** Required unless the quote says `requiresShipping: false`. */
  shippingOptionId: z.optional(z.string()),
  paymentMethodId: z.string(),
  couponCode: z.optional(z.string()),
  note: z.optional(OrderTextSchema),
  /** The company the order is bought for (business buying): credit code, fapiao, purchase order number. */
  company: z.optional(CompanyDetailsSchema),
  /** The total the shopper confirmed; a backend answers `price_changed` when its own total differs. */
  expectedTotal: MoneySchema,
  locale: z.optional(z.string()),
});
/** Everything a client submits to place an order: lines, contact, address, shipping and payment choices, and the total the shopper confirmed (`expectedTotal`). */
export type OrderRequest = z.infer<typeof OrderRequestSchema>;

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
 * What the shopper must do to pay after submitting: follow a redirect, scan a QR code, or nothing
 * (cash on delivery, already paid). The SDK never collects card numbers itself.
 */
export const PaymentActionSchema = z.union([
  z.object({ type: z.literal('none') }),
  /**
   * The payment could not be started yet (the payment provider did not answer): the storefront
   * offers to try again, which fetches the order, and with it a new attempt.
   */
  z.object({ type: z.literal('unavailable') }),
  z.object({ type: z.literal('redirect'), url: z.string() }),
  z.object({
    type: z.literal('qr_code'),
    /** The payload to encode as a QR code (e.g. a `weixin://` or `https://qr.alipay.com/...` URL). */
    payload: z.string(),
    /** A ready-made QR image, when the backend renders one. */
    imageUrl: z.optional(z.string()),
    /** ISO 8601 date-time after which the code no longer works. */
    expiresAt: z.optional(z.string()),
  }),
]);
/** What the shopper must do to pay after submitting: nothing (`none`), try again later (`unavailable`), follow a `redirect` or scan a `qr_code`. */
export type PaymentAction = z.infer<typeof PaymentActionSchema>;

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

/** A placed order as the backend keeps it: status, priced lines, totals, contact, address, shipping, payment, timeline, tracking and after-sales. Money is in integer minor units of `currency`. */
export const OrderSchema = z.object({
  orderNumber: z.string().check(z.minLength(1)),
  status: OrderStatusSchema,
  /** ISO 8601 date-time. */
  createdAt: z.string(),
  currency: CurrencyCodeSchema,
  lines: z.array(QuoteLineSchema),
  subtotal: MoneySchema,
  adjustments: z.array(AdjustmentSchema),
  total: MoneySchema,
  contact: ContactSchema,
  /** Absent for orders that need no address (only stays or seats). */
  shippingAddress: z.optional(AddressSchema),
  /** Absent for orders that ship nothing. */
  shippingOption: z.optional(ShippingOptionSchema),
  paymentMethod: PaymentMethodSchema,
  note: z.optional(z.string()),
  /** The company the order was bought for, as given at checkout (normalized). */
  company: z.optional(CompanyDetailsSchema),
  payment: PaymentActionSchema,
  /**
   * ISO 8601 date-time until which an order awaiting payment may be paid; after it the backend
   * cancels the order (history action `expire`) and gives its stock back. Absent: no deadline.
   */
  payBy: z.optional(z.string()),
  /** The shopper's language when the order was placed (`OrderRequest.locale`): what messages about it are written in. */
  locale: z.optional(z.string()),
  /** Every status the order entered, oldest first, starting with the status it was created in. */
  history: z.optional(z.array(OrderHistoryEntrySchema)),
  /** Set once the order is shipped. */
  tracking: z.optional(TrackingSchema),
  /** The shopper's latest return request (reason and photos), once made; `afterSales` has every request line by line. */
  returnRequest: z.optional(z.object({ reason: z.string(), photos: z.array(UploadedPhotoSchema) })),
  /** Where to send the goods back, once the merchant approved the latest return. */
  returnInstructions: z.optional(ReturnInstructionsSchema),
  /** Every refund and return request, oldest first, with each line's status and refund (contract 2.1). */
  afterSales: z.optional(z.array(AfterSaleSchema)),
  /** Money refunded so far, all requests together; never more than `total`. Absent: nothing refunded (or a backend before contract 2.1). */
  refunded: z.optional(MoneySchema),
});
/** A placed order as the backend keeps it: status, priced lines, totals, contact, address, shipping, payment, timeline, tracking and after-sales. Money is in integer minor units of `currency`. */
export type Order = z.infer<typeof OrderSchema>;

/**
 * An order's access token: a secret of at least 128 random bits that opens one order, sent in the
 * `Order-Access-Token` header. Printable ASCII without spaces, 22–512 characters.
 */
export const OrderAccessTokenSchema = z.string().check(z.minLength(22), z.maxLength(512), z.regex(/^[\x21-\x7e]+$/));

/**
 * An order with the token that opens it: the answer to placing an order (`POST /orders`) or looking
 * one up (`POST /order-lookups`). Keep the token with the order on the device; never show or log it.
 */
export const OrderWithAccessSchema = z.object({
  order: OrderSchema,
  /** Send it as `Order-Access-Token` with every later call on this order. */
  accessToken: OrderAccessTokenSchema,
});
/** An order with the token that opens it, as placing or looking up an order answers; send `accessToken` as the `Order-Access-Token` header, never show or log it. */
export type OrderWithAccess = z.infer<typeof OrderWithAccessSchema>;

/**
 * How a guest who has lost an order's token finds it again (`POST /order-lookups`): the order
 * number and the phone number or e-mail address given at checkout, in a request body, never in a URL.
 */
export const OrderLookupRequestSchema = z.object({
  orderNumber: z.string().check(z.minLength(1), z.maxLength(ORDER_NUMBER_MAX_LENGTH)),
  contact: z.string().check(z.minLength(1), z.maxLength(CONTACT_MAX_LENGTH)),
});
/** How a guest who lost an order's token finds it again: the order number and the phone number or e-mail address given at checkout, sent in a request body. */
export type OrderLookupRequest = z.infer<typeof OrderLookupRequestSchema>;

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


/** Where an order's payment stands, as the backend reports it while the shopper pays: `pending`, `paid`, `failed` or `expired`. */
export const PaymentStatusSchema = z.object({
  orderNumber: z.string(),
  status: z.enum(['pending', 'paid', 'failed', 'expired']),
});
/** Where an order's payment stands, as the backend reports it while the shopper pays: `pending`, `paid`, `failed` or `expired`. */
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

/** How a one-time code is sent: by SMS to a phone number or by e-mail. */
export const CodeChannelSchema = z.enum(['sms', 'email']);
/** How a one-time code is sent: `sms` to a phone number or `email`. */
export type CodeChannel = z.infer<typeof CodeChannelSchema>;

/** A one-time code that was sent: where to (masked, e.g. `138****5678`), until when, and when another may be asked for. */
export const SentCodeSchema = z.object({
  channel: CodeChannelSchema,
  /** The phone number or address, masked for display. */
  maskedDestination: z.string(),
  /** ISO 8601 date-time after which the code no longer works. */
  expiresAt: z.string(),
  /** ISO 8601 date-time before which another code cannot be sent (the "resend in 0:42" wait). */
  resendAt: z.string(),
});
/** A one-time code that was sent: the channel, the masked destination, when it expires and when another may be asked for (ISO 8601 date-times). */
export type SentCode = z.infer<typeof SentCodeSchema>;

/**
 * A backend's demand for a one-time code before it accepts an order (risk check), carried in the
 * `details` of a `verification_required` error. The code has been sent already.
 */
export const VerificationChallengeSchema = z.object({
  /** Identifies this challenge; sent back with the code. */
  id: z.string().check(z.minLength(1)),
  /** Why, for the shopper: `large_amount` or `many_orders` (others are shown generically). */
  reason: z.string(),
  code: SentCodeSchema,
});
/** A backend's demand for a one-time code before it accepts an order (risk check), from a `verification_required` error's `details`; the code is already sent. */
export type VerificationChallenge = z.infer<typeof VerificationChallengeSchema>;

/** A signed-in shopper. */
export const ShopperSchema = z.object({
  id: z.string().check(z.minLength(1)),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type Shopper = z.infer<typeof ShopperSchema>;

/** What signing in with a one-time code gives: a bearer token for later calls and who signed in. */
export const SessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  shopper: ShopperSchema,
  /** ISO 8601 date-time when the token stops working. */
  expiresAt: z.string(),
});
/** What signing in with a one-time code gives: a bearer token for later calls, the shopper who signed in and when the token expires (ISO 8601). */
export type Session = z.infer<typeof SessionSchema>;

/** An unpaid order's new lines: the whole list, as a cart would send it (never prices). */
export const EditOrderRequestSchema = z.object({
  lines: z.array(LineRequestSchema).check(z.minLength(1)),
  /** The total the shopper saw for the new lines; the backend answers `price_changed` when its own differs. */
  expectedTotal: MoneySchema,
});
/** An unpaid order's new lines, the whole list as a cart would send it (never prices), and the total the shopper saw for them. */
export type EditOrderRequest = z.infer<typeof EditOrderRequestSchema>;
