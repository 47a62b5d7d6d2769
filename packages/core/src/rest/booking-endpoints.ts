/**
 * The booking endpoints of the HTTP contract with their documentation: what a bookable product
 * has free (and its query string), holds placed and released. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { AvailabilityRequestSchema, PlaceHoldRequestSchema } from '../booking/booking-schema.ts';
import { ORDER_ROUTES } from './order-routes.ts';
import { endpoint, queryParametersOf, type QueryParameter } from './rest-endpoint.ts';

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

/** The booking endpoints, keyed by the `BackendAdapter` method they serve. */
export const BOOKING_ENDPOINTS = {
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
} as const;
