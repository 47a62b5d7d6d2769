/**
 * The after-sale endpoints of the HTTP contract with their documentation: cancelling an order,
 * changing its shipping address, refund and return requests and the return photos. Assembled in
 * `rest-contract.ts`.
 *
 * @module
 */
import { AddressSchema, RefundRequestSchema, RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES, ReturnRequestSchema } from '../order/order-schema.ts';
import { ORDER_ROUTES } from './order-routes.ts';
import { endpoint, orderNumberParameter } from './rest-endpoint.ts';

/** The after-sale endpoints, keyed by the `BackendAdapter` method they serve. */
export const AFTER_SALE_ENDPOINTS = {
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
} as const;
