/**
 * The engine's calls that move an order through its statuses: every change goes through the core's
 * transition table (`transition`, `conflict` when the table does not allow it) and appends to the
 * order's history. The shopper cancels or changes the address; the merchant (or a payment
 * provider) marks it paid, shipped or completed; an order past its time to pay expires.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { validateCheckoutDraft } from '@orderzone/core/checkout';
import { nextStatus, orderFlow } from '@orderzone/core/orders';
import { AddressSchema, TrackingSchema } from '@orderzone/core/schemas';
import type { Address, Order, OrderAccess, OrderAction, OrderHistoryEntry, PaymentAction, PaymentStatus, Tracking } from '@orderzone/core';
import { assertCancelWindowOpen } from './booking-lifecycle.ts';
import { releaseOrderBookings } from './booking-ledger.ts';
import type { EngineCore } from './engine-core.ts';
import { orderIn } from './engine-state.ts';
import type { Caller } from './order-access.ts';
import { fieldErrorsFromIssues, trimAll, validationError } from './request-validation.ts';

/**
 * Applies `action` to `order` through the transition table (`conflict` when not allowed), with
 * `changes`, a history entry and, optionally, the stock changes of `stock`; saves and returns a copy.
 */
export function transition(core: EngineCore, order: Order, action: OrderAction, changes: Partial<Order> = {}, options: { note?: string; stock?: Record<string, number> } = {}): Order {
  const status = nextStatus(order.status, action, order.orderNumber, orderFlow(order));
  const entry: OrderHistoryEntry = { status, at: core.now().toISOString(), action, ...(options.note ? { note: options.note } : {}) };
  const updated: Order = { ...order, ...changes, status, history: [...(order.history ?? []), entry] };
  // A change to `undefined` removes the field (an edited order left with bookings only ships nothing).
  for (const [field, value] of Object.entries(changes)) if (value === undefined) delete updated[field as keyof Order];
  const state = core.state();
  core.commit({ ...state, ...(options.stock ? { stock: options.stock } : {}), orders: state.orders.map((o) => (o.orderNumber === order.orderNumber ? updated : o)) });
  // A cancelled or refunded order gives its slots, nights and seats back.
  if (status === 'cancelled' || status === 'refunded') core.commit({ ...core.state(), bookings: releaseOrderBookings(core.ledger(), order.orderNumber).bookings });
  core.store(core.state());
  return structuredClone(updated);
}

/** The stock with the units of `order`'s tracked lines given back. */
export function stockWithLinesBack(core: EngineCore, order: Order): Record<string, number> {
  const stock = { ...core.state().stock };
  for (const line of order.lines) if (stock[line.variantId] !== undefined) stock[line.variantId] = stock[line.variantId]! + line.quantity;
  return stock;
}

/** `order`, cancelled (`expire`) first when it awaits payment past its `payBy`. */
export function expireIfOverdue(core: EngineCore, order: Order): Order {
  if (order.status !== 'pending_payment' || order.payBy === undefined || Date.parse(order.payBy) > core.now().getTime()) return order;
  transition(core, order, 'expire', { payment: { type: 'none' } }, { stock: stockWithLinesBack(core, order) });
  return orderIn(core.state(), order.orderNumber)!;
}

export function cancelOrder(core: EngineCore, orderNumber: string, access: OrderAccess, caller?: Caller): Order {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  const status = nextStatus(order.status, 'cancel', order.orderNumber, orderFlow(order));
  assertCancelWindowOpen(order, core.now());
  // Cancelling a confirmed booking refunds it in full.
  const refunded = status === 'refunded' ? { refunded: { ...order.total } } : {};
  return transition(core, order, 'cancel', { payment: { type: 'none' }, ...refunded }, { stock: stockWithLinesBack(core, order) });
}

export function setPaymentAction(core: EngineCore, orderNumber: string, action: PaymentAction): Order {
  // An order past its time to pay is left to whoever opens it next or the sweep, which cancel it and
  // give its stock back; this call touches the order alone (a server loads nothing else for it).
  const order = core.requireOrder(orderNumber);
  const overdue = order.payBy !== undefined && Date.parse(order.payBy) <= core.now().getTime();
  if (order.status !== 'pending_payment' || overdue) {
    throw new OrderZoneError('conflict', `Order ${order.orderNumber} is no longer awaiting payment; it has no payment step to set.`, {
      details: { status: order.status, action: 'pay', orderNumber: order.orderNumber },
    });
  }
  const updated: Order = { ...order, payment: structuredClone(action) };
  const state = core.state();
  core.store({ ...state, orders: state.orders.map((o) => (o.orderNumber === order.orderNumber ? updated : o)) });
  return structuredClone(updated);
}

export function changeShippingAddress(core: EngineCore, orderNumber: string, access: OrderAccess, rawAddress: Address, caller?: Caller): Order {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  nextStatus(order.status, 'change_address', order.orderNumber);
  const current = order.shippingAddress;
  if (!current) {
    throw new OrderZoneError('conflict', `Order ${order.orderNumber} has no address (it ships nothing and has no on-site service), so there is none to change.`, {
      details: { status: order.status, action: 'change_address' },
    });
  }
  if (!rawAddress || typeof rawAddress !== 'object') throw validationError('A new shipping address is required.', [{ field: 'shippingAddress', code: 'required' }]);
  const parsed = AddressSchema.safeParse(rawAddress);
  if (!parsed.success) {
    throw validationError('The shipping address is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawAddress, 'shippingAddress.'));
  }
  const country = parsed.data.country.trim().toUpperCase();
  const fieldErrors = validateCheckoutDraft({
    contact: order.contact,
    shippingAddress: parsed.data,
    shippingOptionId: order.shippingOption?.id ?? 'none',
    paymentMethodId: order.paymentMethod.id,
  }).filter((e) => e.field.startsWith('shippingAddress.'));
  if (!fieldErrors.some((e) => e.field === 'shippingAddress.country') && country !== current.country) {
    fieldErrors.unshift({ field: 'shippingAddress.country', code: 'invalid_choice' });
    throw validationError(`Order ${order.orderNumber} ships to ${current.country}; the address can only change within that country.`, fieldErrors);
  }
  if (fieldErrors.length > 0) throw validationError('Some shipping address details are missing or not valid.', fieldErrors);
  return transition(core, order, 'change_address', { shippingAddress: trimAll({ ...parsed.data, country }) });
}

export function markShipped(core: EngineCore, orderNumber: string, rawTracking: Tracking): Order {
  const order = core.requireOrder(orderNumber);
  nextStatus(order.status, 'ship', order.orderNumber);
  if (!rawTracking || typeof rawTracking !== 'object') throw validationError('Shipping needs the carrier and tracking number.', [{ field: 'tracking', code: 'required' }]);
  const trimmed = trimAll(rawTracking);
  const parsed = TrackingSchema.safeParse(trimmed);
  if (!parsed.success) throw validationError('The tracking details are not valid.', fieldErrorsFromIssues(parsed.error.issues, trimmed, 'tracking.'));
  return transition(core, order, 'ship', { tracking: parsed.data });
}

export function getPaymentStatus(core: EngineCore, orderNumber: string, access: OrderAccess, caller?: Caller): PaymentStatus {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  let status: PaymentStatus['status'];
  switch (order.status) {
    case 'pending_payment':
    case 'pending_shipment':
      status = order.payment.type === 'qr_code' && order.payment.expiresAt !== undefined && Date.parse(order.payment.expiresAt) < core.now().getTime() ? 'expired' : 'pending';
      break;
    case 'cancelled':
      status = 'failed';
      break;
    default:
      // Every other status comes after payment (or delivery, for cash on delivery); a refund does not undo it.
      status = 'paid';
  }
  return { orderNumber: order.orderNumber, status };
}

export function markPaid(core: EngineCore, orderNumber: string): Order {
  const order = core.requireOrder(orderNumber);
  // Payment providers repeat their notifications: confirming a paid order again changes nothing.
  if (order.status === 'paid' || order.status === 'confirmed') return structuredClone(order);
  return transition(core, order, 'confirm_payment', { payment: { type: 'none' } });
}
