/**
 * The OrderZone HTTP contract as data: every endpoint with its method, path, request and response
 * schemas; the error body; how error codes map to HTTP statuses; how a catalog query travels in a
 * query string. The REST adapter validates responses with these schemas, the test server
 * (`@orderzone/embedded-backend/http-handlers`) implements them, and `buildOpenApiDocument`
 * (`openapi-document.ts`) turns them into `docs/openapi.json`, so the three cannot drift apart.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CatalogQuerySchema } from '../catalog/catalog-schema.ts';
import type { ServerErrorCode } from './error-body.ts';
import { CATALOG_ROUTES, SkuLookupRequestSchema } from './catalog-routes.ts';
import { IDEMPOTENCY_KEY_HEADER, ORDER_ROUTES, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER } from './order-routes.ts';
import type { RestRoute } from './rest-request.ts';
import { RECOMMENDATION_ROUTE } from './recommendation-route.ts';
import { VIEWED_PRODUCTS_ROUTES } from './viewed-products-route.ts';
import { ViewedProductsSchema } from '../recommendations/viewed-products-schema.ts';
import { SKU_LOOKUP_ROUTE } from './sku-lookup-route.ts';
import { RFQ_ROUTES } from './rfq-routes.ts';
import { RfqDraftSchema } from '../business/rfq-schema.ts';
import { RecommendationRequestSchema } from '../recommendations/recommendation-schema.ts';
import { AvailabilityRequestSchema, PlaceHoldRequestSchema, RescheduleBookingRequestSchema } from '../booking/booking-schema.ts';
import { CodeChannelSchema, EditOrderRequestSchema, OrderLookupRequestSchema } from '../order/order-schema.ts';
import { ReviewDraftSchema } from '../review/review-schema.ts';
import { REVIEW_BODY_MAX_LENGTH, REVIEW_PHOTO_MAX_COUNT } from '../review/review-limits.ts';
import {
  AddressSchema, OrderRequestSchema, QuoteRequestSchema, RefundRequestSchema, RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES, ReturnRequestSchema,
} from '../order/order-schema.ts';

/** Version of the HTTP contract (the `info.version` of the OpenAPI document). */
export const REST_CONTRACT_VERSION = '2.4.0';


/** `POST /auth/codes`: where to send a one-time sign-in code. */
export const SignInCodeRequestSchema = z.object({
  channel: CodeChannelSchema,
  /** A phone number (`sms`) or an e-mail address (`email`). */
  destination: z.string(),
});
/** `POST /auth/codes`: where to send a one-time sign-in code, by `sms` to a phone number or by `email` to an address. */
export type SignInCodeRequest = z.infer<typeof SignInCodeRequestSchema>;

/** `POST /auth/sessions`: the code that was sent, and where it was sent. */
export const SignInRequestSchema = z.object({
  channel: CodeChannelSchema,
  destination: z.string(),
  /** The 6-digit code. */
  code: z.string(),
});
/** `POST /auth/sessions`: the 6-digit code that was sent, and the channel and destination it was sent to. */
export type SignInRequest = z.infer<typeof SignInRequestSchema>;


export * from './error-body.ts';
export { FIELD_ERROR_CODES, FIELD_ERROR_CODE_LIST, isFieldErrorCode, type FieldErrorCode } from '../field-error-codes.ts';
export * from './catalog-routes.ts';
export {
  availabilityFromSearchParams, availabilityToSearchParams, bearer, bearerToken, HoldReleaseSchema, type HoldRelease, IDEMPOTENCY_KEY_HEADER, ORDER_ACCESS_TOKEN_HEADER, OrderListSchema, type OrderList,
  ORDER_ROUTES, SignOutResultSchema, type SignOutResult, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER,
} from './order-routes.ts';
export { fillPath, type ResponseCheck, type ResponseIssue, type RestRoute } from './rest-request.ts';

/** A query-string parameter of an endpoint. */
export interface QueryParameter {
  name: string;
  description: string;
  required: boolean;
  /**
   * The (string) value: the request schema's field it is read into, whose JSON Schema the OpenAPI
   * document derives (`buildOpenApiDocument`), or the JSON Schema itself for a wire form the
   * schema does not state. Deriving is left to the document so that a client (the REST adapter)
   * never loads zod's JSON Schema generator.
   */
  schema: z.ZodMiniType | Record<string, unknown>;
}

/**
 * The query parameters of an endpoint, taken from the schema of the request they carry: each
 * described field in order, with its schema (the OpenAPI document derives the JSON Schema from it)
 * and whether it is required, so the OpenAPI document never restates a constraint by hand.
 * `spelled` renames a field whose query spelling differs (and gives its schema on the wire).
 */
function queryParametersOf<Shape extends Record<string, z.ZodMiniType>>(
  schema: z.ZodMiniObject<Shape>,
  descriptions: Partial<Record<keyof Shape & string, string>>,
  spelled: Partial<Record<keyof Shape & string, { name: string; schema: Record<string, unknown> }>> = {},
): QueryParameter[] {
  return (Object.entries(descriptions) as [keyof Shape & string, string][]).map(([field, description]) => {
    const fieldSchema = schema.shape[field]!;
    const wire = spelled[field];
    const required = !(fieldSchema instanceof z.ZodMiniOptional);
    return { name: wire?.name ?? field, description, required, schema: wire?.schema ?? fieldSchema };
  });
}

/** One endpoint of the contract. */
export interface Endpoint<Response extends z.ZodMiniType = z.ZodMiniType> extends RestRoute<Response> {
  /** The `BackendAdapter` method it serves; also the OpenAPI `operationId`. */
  operationId: string;
  summary: string;
  description: string;
  pathParameters: { name: string; description: string }[];
  query: QueryParameter[];
  /** JSON body schema for POST and PUT endpoints. */
  body?: z.ZodMiniType;
  /** A binary body instead of JSON (a file upload); such an endpoint also answers 413 and 415. */
  rawBody?: RawBody;
  /** Headers the client must send. */
  requiredHeaders: { name: string; description: string }[];
  /** Headers the client may send. */
  optionalHeaders?: { name: string; description: string }[];
  /**
   * What proves the caller may make the call: `session`, a signed-in shopper's session token as
   * `Authorization: Bearer <token>`; `order`, proof of access to the order in the path: its access
   * token as `Order-Access-Token`, or the session of the shopper who placed it.
   */
  auth?: 'session' | 'order';
  /**
   * The answer is a stream of Server-Sent Events (`text/event-stream`) instead of one JSON body:
   * events named `event`, each one's `data` the `response` schema as JSON.
   */
  eventStream?: { event: string };
  /** A backend may leave this endpoint out (it then answers `404`); clients fall back, e.g. to polling. */
  optional?: boolean;
  /** The success status. */
  status: 200 | 201;
  /** Error codes this endpoint answers besides `server` and `rate_limited`. */
  errors: ServerErrorCode[];
}

/** A binary request body: the file itself, its media type in `Content-Type`. */
export interface RawBody {
  /** The accepted media types; anything else answers `415`. */
  mediaTypes: readonly string[];
  /** The largest accepted body in bytes; a larger one answers `413`. */
  maxBytes: number;
  description: string;
}

function endpoint<R extends z.ZodMiniType>(e: Omit<Endpoint<R>, 'pathParameters' | 'query' | 'requiredHeaders' | 'status'> & Partial<Pick<Endpoint<R>, 'pathParameters' | 'query' | 'requiredHeaders' | 'status'>>): Endpoint<R> {
  return { pathParameters: [], query: [], requiredHeaders: [], status: 200, ...e };
}

const orderNumberParameter = [{ name: 'orderNumber', description: 'The order number.' }];

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const availabilityQuery: QueryParameter[] = queryParametersOf(AvailabilityRequestSchema, {
  variantId: 'The room type, for stays (default: the first room type).',
  from: 'First date wanted (`YYYY-MM-DD`, merchant’s zone), for slots and stays.',
  to: 'Last date wanted, included; at most 62 days after `from`.',
  sessionId: 'The session, for seats.',
}, {
  // A calendar date is checked by a rule JSON Schema cannot state; its wire form is this pattern.
  from: { name: 'from', schema: { type: 'string', pattern: DATE_PATTERN } },
  to: { name: 'to', schema: { type: 'string', pattern: DATE_PATTERN } },
});

const productQuery: QueryParameter[] = queryParametersOf(
  CatalogQuerySchema,
  {
    categoryId: 'Only products of this category or its child categories.',
    text: 'Words that must all appear in the title, subtitle, tags or description (any locale, case-insensitive).',
    minPrice: 'Lowest price, in minor units of the shop currency (inclusive), compared with the lowest variant price.',
    maxPrice: 'Highest price, in minor units (inclusive).',
    options:
      'An accepted option value as `<groupId>:<valueId>`, repeated for several (`option=size:m&option=size:l&option=color:navy`). ' +
      'Values of one group are alternatives; a product matches when one of its variants has an accepted value in every filtered group. ' +
      'The group id ends at the first `:`.',
    inStockOnly: '`true` to leave out products (and option values) that are sold out.',
    sort: 'Result order.',
    page: '1-based page number.',
    pageSize: 'Results per page, 1–100.',
  },
  // `options` (group → values) travels as repeated `option=<groupId>:<valueId>` parameters.
  { options: { name: 'option', schema: { type: 'array', items: { type: 'string', pattern: '^[^:]+:.+$' } } } },
);

/** Every endpoint of the contract, keyed by the `BackendAdapter` method it serves. */
export const REST_ENDPOINTS = {
  listCategories: endpoint({
    ...CATALOG_ROUTES.listCategories,
    operationId: 'listCategories',
    summary: 'List categories',
    description: 'All categories, parents before children.',
    errors: [],
  }),
  searchProducts: endpoint({
    ...CATALOG_ROUTES.searchProducts,
    operationId: 'searchProducts',
    summary: 'Search products',
    description: 'One page of products matching the query, with option facets and the price range of the whole result set.',
    query: productQuery,
    errors: ['validation'],
  }),
  getProduct: endpoint({
    ...CATALOG_ROUTES.getProduct,
    operationId: 'getProduct',
    summary: 'Get a product',
    description: 'One product with everything its detail page shows, with current stock.',
    pathParameters: [{ name: 'productId', description: 'The product id.' }],
    errors: ['not_found'],
  }),
  findSkus: endpoint({
    ...SKU_LOOKUP_ROUTE,
    operationId: 'findSkus',
    summary: 'Find products by SKU',
    description:
      'Quick order: the products (with current stock) that have a variant with one of the SKUs asked for, each product once. SKUs are compared without regard to case and surrounding spaces; unknown SKUs are simply absent from the answer. Creates nothing.',
    body: SkuLookupRequestSchema,
    errors: ['validation'],
  }),
  getCheckoutOptions: endpoint({
    ...ORDER_ROUTES.getCheckoutOptions,
    operationId: 'getCheckoutOptions',
    summary: 'Get checkout options',
    description: 'The payment methods offered and the countries shipped to (the first is the default).',
    errors: [],
  }),
  quote: endpoint({
    ...ORDER_ROUTES.quote,
    operationId: 'quote',
    summary: 'Price a set of lines',
    description: 'The authoritative price of the lines with coupon, shipping and tax applied, and whether every line can be ordered. Creates nothing. ' +
      'For an edit of an unpaid order, `orderNumber` names it: lines naming the request for quote that order was placed with keep the quoted price (since 2.4).',
    body: QuoteRequestSchema,
    errors: ['validation'],
  }),
  submitOrder: endpoint({
    ...ORDER_ROUTES.submitOrder,
    operationId: 'submitOrder',
    summary: 'Place an order',
    description:
      'Validates the contact and address, re-prices the lines, checks stock and that the total equals `expectedTotal`, reserves stock and creates the order. ' +
      'The same `Idempotency-Key` with the same body returns the order created the first time; with a different body it answers `409 conflict`. ' +
      'When a risk rule (a large amount, many orders in a short time) wants a one-time code first, it answers `403 verification_required` with the challenge in `error.details` ' +
      '(`{ id, reason, code: SentCode }`; the code was sent to the order’s contact phone) and creates nothing; the same request with the same key and the ' +
      '`Verification-Id` and `Verification-Code` headers then places the order, or answers `400 validation` on `verification.code` (`code_wrong`, `code_expired`) or `429` after too many wrong tries. ' +
      'Answers the order with its access token (at least 128 random bits), which opens the order for later calls (`Order-Access-Token`); an idempotent retry answers the same order with a fresh token. ' +
      'A key that already placed a different order answers `409 conflict` with `details` `{ reason: "idempotency_key_reused", orderNumber, accessToken }`: only the holder of the key can have sent it.',
    body: OrderRequestSchema,
    requiredHeaders: [{ name: IDEMPOTENCY_KEY_HEADER, description: 'Identifies one checkout attempt (1–255 characters); retries reuse it.' }],
    optionalHeaders: [
      { name: VERIFICATION_ID_HEADER, description: 'On a resubmission answering `403 verification_required`: the challenge’s `id` (from `error.details`). Sent with `Verification-Code`.' },
      { name: VERIFICATION_CODE_HEADER, description: 'The 6-digit code sent for that challenge.' },
    ],
    status: 201,
    errors: ['validation', 'out_of_stock', 'price_changed', 'conflict', 'verification_required'],
  }),
  lookupOrder: endpoint({
    ...ORDER_ROUTES.lookupOrder,
    operationId: 'lookupOrder',
    summary: 'Find an order by its number and contact',
    description:
      'For a guest who has lost the order’s access token (another device, cleared storage): the order number and the phone number or e-mail address given at checkout, in the body so that they never appear in a URL or a log. ' +
      'Answers the order and a fresh access token. An unknown number and a contact that does not match both answer `404`; wrong guesses are limited per order number and per client (`429` with `Retry-After`).',
    body: OrderLookupRequestSchema,
    errors: ['validation', 'not_found'],
  }),
  getOrder: endpoint({
    ...ORDER_ROUTES.getOrder,
    operationId: 'getOrder',
    summary: 'Get an order',
    description:
      'An order, for a caller with proof of access: its access token (`Order-Access-Token`) or the session of the signed-in shopper who placed it (`Authorization: Bearer`). ' +
      'An unknown number and a number without valid proof both answer `404`; a session token that is no longer valid answers `401 unauthorized`; too many wrong guesses answer `429`.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    errors: ['not_found', 'unauthorized'],
  }),
  watchOrder: endpoint({
    ...ORDER_ROUTES.watchOrder,
    operationId: 'watchOrder',
    summary: 'Follow an order as it changes (optional)',
    description:
      'Server-Sent Events (`text/event-stream`) for a caller with the same proof of access as `GET /orders/{orderNumber}` (headers, so clients read it with a streaming `fetch`, not `EventSource`). ' +
      'An `order` event carries the order (`Order` as JSON) at once and again after every change; a comment line (`: heartbeat`) comes every 25 seconds while nothing changes. ' +
      'The stream ends after the order reaches a terminal status (`cancelled`, `refunded`, `return_rejected`, `fulfilled`). If the order can no longer be read with the proof given, an `error` event carries the error body and the stream ends. ' +
      'Without proof the answer is the same JSON error as `GET /orders/{orderNumber}`, before any event. Optional: a backend without it answers `404` and clients poll `GET /orders/{orderNumber}`.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    optional: true,
    errors: ['not_found', 'unauthorized'],
  }),
  getPaymentStatus: endpoint({
    ...ORDER_ROUTES.getPaymentStatus,
    operationId: 'getPaymentStatus',
    summary: 'Get the payment status of an order',
    description:
      'Whether the order has been paid; polled while the shopper pays. Needs proof of access like `GET /orders/{orderNumber}`: without it, the answer is the same `404` as for an unknown number. ' +
      'With `refresh=true` (the shopper pressed "I have paid: check now") the backend asks its payment provider first instead of answering what it knows.',
    pathParameters: orderNumberParameter,
    query: [{ name: 'refresh', description: '`true` to ask the payment provider now.', required: false, schema: { type: 'boolean' } }],
    auth: 'order',
    errors: ['not_found', 'unauthorized'],
  }),
  cancelOrder: endpoint({
    ...ORDER_ROUTES.cancelOrder,
    operationId: 'cancelOrder',
    summary: 'Cancel an order',
    description:
      'Cancels an order that has not been paid (`pending_payment`, or `pending_shipment` for cash on delivery) and releases its reserved stock. ' +
      'Answers the cancelled order; `409 conflict` when the order’s status no longer allows it (see the transition table in docs/backend-contract.md).',
    pathParameters: orderNumberParameter,
    auth: 'order',
    errors: ['not_found', 'conflict', 'unauthorized'],
  }),
  changeShippingAddress: endpoint({
    ...ORDER_ROUTES.changeShippingAddress,
    operationId: 'changeShippingAddress',
    summary: 'Change the shipping address of an order',
    description:
      'Replaces the shipping address of an order that has not been shipped, with the checkout address rules (`400 validation` with `shippingAddress.*` field errors). ' +
      'The country cannot change. Answers the updated order; `409 conflict` when the order’s status no longer allows it.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: AddressSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
  requestRefund: endpoint({
    ...ORDER_ROUTES.requestRefund,
    operationId: 'requestRefund',
    summary: 'Ask for a refund',
    description:
      'Asks for a refund of a paid order that has not been shipped, with a reason (1–500 characters; `400 validation` on `reason`). ' +
      '`lines` names the units to refund (`{ lineIndex, quantity }`, each order line once); without it, every unit that may still be refunded. ' +
      '`400 validation` on `lines` (`nothing_chosen`), `lines.<i>` (`unknown_line`, `duplicate_line`) or `lines.<i>.quantity` (`too_many_units` with `{ max }`), `<i>` being the order line. ' +
      'Answers the order, now `refund_requested`, with the request in `afterSales` (each line’s refund by the rule of docs/orders.md); `409 conflict` when the order’s status does not allow it or nothing is left to refund.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: RefundRequestSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
  uploadReturnPhoto: endpoint({
    ...ORDER_ROUTES.uploadReturnPhoto,
    operationId: 'uploadReturnPhoto',
    summary: 'Upload a photo for a return request',
    description:
      `The body is one photo, sent as is with its media type in \`Content-Type\` (${RETURN_PHOTO_TYPES.join(', ')}; at most ${RETURN_PHOTO_MAX_BYTES} bytes). ` +
      'Allowed while a return can be requested (`shipped`, `completed`, `return_rejected`, with units left to return). Answers the stored photo; its `id` goes into the return request. ' +
      '`413` (field `photos`, code `photo_too_large`) for a larger body, `415` (code `photo_type`) for another type, `409 conflict` when the order’s status does not allow a return.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    rawBody: { mediaTypes: RETURN_PHOTO_TYPES, maxBytes: RETURN_PHOTO_MAX_BYTES, description: 'The photo file.' },
    status: 201,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
  requestReturn: endpoint({
    ...ORDER_ROUTES.requestReturn,
    operationId: 'requestReturn',
    summary: 'Ask to return an order',
    description:
      `Asks to send a shipped or completed order back, with a reason (1–500 characters; \`400 validation\` on \`reason\`) and up to ${RETURN_PHOTO_MAX_COUNT} photo ids from \`POST /orders/{orderNumber}/return-photos\` ` +
      '(`400 validation` on `photos`: `too_many_photos`, `unknown_photo`). `lines` names the units to return, as for a refund request; without it, every unit that may still be returned. ' +
      'Answers the order, now `return_requested`, with the request in `afterSales` and in `returnRequest`; `409 conflict` when the order’s status does not allow it or nothing is left to return.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: ReturnRequestSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
  getAvailability: endpoint({
    ...ORDER_ROUTES.getAvailability,
    operationId: 'getAvailability',
    summary: 'Get what a bookable product has free',
    description:
      'For a `time_slot` product: its slots from `from` to `to` (merchant-zone dates) that start after the lead time and before the cut-off, each with `remaining` (0 when full) and the free resources. ' +
      'For a `stay`: every night of the room type `variantId` with its price, rooms left and `closed` (closed by the merchant, or in the past). ' +
      'For `seats`: the seats held or sold in `sessionId`. Holds count until they lapse. ' +
      '`400 validation` for a missing range or session, a range over 62 days or a goods product; `404` for an unknown product, room type or session.',
    pathParameters: [{ name: 'productId', description: 'The bookable product.' }],
    query: availabilityQuery,
    errors: ['validation', 'not_found'],
  }),
  placeHold: endpoint({
    ...ORDER_ROUTES.placeHold,
    operationId: 'placeHold',
    summary: 'Hold a slot, stay or seats',
    description:
      'Reserves the pick for a few minutes (10 by default) while the shopper checks out; checked and stored in one atomic step, so two shoppers never hold the same unit. ' +
      'A slot asked with no `resourceId` gets a free resource, named in the answer. The hold’s id goes on the order line as `holdId`. ' +
      '`409 conflict` (`details.reason` `booking_taken`, with `start`, `nights` or `seatIds`) when the pick was taken meanwhile; `400 validation` with `fieldErrors` when it breaks the product’s rules ' +
      '(`stay_too_short`, `closed_night`, `too_many_seats`, `unknown_slot`, `slot_too_soon`, `session_started`, `check_in_past`...).',
    body: PlaceHoldRequestSchema,
    status: 201,
    errors: ['validation', 'not_found', 'conflict'],
  }),
  releaseHold: endpoint({
    ...ORDER_ROUTES.releaseHold,
    operationId: 'releaseHold',
    summary: 'Release a hold',
    description: 'Gives a hold back early (the shopper removed the line). Unknown or lapsed holds are not an error: the answer says `released: false`.',
    pathParameters: [{ name: 'holdId', description: 'The hold id.' }],
    errors: [],
  }),
  editOrder: endpoint({
    ...ORDER_ROUTES.editOrder,
    operationId: 'editOrder',
    summary: 'Edit an unpaid order',
    description:
      'Replaces the lines of a `pending_payment` order with the whole new list, as a cart sends it (no prices): quantities may change and lines may be left out, ' +
      'but every line must be one of the order’s (`400 validation` on `lines.<i>`: `not_in_order`; `lines.<i>.quantity`: `booking_quantity` for a booking not kept whole, `rfq_quantity` with `params.quantity` for a line bought at a quoted price not kept at the quoted quantity). ' +
      'A line the order was placed with at a quoted price (`rfqId`) stays on its request for quote and keeps the quoted price, even after the offer’s expiry. ' +
      'The lines are priced again with the order’s coupon, delivery option and destination; the order’s own stock and bookings count as free. ' +
      'Answers the order with its new lines, amounts and payment step, and a history entry `edit`. ' +
      '`409 price_changed` (with `details.quote`) when the total differs from `expectedTotal`, `409 out_of_stock` (with `details.quote` and `details.lines`), ' +
      '`409 conflict` when the order is no longer awaiting payment or a kept booking can no longer be kept. Nothing changes on any error.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: EditOrderRequestSchema,
    errors: ['validation', 'not_found', 'conflict', 'price_changed', 'out_of_stock', 'unauthorized'],
  }),
  rescheduleBooking: endpoint({
    ...ORDER_ROUTES.rescheduleBooking,
    operationId: 'rescheduleBooking',
    summary: 'Move a booking to another slot, stay or seats',
    description:
      'Moves the booking on line `lineIndex` to another pick of the same product and variant, inside the line’s rescheduling window (the booking details’ `rescheduleUntil`, else 24 hours before it starts). ' +
      'The old slot, nights or seats are given back and the new ones claimed in one atomic step; a `holdId` placed on the new pick first is used up. The price must stay the same. ' +
      'Answers the order with the line’s new booking details and a history entry `reschedule`; the status is kept. ' +
      '`409 conflict` when the status does not allow it, the window has closed (`details.reason` `window_closed`, `details.until`) or the pick was taken (`details.reason` `booking_taken`); ' +
      '`400 validation` on `lineIndex` (`unknown_line`, `not_a_booking`) or `booking` (`booking_unchanged`, `price_differs` with `details.unitPrice`, and the rule codes of `POST /holds` under `booking.`).',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: RescheduleBookingRequestSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
  requestSignInCode: endpoint({
    ...ORDER_ROUTES.requestSignInCode,
    operationId: 'requestSignInCode',
    summary: 'Send a one-time sign-in code',
    description:
      'Sends a 6-digit code by SMS (`channel` `sms`, `destination` a phone number) or e-mail (`email`, an address). Answers where it went (masked), until when it works (`expiresAt`) and ' +
      'when another may be asked for (`resendAt`). `400 validation` on `destination` (`required`, `invalid_phone_cn`, `invalid_phone`, `invalid_email`) or `channel` (`invalid_choice`); ' +
      '`429 rate_limited` with `retryAfterSeconds` before `resendAt` or when too many codes were asked for.',
    body: SignInCodeRequestSchema,
    status: 201,
    errors: ['validation'],
  }),
  verifySignInCode: endpoint({
    ...ORDER_ROUTES.verifySignInCode,
    operationId: 'verifySignInCode',
    summary: 'Sign in with a one-time code',
    description:
      'Exchanges the code sent by `POST /auth/codes` for a session: a bearer `token` for `GET /me/orders` and order access, the shopper (phone or e-mail) and `expiresAt`. A code works once. ' +
      '`400 validation` on `code` (`code_wrong`, `code_expired`; also when no code is waiting for that destination); `429 rate_limited` after too many wrong tries (ask for a new code).',
    body: SignInRequestSchema,
    status: 201,
    errors: ['validation'],
  }),
  signOut: endpoint({
    ...ORDER_ROUTES.signOut,
    operationId: 'signOut',
    summary: 'Sign out',
    description:
      'Ends the session whose token the request carries (`Authorization: Bearer`). An unknown or expired token is not an error: the answer says `signedOut: false`. ' +
      '`401 unauthorized` only when no bearer token is sent at all.',
    auth: 'session',
    errors: ['unauthorized'],
  }),
  listOrders: endpoint({
    ...ORDER_ROUTES.listOrders,
    operationId: 'listOrders',
    summary: 'List the signed-in shopper’s orders',
    description: 'The orders whose contact phone or e-mail is the one the shopper signed in with, newest first. `401 unauthorized` for a missing, unknown or expired token.',
    auth: 'session',
    errors: ['unauthorized'],
  }),
  resendVerificationCode: endpoint({
    ...ORDER_ROUTES.resendVerificationCode,
    operationId: 'resendVerificationCode',
    summary: 'Send the code of a verification challenge again',
    description:
      'Sends a new code for a `verification_required` challenge (the old one stops working) and answers where it went and its times. ' +
      '`429 rate_limited` with `retryAfterSeconds` before the previous code’s `resendAt` or when too many codes were sent; `404` for an unknown challenge or one whose order was placed.',
    pathParameters: [{ name: 'challengeId', description: 'The challenge’s `id`, from the `verification_required` error’s details.' }],
    status: 200,
    errors: ['not_found'],
  }),
  getRecommendations: endpoint({
    ...RECOMMENDATION_ROUTE,
    operationId: 'getRecommendations',
    summary: 'Recommend products (optional)',
    description:
      'Products to recommend in a context, best first, each with why (`reason`): `related` (like `productId`), `bought_together` (bought in the same orders as `productId`, or as the cart’s products), ' +
      '`recently_viewed` (`viewedProductIds`, newest first), `for_you` (from `viewedProductIds` and, with `Authorization: Bearer`, the signed-in shopper’s orders). ' +
      'Never a product that is out of stock, in `cartProductIds` or `productId` itself. Without enough orders to go by (cold start) the best sellers of the category answer (`best_seller`). ' +
      'Creates nothing and keeps nothing: a signed-out shopper’s browsing history stays on the device; a signed-in shopper’s history kept by the backend (`/me/viewed-products`) counts too. Optional: a backend without it answers `404` and storefronts show no recommendations.',
    body: RecommendationRequestSchema,
    optionalHeaders: [{ name: 'Authorization', description: '`Bearer <session token>` of a signed-in shopper, for `for_you` from their purchases and `recently_viewed` / `for_you` from the history the backend keeps.' }],
    optional: true,
    errors: ['validation', 'unauthorized'],
  }),
  listViewedProducts: endpoint({
    ...VIEWED_PRODUCTS_ROUTES.list,
    operationId: 'listViewedProducts',
    summary: 'List the signed-in shopper’s viewed products (optional)',
    description:
      'The products the signed-in shopper viewed, newest first (at most 30), as the backend keeps them: a signed-in shopper’s browsing history follows the account, a signed-out one stays on the device. ' +
      '`401 unauthorized` for a missing, unknown or expired token. Optional: a backend without it answers `404` and the history stays on the device.',
    auth: 'session',
    response: ViewedProductsSchema,
    optional: true,
    errors: ['unauthorized'],
  }),
  recordProductView: endpoint({
    ...VIEWED_PRODUCTS_ROUTES.record,
    operationId: 'recordProductView',
    summary: 'Record that the signed-in shopper viewed a product (optional)',
    description: 'Puts `productId` first in the signed-in shopper’s viewed products (the oldest beyond 30 go) and answers them. `404` for an unknown product, `401 unauthorized` for a missing, unknown or expired token.',
    pathParameters: [{ name: 'productId', description: 'The product viewed.' }],
    auth: 'session',
    response: ViewedProductsSchema,
    optional: true,
    errors: ['not_found', 'unauthorized'],
  }),
  clearViewedProducts: endpoint({
    ...VIEWED_PRODUCTS_ROUTES.clear,
    operationId: 'clearViewedProducts',
    summary: 'Forget the signed-in shopper’s viewed products (optional)',
    description: 'Deletes the signed-in shopper’s browsing history on the backend and answers it, empty. `401 unauthorized` for a missing, unknown or expired token.',
    auth: 'session',
    response: ViewedProductsSchema,
    optional: true,
    errors: ['unauthorized'],
  }),
  listOrderReviews: endpoint({
    ...ORDER_ROUTES.listOrderReviews,
    operationId: 'listOrderReviews',
    summary: 'List the reviews of an order’s items',
    description:
      'The reviews the shopper wrote for the lines of this order (at most one per line), with their status (`pending` until the merchant publishes it, `published`, or `hidden` with `hiddenReason`), ' +
      'the merchant’s `reply` and the earlier `versions` of each edited review. Lines without a review are absent.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    errors: ['not_found', 'unauthorized'],
  }),
  writeReview: endpoint({
    ...ORDER_ROUTES.writeReview,
    operationId: 'writeReview',
    summary: 'Write or edit the review of an order line',
    description:
      `Rates one line of a \`completed\` (or \`fulfilled\`) order 1–5 with a text (plain text, at most ${REVIEW_BODY_MAX_LENGTH} characters, may be empty) and up to ${REVIEW_PHOTO_MAX_COUNT} photo ids ` +
      'uploaded with `POST /orders/{orderNumber}/return-photos` (the same upload and its rules), or ids of the review’s current photos to keep. One review per line and order: writing again edits it, ' +
      'the previous version is kept in `versions`, and the review is `pending` again until the merchant publishes it. ' +
      '`400 validation` on `rating` (`required`, `invalid`), `body` (`too_long`), `photos` (`too_many_photos`, `unknown_photo`), `lineIndex` (`unknown_line`); `409 conflict` (`details.reason` `not_reviewable`) before the order is completed.',
    pathParameters: [...orderNumberParameter, { name: 'lineIndex', description: 'The order line reviewed (0 for the first).' }],
    auth: 'order',
    body: ReviewDraftSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
  createRfq: endpoint({
    ...RFQ_ROUTES.createRfq,
    operationId: 'createRfq',
    summary: 'Request a quote (optional)',
    description:
      'Business buying: the signed-in buyer asks the merchant for prices of goods lines (product, variant, quantity), with a target date (`YYYY-MM-DD`, not in the past), a note, contact and company. ' +
      'The request is `requested` until the merchant answers with a unit price per line and an expiry (`quoted`). ' +
      '`400 validation` on `lines.<i>.productId` (`invalid_choice`: unknown product or variant, a booking, or personalization required), `lines.<i>.quantity` (`invalid_quantity`), `targetDate` (`invalid_date`), `note` (`too_long`), `contact.*`, `company.*`. ' +
      'Optional: a backend without requests for quote answers `404`.',
    auth: 'session',
    body: RfqDraftSchema,
    status: 201,
    optional: true,
    errors: ['validation', 'unauthorized'],
  }),
  listRfqs: endpoint({
    ...RFQ_ROUTES.listRfqs,
    operationId: 'listRfqs',
    summary: 'List the signed-in buyer’s requests for quote (optional)',
    description: 'Newest first, each with its status now: a `quoted` or `accepted` request not ordered is `expired` once `offer.expiresAt` has passed.',
    auth: 'session',
    optional: true,
    errors: ['unauthorized'],
  }),
  getRfq: endpoint({
    ...RFQ_ROUTES.getRfq,
    operationId: 'getRfq',
    summary: 'Get a request for quote (optional)',
    description: 'One of the signed-in buyer’s requests for quote with its status now. `404` for an unknown id or another buyer’s.',
    pathParameters: [{ name: 'rfqId', description: 'The request’s id.' }],
    auth: 'session',
    optional: true,
    errors: ['not_found', 'unauthorized'],
  }),
  acceptRfq: endpoint({
    ...RFQ_ROUTES.acceptRfq,
    operationId: 'acceptRfq',
    summary: 'Accept a quote (optional)',
    description:
      'The buyer accepts the quoted prices (`quoted` → `accepted`). Until `offer.expiresAt`, order lines naming the request (`rfqId`, same product, variant and quantity) are priced at the quoted unit price, for one order; ' +
      'after it such lines have the problem `rfq_expired`. `409 conflict` with `details.reason` `rfq_expired` (and `expiresAt`) or `rfq_status` (and `status`); `404` like `getRfq`.',
    pathParameters: [{ name: 'rfqId', description: 'The request’s id.' }],
    auth: 'session',
    optional: true,
    errors: ['not_found', 'conflict', 'unauthorized'],
  }),
  declineRfq: endpoint({
    ...RFQ_ROUTES.declineRfq,
    operationId: 'declineRfq',
    summary: 'Decline a quote (optional)',
    description: 'The buyer declines the quoted prices, or withdraws a request not answered yet (→ `declined`). `409 conflict` and `404` like `acceptRfq`.',
    pathParameters: [{ name: 'rfqId', description: 'The request’s id.' }],
    auth: 'session',
    optional: true,
    errors: ['not_found', 'conflict', 'unauthorized'],
  }),
} as const;

/** The name of one operation of the REST contract: a key of `REST_ENDPOINTS`, the same as the `BackendAdapter` method it serves (e.g. `searchProducts`). */
export type RestOperation = keyof typeof REST_ENDPOINTS;
