/**
 * Quick order in one step over a backend and a cart: read the text, find its SKUs
 * (`BackendAdapter.findSkus`), check every line (`checkQuickOrder`), put the lines that can be
 * ordered in the cart, and give back the text of those that cannot.
 *
 * @module
 */
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import { OrderZoneError } from '../errors.ts';
import { checkQuickOrder, parseQuickOrder, quickOrderSkus, remainingQuickOrderText, QUICK_ORDER_MAX_LINES, type QuickOrderLine } from './quick-order.ts';

/** What a quick order did. */
export interface QuickOrderResult {
  /** Every line read, in order, each with its product or its problem. */
  lines: QuickOrderLine[];
  /** How many lines went to the cart. */
  added: number;
  /** The lines that did not, as typed, one per line: what to leave in the buyer's box. */
  remainingText: string;
}

/**
 * Reads `text`, checks it against the catalog and the cart, and adds every line that can be
 * ordered to `cart` (all of them at once, after every line was checked). Nothing is added when the
 * backend cannot be asked (the error is thrown, the text is the caller's to keep). Rejects
 * `config` when the adapter has no `findSkus`.
 */
export async function placeQuickOrder(adapter: BackendAdapter, cart: Cart, text: string, ctx?: RequestContext): Promise<QuickOrderResult> {
  const entries = parseQuickOrder(text);
  if (entries.length === 0) return { lines: [], added: 0, remainingText: '' };
  if (!adapter.findSkus) throw new OrderZoneError('config', 'Quick order needs a backend that finds products by SKU (BackendAdapter.findSkus).');
  const skus = quickOrderSkus(entries.slice(0, QUICK_ORDER_MAX_LINES));
  const products = skus.length > 0 ? await adapter.findSkus(skus, ctx) : [];
  const inCart = (variantId: string): number =>
    cart.$lines.get().reduce((units, line) => units + (line.variantId === variantId ? line.quantity : 0), 0);
  const lines = checkQuickOrder(entries, products, inCart);
  let added = 0;
  for (const line of lines) {
    if (line.problem || !line.product || !line.variant || line.entry.quantity === undefined) continue;
    cart.add({ product: line.product, variantId: line.variant.id, quantity: line.entry.quantity });
    added += 1;
  }
  return { lines, added, remainingText: remainingQuickOrderText(lines) };
}
