/**
 * The embedded backend: a {@link BackendAdapter} over an {@link OrderEngine} whose state is kept in
 * browser storage. The default when a merchant configures no backend.
 *
 * Payment is simulated (see `order-engine.ts`): orders get a fake QR code or a `#/pay/<orderNumber>`
 * redirect, and nothing is charged. Use it for demos, prototypes and tests, not to take real orders.
 *
 * @module
 */
import { OrderZoneError, browserStorage, isOrderZoneError } from '@orderzone/core';
import type { BackendAdapter, KeyValueStorage, RequestContext } from '@orderzone/core';
import { demoShop } from './demo-catalog.ts';
import { createOrderEngine, type EngineState, type OrderEngine, type ShopSeed } from './order-engine.ts';
import { DEMO_RISK_RULES, type RiskRules } from './risk-rules.ts';
import { checkReturnPhoto, storedPhotoUrl } from './return-photos.ts';

export interface EmbeddedBackendOptions {
  /** The catalog and rules; defaults to the demo shop (`demo-catalog.ts`). */
  seed?: ShopSeed;
  /** Namespaces the stored state. Default `default`. */
  shopId?: string;
  /** Where state is kept; default `browserStorage()`. */
  storage?: KeyValueStorage;
  /** Simulated network latency in ms, so loading states can be seen. Default 0. */
  latencyMs?: number;
  /** The clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
  /** How long a booking hold lasts, in minutes. Default 10. */
  holdMinutes?: number;
  /**
   * When an order needs a one-time code sent to its contact phone before it is placed (see
   * `risk-rules.ts`). Default `DEMO_RISK_RULES`: a total of ¥5,000.00 or more (CNY shops only) or
   * a fourth order within an hour by the same phone or e-mail. `false` checks nothing.
   */
  risk?: RiskRules | false;
}

/** An embedded backend: the adapter plus the engine, for merchant-side calls in demos. */
export interface EmbeddedBackend extends BackendAdapter {
  /** The engine behind the adapter (replaced when another tab changes the stored state). */
  readonly engine: OrderEngine;
  /** The storage key holding the state: `orderzone:<shopId>:embedded-backend`. */
  readonly storageKey: string;
  /** Forgets every order and restores the seed's stock. */
  reset(): void;
  /** Stops listening for changes made in other tabs. */
  dispose(): void;
  /** Always present here: the embedded backend supports bookings. */
  getAvailability: NonNullable<BackendAdapter['getAvailability']>;
  /** Always present here; holds last `holdMinutes` (10 by default) and are shared by the shop's tabs. */
  placeHold: NonNullable<BackendAdapter['placeHold']>;
  /** Always present here. */
  releaseHold: NonNullable<BackendAdapter['releaseHold']>;
  /** Always present here: codes land in the engine's outbox (`engine.outbox()`), as nothing is really sent. */
  requestSignInCode: NonNullable<BackendAdapter['requestSignInCode']>;
  /** Always present here. */
  verifySignInCode: NonNullable<BackendAdapter['verifySignInCode']>;
  /** Always present here. */
  signOut: NonNullable<BackendAdapter['signOut']>;
  /** Always present here. */
  listOrders: NonNullable<BackendAdapter['listOrders']>;
  /** Always present here. */
  resendVerificationCode: NonNullable<BackendAdapter['resendVerificationCode']>;
}

/** The risk rules `createEmbeddedBackend` applies when given none: `DEMO_RISK_RULES`, its amount only for a shop selling in that currency. */
function defaultRiskRules(currency: string): RiskRules {
  return currency === DEMO_RISK_RULES.amountThreshold.currency
    ? { ...DEMO_RISK_RULES }
    : { maxOrdersPerHourPerContact: DEMO_RISK_RULES.maxOrdersPerHourPerContact };
}

/** Where an embedded backend keeps the state of a shop. */
export function embeddedBackendStorageKey(shopId: string): string {
  return `orderzone:${shopId}:embedded-backend`;
}

function abortedError(): OrderZoneError {
  return new OrderZoneError('aborted', 'The request was cancelled.');
}

/** Waits `ms` (at least a microtask), rejecting with `aborted` as soon as `signal` fires. */
function settle(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError());
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
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
 * An in-page backend over the order engine. State (stock, orders, idempotency keys, booking holds
 * and bookings, return photos as reduced `data:` URLs (see `return-photos.ts`), one-time codes,
 * sessions and the outbox of codes "sent") is stored under
 * `orderzone:<shopId>:embedded-backend`, so orders survive reloads and tabs of one shop share stock;
 * stored state that cannot be read is replaced by a fresh state from the seed. Every method is
 * async, waits `latencyMs`, honours `ctx.signal` (rejecting `aborted`), rejects only with
 * `OrderZoneError`, and returns copies that callers may change freely.
 */
export function createEmbeddedBackend(options: EmbeddedBackendOptions = {}): EmbeddedBackend {
  const seed = options.seed ?? demoShop;
  const shopId = options.shopId ?? 'default';
  const storage = options.storage ?? browserStorage();
  const latencyMs = options.latencyMs ?? 0;
  const storageKey = embeddedBackendStorageKey(shopId);
  const risk = options.risk === false ? undefined : (options.risk ?? defaultRiskRules(seed.pricing.currency));

  /** The stored state this tab last read or wrote. */
  let known: string | null = storage.get(storageKey);
  const save = (state: EngineState): void => {
    try {
      const raw = JSON.stringify(state);
      storage.set(storageKey, raw);
      known = raw;
    } catch {
      // Quota exceeded or storage blocked: the state lives on in memory for this page.
    }
  };
  const open = (state: EngineState | undefined): OrderEngine => createOrderEngine({ seed, onChange: save, ...(state ? { state } : {}), ...(options.now ? { now: options.now } : {}), ...(options.holdMinutes !== undefined ? { holdMinutes: options.holdMinutes } : {}), ...(risk ? { risk } : {}) });

  let engine = open(parseState(known));
  const unsubscribe = storage.subscribe(storageKey, (raw) => {
    known = raw;
    engine = open(parseState(raw));
  });

  /**
   * The engine over the latest stored state: another tab's write may not have been announced yet,
   * and a hold must be checked against every tab's holds. Reading and writing storage are
   * synchronous, so the check and the write of a hold happen in one step.
   */
  function latest(): OrderEngine {
    const raw = storage.get(storageKey);
    if (raw !== known) {
      known = raw;
      engine = open(parseState(raw));
    }
    return engine;
  }

  /** Runs an engine call after the simulated latency, as a copy, with every failure an OrderZoneError. */
  async function call<T>(ctx: RequestContext | undefined, run: (engine: OrderEngine) => T): Promise<T> {
    await settle(latencyMs, ctx?.signal);
    try {
      return structuredClone(run(engine));
    } catch (error) {
      if (isOrderZoneError(error)) throw error;
      // Anything else is a bug in the engine or the seed, not a network problem.
      throw new OrderZoneError('server', `The embedded backend failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  return {
    get engine() {
      return engine;
    },
    storageKey,
    listCategories: (ctx) => call(ctx, (e) => e.listCategories()),
    searchProducts: (query, ctx) => call(ctx, (e) => e.searchProducts(query)),
    getProduct: (productId, ctx) => call(ctx, (e) => e.getProduct(productId)),
    getCheckoutOptions: (ctx) => call(ctx, (e) => e.getCheckoutOptions()),
    quote: (request, ctx) => call(ctx, (e) => e.quote(request)),
    // Claims stock and bookings, and reads and writes the codes and orders every tab shares: the latest state first.
    submitOrder: (request, ctx) => call(ctx, () => latest().submitOrder(request, ctx?.idempotencyKey, ctx?.verification)),
    // Every call on an order may write (a wrong guess is counted, an action changes the order): the
    // latest state every tab shares first, so a tab that has not heard of another's order never writes over it.
    lookupOrder: (request, ctx) => call(ctx, () => latest().lookupOrder(request)),
    getOrder: (orderNumber, access, ctx) => call(ctx, () => latest().getOrder(orderNumber, access)),
    getPaymentStatus: (orderNumber, access, ctx) => call(ctx, () => latest().getPaymentStatus(orderNumber, access)),
    cancelOrder: (orderNumber, access, ctx) => call(ctx, () => latest().cancelOrder(orderNumber, access)),
    changeShippingAddress: (orderNumber, access, address, ctx) => call(ctx, () => latest().changeShippingAddress(orderNumber, access, address)),
    requestRefund: (orderNumber, access, request, ctx) => call(ctx, () => latest().requestRefund(orderNumber, access, request)),
    async uploadReturnPhoto(orderNumber, access, photo, ctx) {
      // Type and size first, so a wrong file is refused before it is read; the engine checks again.
      if (!(photo instanceof Blob)) throw new OrderZoneError('validation', 'uploadReturnPhoto needs a Blob or File.', { fieldErrors: [{ field: 'photos', code: 'required' }] });
      checkReturnPhoto({ contentType: photo.type, bytes: photo.size });
      ctx?.onProgress?.(0);
      const url = await storedPhotoUrl(photo);
      try {
        const uploaded = await call(ctx, () => latest().uploadReturnPhoto(orderNumber, access, { contentType: photo.type, bytes: photo.size, url }));
        ctx?.onProgress?.(1);
        return uploaded;
      } catch (error) {
        if (url.startsWith('blob:')) URL.revokeObjectURL(url);
        throw error;
      }
    },
    requestReturn: (orderNumber, access, request, ctx) => call(ctx, () => latest().requestReturn(orderNumber, access, request)),
    editOrder: (orderNumber, access, request, ctx) => call(ctx, () => latest().editOrder(orderNumber, access, request)),
    // Claims slots, nights or seats like a hold: checked against every tab's latest state.
    rescheduleBooking: (orderNumber, access, request, ctx) => call(ctx, () => latest().rescheduleBooking(orderNumber, access, request)),
    getAvailability: (request, ctx) => call(ctx, (e) => e.getAvailability(request)),
    placeHold: (request, ctx) => call(ctx, () => latest().placeHold(request)),
    async releaseHold(holdId, ctx) {
      await call(ctx, () => latest().releaseHold(holdId));
    },
    // Codes and sessions are shared by the shop's tabs (the console shows the outbox): read the latest state first.
    requestSignInCode: (request, ctx) => call(ctx, () => latest().requestSignInCode(request)),
    verifySignInCode: (request, ctx) => call(ctx, () => latest().verifySignInCode(request)),
    async signOut(sessionToken, ctx) {
      await call(ctx, () => latest().signOut(sessionToken));
    },
    listOrders: (sessionToken, ctx) => call(ctx, () => latest().listOrders(sessionToken)),
    resendVerificationCode: (challengeId, ctx) => call(ctx, () => latest().resendVerificationCode(challengeId)),
    reset() {
      engine = open(undefined);
      save(engine.snapshot());
    },
    dispose() {
      unsubscribe();
    },
  };
}
