/**
 * The engine's calls that prove who may see an order: a new access token for an order, a guest's
 * lookup by number and contact, and the check every shopper call on an order makes (one of its
 * tokens, or the session of the shopper who placed it), with wrong guesses counted and limited
 * (the records and limits are in `order-access.ts`).
 *
 * @module
 */
import type { Order, OrderAccess, OrderLookupRequest, OrderWithAccess } from '@orderzone/core';
import { parseOrderNumber } from '@orderzone/core/orders';
import { OrderLookupRequestSchema } from '@orderzone/core/schemas';
import { ownsOrder, sessionEnded, sessionOf } from './accounts.ts';
import { isOrderContact, normalizeContact } from './contact-match.ts';
import type { EngineCore } from './engine-core.ts';
import { orderIn } from './engine-state.ts';
import { LOCAL_CLIENT, assertGuessesLeft, holdsToken, newAccessToken, orderNotFound, withAccessToken, withFailedGuess, type Caller } from './order-access.ts';
import { expireIfOverdue } from './order-status-calls.ts';
import { fieldErrorsFromIssues, validationError } from './request-validation.ts';

/** Issues a new access token for an existing order, stores its digest and returns it. */
export function grantAccess(core: EngineCore, orderNumber: string): string {
  const token = newAccessToken();
  core.store(withAccessToken(core.state(), orderNumber, core.digest(token), core.now()));
  return token;
}

/** Records a wrong guess of `orderNumber` by the caller (`rate_limited` when none are left). */
function countWrongGuess(core: EngineCore, orderNumber: string, caller: Caller | undefined): void {
  const clientId = caller?.clientId ?? LOCAL_CLIENT;
  assertGuessesLeft(core.state(), orderNumber, clientId, core.now());
  core.store(withFailedGuess(core.state(), orderNumber, clientId, core.now()));
}

export function lookupOrder(core: EngineCore, rawRequest: OrderLookupRequest, caller?: Caller): OrderWithAccess {
  const parsed = OrderLookupRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validationError('An order lookup needs the order number and the phone or e-mail given at checkout.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const orderNumber = parseOrderNumber(parsed.data.orderNumber) ?? parsed.data.orderNumber.trim();
  const clientId = caller?.clientId ?? LOCAL_CLIENT;
  assertGuessesLeft(core.state(), orderNumber, clientId, core.now());
  const order = orderIn(core.state(), orderNumber);
  if (!order || !isOrderContact(normalizeContact(parsed.data.contact), order)) {
    core.store(withFailedGuess(core.state(), orderNumber, clientId, core.now()));
    throw orderNotFound(orderNumber);
  }
  return { order: structuredClone(order), accessToken: grantAccess(core, order.orderNumber) };
}

/**
 * The order, when `access` holds one of its tokens or the session of the shopper who placed it;
 * else `not_found`, the same for an unknown number (`unauthorized` when a session token was given
 * that is no longer valid; `rate_limited` once the wrong guesses are used up).
 */
export function requireOwnOrder(core: EngineCore, orderNumber: string, access: OrderAccess | undefined, caller?: Caller): Order {
  const order = typeof orderNumber === 'string' ? orderIn(core.state(), orderNumber) : undefined;
  const token = typeof access?.accessToken === 'string' && access.accessToken !== '' ? core.digest(access.accessToken) : undefined;
  const session = typeof access?.sessionToken === 'string' ? sessionOf(core, access.sessionToken) : undefined;
  const matches = order !== undefined && (holdsToken(core.state(), order.orderNumber, token) || (session !== undefined && ownsOrder(session, order)));
  if (matches) return expireIfOverdue(core, order);
  // Every call without valid proof counts as a wrong guess, an expired session included.
  countWrongGuess(core, typeof orderNumber === 'string' ? orderNumber : String(orderNumber), caller);
  // A session that is no longer valid says so, so the storefront can sign the shopper out.
  if (access?.sessionToken !== undefined && !session) throw sessionEnded();
  throw orderNotFound(orderNumber);
}
