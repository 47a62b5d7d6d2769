/**
 * The engine's requests for quote (issue 18, business buying), shared by the embedded backend and
 * the server: a signed-in buyer sends, lists, accepts and declines their requests; the merchant
 * lists, answers with prices and an expiry, and withdraws. The rules are the core's
 * (`rfq-rules.ts` of `@orderzone/core/rfq`); this module keeps the records, says who owns them
 * (the session's phone or e-mail), and gives the pricing the quoted prices of checkout lines and
 * the submission the one order an accepted request may have.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import {
  answerRfq as answeredRfq, applyRfqBuyerAction, createRfq as createdRfq, createRfqNumber, rfqLinePrice, withdrawRfq as withdrawnRfq, withStatusAt,
} from '@orderzone/core/rfq';
import type { QuotedPrices } from '@orderzone/core/pricing';
import { RfqDraftSchema, RfqOfferDraftSchema } from '@orderzone/core/rfq';
import type { LineRequest, Quote, Rfq, RfqStatus } from '@orderzone/core';
import { sessionEnded, sessionOf } from './accounts.ts';
import type { EngineCore } from './engine-core.ts';
import type { EngineState } from './engine-state.ts';
import { randomHex } from './one-time-codes.ts';
import { fieldErrorsFromIssues, validationError } from './request-validation.ts';
import type { StoredRfq } from './stored-rfqs.ts';
import { unusedNumber } from './unused-number.ts';

export type { StoredRfq } from './stored-rfqs.ts';

/** What the merchant's list shows: every request, or those in one status (at the engine's clock). */
export interface RfqFilter {
  status?: RfqStatus;
}

/** A new request id: `rfq_` and 20 random hex digits (unguessable). */
function newRfqId(): string {
  return `rfq_${randomHex(10)}`;
}

/** A request-for-quote number (`RFQ-…`, what a person reads) no request of `core`'s state has yet (a server's table refuses a repeat too). */
function unusedRfqNumber(core: EngineCore): string {
  const rfqs = core.state().rfqs ?? [];
  return unusedNumber(createRfqNumber, (candidate) => rfqs.some((s) => s.rfq.number === candidate));
}

function notFound(rfqId: unknown): OrderZoneError {
  return new OrderZoneError('not_found', `There is no request for quote "${String(rfqId)}".`, { details: { rfqId } });
}

/** The session's buyer; `unauthorized` for a token that is not valid now. */
function buyerOf(core: EngineCore, sessionToken: string): string {
  const session = sessionOf(core, sessionToken);
  if (!session) throw sessionEnded();
  return session.destination;
}

/** Newest first; of two sent at the same instant, the one stored later first (ids are random, so they cannot order them). */
function newestFirst(stored: readonly StoredRfq[]): StoredRfq[] {
  return stored.slice().reverse().sort((a, b) => Date.parse(b.rfq.createdAt) - Date.parse(a.rfq.createdAt));
}

/** The stored request `rfqId` of `buyer` (any buyer's when `undefined`), else `not_found` (the same for another buyer's). */
function requireStored(core: EngineCore, rfqId: unknown, buyer?: string): StoredRfq {
  const stored = (core.state().rfqs ?? []).find((s) => s.rfq.id === rfqId && (buyer === undefined || s.buyer === buyer));
  if (!stored) throw notFound(rfqId);
  return stored;
}

/** Saves `rfq` in place of the stored request of the same id. */
function save(core: EngineCore, rfq: Rfq): Rfq {
  const state = core.state();
  core.store({ ...state, rfqs: (state.rfqs ?? []).map((s) => (s.rfq.id === rfq.id ? { ...s, rfq } : s)) });
  return structuredClone(withStatusAt(rfq, core.now()));
}

/** Buyer call: sends a request for quote (`validation` with the draft's field errors, `unauthorized`). */
export function createRfq(core: EngineCore, sessionToken: string, draft: unknown): Rfq {
  const buyer = buyerOf(core, sessionToken);
  const parsed = RfqDraftSchema.safeParse(draft);
  if (!parsed.success) throw validationError('The request for quote is not valid.', fieldErrorsFromIssues(parsed.error.issues, draft));
  const rfq = createdRfq(parsed.data, (id) => core.lookup(id), newRfqId(), core.now(), unusedRfqNumber(core));
  const state = core.state();
  core.store({ ...state, rfqs: [...(state.rfqs ?? []), { buyer, rfq }] });
  return structuredClone(rfq);
}

/** Buyer call: the session's requests, newest first, each with its status now. */
export function listRfqs(core: EngineCore, sessionToken: string): Rfq[] {
  const buyer = buyerOf(core, sessionToken);
  const now = core.now();
  return newestFirst((core.state().rfqs ?? []).filter((s) => s.buyer === buyer)).map((s) => structuredClone(withStatusAt(s.rfq, now)));
}

/** Buyer call: one of the session's requests (`not_found` for another buyer's). */
export function getRfq(core: EngineCore, sessionToken: string, rfqId: string): Rfq {
  return structuredClone(withStatusAt(requireStored(core, rfqId, buyerOf(core, sessionToken)).rfq, core.now()));
}

/** Buyer call: accepts or declines (the core's `applyRfqBuyerAction`: `conflict` `rfq_expired` / `rfq_status`). */
export function decideRfq(core: EngineCore, sessionToken: string, rfqId: string, action: 'accept' | 'decline'): Rfq {
  const stored = requireStored(core, rfqId, buyerOf(core, sessionToken));
  return save(core, applyRfqBuyerAction(stored.rfq, action, core.now()));
}

/** Merchant call: every request (or those in `filter.status` now), newest first. */
export function listAllRfqs(core: EngineCore, filter: RfqFilter = {}): Rfq[] {
  const now = core.now();
  return newestFirst(core.state().rfqs ?? [])
    .map((s) => withStatusAt(s.rfq, now))
    .filter((rfq) => filter.status === undefined || rfq.status === filter.status)
    .map((rfq) => structuredClone(rfq));
}

/** Merchant call: answers with a unit price per line and an expiry (`validation`, `conflict`, `not_found`). */
export function answerRfq(core: EngineCore, rfqId: string, offer: unknown, currency: string): Rfq {
  const stored = requireStored(core, rfqId);
  const parsed = RfqOfferDraftSchema.safeParse(offer);
  if (!parsed.success) throw validationError('The answer to the request for quote is not valid.', fieldErrorsFromIssues(parsed.error.issues, offer));
  return save(core, answeredRfq(stored.rfq, parsed.data, currency, core.now()));
}

/** Merchant call: withdraws a request not accepted (`conflict`, `not_found`). */
export function withdrawRfq(core: EngineCore, rfqId: string): Rfq {
  return save(core, withdrawnRfq(requireStored(core, rfqId).rfq, core.now()));
}

/** The quoted prices of checkout lines naming a request of `rfqs`, at `now` (the core's `rfqLinePrice`; `editing`: the unpaid order being edited). */
export function quotedPricesOf(rfqs: readonly StoredRfq[] | undefined, now: Date, editing?: string): QuotedPrices {
  return (line) => (line.rfqId === undefined ? undefined : rfqLinePrice(line, rfqs?.find((s) => s.rfq.id === line.rfqId)?.rfq, now, editing));
}

/**
 * Refuses an order whose lines name a request whose prices do not apply (any more): `conflict` with
 * `details.reason` `rfq_expired` when one expired, else `rfq_unavailable`, with the quote and the lines.
 */
export function refuseRfqProblems(quote: Quote): void {
  const lines = quote.lines.flatMap((line, index) => (line.problem?.code === 'rfq_expired' || line.problem?.code === 'rfq_unavailable' ? [{ index, productId: line.productId, variantId: line.variantId, code: line.problem.code }] : []));
  if (lines.length === 0) return;
  const reason = lines.some((line) => line.code === 'rfq_expired') ? 'rfq_expired' : 'rfq_unavailable';
  throw new OrderZoneError('conflict', `${lines.length} line(s) name a request for quote whose prices ${reason === 'rfq_expired' ? 'expired' : 'do not apply'}. Nothing was ordered.`, { details: { reason, quote, lines } });
}

/** `state` with the requests named by `lines` marked as ordered by `orderNumber` (one order per accepted request). */
export function withRfqsOrdered(state: EngineState, lines: readonly LineRequest[], orderNumber: string, now: Date): EngineState {
  const ids = new Set(lines.flatMap((line) => (line.rfqId === undefined ? [] : [line.rfqId])));
  if (ids.size === 0) return state;
  const at = now.toISOString();
  return { ...state, rfqs: (state.rfqs ?? []).map((s) => (ids.has(s.rfq.id) ? { ...s, rfq: { ...s.rfq, orderNumber, updatedAt: at } } : s)) };
}

/** The engine's request-for-quote calls (`OrderEngine.rfqs`), synchronous like every engine call. */
export interface EngineRfqs {
  /** Buyer call: sends a request (`validation`, `unauthorized`). */
  create(sessionToken: string, draft: unknown): Rfq;
  /** Buyer call: the session's requests, newest first, with their status now (`unauthorized`). */
  list(sessionToken: string): Rfq[];
  /** Buyer call: one of the session's requests (`not_found`, `unauthorized`). */
  get(sessionToken: string, rfqId: string): Rfq;
  /** Buyer call: accepts the quoted prices or declines (`conflict` `rfq_expired` / `rfq_status`, `not_found`, `unauthorized`). */
  decide(sessionToken: string, rfqId: string, action: 'accept' | 'decline'): Rfq;
  /** Merchant call: every request, or those in one status now, newest first. */
  listAll(filter?: RfqFilter): Rfq[];
  /** Merchant call: answers with a unit price per line (in the shop's currency) and an expiry (`validation`, `conflict`, `not_found`). */
  answer(rfqId: string, offer: unknown): Rfq;
  /** Merchant call: withdraws a request not accepted (`conflict`, `not_found`). */
  withdraw(rfqId: string): Rfq;
}

/** The request-for-quote calls over the engine's internals; `currency`: the shop's. */
export function engineRfqs(core: EngineCore, currency: string): EngineRfqs {
  return {
    create: (sessionToken, draft) => createRfq(core, sessionToken, draft),
    list: (sessionToken) => listRfqs(core, sessionToken),
    get: (sessionToken, rfqId) => getRfq(core, sessionToken, rfqId),
    decide: (sessionToken, rfqId, action) => decideRfq(core, sessionToken, rfqId, action),
    listAll: (filter) => listAllRfqs(core, filter),
    answer: (rfqId, offer) => answerRfq(core, rfqId, offer, currency),
    withdraw: (rfqId) => withdrawRfq(core, rfqId),
  };
}
