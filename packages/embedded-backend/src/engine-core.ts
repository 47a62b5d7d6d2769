/**
 * What the order engine lends the modules that implement some of its calls (`order-edits.ts`,
 * `booking-lifecycle.ts`, `accounts.ts`, `risk-rules.ts`): its state, its pricing and its order lookups. Everything runs in one
 * synchronous step, so a module can read the state, check, and commit a new one without anything
 * interleaving.
 *
 * @module
 */
import type { Order, OrderAccess, OrderAction, PaymentAction, PaymentMethod, Product, Quote, QuoteRequest } from '@orderzone/core';
import type { BookingLedger } from './booking-ledger.ts';
import type { checkBookingLines } from './booking-lines.ts';
import type { EngineState } from './engine-state.ts';
import type { Caller } from './order-access.ts';

/** The engine's internals, as `createOrderEngine` hands them to its helper modules. */
export interface EngineCore {
  /** The engine's clock. */
  now(): Date;
  /** How a secret (an access token, a one-time code) is stored: the engine's `tokenDigest`. */
  digest(secret: string): string;
  /** The current state (do not mutate: commit a new one). */
  state(): EngineState;
  /** Replaces the state without telling `onChange` (a later `transition` does). */
  commit(state: EngineState): void;
  /** Replaces the state and tells `onChange` (a change that is not an order transition: a code sent, a session). */
  store(state: EngineState): void;
  /** The holds and bookings of the current state. */
  ledger(): BookingLedger;
  /** A product with its current stock. */
  lookup(productId: string): Product | undefined;
  /** The engine's quote with the current state, and what it found for each booking line. */
  price(request: QuoteRequest, mode: 'quote' | 'submit'): { quote: Quote; checks: ReturnType<typeof checkBookingLines> };
  /** The order, when `access` proves the caller may act on it; else `not_found` (`rate_limited` once the caller's wrong guesses are used up). */
  requireOwnOrder(orderNumber: string, access: OrderAccess | undefined, caller?: Caller): Order;
  /** The order of that number, whoever asks (merchant calls); else `not_found`. */
  requireOrder(orderNumber: string): Order;
  /** Applies `action` through the transition table, with `changes`, a history entry and stock changes; saves, tells `onChange`, returns a copy. */
  transition(order: Order, action: OrderAction, changes?: Partial<Order>, options?: { note?: string; stock?: Record<string, number> }): Order;
  /** The payment step of a method for an order (a fresh QR code, a redirect, nothing). */
  paymentAction(method: PaymentMethod, orderNumber: string, now: Date): PaymentAction;
}
