/**
 * Test helpers for the order engine's access rules: place an order and keep the access that opens
 * it (its token, as a shopper's device keeps it), and an access that opens nothing. Test-only; not
 * part of the published package.
 *
 * @module
 */
import type { Order, OrderAccess, OrderRequest } from '@orderzone/core';
import type { OrderEngine } from '../order-engine.ts';
import { newAccessToken } from '../order-access.ts';

/** An order as its shopper has it right after placing it: the order and the access its token gives. */
export interface PlacedOrder {
  order: Order;
  access: OrderAccess;
}

/** Places `request` under `idempotencyKey` and returns the order with `{ accessToken }` of the token it came with. */
export function placeOrder(engine: OrderEngine, request: OrderRequest, idempotencyKey: string, verification?: { id: string; code: string }): PlacedOrder {
  const { order, accessToken } = engine.submitOrder(request, idempotencyKey, verification);
  return { order, access: { accessToken } };
}

/**
 * A stranger's access: a well-formed token (same length and alphabet as a real one) that no order
 * was given. Fresh on every call, so it can never collide with a token the engine issued.
 */
export function strangerAccess(): OrderAccess {
  return { accessToken: newAccessToken() };
}
