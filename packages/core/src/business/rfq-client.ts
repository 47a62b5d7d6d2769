/**
 * Requests for quote from a storefront: the draft of a request for the cart's lines, and the lines
 * of an accepted request put in the cart, where the backend prices them at the quoted prices.
 *
 * @module
 */
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import type { CartLine } from '../cart/cart-line.ts';
import { OrderZoneError } from '../errors.ts';
import { rfqReference } from './rfq-reference.ts';
import { allowedRfqBuyerActions } from './rfq-rules.ts';
import type { Rfq, RfqDraft } from './rfq-schema.ts';

/** The lines of a cart a request for quote can ask a price for: goods without personalization (not bookings). */
export function quotableCartLines(lines: readonly CartLine[]): CartLine[] {
  return lines.filter((line) => !line.booking && Object.keys(line.personalization).length === 0);
}

/**
 * A request for quote of `lines` (a cart's): each goods line without personalization, with its
 * quantity; booking and personalized lines are left out (they cannot be quoted).
 */
export function rfqDraftOfCart(lines: readonly CartLine[], details: Omit<RfqDraft, 'lines'>): RfqDraft {
  const quotable = quotableCartLines(lines);
  return { ...details, lines: quotable.map((line) => ({ productId: line.productId, variantId: line.variantId, quantity: line.quantity })) };
}

/**
 * Puts the lines of an accepted request in `cart`, each with exactly the quoted quantity and the
 * request's id (replacing a line of the same item), so that the quote and the order are priced at
 * the quoted prices. Resolves how many lines went in. Rejects `conflict` (`details.reason`
 * `rfq_status`) when the request is not accepted, expired or already ordered at `now`.
 */
export async function addRfqToCart(adapter: Pick<BackendAdapter, 'getProduct'>, cart: Cart, rfq: Rfq, now: Date, ctx?: RequestContext): Promise<number> {
  if (!allowedRfqBuyerActions(rfq, now).includes('checkout')) {
    throw new OrderZoneError('conflict', `Request for quote ${rfqReference(rfq)} cannot be checked out now.`, { details: { reason: 'rfq_status', rfqId: rfq.id, status: rfq.status, action: 'checkout' } });
  }
  const ids = [...new Set(rfq.lines.map((line) => line.productId))];
  const products = new Map((await Promise.all(ids.map((id) => adapter.getProduct(id, ctx)))).map((product) => [product.id, product]));
  let added = 0;
  for (const line of rfq.lines) {
    const product = products.get(line.productId);
    if (!product) continue;
    const result = cart.add({ product, variantId: line.variantId, quantity: line.quantity, rfqId: rfq.id });
    if (result.outcome !== 'refused') added += 1;
  }
  return added;
}
