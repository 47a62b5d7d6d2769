/**
 * The order contract between a client and a backend: what a client asks a quote for, what a quote
 * says, what a client submits and what an order looks like. The client sends ids, option keys,
 * quantities and codes, never prices: the backend's quote is authoritative.
 *
 * This module declares the order itself and the requests that place, find and edit one; the rest of
 * the contract is declared by what it describes beside it (`quote-schema.ts`, `contact-schema.ts`,
 * `payment-schema.ts`, `order-status-schema.ts`, `after-sale-schema.ts`, `one-time-code-schema.ts`)
 * and re-exported here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CurrencyCodeSchema, MoneySchema } from '../catalog/primitive-schemas.ts';
import { CompanyDetailsSchema } from '../business/company-details-schema.ts';
import { AfterSaleSchema, ReturnInstructionsSchema, UploadedPhotoSchema } from './after-sale-schema.ts';
import { AddressSchema, ContactSchema } from './contact-schema.ts';
import { OrderHistoryEntrySchema, OrderStatusSchema, TrackingSchema } from './order-status-schema.ts';
import { OrderTextSchema } from './order-text.ts';
import { CONTACT_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH } from '../field-limits.ts';
import { PaymentActionSchema, PaymentMethodSchema } from './payment-schema.ts';
import { AdjustmentSchema, LineRequestSchema, QuoteLineSchema, ShippingOptionSchema } from './quote-schema.ts';

export * from './quote-schema.ts';
export * from './payment-schema.ts';
export * from './contact-schema.ts';
export * from './order-status-schema.ts';
export * from './after-sale-schema.ts';
export * from './one-time-code-schema.ts';

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

/** An unpaid order's new lines: the whole list, as a cart would send it (never prices). */
export const EditOrderRequestSchema = z.object({
  lines: z.array(LineRequestSchema).check(z.minLength(1)),
  /** The total the shopper saw for the new lines; the backend answers `price_changed` when its own differs. */
  expectedTotal: MoneySchema,
});
/** An unpaid order's new lines, the whole list as a cart would send it (never prices), and the total the shopper saw for them. */
export type EditOrderRequest = z.infer<typeof EditOrderRequestSchema>;
