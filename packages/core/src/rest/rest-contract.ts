/**
 * The OrderZone HTTP contract as data: every endpoint with its method, path, request and response
 * schemas; the error body; how error codes map to HTTP statuses; how a catalog query travels in a
 * query string. The REST adapter validates responses with these schemas, the test server
 * (`@orderzone/embedded-backend/http-handlers`) implements them, and `buildOpenApiDocument`
 * (`openapi-document.ts`) turns them into `docs/openapi.json`, so the three cannot drift apart.
 *
 * The endpoints are declared by resource beside this module (`catalog-endpoints.ts`,
 * `checkout-endpoints.ts`, `order-endpoints.ts`, `after-sale-endpoints.ts`, `booking-endpoints.ts`,
 * `order-edit-endpoints.ts`, `account-endpoints.ts`, `recommendation-endpoints.ts`,
 * `review-endpoints.ts`, `rfq-endpoints.ts`) and assembled here, in the order of the OpenAPI
 * document's paths.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { ACCOUNT_ENDPOINTS } from './account-endpoints.ts';
import { AFTER_SALE_ENDPOINTS } from './after-sale-endpoints.ts';
import { BOOKING_ENDPOINTS } from './booking-endpoints.ts';
import { CATALOG_ENDPOINTS } from './catalog-endpoints.ts';
import { CHECKOUT_ENDPOINTS } from './checkout-endpoints.ts';
import { ORDER_EDIT_ENDPOINTS } from './order-edit-endpoints.ts';
import { ORDER_ENDPOINTS } from './order-endpoints.ts';
import { RECOMMENDATION_ENDPOINTS } from './recommendation-endpoints.ts';
import { REVIEW_ENDPOINTS } from './review-endpoints.ts';
import type { Endpoint } from './rest-endpoint.ts';
import { RFQ_ENDPOINTS } from './rfq-endpoints.ts';

/** Version of the HTTP contract (the `info.version` of the OpenAPI document). */
export const REST_CONTRACT_VERSION = '2.5.0';

export { SignInCodeRequestSchema, type SignInCodeRequest, SignInRequestSchema, type SignInRequest } from './account-endpoints.ts';

export * from './error-body.ts';
export { FIELD_ERROR_CODES, FIELD_ERROR_CODE_LIST, isFieldErrorCode, type FieldErrorCode } from '../field-error-codes.ts';
export * from './catalog-routes.ts';
export {
  availabilityFromSearchParams, availabilityToSearchParams, bearer, bearerToken, HoldReleaseSchema, type HoldRelease, IDEMPOTENCY_KEY_HEADER, ORDER_ACCESS_TOKEN_HEADER, OrderListSchema, type OrderList,
  ORDER_ROUTES, SignOutResultSchema, type SignOutResult, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER,
} from './order-routes.ts';
export { fillPath, type ResponseCheck, type ResponseIssue, type RestRoute } from './rest-request.ts';
export { type Endpoint, type QueryParameter, type RawBody } from './rest-endpoint.ts';

/**
 * Every endpoint of the contract, keyed by the `BackendAdapter` method it serves. Named one by one
 * (not spread from the modules) so that the keys keep the order of the OpenAPI document's paths in
 * the value and in its type; `satisfies` fails when a module's endpoint is missing here.
 */
export const REST_ENDPOINTS = {
  listCategories: CATALOG_ENDPOINTS.listCategories,
  searchProducts: CATALOG_ENDPOINTS.searchProducts,
  getProduct: CATALOG_ENDPOINTS.getProduct,
  findSkus: CATALOG_ENDPOINTS.findSkus,
  getCheckoutOptions: CHECKOUT_ENDPOINTS.getCheckoutOptions,
  quote: CHECKOUT_ENDPOINTS.quote,
  submitOrder: CHECKOUT_ENDPOINTS.submitOrder,
  lookupOrder: ORDER_ENDPOINTS.lookupOrder,
  getOrder: ORDER_ENDPOINTS.getOrder,
  watchOrder: ORDER_ENDPOINTS.watchOrder,
  getPaymentStatus: ORDER_ENDPOINTS.getPaymentStatus,
  cancelOrder: AFTER_SALE_ENDPOINTS.cancelOrder,
  changeShippingAddress: AFTER_SALE_ENDPOINTS.changeShippingAddress,
  requestRefund: AFTER_SALE_ENDPOINTS.requestRefund,
  uploadReturnPhoto: AFTER_SALE_ENDPOINTS.uploadReturnPhoto,
  requestReturn: AFTER_SALE_ENDPOINTS.requestReturn,
  getAvailability: BOOKING_ENDPOINTS.getAvailability,
  placeHold: BOOKING_ENDPOINTS.placeHold,
  releaseHold: BOOKING_ENDPOINTS.releaseHold,
  editOrder: ORDER_EDIT_ENDPOINTS.editOrder,
  rescheduleBooking: ORDER_EDIT_ENDPOINTS.rescheduleBooking,
  requestSignInCode: ACCOUNT_ENDPOINTS.requestSignInCode,
  verifySignInCode: ACCOUNT_ENDPOINTS.verifySignInCode,
  signOut: ACCOUNT_ENDPOINTS.signOut,
  listOrders: ACCOUNT_ENDPOINTS.listOrders,
  resendVerificationCode: ACCOUNT_ENDPOINTS.resendVerificationCode,
  getRecommendations: RECOMMENDATION_ENDPOINTS.getRecommendations,
  listViewedProducts: RECOMMENDATION_ENDPOINTS.listViewedProducts,
  recordProductView: RECOMMENDATION_ENDPOINTS.recordProductView,
  clearViewedProducts: RECOMMENDATION_ENDPOINTS.clearViewedProducts,
  listOrderReviews: REVIEW_ENDPOINTS.listOrderReviews,
  writeReview: REVIEW_ENDPOINTS.writeReview,
  createRfq: RFQ_ENDPOINTS.createRfq,
  listRfqs: RFQ_ENDPOINTS.listRfqs,
  getRfq: RFQ_ENDPOINTS.getRfq,
  acceptRfq: RFQ_ENDPOINTS.acceptRfq,
  declineRfq: RFQ_ENDPOINTS.declineRfq,
} as const satisfies Record<
  keyof typeof CATALOG_ENDPOINTS | keyof typeof CHECKOUT_ENDPOINTS | keyof typeof ORDER_ENDPOINTS | keyof typeof AFTER_SALE_ENDPOINTS | keyof typeof BOOKING_ENDPOINTS
  | keyof typeof ORDER_EDIT_ENDPOINTS | keyof typeof ACCOUNT_ENDPOINTS | keyof typeof RECOMMENDATION_ENDPOINTS
  | keyof typeof REVIEW_ENDPOINTS | keyof typeof RFQ_ENDPOINTS,
  Endpoint<z.ZodMiniType>
>;

/** The name of one operation of the REST contract: a key of `REST_ENDPOINTS`, the same as the `BackendAdapter` method it serves (e.g. `searchProducts`). */
export type RestOperation = keyof typeof REST_ENDPOINTS;
