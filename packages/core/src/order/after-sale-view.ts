/**
 * What an order view shows of refunds and returns, decided once: where to send returned goods,
 * which declined request the shopper may want help with, and how each line of a request reads.
 *
 * @module
 */
import type { AfterSale, AfterSaleLine, Order } from './order-schema.ts';

/**
 * Where to send returned goods, while the shopper has to: a backend that records requests by line
 * (`afterSales`) gives them with the latest return once it is `approved` (its own instructions, else
 * the order's); an older backend gives `order.returnInstructions`. `undefined` when there is nothing
 * to send back now.
 */
export function pendingReturnInstructions(order: Pick<Order, 'afterSales' | 'returnInstructions'>): Order['returnInstructions'] {
  const sales = order.afterSales ?? [];
  if (sales.length === 0) return order.returnInstructions;
  const latestReturn = [...sales].reverse().find((sale) => sale.kind === 'return');
  return latestReturn?.status === 'approved' ? (latestReturn.returnInstructions ?? order.returnInstructions) : undefined;
}

/** The shopper's request the shop declined, while the order stands declined: `refund` or `return`; else `undefined`. */
export function declinedRequest(order: Pick<Order, 'status'>): 'refund' | 'return' | undefined {
  if (order.status === 'refund_rejected') return 'refund';
  if (order.status === 'return_rejected') return 'return';
  return undefined;
}

/** True when the shop decided on the line and accepted fewer units than asked. */
export function partlyAccepted(line: Pick<AfterSaleLine, 'status' | 'quantity' | 'accepted'>): boolean {
  return line.status !== 'requested' && line.status !== 'rejected' && (line.accepted ?? line.quantity) < line.quantity;
}

/** The amount to show beside a request's line: what was refunded, else what is asked; nothing once declined. */
export function afterSaleLineAmount(line: Pick<AfterSaleLine, 'status' | 'amount' | 'refunded'>): AfterSaleLine['amount'] | undefined {
  return line.refunded ?? (line.status === 'rejected' ? undefined : line.amount);
}

/** The sum to show under a request: `refunded` once money went back, none once declined, else `asked`. */
export function afterSaleSum(sale: Pick<AfterSale, 'status' | 'refunded'>): 'refunded' | 'asked' | undefined {
  if (sale.refunded) return 'refunded';
  return sale.status === 'rejected' ? undefined : 'asked';
}
