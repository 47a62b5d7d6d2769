/**
 * The endpoints that find and read a placed order, with their documentation: lookup by number and
 * contact, the order, its event stream, its payment status. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { OrderLookupRequestSchema } from '../order/order-schema.ts';
import { ORDER_ROUTES } from './order-routes.ts';
import { endpoint, orderNumberParameter } from './rest-endpoint.ts';

/** The endpoints that find and read an order, keyed by the `BackendAdapter` method they serve. */
export const ORDER_ENDPOINTS = {
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
} as const;
