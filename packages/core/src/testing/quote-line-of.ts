/**
 * Test helper: the quote line a backend would answer for a cart line, as it was seen (price, title,
 * personalization, its booking and hold), with `extra` laid over it (a problem, another total).
 *
 * @module
 */
import type { CartLine } from '../cart/cart.ts';
import type { QuoteLine } from '../order/order-schema.ts';

/** The quote line of `line`, `extra` over it. */
export function quoteLineOf(line: CartLine, extra: Partial<QuoteLine> = {}): QuoteLine {
  return {
    productId: line.productId,
    variantId: line.variantId,
    sku: line.seen.sku,
    title: line.seen.title,
    quantity: line.quantity,
    personalization: { ...line.personalization },
    unitPrice: line.seen.unitPrice,
    total: line.seen.unitPrice,
    available: null,
    ...(line.bookingDetails ? { booking: line.bookingDetails, shipped: false } : {}),
    ...(line.hold ? { hold: line.hold } : {}),
    ...extra,
  };
}
