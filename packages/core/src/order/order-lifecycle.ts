/**
 * The order lifecycle of goods orders, written once as data: for every status, the actions a shopper
 * and a merchant may take and the status each one leads to. Widgets read it to offer only the
 * actions allowed now; backends apply every change through {@link nextStatus}, so the table has the
 * last word.
 *
 * - goods: `pending_payment` → `paid` → `shipped` → `completed` (cash on delivery: `pending_shipment` → `shipped`);
 * - cancelling: `pending_payment` or `pending_shipment` → `cancelled`; an order not paid in time is
 *   cancelled by the backend (`expire`);
 * - refunds before shipment: `paid` → `refund_requested` → `refunded` | `refund_rejected` (which then ships);
 * - returns after shipment: `shipped` | `completed` → `return_requested` → `return_approved` → `returned`
 *   → `refunded`, or `return_requested` → `return_rejected`.
 *
 * Requests name lines and units (`after-sales.ts`): a refund of only some of them is the merchant
 * action `partial_refund`, which leaves the order going on (`refund_requested` → `paid`, awaiting
 * shipment of the rest; `returned` → `completed`), while `approve_refund` is the refund that leaves
 * nothing unrefunded (→ `refunded`). After a partial refund or a declined request the shopper may
 * ask again for other units (`paid`, `refund_rejected`, `completed`, `return_rejected` allow it):
 * {@link allowedShopperActions} leaves `request_refund` and `request_return` out when nothing is
 * left to ask for.
 *
 * `paid` and `pending_shipment` both mean "awaiting shipment": `paid` when the money has been
 * received, `pending_shipment` when nothing has been paid yet because the shopper pays on delivery
 * (cash on delivery). A cash-on-delivery order can therefore still be cancelled outright, while a
 * paid one asks for a refund instead.
 *
 * Orders of bookings only (every line a slot, stay or seats: {@link orderFlow} `bookings`) follow
 * the same table, but paying leads to `confirmed` instead of `paid`:
 * - bookings: `pending_payment` → `confirmed` → `fulfilled` (merchant action `fulfill`);
 * - cancelling a confirmed booking inside its cancellation window refunds it at once:
 *   `confirmed` → `refunded` (no request, no decision: the window is the merchant's promise);
 * - `reschedule` moves one booking line to another pick and keeps the status, inside the line's
 *   rescheduling window; mixed orders (goods and bookings) keep the goods lifecycle, and their
 *   booking lines can be rescheduled the same way.
 *
 * The windows (`booking-windows.ts`) narrow what the table allows: {@link allowedShopperActions}
 * leaves out `reschedule` when no booking line's window is open, and `cancel` of a `confirmed` order
 * once a line's cancellation window has closed; {@link closedBookingWindow} (`order-booking-windows.ts`)
 * says which window.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import { requestableUnits } from './after-sale-units.ts';
import { closedBookingWindow } from './order-booking-windows.ts';
import type { Order, OrderHistoryEntry, OrderStatus } from './order-schema.ts';

/** What a shopper can do to an order. `pay` leads to `paid` once the payment provider confirms it. */
export const SHOPPER_ACTIONS = ['pay', 'cancel', 'edit', 'change_address', 'request_refund', 'request_return', 'reschedule'] as const;
/** One of {@link SHOPPER_ACTIONS}. */
export type ShopperAction = (typeof SHOPPER_ACTIONS)[number];

/**
 * What a merchant (or the payment provider, for `confirm_payment`; or the backend itself, for
 * `expire`: an order not paid in time is cancelled and gives its stock and bookings back) can do to
 * an order.
 */
export const MERCHANT_ACTIONS = [
  'confirm_payment', 'ship', 'complete', 'approve_refund', 'partial_refund', 'reject_refund', 'approve_return', 'reject_return', 'receive_return', 'fulfill', 'expire',
] as const;
/** One of {@link MERCHANT_ACTIONS}. */
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number];

/** Any action of the lifecycle. */
export type OrderAction = ShopperAction | MerchantAction;

/**
 * Which way an order goes through the table: `bookings` for an order whose every line is a booking
 * (slot, stay, seats), `goods` for every other order (mixed orders included).
 */
export type OrderFlow = 'goods' | 'bookings';

/** The status an action leads to: the same for every order, or one per {@link OrderFlow}. */
export type TransitionTarget = OrderStatus | Readonly<Record<OrderFlow, OrderStatus>>;

/** The actions allowed in one status, each with the status it leads to. */
export interface StatusTransitions {
  shopper: Readonly<Partial<Record<ShopperAction, TransitionTarget>>>;
  merchant: Readonly<Partial<Record<MerchantAction, TransitionTarget>>>;
}

/** Paying: goods orders await shipment, orders of bookings only are confirmed. */
const PAID: TransitionTarget = { goods: 'paid', bookings: 'confirmed' };

/**
 * The one transition table of orders. Statuses without any action (`cancelled`, `refunded`,
 * `fulfilled`) are terminal. `edit`, `change_address` and `reschedule` keep the
 * status. `confirmed` and `fulfilled` are reached by orders of bookings only.
 */
export const ORDER_LIFECYCLE: Readonly<Record<OrderStatus, StatusTransitions>> = {
  pending_payment: {
    shopper: { pay: PAID, cancel: 'cancelled', edit: 'pending_payment', change_address: 'pending_payment', reschedule: 'pending_payment' },
    merchant: { confirm_payment: PAID, expire: 'cancelled' },
  },
  pending_shipment: {
    shopper: { cancel: 'cancelled', change_address: 'pending_shipment', reschedule: 'pending_shipment' },
    merchant: { ship: 'shipped' },
  },
  paid: {
    shopper: { change_address: 'paid', request_refund: 'refund_requested', reschedule: 'paid' },
    merchant: { ship: 'shipped' },
  },
  shipped: {
    shopper: { request_return: 'return_requested', reschedule: 'shipped' },
    merchant: { complete: 'completed' },
  },
  completed: {
    shopper: { request_return: 'return_requested', reschedule: 'completed' },
    merchant: {},
  },
  cancelled: { shopper: {}, merchant: {} },
  refund_requested: {
    shopper: {},
    merchant: { approve_refund: 'refunded', partial_refund: 'paid', reject_refund: 'refund_rejected' },
  },
  refund_rejected: {
    shopper: { change_address: 'refund_rejected', request_refund: 'refund_requested', reschedule: 'refund_rejected' },
    merchant: { ship: 'shipped' },
  },
  refunded: { shopper: {}, merchant: {} },
  return_requested: {
    shopper: {},
    merchant: { approve_return: 'return_approved', reject_return: 'return_rejected' },
  },
  return_approved: {
    shopper: {},
    merchant: { receive_return: 'returned' },
  },
  returned: {
    shopper: {},
    merchant: { approve_refund: 'refunded', partial_refund: 'completed' },
  },
  return_rejected: {
    shopper: { request_return: 'return_requested' },
    merchant: {},
  },
  confirmed: {
    shopper: { cancel: 'refunded', reschedule: 'confirmed' },
    merchant: { fulfill: 'fulfilled' },
  },
  fulfilled: { shopper: {}, merchant: {} },
};

const SHOPPER_ACTION_SET: ReadonlySet<string> = new Set(SHOPPER_ACTIONS);

/** True for an action a shopper takes (as opposed to a merchant). */
export function isShopperAction(action: OrderAction): action is ShopperAction {
  return SHOPPER_ACTION_SET.has(action);
}

/** `bookings` when every line of the order is a booking, else `goods` (see {@link OrderFlow}). */
export function orderFlow(order: Partial<Pick<Order, 'lines'>>): OrderFlow {
  const lines = order.lines ?? [];
  return lines.length > 0 && lines.every((line) => line.booking !== undefined) ? 'bookings' : 'goods';
}

/**
 * What the address of an order is for: `service` when nothing in it ships (every line a booking:
 * it is where an on-site service happens, as the checkout called it, see `checkoutRequirements`),
 * else `shipping`.
 */
export function orderAddressPurpose(order: Partial<Pick<Order, 'lines'>>): 'shipping' | 'service' {
  return orderFlow(order) === 'bookings' ? 'service' : 'shipping';
}

/**
 * The shopper actions that change an order but keep its status (`edit`, `change_address`,
 * `reschedule`), read off {@link ORDER_LIFECYCLE}: in every status that allows them they lead back
 * to it.
 */
export const STATUS_KEEPING_ACTIONS: readonly ShopperAction[] = SHOPPER_ACTIONS.filter((action) => {
  const allowedIn = (Object.keys(ORDER_LIFECYCLE) as OrderStatus[]).filter((status) => ORDER_LIFECYCLE[status].shopper[action] !== undefined);
  return allowedIn.length > 0 && allowedIn.every((status) => ORDER_LIFECYCLE[status].shopper[action] === status);
});

/**
 * The change a history entry records when its action kept the order's status (one of
 * {@link STATUS_KEEPING_ACTIONS}: a timeline then says "Booking moved", "Address changed"), or the
 * backend's `expire` (a timeline says "Not paid in time" rather than only "Cancelled"), or a
 * `partial_refund` (a timeline says "Partly refunded" rather than "Paid" again); `undefined` when
 * the entry is the order entering its status (creation, payment, shipping...): a timeline names the
 * status then.
 */
export function historyChange(entry: Pick<OrderHistoryEntry, 'action'>): ShopperAction | 'expire' | 'partial_refund' | undefined {
  if (entry.action === 'expire' || entry.action === 'partial_refund') return entry.action;
  return STATUS_KEEPING_ACTIONS.find((action) => action === entry.action);
}

/**
 * What a history entry records, for a timeline that names every event on its own: `placed` for
 * the first entry (the order was placed; it entered its first status), else the entry's action
 * (each action of the lifecycle is an event of its own: `pay` and `confirm_payment`, `cancel` and
 * `expire`, `approve_refund` and `reject_refund`, `change_address`...). `undefined` for an entry
 * with no action, or one this version does not know: a timeline names the status entered then.
 */
export function historyEvent(entry: Pick<OrderHistoryEntry, 'action'>, index: number): OrderAction | 'placed' | undefined {
  if (entry.action === undefined) return index === 0 ? 'placed' : undefined;
  return (SHOPPER_ACTIONS as readonly string[]).includes(entry.action) || (MERCHANT_ACTIONS as readonly string[]).includes(entry.action) ? (entry.action as OrderAction) : undefined;
}

/**
 * The statuses paying leads to (`paid` for goods, `confirmed` for orders of bookings only): the
 * order has just been paid and nothing else happened to it yet.
 */
export const JUST_PAID_STATUSES: ReadonlySet<OrderStatus> = new Set(targetsOf(PAID));

/**
 * True while the shopper still has something to do to pay `order`: its status allows `pay` and the
 * backend gave a payment step (a QR code or a redirect, not `none`).
 */
export function awaitsPayment(order: Pick<Order, 'status' | 'payment'>): boolean {
  return ORDER_LIFECYCLE[order.status]?.shopper.pay !== undefined && order.payment.type !== 'none';
}

/**
 * The shopper actions allowed for an order at `now`, in the table's order: those the table allows
 * in its status, narrowed by the booking windows of its lines and by what is left to refund or
 * return. `reschedule` needs a booking line whose rescheduling window is open; `cancel` of a
 * `confirmed` order needs every cancellation window open; `request_refund` and `request_return`
 * need a unit that may still be asked for (`requestableUnits` of `after-sales.ts`). Without
 * `lines`, only the table decides (and `reschedule` is left out).
 */
export function allowedShopperActions(
  order: Pick<Order, 'status'> & Partial<Pick<Order, 'lines' | 'afterSales'>>,
  now: Date = new Date(),
): ShopperAction[] {
  const actions = Object.keys(ORDER_LIFECYCLE[order.status]?.shopper ?? {}) as ShopperAction[];
  const lines = order.lines;
  return actions.filter((action) => {
    if (action === 'reschedule') return lines !== undefined && lines.some((line) => line.booking) && !closedBookingWindow({ status: order.status, lines }, 'reschedule', now);
    if (action === 'cancel' && lines !== undefined) return !closedBookingWindow({ status: order.status, lines }, 'cancel', now);
    if ((action === 'request_refund' || action === 'request_return') && lines !== undefined) {
      return requestableUnits({ status: order.status, lines, ...(order.afterSales ? { afterSales: order.afterSales } : {}) }, action === 'request_refund' ? 'refund' : 'return') > 0;
    }
    return true;
  });
}

/**
 * Merchant actions never offered as such: `expire` is the backend's own, and `partial_refund` is
 * what a merchant's `approve_refund` of only some units becomes (`refundAction` of `after-sales.ts`).
 */
const BACKEND_ACTIONS: ReadonlySet<MerchantAction> = new Set(['expire', 'partial_refund']);

/**
 * The merchant actions a merchant may take on an order now, in the table's order (`expire` is the
 * backend's own; `partial_refund` is an `approve_refund` of some units).
 */
export function allowedMerchantActions(order: Pick<Order, 'status'>): MerchantAction[] {
  return (Object.keys(ORDER_LIFECYCLE[order.status]?.merchant ?? {}) as MerchantAction[]).filter((action) => !BACKEND_ACTIONS.has(action));
}

/** True when no action is allowed in `status` any more. */
export function isTerminalStatus(status: OrderStatus): boolean {
  const transitions = ORDER_LIFECYCLE[status];
  return Object.keys(transitions.shopper).length === 0 && Object.keys(transitions.merchant).length === 0;
}

/** The table's entry for an action in `status`, or `undefined` when the table does not allow it. */
function transitionOf(status: OrderStatus, action: OrderAction): TransitionTarget | undefined {
  const transitions = ORDER_LIFECYCLE[status];
  if (!transitions) return undefined;
  return isShopperAction(action) ? transitions.shopper[action] : transitions.merchant[action as MerchantAction];
}

/** The status `target` means for an order of `flow`. */
export function resolveTarget(target: TransitionTarget, flow: OrderFlow): OrderStatus {
  return typeof target === 'string' ? target : target[flow];
}

/** Every status a table entry can lead to. */
function targetsOf(target: TransitionTarget | undefined): OrderStatus[] {
  if (target === undefined) return [];
  return typeof target === 'string' ? [target] : [target.goods, target.bookings];
}

/** Statuses reachable from `status` by any number of actions, `status` itself excluded unless on a loop. */
function reachableFrom(status: OrderStatus): Set<OrderStatus> {
  const seen = new Set<OrderStatus>();
  const queue: OrderStatus[] = [status];
  while (queue.length > 0) {
    const transitions = ORDER_LIFECYCLE[queue.shift()!];
    for (const target of [...Object.values(transitions.shopper), ...Object.values(transitions.merchant)].flatMap(targetsOf)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/** How a status reads in an error message. */
const STATUS_TEXT: Record<OrderStatus, string> = {
  pending_payment: 'awaiting payment',
  paid: 'paid and awaiting shipment',
  pending_shipment: 'awaiting shipment (cash on delivery)',
  shipped: 'shipped',
  completed: 'completed',
  cancelled: 'cancelled',
  refund_requested: 'waiting for a decision on its refund request',
  refund_rejected: 'awaiting shipment after its refund request was rejected',
  refunded: 'refunded',
  return_requested: 'waiting for a decision on its return request',
  return_approved: 'approved for return',
  returned: 'returned',
  return_rejected: 'past a declined return request',
  confirmed: 'confirmed',
  fulfilled: 'fulfilled',
};

/** What an action does, as the subject and participle of "… can no longer be …". */
const ACTION_TEXT: Record<OrderAction, [subject: string, participle: string]> = {
  pay: ['it', 'paid'],
  cancel: ['it', 'cancelled'],
  edit: ['it', 'edited'],
  change_address: ['its shipping address', 'changed'],
  request_refund: ['a refund', 'requested'],
  request_return: ['a return', 'requested'],
  confirm_payment: ['its payment', 'confirmed'],
  ship: ['it', 'shipped'],
  complete: ['it', 'completed'],
  approve_refund: ['a refund', 'approved'],
  partial_refund: ['a partial refund', 'made'],
  reject_refund: ['a refund', 'rejected'],
  approve_return: ['a return', 'approved'],
  reject_return: ['a return', 'rejected'],
  receive_return: ['a return', 'received'],
  reschedule: ['its booking', 'rescheduled'],
  fulfill: ['it', 'fulfilled'],
  expire: ['it', 'expired'],
};

/**
 * The status `action` leads to from `status`. Windows are not checked here (see
 * {@link closedBookingWindow}).
 *
 * @param orderNumber - Named in the error message when given.
 * @param flow - Which way the order goes (see {@link orderFlow}); default `goods`.
 * @throws `OrderZoneError` `conflict` when the table does not allow `action` in `status`, e.g.
 *   "Order OZ250314000001 is shipped; it can no longer be cancelled." or, for an action a later
 *   status allows, "…; it cannot be shipped yet." `details` holds `orderNumber`, `status` and `action`.
 */
export function nextStatus(status: OrderStatus, action: OrderAction, orderNumber?: string, flow: OrderFlow = 'goods'): OrderStatus {
  const target = transitionOf(status, action);
  if (target !== undefined) return resolveTarget(target, flow);
  const [subject, participle] = ACTION_TEXT[action] ?? ['it', `given the action "${String(action)}"`];
  const later = [...reachableFrom(status)].some((s) => transitionOf(s, action) !== undefined);
  const who = orderNumber === undefined ? 'This order' : `Order ${orderNumber}`;
  const statusText = STATUS_TEXT[status] ?? `in the unknown status "${String(status)}"`;
  const verdict = later ? `${subject} cannot be ${participle} yet` : `${subject} can no longer be ${participle}`;
  throw new OrderZoneError('conflict', `${who} is ${statusText}; ${verdict}.`, {
    details: { status, action, ...(orderNumber === undefined ? {} : { orderNumber }) },
  });
}
