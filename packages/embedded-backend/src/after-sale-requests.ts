/**
 * Refund and return requests by line in the order engine: what a shopper's request and each of the
 * merchant's decisions change on the order. The rules (which units may be asked for, what they give
 * back, which action a refund takes) are the core's (`after-sales.ts` of `@orderzone/core/orders`);
 * this module applies them to the engine's orders and records each request in `order.afterSales`.
 *
 * - A request (`request_refund`, `request_return`) names lines and units (absent: every unit that may
 *   still be asked for); `validation` naming order lines for a bad choice, `conflict` when nothing is
 *   left to ask for. It is recorded with each line's refund by the rule, and the total asked for.
 * - The merchant decides per line: `approve_return` and `approve_refund` take the units they accept
 *   (absent: every unit still going on); the rest of the request is declined. `reject_*` declines all.
 * - Refunding accepted units is `approve_refund` when nothing of the order is then left unrefunded
 *   (the order becomes `refunded`, shipping refunded too), else `partial_refund` (the order goes on).
 *   `order.refunded` adds up what was refunded; a booking line refunded in full gives its booking back.
 * - An order from before requests by line (no `afterSales`) with a request open gets it recorded, as
 *   covering every unit, when the merchant decides.
 *
 * Every function here is pure: it answers the changes; the engine applies them through `transition`.
 *
 * @module
 */
import { OrderZoneError, type AfterSale, type AfterSaleLine, type ChosenLine, type FieldError, type Order, type ReturnInstructions, type UploadedPhoto } from '@orderzone/core';
import { afterSaleRefund, checkAfterSaleLines, checkDecisionLines, openAfterSale, requestableUnits, type AfterSaleKind, type AfterSaleRefund } from '@orderzone/core/orders';

function validation(message: string, fieldErrors: FieldError[]): OrderZoneError {
  return new OrderZoneError('validation', message, { fieldErrors });
}

/** The `lines` of a request or decision as sent: absent, or a list (its entries are checked by the core). */
function rawLines(raw: unknown): ChosenLine[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw validation('lines must be a list of { lineIndex, quantity }.', [{ field: 'lines', code: 'invalid' }]);
  return raw as ChosenLine[];
}

/** The same order with `sale` in place of the after-sale of the same id (or added). */
function withSale(order: Order, sale: AfterSale): AfterSale[] {
  const list = order.afterSales ?? [];
  return list.some((s) => s.id === sale.id) ? list.map((s) => (s.id === sale.id ? sale : s)) : [...list, sale];
}

/**
 * The open request of `order`; for an order from before requests by line, the request its status
 * says is open, as covering every unit (the reason from its history).
 */
function currentSale(order: Order): AfterSale {
  const open = openAfterSale(order);
  if (open) return open;
  const kind: AfterSaleKind = order.status === 'refund_requested' ? 'refund' : 'return';
  const status: AfterSale['status'] = order.status === 'return_approved' ? 'approved' : order.status === 'returned' ? 'received' : 'requested';
  const asked = [...(order.history ?? [])].reverse().find((entry) => entry.action === (kind === 'refund' ? 'request_refund' : 'request_return'));
  const lines = order.lines.map((line, lineIndex) => ({ lineIndex, quantity: line.quantity }));
  const refund = afterSaleRefund({ ...order, afterSales: [], status: 'paid' }, lines);
  return {
    id: `AS${(order.afterSales?.length ?? 0) + 1}`,
    kind,
    status,
    requestedAt: asked?.at ?? order.createdAt,
    reason: asked?.note ?? order.returnRequest?.reason ?? '',
    photos: order.returnRequest?.photos ?? [],
    lines: refund.lines.map((line) => ({ ...line, status, ...(status === 'requested' ? {} : { accepted: line.quantity }) })),
    amount: refund.total,
    ...(order.returnInstructions && status !== 'requested' ? { returnInstructions: order.returnInstructions } : {}),
  };
}

/**
 * A new request of `kind` on `order` (whose status allows it): the lines checked by the core's rule
 * and priced by it. Throws `conflict` when nothing is left to ask for, `validation` naming order
 * lines (`lines`, `lines.<i>`, `lines.<i>.quantity`) for a bad choice.
 */
export function newAfterSale(order: Order, kind: AfterSaleKind, request: { reason: string; photos: UploadedPhoto[]; lines: unknown; at: Date }): AfterSale {
  if (requestableUnits(order, kind) === 0) {
    const what = kind === 'refund' ? 'refund' : 'return';
    throw new OrderZoneError('conflict', `Order ${order.orderNumber} has nothing left to ${what}: every unit is ${what === 'refund' ? 'refunded' : 'refunded or returned'}, asked for or declined.`, {
      details: { status: order.status, action: kind === 'refund' ? 'request_refund' : 'request_return', orderNumber: order.orderNumber, reason: 'nothing_to_request' },
    });
  }
  const { lines, errors } = checkAfterSaleLines(order, kind, rawLines(request.lines));
  if (errors.length > 0) throw validation(`The ${kind} request names lines or quantities that cannot be asked for (${errors[0]!.field}: ${errors[0]!.code}).`, errors);
  const refund = afterSaleRefund(order, lines);
  return {
    id: `AS${(order.afterSales?.length ?? 0) + 1}`,
    kind,
    status: 'requested',
    requestedAt: request.at.toISOString(),
    reason: request.reason,
    photos: request.photos,
    lines: refund.lines.map((line) => ({ lineIndex: line.lineIndex, quantity: line.quantity, amount: line.amount, status: 'requested' })),
    amount: refund.total,
  };
}

/** The open request with each line's accepted units set (`chosen`; 0 declines a line), as `status`. */
function decided(sale: AfterSale, chosen: readonly ChosenLine[], status: AfterSaleLine['status'], at: Date, note: string | undefined): AfterSale {
  const lines = sale.lines.map((line): AfterSaleLine => {
    if (line.status === 'rejected') return line;
    const accepted = chosen.find((c) => c.lineIndex === line.lineIndex)?.quantity ?? 0;
    return { ...line, accepted, status: accepted === 0 ? 'rejected' : status };
  });
  const { note: _note, ...rest } = sale;
  return { ...rest, lines, status: lines.every((line) => line.status === 'rejected') ? 'rejected' : status, decidedAt: at.toISOString(), ...(note ? { note } : {}) };
}

/** What refunding the open request, as the merchant decided, does. */
export interface RefundDecision {
  /** `approve_refund` (nothing left unrefunded) or `partial_refund`. */
  action: 'approve_refund' | 'partial_refund';
  /** The request, by id. */
  afterSaleId: string;
  /** The units refunded and what they give back (with the shipping when it completes the order). */
  refund: AfterSaleRefund;
  /** The order's changes: the request decided, `refunded` grown. */
  changes: Partial<Order>;
  /** Booking lines whose units are then all refunded: their bookings are given back. */
  releasedLines: number[];
}

/**
 * Refunding the open request of `order` (in a status that allows `approve_refund`): the units the
 * merchant accepts (`lines`, absent: every unit still going on), the rest declined. Throws
 * `validation` for units the request does not have.
 */
export function refundDecision(order: Order, rawDecision: unknown, at: Date, note: string | undefined): RefundDecision {
  const sale = currentSale(order);
  const { lines, errors } = checkDecisionLines(order, sale, rawLines(rawDecision));
  if (errors.length > 0) throw validation(`The refund names lines or quantities the request does not have (${errors[0]!.field}: ${errors[0]!.code}); to refund nothing, decline it.`, errors);
  const refund = afterSaleRefund(order, lines);
  const refundedSale = decided(sale, lines, 'refunded', at, note);
  const withAmounts: AfterSale = {
    ...refundedSale,
    lines: refundedSale.lines.map((line) => {
      const priced = refund.lines.find((l) => l.lineIndex === line.lineIndex);
      return line.status === 'refunded' && priced ? { ...line, refunded: priced.amount } : line;
    }),
    refunded: refund.total,
  };
  const refundedBefore = order.refunded?.amount ?? 0;
  const afterSales = withSale(order, withAmounts);
  const after = { ...order, afterSales };
  const releasedLines = lines
    .filter((chosen) => order.lines[chosen.lineIndex]?.booking !== undefined)
    .map((chosen) => chosen.lineIndex)
    .filter((lineIndex) => isFullyRefunded(after, lineIndex));
  return {
    action: refund.completes ? 'approve_refund' : 'partial_refund',
    afterSaleId: sale.id,
    refund,
    changes: { afterSales, refunded: { amount: refundedBefore + refund.total.amount, currency: order.currency } },
    releasedLines,
  };
}

/** True when every unit of order line `lineIndex` is refunded. */
function isFullyRefunded(order: Order, lineIndex: number): boolean {
  const line = order.lines[lineIndex];
  if (!line) return false;
  const refunded = (order.afterSales ?? []).flatMap((sale) => sale.lines).filter((l) => l.lineIndex === lineIndex && l.status === 'refunded').reduce((sum, l) => sum + (l.accepted ?? l.quantity), 0);
  return refunded >= line.quantity;
}

/** Declining the open request as a whole (`reject_refund`, `reject_return`). */
export function rejectionChanges(order: Order, at: Date, note: string | undefined): Partial<Order> {
  return { afterSales: withSale(order, decided(currentSale(order), [], 'rejected', at, note)) };
}

/**
 * Approving the open return for the units the merchant accepts (`lines`, absent: all), the rest
 * declined, with where to send them. Throws `validation` for units the request does not have, or
 * none at all (to accept nothing, decline it).
 */
export function returnApprovalChanges(order: Order, rawDecision: unknown, instructions: ReturnInstructions, at: Date): Partial<Order> {
  const sale = currentSale(order);
  const { lines, errors } = checkDecisionLines(order, sale, rawLines(rawDecision));
  if (errors.length > 0) throw validation(`The approval names lines or quantities the return does not have (${errors[0]!.field}: ${errors[0]!.code}); to accept nothing, decline it.`, errors);
  const approved: AfterSale = { ...decided(sale, lines, 'approved', at, instructions.note), returnInstructions: instructions };
  return { afterSales: withSale(order, approved), returnInstructions: instructions };
}

/** The goods of the approved return arrived (`receive_return`). */
export function receiptChanges(order: Order, at: Date, note: string | undefined): Partial<Order> {
  const sale = currentSale(order);
  const lines = sale.lines.map((line): AfterSaleLine => (line.status === 'approved' ? { ...line, status: 'received' } : line));
  const { note: _note, ...rest } = sale;
  return { afterSales: withSale(order, { ...rest, lines, status: 'received', decidedAt: at.toISOString(), ...(note ? { note } : {}) }) };
}
