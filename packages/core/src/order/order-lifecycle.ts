/**
 * The order lifecycle of goods orders, written once as data: for every status, the actions a shopper
 * and a merchant may take and the status each one leads to. Widgets read it to offer only the
 * actions allowed now; backends apply every change through {@link nextStatus}, so the table has the
 * last word.
 *
 * - goods: `pending_payment` → `paid` → `shipped` → `completed` (cash on delivery: `pending_shipment` → `shipped`);
 * - cancelling: `pending_payment` or `pending_shipment` → `cancelled`;
 * - refunds before shipment: `paid` → `refund_requested` → `refunded` | `refund_rejected` (which then ships);
 * - returns after shipment: `shipped` | `completed` → `return_requested` → `return_approved` → `returned`
 *   → `refunded`, or `return_requested` → `return_rejected`.
 *
 * `paid` and `pending_shipment` both mean "awaiting shipment": `paid` when the money has been
 * received, `pending_shipment` when nothing has been paid yet because the shopper pays on delivery
 * (cash on delivery). A cash-on-delivery order can therefore still be cancelled outright, while a
 * paid one asks for a refund instead.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { Order, OrderStatus } from './order-schema.ts';

/** What a shopper can do to an order. `pay` leads to `paid` once the payment provider confirms it. */
export const SHOPPER_ACTIONS = ['pay', 'cancel', 'edit', 'change_address', 'request_refund', 'request_return'] as const;
/** One of {@link SHOPPER_ACTIONS}. */
export type ShopperAction = (typeof SHOPPER_ACTIONS)[number];

/** What a merchant (or the payment provider, for `confirm_payment`) can do to an order. */
export const MERCHANT_ACTIONS = [
  'confirm_payment', 'ship', 'complete', 'approve_refund', 'reject_refund', 'approve_return', 'reject_return', 'receive_return',
] as const;
/** One of {@link MERCHANT_ACTIONS}. */
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number];

/** Any action of the lifecycle. */
export type OrderAction = ShopperAction | MerchantAction;

/** The actions allowed in one status, each with the status it leads to. */
export interface StatusTransitions {
  shopper: Readonly<Partial<Record<ShopperAction, OrderStatus>>>;
  merchant: Readonly<Partial<Record<MerchantAction, OrderStatus>>>;
}

/**
 * The one transition table of goods orders. Statuses without any action (`cancelled`, `refunded`,
 * `return_rejected`) are terminal. `edit` and `change_address` keep the status.
 */
export const ORDER_LIFECYCLE: Readonly<Record<OrderStatus, StatusTransitions>> = {
  pending_payment: {
    shopper: { pay: 'paid', cancel: 'cancelled', edit: 'pending_payment', change_address: 'pending_payment' },
    merchant: { confirm_payment: 'paid' },
  },
  pending_shipment: {
    shopper: { cancel: 'cancelled', change_address: 'pending_shipment' },
    merchant: { ship: 'shipped' },
  },
  paid: {
    shopper: { change_address: 'paid', request_refund: 'refund_requested' },
    merchant: { ship: 'shipped' },
  },
  shipped: {
    shopper: { request_return: 'return_requested' },
    merchant: { complete: 'completed' },
  },
  completed: {
    shopper: { request_return: 'return_requested' },
    merchant: {},
  },
  cancelled: { shopper: {}, merchant: {} },
  refund_requested: {
    shopper: {},
    merchant: { approve_refund: 'refunded', reject_refund: 'refund_rejected' },
  },
  refund_rejected: {
    shopper: { change_address: 'refund_rejected' },
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
    merchant: { approve_refund: 'refunded' },
  },
  return_rejected: { shopper: {}, merchant: {} },
};

const SHOPPER_ACTION_SET: ReadonlySet<string> = new Set(SHOPPER_ACTIONS);

/** True for an action a shopper takes (as opposed to a merchant). */
export function isShopperAction(action: OrderAction): action is ShopperAction {
  return SHOPPER_ACTION_SET.has(action);
}

/** The shopper actions allowed for an order now, in the table's order. */
export function allowedShopperActions(order: Pick<Order, 'status'>): ShopperAction[] {
  return Object.keys(ORDER_LIFECYCLE[order.status]?.shopper ?? {}) as ShopperAction[];
}

/** The merchant actions allowed for an order now, in the table's order. */
export function allowedMerchantActions(order: Pick<Order, 'status'>): MerchantAction[] {
  return Object.keys(ORDER_LIFECYCLE[order.status]?.merchant ?? {}) as MerchantAction[];
}

/** True when no action is allowed in `status` any more. */
export function isTerminalStatus(status: OrderStatus): boolean {
  const transitions = ORDER_LIFECYCLE[status];
  return Object.keys(transitions.shopper).length === 0 && Object.keys(transitions.merchant).length === 0;
}

/** The status an action leads to from `status`, or `undefined` when the table does not allow it. */
function targetOf(status: OrderStatus, action: OrderAction): OrderStatus | undefined {
  const transitions = ORDER_LIFECYCLE[status];
  if (!transitions) return undefined;
  return isShopperAction(action) ? transitions.shopper[action] : transitions.merchant[action as MerchantAction];
}

/** Statuses reachable from `status` by any number of actions, `status` itself excluded unless on a loop. */
function reachableFrom(status: OrderStatus): Set<OrderStatus> {
  const seen = new Set<OrderStatus>();
  const queue: OrderStatus[] = [status];
  while (queue.length > 0) {
    const transitions = ORDER_LIFECYCLE[queue.shift()!];
    for (const target of [...Object.values(transitions.shopper), ...Object.values(transitions.merchant)]) {
      if (target !== undefined && !seen.has(target)) {
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
  return_rejected: 'closed after its return request was rejected',
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
  reject_refund: ['a refund', 'rejected'],
  approve_return: ['a return', 'approved'],
  reject_return: ['a return', 'rejected'],
  receive_return: ['a return', 'received'],
};

/**
 * The status `action` leads to from `status`.
 *
 * @param orderNumber - Named in the error message when given.
 * @throws `OrderZoneError` `conflict` when the table does not allow `action` in `status`, e.g.
 *   "Order OZ250314000001 is shipped; it can no longer be cancelled." or, for an action a later
 *   status allows, "…; it cannot be shipped yet." `details` holds `orderNumber`, `status` and `action`.
 */
export function nextStatus(status: OrderStatus, action: OrderAction, orderNumber?: string): OrderStatus {
  const target = targetOf(status, action);
  if (target !== undefined) return target;
  const [subject, participle] = ACTION_TEXT[action] ?? ['it', `given the action "${String(action)}"`];
  const later = [...reachableFrom(status)].some((s) => targetOf(s, action) !== undefined);
  const who = orderNumber === undefined ? 'This order' : `Order ${orderNumber}`;
  const statusText = STATUS_TEXT[status] ?? `in the unknown status "${String(status)}"`;
  const verdict = later ? `${subject} cannot be ${participle} yet` : `${subject} can no longer be ${participle}`;
  throw new OrderZoneError('conflict', `${who} is ${statusText}; ${verdict}.`, {
    details: { status, action, ...(orderNumber === undefined ? {} : { orderNumber }) },
  });
}
