/**
 * Reorder (business buying): the lines of a past order checked against the catalog as it is now,
 * with what changed since (price, stock, gone), before they go to the cart in one step.
 *
 * @module
 */
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import type { Product, Variant } from '../catalog/catalog-schema.ts';
import { previewUnitPrice } from '../catalog/product-rules.ts';
import { fitQuantity } from '../catalog/quantity-rule.ts';
import { OrderZoneError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import type { Order, QuoteLine } from '../order/order-schema.ts';
import { skuKey } from './quick-order.ts';

/**
 * What changed for a line of the past order. `price`: one unit now costs `after` instead of
 * `before` (same quantity, same personalization); `stock`: only `available` of the `requested`
 * units can be ordered now (0: sold out); `unavailable`: the product or variant is gone, or it is a
 * booking (a booking is picked again on its product page).
 */
export type ReorderChange =
  | { kind: 'price'; before: Money; after: Money }
  | { kind: 'stock'; requested: number; available: number }
  | { kind: 'unavailable' };

/** A line of the past order as it can be ordered again. */
export interface ReorderLine {
  line: QuoteLine;
  product?: Product;
  variant?: Variant;
  /** Units that go to the cart (0 when none can). */
  quantity: number;
  changes: ReorderChange[];
}

/**
 * Each line of `order` against `products` (the catalog now, e.g. from `findSkus`), with the units
 * that can be ordered again under the product's quantity rule and stock (`fitQuantity`) and what
 * changed, price by `previewUnitPrice` (the quote's rule).
 */
export function planReorder(order: Order, products: readonly Product[]): ReorderLine[] {
  const byVariant = new Map<string, { product: Product; variant: Variant }>();
  for (const product of products) for (const variant of product.variants) byVariant.set(variant.id, { product, variant });
  return order.lines.map((line): ReorderLine => {
    const found = byVariant.get(line.variantId);
    if (!found || found.product.id !== line.productId || line.booking || found.product.kind !== 'goods') return { line, quantity: 0, changes: [{ kind: 'unavailable' }] };
    const { product, variant } = found;
    const changes: ReorderChange[] = [];
    const fit = fitQuantity(line.quantity, product.quantity, variant.stock);
    if (fit.allowed < line.quantity) changes.push({ kind: 'stock', requested: line.quantity, available: fit.allowed });
    const now = previewUnitPrice(product, variant.id, line.quantity, line.personalization).unitPrice;
    if (now.amount !== line.unitPrice.amount || now.currency !== line.unitPrice.currency) changes.push({ kind: 'price', before: line.unitPrice, after: now });
    return { line, product, variant, quantity: fit.allowed, changes };
  });
}

/**
 * Plans a reorder of `order` from the catalog now (one `findSkus` call for its lines' SKUs). Nothing
 * goes to the cart: show the changes, then `addReorderToCart`. Rejects `config` without `findSkus`.
 */
export async function prepareReorder(adapter: BackendAdapter, order: Order, ctx?: RequestContext): Promise<ReorderLine[]> {
  if (!adapter.findSkus) throw new OrderZoneError('config', 'Reorder needs a backend that finds products by SKU (BackendAdapter.findSkus).');
  const skus = [...new Map(order.lines.filter((l) => !l.booking).map((l) => [skuKey(l.sku), l.sku])).values()];
  const products = skus.length > 0 ? await adapter.findSkus(skus, ctx) : [];
  return planReorder(order, products);
}

/** Puts every line that can be ordered again in `cart` at once (with its personalization); returns how many lines went in. */
export function addReorderToCart(cart: Cart, lines: readonly ReorderLine[]): number {
  let added = 0;
  for (const line of lines) {
    if (!line.product || !line.variant || line.quantity <= 0) continue;
    cart.add({ product: line.product, variantId: line.variant.id, quantity: line.quantity, personalization: line.line.personalization });
    added += 1;
  }
  return added;
}
