/**
 * The contract as an OpenAPI 3.1 document (`docs/openapi.json`): the endpoints of
 * `rest-contract.ts` with their parameters, request bodies, answers and errors, and the named
 * schemas they refer to, all derived from the schemas the REST adapter validates with. Kept apart
 * from the contract so that a client never loads zod's JSON Schema generator.
 *
 * @module
 */
import * as z from 'zod/mini';
import { AvailabilitySchema, BookingDetailsSchema, BookingSelectionSchema, HoldSchema, PlaceHoldRequestSchema, RescheduleBookingRequestSchema } from '../booking/booking-schema.ts';
import { CompanyDetailsSchema, InvoiceTypeSchema } from '../business/company-details-schema.ts';
import { RfqDraftSchema, RfqLineRequestSchema, RfqLineSchema, RfqListSchema, RfqOfferDraftSchema, RfqOfferSchema, RfqSchema, RfqStatusSchema } from '../business/rfq-schema.ts';
import { ViewedProductsSchema } from '../recommendations/viewed-products-schema.ts';
import {
  CatalogQuerySchema, CategorySchema, ImageSchema, LocalizedTextSchema, MoneySchema, OptionFacetSchema, ProductPageSchema, ProductSchema, ProductSummarySchema,
} from '../catalog/catalog-schema.ts';
import {
  AddressSchema, AdjustmentSchema, AfterSaleLineSchema, AfterSaleSchema, AfterSaleStatusSchema, CheckoutOptionsSchema, ChosenLineSchema, CodeChannelSchema, ContactSchema, EditOrderRequestSchema, LineRequestSchema, OrderHistoryEntrySchema, OrderLookupRequestSchema, OrderRequestSchema, OrderSchema, OrderWithAccessSchema, PaymentActionSchema, PaymentMethodSchema, PaymentStatusSchema, QuoteLineSchema, QuoteRequestSchema, QuoteSchema, RefundRequestSchema, ReturnInstructionsSchema, ReturnRequestSchema, SentCodeSchema, SessionSchema, ShippingOptionSchema, ShopperSchema, TrackingSchema, UploadedPhotoSchema, VerificationChallengeSchema,
} from '../order/order-schema.ts';
import { textLimitOf } from '../order/limited-text.ts';
import {
  RecommendationKindSchema, RecommendationListSchema, RecommendationReasonCodeSchema, RecommendationReasonSchema, RecommendationRequestSchema, RecommendationSchema,
} from '../recommendations/recommendation-schema.ts';
import { OrderReviewListSchema, ReviewDraftSchema, ReviewModerationSchema, ReviewRecordSchema, ReviewReplySchema, ReviewStatusSchema, ReviewVersionSchema } from '../review/review-schema.ts';
import { CategoryListSchema, SkuLookupRequestSchema, SkuLookupSchema } from './catalog-routes.ts';
import { ERROR_STATUS, ErrorBodySchema, FieldErrorCodeSchema, FieldErrorSchema, type ServerErrorCode } from './error-body.ts';
import {
  type Endpoint, HoldReleaseSchema, ORDER_ACCESS_TOKEN_HEADER, OrderListSchema, type QueryParameter, REST_CONTRACT_VERSION, REST_ENDPOINTS, SignInCodeRequestSchema, SignInRequestSchema, SignOutResultSchema,
} from './rest-contract.ts';

/** The JSON Schema of a query parameter's value (see {@link QueryParameter.schema}). */
function queryValueJsonSchema(schema: QueryParameter['schema']): Record<string, unknown> {
  if (!(schema instanceof z.ZodMiniType)) return schema;
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}

/** The schemas named in the OpenAPI document's `components.schemas`, in order. */
const NAMED_SCHEMAS: [string, z.ZodMiniType][] = [
  ['Money', MoneySchema],
  ['LocalizedText', LocalizedTextSchema],
  ['Image', ImageSchema],
  ['Category', CategorySchema],
  ['CategoryList', CategoryListSchema],
  ['Product', ProductSchema],
  ['ProductSummary', ProductSummarySchema],
  ['OptionFacet', OptionFacetSchema],
  ['ProductPage', ProductPageSchema],
  ['CatalogQuery', CatalogQuerySchema],
  ['PaymentMethod', PaymentMethodSchema],
  ['CheckoutOptions', CheckoutOptionsSchema],
  ['LineRequest', LineRequestSchema],
  ['QuoteRequest', QuoteRequestSchema],
  ['QuoteLine', QuoteLineSchema],
  ['Adjustment', AdjustmentSchema],
  ['ShippingOption', ShippingOptionSchema],
  ['Quote', QuoteSchema],
  ['Contact', ContactSchema],
  ['Address', AddressSchema],
  ['InvoiceType', InvoiceTypeSchema],
  ['SkuLookupRequest', SkuLookupRequestSchema],
  ['SkuLookup', SkuLookupSchema],
  ['CompanyDetails', CompanyDetailsSchema],
  ['OrderRequest', OrderRequestSchema],
  ['PaymentAction', PaymentActionSchema],
  ['OrderHistoryEntry', OrderHistoryEntrySchema],
  ['Tracking', TrackingSchema],
  ['Order', OrderSchema],
  ['OrderWithAccess', OrderWithAccessSchema],
  ['OrderLookupRequest', OrderLookupRequestSchema],
  ['ChosenLine', ChosenLineSchema],
  ['RefundRequest', RefundRequestSchema],
  ['ReturnInstructions', ReturnInstructionsSchema],
  ['ReturnRequest', ReturnRequestSchema],
  ['AfterSaleStatus', AfterSaleStatusSchema],
  ['AfterSaleLine', AfterSaleLineSchema],
  ['AfterSale', AfterSaleSchema],
  ['UploadedPhoto', UploadedPhotoSchema],
  ['ReviewStatus', ReviewStatusSchema],
  ['ReviewDraft', ReviewDraftSchema],
  ['ReviewVersion', ReviewVersionSchema],
  ['ReviewReply', ReviewReplySchema],
  ['ReviewRecord', ReviewRecordSchema],
  ['OrderReviewList', OrderReviewListSchema],
  ['ReviewModeration', ReviewModerationSchema],
  ['RfqStatus', RfqStatusSchema],
  ['RfqLineRequest', RfqLineRequestSchema],
  ['RfqDraft', RfqDraftSchema],
  ['RfqLine', RfqLineSchema],
  ['RfqOffer', RfqOfferSchema],
  ['Rfq', RfqSchema],
  ['RfqList', RfqListSchema],
  ['RfqOfferDraft', RfqOfferDraftSchema],
  ['PaymentStatus', PaymentStatusSchema],
  ['BookingSelection', BookingSelectionSchema],
  ['BookingDetails', BookingDetailsSchema],
  ['Availability', AvailabilitySchema],
  ['PlaceHoldRequest', PlaceHoldRequestSchema],
  ['Hold', HoldSchema],
  ['HoldRelease', HoldReleaseSchema],
  ['EditOrderRequest', EditOrderRequestSchema],
  ['RescheduleBookingRequest', RescheduleBookingRequestSchema],
  ['CodeChannel', CodeChannelSchema],
  ['SignInCodeRequest', SignInCodeRequestSchema],
  ['SignInRequest', SignInRequestSchema],
  ['SentCode', SentCodeSchema],
  ['Shopper', ShopperSchema],
  ['Session', SessionSchema],
  ['OrderList', OrderListSchema],
  ['SignOutResult', SignOutResultSchema],
  ['VerificationChallenge', VerificationChallengeSchema],
  ['RecommendationKind', RecommendationKindSchema],
  ['RecommendationRequest', RecommendationRequestSchema],
  ['RecommendationReasonCode', RecommendationReasonCodeSchema],
  ['RecommendationReason', RecommendationReasonSchema],
  ['Recommendation', RecommendationSchema],
  ['RecommendationList', RecommendationListSchema],
  ['ViewedProducts', ViewedProductsSchema],
  ['FieldErrorCode', FieldErrorCodeSchema],
  ['FieldError', FieldErrorSchema],
  ['ErrorBody', ErrorBodySchema],
];

const ERROR_DESCRIPTIONS: Record<ServerErrorCode, string> = {
  validation: 'The request is not valid; `error.fieldErrors` says which fields and why.',
  unauthorized: 'The session token (`Authorization: Bearer`) is missing, unknown, signed out or expired.',
  not_found: 'The resource does not exist, or the request has no valid proof of access to the order (the same answer for both, so order numbers cannot be probed).',
  conflict: 'The request conflicts with the current state: an idempotency key already used for a different request (`error.details` `{ reason: "idempotency_key_reused", orderNumber, accessToken }`), or an order action its status no longer (or not yet) allows (`error.details` holds `status` and `action` then), or a booking taken meanwhile: a hold refused (`error.details.reason` `booking_taken`) or an order whose booking lines can no longer be booked (`error.details.reason` `booking_unavailable`, with `quote` and `lines`).',
  price_changed: 'The total differs from `expectedTotal`; `error.details.quote` is the new quote.',
  out_of_stock: 'A line can no longer be ordered as asked; `error.details.quote` is the new quote and `error.details.lines` lists the lines.',
  rate_limited: 'Too many requests (for order calls and lookups: too many wrong order numbers or proofs; for one-time codes: too many asked for or typed wrong); wait `Retry-After` seconds.',
  verification_required: 'A risk check wants a one-time code before placing this order; `error.details` is the `VerificationChallenge` (the code was sent). Submit again with the same key and the `Verification-Id` and `Verification-Code` headers.',
  server: 'The backend failed; retrying later may help.',
};

/**
 * The contract as an OpenAPI 3.1 document, generated from the same schemas the REST adapter
 * validates with. `docs/openapi.json` is this document (`npm run openapi -w @orderzone/core`).
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const nameOf = new Map<z.ZodMiniType, string>();
  for (const [name, schema] of NAMED_SCHEMAS) {
    registry.add(schema, { id: name });
    nameOf.set(schema, name);
  }
  // The limits of limited texts (order texts, reviews), counted in code points as JSON Schema counts `maxLength` (limited-text.ts).
  const override = ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void => {
    const max = textLimitOf(zodSchema);
    if (max !== undefined) jsonSchema.maxLength = max;
  };
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'input', unrepresentable: 'any', override }) as { schemas: Record<string, Record<string, unknown>> };
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const [name] of NAMED_SCHEMAS) {
    const { $schema: _schema, $id: _id, ...schema } = generated.schemas[name]!;
    schemas[name] = schema;
  }
  const ref = (schema: z.ZodMiniType): Record<string, unknown> => {
    const name = nameOf.get(schema);
    if (!name) throw new Error('Every schema of an endpoint must be named in NAMED_SCHEMAS.');
    return { $ref: `#/components/schemas/${name}` };
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of Object.values(REST_ENDPOINTS) as Endpoint[]) {
    const parameters = [
      ...e.pathParameters.map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: { type: 'string' } })),
      ...e.query.map((q) => {
        const schema = queryValueJsonSchema(q.schema);
        return { name: q.name, in: 'query', required: q.required, description: q.description, schema, ...(schema.type === 'array' ? { style: 'form', explode: true } : {}) };
      }),
      ...e.requiredHeaders.map((h) => ({ name: h.name, in: 'header', required: true, description: h.description, schema: { type: 'string', minLength: 1, maxLength: 255 } })),
      ...(e.optionalHeaders ?? []).map((h) => ({ name: h.name, in: 'header', required: false, description: h.description, schema: { type: 'string', minLength: 1, maxLength: 255 } })),
      { name: 'Accept-Language', in: 'header', required: false, description: 'The shopper’s locale (`zh-CN`, `en-US`), for backends that localize.', schema: { type: 'string' } },
    ];
    const responses: Record<string, unknown> = {
      [String(e.status)]: e.eventStream
        ? {
            description: `A stream of Server-Sent Events: \`${e.eventStream.event}\` events whose \`data\` is the schema in \`x-event-data\` as JSON.`,
            content: { 'text/event-stream': { schema: { type: 'string' }, 'x-event': e.eventStream.event, 'x-event-data': ref(e.response) } },
          }
        : { description: e.status === 201 ? 'Created (also answered when an idempotent retry returns the existing order).' : 'OK', content: { 'application/json': { schema: ref(e.response) } } },
    };
    const codes: ServerErrorCode[] = [...e.errors, 'rate_limited', 'server'];
    const byStatus = new Map<number, ServerErrorCode[]>();
    for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
    for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
      responses[String(status)] = {
        description: group.map((code) => `\`${code}\`: ${ERROR_DESCRIPTIONS[code]}`).join(' '),
        ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } } } } : {}),
        content: { 'application/json': { schema: ref(ErrorBodySchema) } },
      };
    }
    if (e.rawBody) {
      const errorContent = { 'application/json': { schema: ref(ErrorBodySchema) } };
      responses['413'] = { description: `\`validation\` (field \`photos\`, code \`photo_too_large\`): the body is larger than ${e.rawBody.maxBytes} bytes.`, content: errorContent };
      responses['415'] = { description: `\`validation\` (field \`photos\`, code \`photo_type\`): \`Content-Type\` is not one of ${e.rawBody.mediaTypes.join(', ')}.`, content: errorContent };
    }
    const operation: Record<string, unknown> = { operationId: e.operationId, summary: e.summary, description: e.description, parameters, responses };
    if (e.optional) operation['x-optional'] = true;
    // Order access: either the order's own token or the session of the shopper who placed it.
    if (e.auth) operation.security = e.auth === 'session' ? [{ sessionToken: [] }] : [{ orderAccessToken: [] }, { sessionToken: [] }];
    if (e.body) operation.requestBody = { required: true, content: { 'application/json': { schema: ref(e.body) } } };
    if (e.rawBody) {
      const file = { schema: { type: 'string', format: 'binary' } };
      operation.requestBody = { required: true, description: `${e.rawBody.description} At most ${e.rawBody.maxBytes} bytes.`, content: Object.fromEntries(e.rawBody.mediaTypes.map((type) => [type, file])) };
    }
    (paths[e.path] ??= {})[e.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'OrderZone backend contract',
      version: REST_CONTRACT_VERSION,
      description:
        'The HTTP API an OrderZone storefront calls (`createRestAdapter` in `@orderzone/core/rest`). Amounts are integer minor units with an ISO 4217 currency. ' +
        'Errors answer `{ "error": { "code", "message", "fieldErrors"?, "details"?, "retryAfterSeconds"? } }`. See docs/backend-contract.md.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        sessionToken: { type: 'http', scheme: 'bearer', description: 'The `token` of a `Session` from `POST /auth/sessions`.' },
        orderAccessToken: {
          type: 'apiKey',
          in: 'header',
          name: ORDER_ACCESS_TOKEN_HEADER,
          description: 'The `accessToken` of an `OrderWithAccess` from `POST /orders` or `POST /order-lookups`: opens that one order.',
        },
      },
    },
  };
}
