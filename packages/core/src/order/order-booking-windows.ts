/**
 * The booking windows of an order's lines as the lifecycle applies them: which window, if any,
 * keeps a shopper from cancelling a confirmed order (a refund) or rescheduling a booking line now,
 * and the `conflict` a backend answers then. The windows themselves come from
 * `booking-windows.ts`; `order-lifecycle.ts` narrows the allowed actions with them.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import { bookingWindows } from '../booking/booking-windows.ts';
import type { Order } from './order-schema.ts';

/** A booking window that has closed: which line, which action, since when. */
export interface ClosedWindow {
  /** The order line of the booking. */
  lineIndex: number;
  action: 'cancel' | 'reschedule';
  /** When the window closed (UTC ISO instant). */
  until: string;
}

/**
 * The booking window that keeps `action` from being taken on `order` at `now`, or `undefined`
 * when none does:
 * - `cancel` of a `confirmed` order (a refund): the first booking line whose cancellation window
 *   has closed (cancelling an unpaid order is never limited);
 * - `reschedule` of the line `lineIndex`: its rescheduling window, when closed; without
 *   `lineIndex`, the first line's window when no booking line's window is open any more.
 */
export function closedBookingWindow(order: Pick<Order, 'status' | 'lines'>, action: 'cancel' | 'reschedule', now: Date, lineIndex?: number): ClosedWindow | undefined {
  const bookings = order.lines.flatMap((line, index) => (line.booking ? [{ index, windows: bookingWindows(line.booking, now) }] : []));
  if (action === 'cancel') {
    if (order.status !== 'confirmed') return undefined;
    const closed = bookings.find(({ windows }) => !windows.cancel.open);
    return closed && { lineIndex: closed.index, action, until: closed.windows.cancel.until };
  }
  const asked = lineIndex === undefined ? bookings : bookings.filter(({ index }) => index === lineIndex);
  if (asked.length === 0 || asked.some(({ windows }) => windows.reschedule.open)) return undefined;
  return { lineIndex: asked[0]!.index, action, until: asked[0]!.windows.reschedule.until };
}

/**
 * Throws when a booking window keeps `action` from being taken (see {@link closedBookingWindow}).
 *
 * @throws `OrderZoneError` `conflict`, e.g. "Order OZ250314000001: its booking can no longer be
 *   cancelled; that was possible until 2026-05-01T02:00:00.000Z." `details` holds `orderNumber`,
 *   `status`, `action`, `reason: 'window_closed'`, `until` and `lineIndex`.
 */
export function assertBookingWindowOpen(order: Pick<Order, 'orderNumber' | 'status' | 'lines'>, action: 'cancel' | 'reschedule', now: Date, lineIndex?: number): void {
  const closed = closedBookingWindow(order, action, now, lineIndex);
  if (!closed) return;
  const participle = action === 'cancel' ? 'cancelled' : 'rescheduled';
  throw new OrderZoneError('conflict', `Order ${order.orderNumber}: its booking can no longer be ${participle}; that was possible until ${closed.until}.`, {
    details: { orderNumber: order.orderNumber, status: order.status, action, reason: 'window_closed', until: closed.until, lineIndex: closed.lineIndex },
  });
}
