/**
 * The REST adapter's calls on requests for quote (business buying, never part of the first paint):
 * loaded on the first of them.
 *
 * @module
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { RestRequest } from './rest-request.ts';
import { bearer } from './rest-contract.ts';
import { RFQ_ROUTES } from './rfq-routes.ts';

/** The adapter's request-for-quote methods over `request`. */
export function createRfqCalls(request: RestRequest): Required<Pick<BackendAdapter, 'createRfq' | 'listRfqs' | 'getRfq' | 'acceptRfq' | 'declineRfq'>> {
  const auth = (sessionToken: string) => ({ Authorization: bearer(sessionToken) });
  return {
    createRfq: (sessionToken, draft, ctx) => request(RFQ_ROUTES.createRfq, { body: draft, headers: auth(sessionToken), ...(ctx ? { ctx } : {}) }),
    listRfqs: async (sessionToken, ctx) => (await request(RFQ_ROUTES.listRfqs, { headers: auth(sessionToken), ...(ctx ? { ctx } : {}) })).rfqs,
    getRfq: (sessionToken, rfqId, ctx) => request(RFQ_ROUTES.getRfq, { pathParams: { rfqId }, headers: auth(sessionToken), ...(ctx ? { ctx } : {}) }),
    acceptRfq: (sessionToken, rfqId, ctx) => request(RFQ_ROUTES.acceptRfq, { pathParams: { rfqId }, headers: auth(sessionToken), ...(ctx ? { ctx } : {}) }),
    declineRfq: (sessionToken, rfqId, ctx) => request(RFQ_ROUTES.declineRfq, { pathParams: { rfqId }, headers: auth(sessionToken), ...(ctx ? { ctx } : {}) }),
  };
}
