/**
 * The buyer's request-for-quote endpoints of the contract (`/me/rfqs`), served over the order
 * service by the contract app (`contract-app.ts`), so the msw handlers and the server answer them alike.
 *
 * @module
 */
import type { Context, Hono } from 'hono';
import { REST_ENDPOINTS } from '@orderzone/core/rest';
import { routePattern } from './route-pattern.ts';
import type { RfqService } from './rfq-service.ts';

/** How the contract app reads a request: its JSON body, and the bearer session token (`unauthorized` without one). */
export interface RequestReaders {
  jsonBody(c: Context): Promise<unknown>;
  requireToken(c: Context, label: string): string;
}

/** Adds the `createRfq`, `listRfqs`, `getRfq`, `acceptRfq` and `declineRfq` routes to `app`. */
export function serveRfqs(app: Hono, rfqs: RfqService, { jsonBody, requireToken }: RequestReaders): void {
  const e = REST_ENDPOINTS;
  const id = (c: { req: { param(name: string): string | undefined } }) => c.req.param('rfqId') ?? '';
  app.post(routePattern(e.createRfq.path), async (c) => c.json(await rfqs.create(requireToken(c, 'POST /me/rfqs'), await jsonBody(c)), e.createRfq.status));
  app.get(routePattern(e.listRfqs.path), async (c) => c.json({ rfqs: await rfqs.list(requireToken(c, 'GET /me/rfqs')) }));
  app.get(routePattern(e.getRfq.path), async (c) => c.json(await rfqs.get(requireToken(c, 'GET /me/rfqs/{rfqId}'), id(c))));
  app.post(routePattern(e.acceptRfq.path), async (c) => c.json(await rfqs.decide(requireToken(c, 'POST /me/rfqs/{rfqId}/accept'), id(c), 'accept')));
  app.post(routePattern(e.declineRfq.path), async (c) => c.json(await rfqs.decide(requireToken(c, 'POST /me/rfqs/{rfqId}/decline'), id(c), 'decline')));
}
