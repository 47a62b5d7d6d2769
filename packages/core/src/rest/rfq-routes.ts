/**
 * The routes of requests for quote (business buying) as the REST adapter sends them: the buyer's
 * (`/me/rfqs`, signed in) and their answers' schemas. `rest-contract.ts` adds their documentation
 * (for the OpenAPI document); `rfq-calls.ts` sends them, loaded on the first call.
 *
 * @module
 */
import { RfqListSchema, RfqSchema } from '../business/rfq-schema.ts';
import type { RestRoute } from './rest-request.ts';

/** Method, path and answer schema of each buyer call on requests for quote. */
export const RFQ_ROUTES = {
  createRfq: { method: 'POST', path: '/me/rfqs', response: RfqSchema },
  listRfqs: { method: 'GET', path: '/me/rfqs', response: RfqListSchema },
  getRfq: { method: 'GET', path: '/me/rfqs/{rfqId}', response: RfqSchema },
  acceptRfq: { method: 'POST', path: '/me/rfqs/{rfqId}/accept', response: RfqSchema },
  declineRfq: { method: 'POST', path: '/me/rfqs/{rfqId}/decline', response: RfqSchema },
} as const satisfies Record<string, RestRoute>;
