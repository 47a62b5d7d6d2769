/**
 * The checkout's endpoints of the HTTP contract with their documentation: checkout options, a
 * quote, placing an order. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { OrderRequestSchema, QuoteRequestSchema } from '../order/order-schema.ts';
import { IDEMPOTENCY_KEY_HEADER, ORDER_ROUTES, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER } from './order-routes.ts';
import { endpoint } from './rest-endpoint.ts';

/** The checkout endpoints, keyed by the `BackendAdapter` method they serve. */
export const CHECKOUT_ENDPOINTS = {
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
} as const;
