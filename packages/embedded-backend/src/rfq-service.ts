/**
 * The request-for-quote calls of the order service (`OrderService.rfqs`): each a transaction of
 * its store on the part of the state it needs (see `order-service.ts`): the session, then the
 * requests of the session's buyer; a request by id for the merchant.
 *
 * @module
 */
import type { Rfq } from '@orderzone/core';
import type { EngineStore, ScopePlan } from './engine-store.ts';
import type { RfqFilter } from './rfqs.ts';

/** The requests for quote of the order service, asynchronous. */
export interface RfqService {
  create(sessionToken: string, draft: unknown): Promise<Rfq>;
  list(sessionToken: string): Promise<Rfq[]>;
  get(sessionToken: string, rfqId: string): Promise<Rfq>;
  decide(sessionToken: string, rfqId: string, action: 'accept' | 'decline'): Promise<Rfq>;
  listAll(filter?: RfqFilter): Promise<Rfq[]>;
  answer(rfqId: string, offer: unknown): Promise<Rfq>;
  withdraw(rfqId: string): Promise<Rfq>;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A buyer's call: the session, then the requests of its buyer (locked, with `ids`). */
function buyerPlan(sessionToken: unknown, ids: readonly string[] = []): ScopePlan {
  return {
    scope: { sessions: [text(sessionToken)], ...(ids.length > 0 ? { rfqs: { ids } } : {}) },
    then: (loaded) => ({ rfqs: { buyers: (loaded.sessions ?? []).map((s) => s.destination) } }),
  };
}

/** The request-for-quote calls over `store`. */
export function createRfqService(store: EngineStore): RfqService {
  return {
    create: (sessionToken, draft) => {
      // The lines' products, for their catalog prices (malformed lines are the engine's to refuse).
      const lines: unknown = (draft as { lines?: unknown } | null)?.lines;
      const products = Array.isArray(lines) ? lines.map((line: { productId?: unknown } | null) => text(line?.productId)).filter(Boolean) : [];
      const plan = buyerPlan(sessionToken);
      return store.transact({ ...plan, scope: { ...plan.scope, stockOfProducts: products } }, (e) => e.rfqs.create(sessionToken, draft));
    },
    list: (sessionToken) => store.read(buyerPlan(sessionToken), (e) => e.rfqs.list(sessionToken)),
    get: (sessionToken, rfqId) => store.read(buyerPlan(sessionToken, [text(rfqId)]), (e) => e.rfqs.get(sessionToken, rfqId)),
    decide: (sessionToken, rfqId, action) => store.transact(buyerPlan(sessionToken, [text(rfqId)]), (e) => e.rfqs.decide(sessionToken, rfqId, action)),
    listAll: (filter) => store.read({ scope: { rfqs: { all: true } } }, (e) => e.rfqs.listAll(filter)),
    answer: (rfqId, offer) => store.transact({ scope: { rfqs: { ids: [text(rfqId)] } } }, (e) => e.rfqs.answer(rfqId, offer)),
    withdraw: (rfqId) => store.transact({ scope: { rfqs: { ids: [text(rfqId)] } } }, (e) => e.rfqs.withdraw(rfqId)),
  };
}
