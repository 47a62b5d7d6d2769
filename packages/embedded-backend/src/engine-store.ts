/**
 * Where the order engine's state lives, and how a call runs on it: one transaction per call.
 *
 * The engine (`order-engine.ts`) holds every rule and works synchronously on an {@link EngineState}.
 * A store gives it a state for one call, locked against every other writer, and saves what the
 * engine saved (its `onChange`), even when the call then fails: a wrong code counted, a wrong guess
 * recorded. Two stores ship:
 *
 * - the **browser store** (`createBrowserEngineStore`, here): the whole state as one JSON value in
 *   `localStorage`, shared by the shop's tabs; reading and writing storage are synchronous, so a
 *   call's check and write happen in one step;
 * - the **PostgreSQL store** (`@orderzone/server`): each call loads only the rows its
 *   {@link StateScope} names, under row and advisory locks, and writes back the rows that changed.
 *
 * The scope of each call is declared once, in `order-service.ts`; a store that keeps everything in
 * one value (the browser's) ignores it.
 *
 * @module
 */
import type { KeyValueStorage } from '@orderzone/core';
import type { EngineState } from './engine-state.ts';
import type { OrderEngine } from './order-engine.ts';

/**
 * The part of the state a call reads or writes. Every listed key is loaded and locked together with
 * whatever else the store keeps under that key (an order with its access tokens and pending return
 * photos; a product's holds and bookings; a destination's one-time codes).
 */
export interface StateScope {
  /** Orders by number, with their access tokens and pending return photos. */
  orders?: readonly string[];
  /**
   * Orders whose contact phone or e-mail (normalised, see `contact-match.ts`) is one of these, placed
   * within the last `withinMs` (on the store's clock) if given. The contacts are locked, so two
   * orders of one contact are counted one after the other.
   */
  ordersOfContacts?: { contacts: readonly string[]; withinMs?: number };
  /** Stock of the variants of these products. */
  stockOfProducts?: readonly string[];
  /** Stock of these variants. */
  stock?: readonly string[];
  /** Stock of every variant (catalog search). Read only. */
  allStock?: boolean;
  /** Holds and bookings of these products (a product's units are claimed only through its own ledger). */
  ledgers?: readonly string[];
  /** Holds by id (to find their product's ledger in a second step). */
  holds?: readonly string[];
  /** Idempotency keys of order submissions. */
  idempotencyKeys?: readonly string[];
  /** One-time codes sent to these destinations (normalised phone or e-mail). */
  codeDestinations?: readonly string[];
  /** One-time codes by id (a verification challenge). */
  codes?: readonly string[];
  /** Signed-in shoppers' sessions, by token. */
  sessions?: readonly string[];
  /**
   * Reviews: of these orders, of these products, by id, every published one (catalog search: read
   * only), or all of them (the merchant's list: read only).
   */
  reviews?: { orders?: readonly string[]; products?: readonly string[]; ids?: readonly string[]; published?: boolean; all?: boolean };
  /** Requests for quote: by id, of these buyers (normalised phone or e-mail of their sessions), or all of them (the merchant's list: read only). */
  rfqs?: { ids?: readonly string[]; buyers?: readonly string[]; all?: boolean };
  /** Recent wrong guesses against these order numbers and clients (see `order-access.ts`). */
  guesses?: { orderNumbers: readonly string[]; clients: readonly string[] };
  /** The viewed products of these signed-in shoppers (session destinations; see `viewed-products.ts`). */
  viewedBy?: readonly string[];
}

/**
 * What a call needs: a first scope from its arguments, and optionally a second one computed from
 * what the first loaded (an order's lines name the stock and ledgers a cancel gives back).
 */
export interface ScopePlan {
  scope: StateScope;
  then?: (loaded: EngineState) => StateScope;
}

/** Opens the engine over a state (a fresh one from the catalog when `undefined`) that reports every save to `onChange`. */
export type EngineFactory = (state: EngineState | undefined, onChange: (state: EngineState) => void) => OrderEngine;

/** Runs engine calls on a state kept somewhere (see the module). */
export interface EngineStore {
  /**
   * Runs `work` on an engine over the state `plan` names, locked against other writers. What the
   * engine saved (its last `onChange`) is stored, also when `work` then throws; the result or the
   * error is passed on.
   */
  transact<T>(plan: ScopePlan, work: (engine: OrderEngine) => T): Promise<T>;
  /** Runs `work` on the state `plan` names without locking and without saving (quotes, catalog, availability). */
  read<T>(plan: ScopePlan, work: (engine: OrderEngine) => T): Promise<T>;
}

/** A browser store over one storage key, plus what the embedded backend needs of it. */
export interface BrowserEngineStore extends EngineStore {
  /** The engine over the state this page last read or wrote (replaced when another tab writes). */
  readonly engine: OrderEngine;
  /** Forgets the stored state: the next call starts fresh from the catalog. */
  reset(): void;
  /** Stops following other tabs' writes. */
  dispose(): void;
}

/**
 * A store over one engine kept in memory: every call runs on it directly (the engine is
 * synchronous, so a call's check and write happen in one step). For tests and the msw handlers.
 */
export function engineStore(engine: OrderEngine): EngineStore {
  return {
    transact: async (_plan, work) => work(engine),
    read: async (_plan, work) => work(engine),
  };
}

function parseState(raw: string | null): EngineState | undefined {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as EngineState;
  } catch {
    // Unreadable JSON: the engine starts fresh from the seed.
    return undefined;
  }
}

/**
 * The whole state as one JSON value under `key`, shared by the tabs of one shop. The engine is
 * reopened only when the stored text changed (another tab wrote), so a call costs no parse. A
 * storage that refuses to write (quota, private mode) keeps the state in memory for this page.
 */
export function createBrowserEngineStore(storage: KeyValueStorage, key: string, open: EngineFactory): BrowserEngineStore {
  /** The stored text this page last read or wrote. */
  let known: string | null = storage.get(key);
  const save = (state: EngineState): void => {
    try {
      const raw = JSON.stringify(state);
      storage.set(key, raw);
      known = raw;
    } catch {
      // Quota exceeded or storage blocked: the state lives on in memory for this page.
    }
  };
  let engine = open(parseState(known), save);
  const unsubscribe = storage.subscribe(key, (raw) => {
    known = raw;
    engine = open(parseState(raw), save);
  });

  /**
   * The engine over the latest stored state: another tab's write may not have been announced yet,
   * and a hold or an order must be checked against every tab's. Reading and writing storage are
   * synchronous, so the check and the write happen in one step.
   */
  function latest(): OrderEngine {
    const raw = storage.get(key);
    if (raw !== known) {
      known = raw;
      engine = open(parseState(raw), save);
    }
    return engine;
  }

  return {
    get engine() {
      return engine;
    },
    transact: async (_plan, work) => work(latest()),
    read: async (_plan, work) => work(latest()),
    reset() {
      engine = open(undefined, save);
      save(engine.snapshot());
    },
    dispose: unsubscribe,
  };
}
