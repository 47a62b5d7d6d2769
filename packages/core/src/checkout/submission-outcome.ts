/**
 * What the answer to an order submission says about the order: whether a failure may have placed it
 * anyway, whether the idempotency key had placed another order, and whether a success is one the
 * checkout can use.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { OrderRequest, OrderWithAccess } from '../order/order-schema.ts';

/**
 * True when a failed submission may still have created the order: its answer was lost on the way
 * (`network`, `timeout`, `aborted`), the backend failed while handling it (`server`), or it answered
 * something that breaks the contract (`bad_response`). Any other failure is a refusal: no order exists.
 */
export function submissionMayHavePlaced(error: OrderZoneError): boolean {
  return error.code === 'network' || error.code === 'timeout' || error.code === 'aborted' || error.code === 'server' || error.code === 'bad_response';
}

/** The order an idempotency key had already placed, as a `conflict` names it. */
export interface KeyReuse {
  orderNumber: string;
  /** The access token of that order, when the backend gave one (the key's holder is the order's placer). */
  accessToken?: string;
}

/**
 * The order named by a `conflict` that refused a key already used for another request (`details`
 * `{ reason: 'idempotency_key_reused', orderNumber, accessToken? }`; a backend on the older contract
 * sends only `orderNumber`), else `undefined`.
 */
export function keyReuseIn(error: OrderZoneError): KeyReuse | undefined {
  if (error.code !== 'conflict' || typeof error.details !== 'object' || error.details === null) return undefined;
  const { reason, orderNumber, accessToken } = error.details as Record<string, unknown>;
  if (typeof orderNumber !== 'string' || orderNumber === '') return undefined;
  // Booking conflicts and status conflicts carry other reasons (or a status and an action).
  if (reason !== undefined && reason !== 'idempotency_key_reused') return undefined;
  if (reason === undefined && 'status' in error.details) return undefined;
  return typeof accessToken === 'string' && accessToken !== '' ? { orderNumber, accessToken } : { orderNumber };
}

/**
 * A `bad_response` error when an adapter resolved a submission with something the checkout cannot
 * use (no order, no access token, another currency), else `undefined`. The REST adapter validates
 * answers already; this guards adapters that do not.
 */
export function placedOrderProblem(placed: OrderWithAccess, request: OrderRequest): OrderZoneError | undefined {
  const order = placed?.order;
  if (typeof order !== 'object' || order === null || typeof order.orderNumber !== 'string' || order.orderNumber === '') {
    return new OrderZoneError('bad_response', 'submitOrder resolved without an order ({ order, accessToken } expected).');
  }
  if (typeof placed.accessToken !== 'string' || placed.accessToken === '') {
    return new OrderZoneError('bad_response', `submitOrder resolved order ${order.orderNumber} without its access token ({ order, accessToken } expected).`);
  }
  if (order.total?.currency !== request.currency) {
    return new OrderZoneError('bad_response', `submitOrder placed order ${order.orderNumber} in ${String(order.total?.currency)}, not in ${request.currency} as asked.`);
  }
  return undefined;
}
