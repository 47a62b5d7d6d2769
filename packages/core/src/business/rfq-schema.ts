/**
 * Requests for quote (询价, business buying) as the contract carries them: what a buyer sends
 * ({@link RfqDraftSchema}: lines with quantities, a target date, a note, contact and company), the
 * merchant's answer ({@link RfqOfferDraftSchema}: a unit price per line and an expiry), and a
 * request as both sides see it ({@link RfqSchema}, with its status). What each side may do in each
 * status is `rfq-rules.ts`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, MoneySchema } from '../catalog/primitive-schemas.ts';
import { ContactSchema } from '../order/order-schema.ts';
import { OrderTextSchema } from '../order/order-text.ts';
import { CompanyDetailsSchema } from './company-details-schema.ts';

/** Most lines in one request for quote. */
export const RFQ_MAX_LINES = 100;

/**
 * Where a request for quote stands: `requested` (sent, waiting for the merchant's prices), `quoted`
 * (the merchant answered with prices valid until `offer.expiresAt`), `accepted` (the buyer accepted:
 * the quoted prices apply at checkout until the expiry, for one order), `declined` (the buyer said
 * no, or withdrew the request), `expired` (quoted or accepted, not ordered, and the expiry passed),
 * `withdrawn` (the merchant withdrew it).
 */
export const RfqStatusSchema = z.enum(['requested', 'quoted', 'accepted', 'declined', 'expired', 'withdrawn']);
/** Where a request for quote stands: `requested`, `quoted`, `accepted`, `declined`, `expired` or `withdrawn`. */
export type RfqStatus = z.infer<typeof RfqStatusSchema>;

/** A calendar date `YYYY-MM-DD`. */
const DateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** One line a buyer asks a price for: a goods variant and a quantity (never a price). */
export const RfqLineRequestSchema = z.object({
  productId: IdSchema,
  variantId: IdSchema,
  quantity: z.int().check(z.minimum(1)),
});
/** One line a buyer asks a price for: product, variant and quantity. */
export type RfqLineRequest = z.infer<typeof RfqLineRequestSchema>;

/** `POST /me/rfqs`: what a signed-in buyer asks a price for. */
export const RfqDraftSchema = z.object({
  lines: z.array(RfqLineRequestSchema).check(z.minLength(1), z.maxLength(RFQ_MAX_LINES)),
  /** When the buyer needs the goods (`YYYY-MM-DD`, not in the past). */
  targetDate: DateSchema,
  /** What the merchant should know (plain text, at most 500 characters). */
  note: z.optional(OrderTextSchema),
  contact: ContactSchema,
  /** The company it is for (the same details as at checkout). */
  company: z.optional(CompanyDetailsSchema),
  locale: z.optional(z.string()),
});
/** What a buyer sends: lines, a target date, a note, contact and company. */
export type RfqDraft = z.infer<typeof RfqDraftSchema>;

/** `PUT /admin/rfqs/{rfqId}/offer`: the merchant's answer, one unit price per line (in the request's order). */
export const RfqOfferDraftSchema = z.object({
  /** Unit prices in integer minor units with their currency (the shop's), one per line. */
  unitPrices: z.array(MoneySchema).check(z.minLength(1), z.maxLength(RFQ_MAX_LINES)),
  /** Until when the prices hold (ISO 8601, in the future). */
  expiresAt: z.iso.datetime({ offset: true }),
  /** What the buyer should know (plain text, at most 500 characters). */
  note: z.optional(OrderTextSchema),
});
/** The merchant's answer: a unit price per line, an expiry and a note. */
export type RfqOfferDraft = z.infer<typeof RfqOfferDraftSchema>;

/** A line of a request for quote, as both sides see it. */
export const RfqLineSchema = z.object({
  productId: IdSchema,
  variantId: IdSchema,
  sku: z.string(),
  title: LocalizedTextSchema,
  variantTitle: z.optional(LocalizedTextSchema),
  quantity: z.int().check(z.minimum(1)),
  /** The catalog's unit price for this quantity when the request was sent. */
  listUnitPrice: MoneySchema,
  /** The merchant's unit price, once quoted. */
  unitPrice: z.optional(MoneySchema),
});
/** A line of a request for quote: what was asked, the list price then and the quoted price. */
export type RfqLine = z.infer<typeof RfqLineSchema>;

/** The merchant's answer as kept on the request. */
export const RfqOfferSchema = z.object({
  /** Until when the prices hold (ISO 8601 UTC). */
  expiresAt: z.string(),
  note: z.optional(z.string()),
  /** The quoted lines' sum (`unitPrice × quantity`), before shipping and tax. */
  total: MoneySchema,
  /** When the merchant answered (ISO 8601). */
  answeredAt: z.string(),
});
/** The merchant's answer as kept on the request: expiry, note, total, when. */
export type RfqOffer = z.infer<typeof RfqOfferSchema>;

/** A request for quote with everything the buyer and the merchant see. */
export const RfqSchema = z.object({
  /** What URLs and API paths name the request by. */
  id: IdSchema,
  /**
   * What a person reads the request by (`RFQ-7KD4M-9QXT2`, like an order's `OZ-…` number): shown to
   * the buyer, in the merchant's admin and in messages; never in a path. Backends on the contract
   * make it with `createRfqNumber`; a request from a backend without it is read by its id's end
   * (`rfqReference`).
   */
  number: z.optional(z.string()),
  status: RfqStatusSchema,
  lines: z.array(RfqLineSchema),
  targetDate: z.string(),
  note: z.optional(z.string()),
  contact: ContactSchema,
  company: z.optional(CompanyDetailsSchema),
  locale: z.optional(z.string()),
  offer: z.optional(RfqOfferSchema),
  /**
   * When the buyer accepted the quoted prices (ISO 8601). An `expired` request with it lapsed
   * accepted, for good; one without it lapsed unanswered by the buyer, and the merchant may still
   * answer it again (`allowedRfqMerchantActions`).
   */
  acceptedAt: z.optional(z.string()),
  /** The order placed at the quoted prices (one per accepted request). */
  orderNumber: z.optional(z.string()),
  /** ISO 8601: sent, and last changed. */
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A request for quote as both sides see it. */
export type Rfq = z.infer<typeof RfqSchema>;

/** `GET /me/rfqs`: the signed-in buyer's requests for quote, newest first. */
export const RfqListSchema = z.object({ rfqs: z.array(RfqSchema) });
/** The signed-in buyer's requests for quote, newest first. */
export type RfqList = z.infer<typeof RfqListSchema>;
