/**
 * Which units of an order a shopper may still ask to refund or return, line by line, and where each
 * line stands with refunds and returns: the part of the after-sales rules (`after-sales.ts`, which
 * re-exports it) that a view of an order needs to offer a request. Checking a request's lines and
 * what they are worth back stay there, with the forms and the backends that use them.
 *
 * @module
 */
import { money, type Money } from '../money/money.ts';
import type { AfterSale, AfterSaleLine, ChosenLine, Order, OrderStatus } from './order-schema.ts';

/** A request before shipment (`refund`) or after it (`return`). */
export type AfterSaleKind = AfterSale['kind'];

/** Quantities chosen in a request form: one per order line, in the order's order; 0 leaves a line out. */
export type AfterSaleQuantities = readonly number[];

/** What of an order says which units may be asked for. */
export type AfterSaleUnitsOrder = Pick<Order, 'status' | 'lines'> & Partial<Pick<Order, 'afterSales'>>;

/** Where one order line stands with refunds and returns. */
export interface LineAfterSales {
  lineIndex: number;
  /** Units ordered. */
  quantity: number;
  /** Units refunded. */
  refunded: number;
  /** Units in the open request (asked for, approved for return or received, not refunded yet). */
  open: number;
  /** Units whose refund request (`refund`) or return request (`return`) was declined. */
  declined: Record<AfterSaleKind, number>;
  /** Money refunded for this line so far. */
  refundedAmount: Money;
  /** Units a new request of each kind may name now. */
  requestable: Record<AfterSaleKind, number>;
}

/** Statuses in which an order has a request open. */
const OPEN_STATUSES: ReadonlySet<OrderStatus> = new Set(['refund_requested', 'return_requested', 'return_approved', 'returned']);
const OPEN_AFTER_SALE: ReadonlySet<AfterSale['status']> = new Set(['requested', 'approved', 'received']);

/** The order's open request: the latest that is neither refunded nor rejected. */
export function openAfterSale(order: Pick<Order, 'afterSales'>): AfterSale | undefined {
  const list = order.afterSales ?? [];
  for (let i = list.length - 1; i >= 0; i--) if (OPEN_AFTER_SALE.has(list[i]!.status)) return list[i];
  return undefined;
}

/** Units of an after-sale line still going forward: all asked while `requested`, then those accepted. */
export function unitsGoingOn(line: Pick<AfterSaleLine, 'status' | 'quantity' | 'accepted'>): number {
  if (line.status === 'rejected') return 0;
  return line.status === 'requested' ? line.quantity : (line.accepted ?? line.quantity);
}

/** Where every line of the order stands (see {@link LineAfterSales}). */
export function lineAfterSales(order: AfterSaleUnitsOrder): LineAfterSales[] {
  const states: LineAfterSales[] = order.lines.map((line, lineIndex) => ({
    lineIndex,
    quantity: line.quantity,
    refunded: 0,
    open: 0,
    declined: { refund: 0, return: 0 },
    refundedAmount: money(0, line.total.currency),
    requestable: { refund: 0, return: 0 },
  }));
  const list = order.afterSales ?? [];
  if (order.status === 'refunded') {
    // Refunded in full, whatever was recorded (a cancelled booking, a backend before contract 2.1).
    for (const state of states) state.refunded = state.quantity;
  }
  for (const sale of list) {
    for (const line of sale.lines) {
      const state = states[line.lineIndex];
      if (!state) continue;
      const going = unitsGoingOn(line);
      if (line.status === 'refunded') {
        if (order.status !== 'refunded') state.refunded += going;
        if (line.refunded) state.refundedAmount = money(state.refundedAmount.amount + line.refunded.amount, state.refundedAmount.currency);
      } else if (OPEN_AFTER_SALE.has(line.status)) {
        state.open += going;
      }
      state.declined[sale.kind] += line.quantity - going;
    }
  }
  if (list.length === 0) {
    // A backend before contract 2.1: a request covered the whole order.
    const legacy: Partial<Record<OrderStatus, (state: LineAfterSales) => void>> = {
      refund_rejected: (state) => (state.declined.refund = state.quantity),
      return_rejected: (state) => (state.declined.return = state.quantity),
    };
    for (const state of states) {
      if (OPEN_STATUSES.has(order.status)) state.open = state.quantity;
      legacy[order.status]?.(state);
    }
  }
  for (const state of states) {
    const left = Math.max(0, state.quantity - state.refunded - state.open);
    state.requestable = {
      refund: Math.max(0, left - state.declined.refund),
      return: order.lines[state.lineIndex]!.shipped === false ? 0 : Math.max(0, left - state.declined.return),
    };
  }
  return states;
}

/** Units of the order a new request of `kind` may name now (0: nothing to ask for). */
export function requestableUnits(order: AfterSaleUnitsOrder, kind: AfterSaleKind): number {
  return lineAfterSales(order).reduce((sum, state) => sum + state.requestable[kind], 0);
}

/** Where a request form starts: every unit that may be asked for, line by line. */
export function afterSaleQuantitiesOf(order: AfterSaleUnitsOrder, kind: AfterSaleKind): number[] {
  return lineAfterSales(order).map((state) => state.requestable[kind]);
}

/** A form's quantities as the lines of a request (lines at 0 left out). */
export function chosenLinesOf(quantities: AfterSaleQuantities): ChosenLine[] {
  return quantities.flatMap((quantity, lineIndex) => (quantity === 0 ? [] : [{ lineIndex, quantity }]));
}
