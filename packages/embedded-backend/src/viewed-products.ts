/**
 * A signed-in shopper's browsing history, kept by the backend (issue 18): "Browsing history stays
 * on the device unless the shopper is signed in; a signed-in shopper can clear it." Viewed product
 * ids, newest first, at most `VIEWED_PRODUCTS_MAX`, per shopper (the session's `destination`, the
 * phone or e-mail they sign in with), in `EngineState.viewed`. Recommendations of a signed-in
 * shopper read it (`recently_viewed`, `for_you`).
 *
 * @module
 */
import { OrderZoneError, type ViewedProducts } from '@orderzone/core';
import { VIEWED_PRODUCTS_MAX } from '@orderzone/core/recommendations';
import { sessionEnded, sessionOf } from './accounts.ts';
import type { EngineCore } from './engine-core.ts';
import type { EngineState } from './engine-state.ts';

/** The shopper (session destination) of a valid session; `unauthorized` otherwise. */
function shopperOf(core: EngineCore, token: unknown): string {
  const session = sessionOf(core, token);
  if (!session) throw sessionEnded();
  return session.destination;
}

/** The viewed products of `shopper` in `state`, newest first. */
export function viewedBy(state: EngineState, shopper: string): string[] {
  return [...(state.viewed?.[shopper] ?? [])];
}

/** `state` with the history of `shopper` replaced (dropped when empty). */
function withViewed(state: EngineState, shopper: string, productIds: readonly string[]): EngineState {
  const viewed = { ...state.viewed };
  if (productIds.length > 0) viewed[shopper] = [...productIds];
  else delete viewed[shopper];
  const next: EngineState = { ...state, viewed };
  if (Object.keys(viewed).length === 0) delete next.viewed;
  return next;
}

/** The signed-in shopper's viewed products. */
export function listViewedProducts(core: EngineCore, token: string): ViewedProducts {
  return { productIds: viewedBy(core.state(), shopperOf(core, token)) };
}

/** Puts `productId` (a product of the catalog: `not_found` otherwise) first in the signed-in shopper's history. */
export function recordProductView(core: EngineCore, token: string, productId: string): ViewedProducts {
  const shopper = shopperOf(core, token);
  if (typeof productId !== 'string' || !core.lookup(productId)) throw new OrderZoneError('not_found', `There is no product ${String(productId)}.`);
  const state = core.state();
  const productIds = [productId, ...viewedBy(state, shopper).filter((id) => id !== productId)].slice(0, VIEWED_PRODUCTS_MAX);
  core.store(withViewed(state, shopper, productIds));
  return { productIds };
}

/** Forgets the signed-in shopper's history. */
export function clearViewedProducts(core: EngineCore, token: string): ViewedProducts {
  const shopper = shopperOf(core, token);
  const state = core.state();
  if (state.viewed?.[shopper]) core.store(withViewed(state, shopper, []));
  return { productIds: [] };
}

/**
 * The request's viewed products for the shopper of `token`: the history the backend keeps first,
 * then those the request carries (a signed-out shopper's, from the device), at most `VIEWED_PRODUCTS_MAX`.
 */
export function viewedForRecommendations(core: EngineCore, token: string | undefined, fromRequest: readonly string[] | undefined): string[] | undefined {
  if (token === undefined) return fromRequest ? [...fromRequest] : undefined;
  const kept = viewedBy(core.state(), shopperOf(core, token));
  if (kept.length === 0) return fromRequest ? [...fromRequest] : undefined;
  return [...new Set([...kept, ...(fromRequest ?? [])])].slice(0, VIEWED_PRODUCTS_MAX);
}
