/**
 * The merchant's actions on an order (mark paid, ship, complete, refunds, returns, fulfil), each a
 * call of the order service: the rules are the engine's, and a step the lifecycle does not allow is
 * the engine's `conflict`. What an action changed goes to the audit log.
 *
 * Refunds and returns are decided per line: `approve-refund` and `approve-return` take `lines`, the
 * units accepted per order line (`[{ lineIndex, quantity }]`; absent: every unit of the request),
 * and the rest of the request is declined. The engine computes what is refunded (the core's rule);
 * with payments (`withPayments`), the provider refunds exactly that first.
 *
 * The log gets, for each field of the order that changed, its value before and after (status,
 * tracking, return instructions, payment, what was refunded...), never the order's personal fields
 * (contact, address, note, the shopper's requests with their reasons and photos, the lines with their
 * personalization): the order itself holds those, and a shopper's data deleted from the order is then
 * gone from everywhere. A decision's `lines` (positions and quantities) are logged as given.
 *
 * @module
 */
import { isDeepStrictEqual } from 'node:util';
import { OrderZoneError, type Order, type ReturnInstructions, type Tracking } from '@orderzone/core';
import type { MerchantDecision, OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { writeAudit } from './audit-log.ts';
import { readOrder } from './order-search.ts';

/** The service calls the admin API makes (any `OrderService` has them). */
export type MerchantOrderCalls = Pick<
  OrderService,
  'markPaid' | 'markShipped' | 'markCompleted' | 'markFulfilled' | 'approveRefund' | 'rejectRefund' | 'approveReturn' | 'rejectReturn' | 'receiveReturn'
>;

/** An action: its route segment, its audit name and the service call it makes with the request body. */
interface OrderActionSpec {
  audit: string;
  run(service: MerchantOrderCalls, orderNumber: string, body: Record<string, unknown>): Promise<Order>;
}

const decision = (body: Record<string, unknown>): MerchantDecision => body as MerchantDecision;

/** The return instructions of an `approve-return` body, and its decision (`lines`). */
function returnApproval(body: Record<string, unknown>): [ReturnInstructions, Pick<MerchantDecision, 'lines'>] {
  const { lines, ...instructions } = body;
  return [instructions as unknown as ReturnInstructions, lines === undefined ? {} : { lines: lines as MerchantDecision['lines'] }];
}

/** The actions by route segment (`POST /orders/:orderNumber/<segment>`). */
export const ORDER_ACTIONS = {
  /** An offline payment arrived (bank transfer, cash): `pending_payment` → `paid` (or `confirmed`). */
  'mark-paid': { audit: 'order.mark_paid', run: (s, n) => s.markPaid(n) },
  /** Body `{ carrier, number }`. */
  ship: { audit: 'order.ship', run: (s, n, body) => s.markShipped(n, body as unknown as Tracking) },
  /** The parcel was delivered. */
  complete: { audit: 'order.complete', run: (s, n) => s.markCompleted(n) },
  /** A booking took place. */
  'mark-fulfilled': { audit: 'order.mark_fulfilled', run: (s, n) => s.markFulfilled(n) },
  /** Body `{ note?, lines? }`: refunds the open request's units `lines` accepts (absent: all); the rest are declined. */
  'approve-refund': { audit: 'order.approve_refund', run: (s, n, body) => s.approveRefund(n, decision(body)) },
  /** Body `{ note? }`. */
  'decline-refund': { audit: 'order.decline_refund', run: (s, n, body) => s.rejectRefund(n, decision(body)) },
  /** Body: `ReturnInstructions` (`{ address, recipient, phone?, note? }`: where the goods go back) and `lines?`, the units accepted. */
  'approve-return': { audit: 'order.approve_return', run: (s, n, body) => s.approveReturn(n, ...returnApproval(body)) },
  /** Body `{ note? }`. */
  'decline-return': { audit: 'order.decline_return', run: (s, n, body) => s.rejectReturn(n, decision(body)) },
  /** Body `{ note? }`: the returned goods arrived. */
  'receive-return': { audit: 'order.receive_return', run: (s, n, body) => s.receiveReturn(n, decision(body)) },
} as const satisfies Record<string, OrderActionSpec>;

/** The route segment of a merchant action on an order. */
export type OrderActionName = keyof typeof ORDER_ACTIONS;

/** True for a known action name. */
export function isOrderActionName(name: string): name is OrderActionName {
  return Object.hasOwn(ORDER_ACTIONS, name);
}

/** Fields of an order that hold the shopper's personal data: never copied into the audit log. */
export const PERSONAL_ORDER_FIELDS: ReadonlySet<string> = new Set(['contact', 'shippingAddress', 'note', 'returnRequest', 'afterSales', 'lines']);

/** The order's fields that changed, before and after (`history` grows with every action: left out). */
export function orderChanges(before: Order | undefined, after: Order): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const changed = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (key === 'history' || PERSONAL_ORDER_FIELDS.has(key)) continue;
    if (isDeepStrictEqual(was[key], now[key])) continue;
    changed.before[key] = was[key] ?? null;
    changed.after[key] = now[key] ?? null;
  }
  return changed;
}

/**
 * Runs the merchant action `name` on the order (number as typed) with the request `body`, and logs
 * what changed as `actor`. A repeat that changes nothing (marking a paid order paid) logs nothing.
 */
export async function applyOrderAction(db: Db, service: MerchantOrderCalls, actor: string, orderNumber: string, name: OrderActionName, body: Record<string, unknown>): Promise<Order> {
  const spec: OrderActionSpec = ORDER_ACTIONS[name];
  const before = await readOrder(db, orderNumber);
  if (!before) throw new OrderZoneError('not_found', `There is no order ${orderNumber}.`);
  const after = await spec.run(service, before.orderNumber, body);
  const changes = orderChanges(before, after);
  if (Object.keys(changes.after).length > 0) {
    const note = typeof body.note === 'string' && body.note.trim() !== '' ? { note: body.note.trim() } : {};
    const lines = Array.isArray(body.lines) ? { lines: (body.lines as { lineIndex?: unknown; quantity?: unknown }[]).map((l) => ({ lineIndex: l?.lineIndex, quantity: l?.quantity })) } : {};
    await writeAudit(db, { actor, action: spec.audit, orderNumber: after.orderNumber, details: { ...changes, ...note, ...lines } });
  }
  return after;
}
