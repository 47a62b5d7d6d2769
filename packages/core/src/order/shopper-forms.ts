/**
 * What an order page offers a shopper and how it words it: the actions that open a form (in the
 * order they are offered), their wording for an order of bookings, how long a success message about
 * an action stays true, and the quantity a refund or return request may name for a line. The rules
 * are the order lifecycle's (`allowedShopperActions`, `STATUS_KEEPING_ACTIONS`) and the refund rule
 * of requests by line (`lineAfterSales`); a view only renders what these answer.
 *
 * @module
 */
import type { Order } from './order-schema.ts';
import { lineAfterSales, type AfterSaleUnitsOrder } from './after-sale-units.ts';
import { orderAddressPurpose, orderFlow, STATUS_KEEPING_ACTIONS, type ShopperAction } from './order-lifecycle.ts';

/** The shopper actions that open a form on an order page (`pay` is the payment step itself), in the order they are offered. */
export const SHOPPER_FORM_ACTIONS = ['edit', 'cancel', 'change_address', 'request_refund', 'request_return'] as const satisfies readonly ShopperAction[];
/** One of {@link SHOPPER_FORM_ACTIONS}. */
export type ShopperFormAction = (typeof SHOPPER_FORM_ACTIONS)[number];

/**
 * The form actions to offer for `order`, in {@link SHOPPER_FORM_ACTIONS} order: those `available`
 * (the status allows them and the backend implements them), except changing an address the order
 * does not have.
 */
export function offeredShopperForms(order: Pick<Order, 'status'> & Partial<Pick<Order, 'shippingAddress'>>, available: readonly ShopperAction[]): ShopperFormAction[] {
  return SHOPPER_FORM_ACTIONS.filter((action) => available.includes(action) && (action !== 'change_address' || order.shippingAddress !== undefined));
}

/** How an action is worded: as itself, or as what it is for an order of bookings only. */
export type ShopperActionWording = ShopperAction | 'cancel_booking' | 'change_service_address';

/**
 * The wording of `action` on `order`: cancelling an order of bookings only is "Cancel booking", and
 * its address is the service address ("Change service address"), as the checkout called it.
 */
export function shopperActionWording(action: ShopperAction, order: Partial<Pick<Order, 'lines'>>): ShopperActionWording {
  if (action === 'cancel' && orderFlow(order) === 'bookings') return 'cancel_booking';
  if (action === 'change_address' && orderAddressPurpose(order) === 'service') return 'change_service_address';
  return action;
}

/**
 * The status a success message about `action` names, so it goes once the order leaves it ("Your
 * refund request was sent" until the merchant decides); `undefined` for an action that keeps the
 * status, whose message stays true whatever comes next ("Address changed").
 */
export function successWhileStatus(action: ShopperAction, result: Pick<Order, 'status'>): Order['status'] | undefined {
  return STATUS_KEEPING_ACTIONS.includes(action) ? undefined : result.status;
}

/** Whether a message kept `whileStatus` (see {@link successWhileStatus}) is still true of an order in `status`. */
export function successStillTrue(whileStatus: Order['status'] | undefined, status: Order['status']): boolean {
  return whileStatus === undefined || whileStatus === status;
}

/** Whether the order's status changed between two states of it (a view announces the new one). */
export function orderStatusChanged(before: Pick<Order, 'status'> | undefined, after: Pick<Order, 'status'>): boolean {
  return before !== undefined && before.status !== after.status;
}

/**
 * The quantity of line `lineIndex` a refund or return request may name when the shopper asks for
 * `requested`: a whole number from 0 to what may still be asked for (`lineAfterSales`), 0 for what
 * is not a number.
 */
export function afterSaleQuantity(order: AfterSaleUnitsOrder, kind: 'refund' | 'return', lineIndex: number, requested: number): number {
  const max = lineAfterSales(order)[lineIndex]?.requestable[kind] ?? 0;
  return Number.isFinite(requested) ? Math.max(0, Math.min(max, Math.trunc(requested))) : 0;
}
