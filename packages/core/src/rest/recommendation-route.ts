/**
 * `POST /recommendations` as the REST adapter needs it at run time (its documentation is in
 * `rest-contract.ts`). Its own module, loaded by the adapter on the first recommendation call, so
 * pages without recommendations never download it.
 *
 * @module
 */
import { RecommendationListSchema } from '../recommendations/recommendation-schema.ts';
import type { RecommendationList, RecommendationRequest } from '../recommendations/recommendation-schema.ts';
import type { RequestContext } from '../backend/backend-adapter.ts';
import type { RestRequest, RestRoute } from './rest-request.ts';

/** The route of `getRecommendations`. */
export const RECOMMENDATION_ROUTE = { method: 'POST', path: '/recommendations', response: RecommendationListSchema } as const satisfies RestRoute;

/** `getRecommendations` over `request`: the signed-in shopper's session as `Authorization: Bearer`. */
export function requestRecommendations(
  request: RestRequest,
  body: RecommendationRequest,
  ctx?: RequestContext & { sessionToken?: string },
): Promise<RecommendationList> {
  const { sessionToken, ...rest } = ctx ?? {};
  return request(RECOMMENDATION_ROUTE, { body, ...(sessionToken ? { headers: { Authorization: `Bearer ${sessionToken}` } } : {}), ctx: rest });
}
