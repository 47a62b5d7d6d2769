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
import { createOrderEngine, type OrderEngine, type OrderEngineOptions, type ShopSeed } from './order-engine.ts';
import { createBrowserEngineStore } from './engine-store.ts';
import { createOrderService, type OrderService } from './order-service.ts';
import { DEMO_RISK_RULES, type RiskRules } from './risk-rules.ts';
import { checkReturnPhoto, storedPhotoUrl } from './return-photos.ts';
import { numberingStoredRfqs } from './stored-rfq-numbers.ts';

/** Options of `createEmbeddedBackend`: the shop to serve (default the demo shop), where its state is kept, simulated latency, the clock, hold and payment timings and the risk rules; all optional. */
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
  /** Minutes an order may await payment before it is cancelled (`expire`), or those minutes per payment method. Default: never. */
  unpaidOrderMinutes?: OrderEngineOptions['unpaidOrderMinutes'];
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
  /** Always present here: from the orders of this browser's shop (see `recommendations.ts`). */
  getRecommendations: NonNullable<BackendAdapter['getRecommendations']>;
  /** Always present here: a signed-in shopper's browsing history, in this browser's state (see `viewed-products.ts`). */
  listViewedProducts: NonNullable<BackendAdapter['listViewedProducts']>;
  /** Always present here. */
  recordProductView: NonNullable<BackendAdapter['recordProductView']>;
  /** Always present here. */
  clearViewedProducts: NonNullable<BackendAdapter['clearViewedProducts']>;
  /** Always present here. */
  listOrderReviews: NonNullable<BackendAdapter['listOrderReviews']>;
  /** Always present here; the merchant moderates with `engine.moderateReview()`. */
  writeReview: NonNullable<BackendAdapter['writeReview']>;
  /** Always present here; the merchant answers with `engine.rfqs.answer()`. */
  createRfq: NonNullable<BackendAdapter['createRfq']>;
  /** Always present here. */
  listRfqs: NonNullable<BackendAdapter['listRfqs']>;
  /** Always present here. */
  getRfq: NonNullable<BackendAdapter['getRfq']>;
  /** Always present here. */
  acceptRfq: NonNullable<BackendAdapter['acceptRfq']>;
  /** Always present here. */
  declineRfq: NonNullable<BackendAdapter['declineRfq']>;
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

  const store = createBrowserEngineStore(storage, storageKey, numberingStoredRfqs((state, onChange) =>
    createOrderEngine({ seed, onChange, ...(state ? { state } : {}), ...(options.now ? { now: options.now } : {}), ...(options.holdMinutes !== undefined ? { holdMinutes: options.holdMinutes } : {}), ...(options.unpaidOrderMinutes !== undefined ? { unpaidOrderMinutes: options.unpaidOrderMinutes } : {}), ...(risk ? { risk } : {}) }),
  ));
  const service = createOrderService(store);

  /** Runs a service call after the simulated latency, as a copy, with every failure an OrderZoneError. */
  async function call<T>(ctx: RequestContext | undefined, run: (service: OrderService) => Promise<T>): Promise<T> {
    await settle(latencyMs, ctx?.signal);
    try {
      return structuredClone(await run(service));
    } catch (error) {
      if (isOrderZoneError(error)) throw error;
      // Anything else is a bug in the engine or the seed, not a network problem.
      throw new OrderZoneError('server', `The embedded backend failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  // Every call runs on the latest state every tab shares (the browser store reads it first), so a tab
  // that has not heard of another's order, hold or code never writes over it.
  return {
    get engine() {
      return store.engine;
    },
    storageKey,
    listCategories: (ctx) => call(ctx, (s) => s.listCategories()),
    searchProducts: (query, ctx) => call(ctx, (s) => s.searchProducts(query)),
    getProduct: (productId, ctx) => call(ctx, (s) => s.getProduct(productId)),
    findSkus: (skus, ctx) => call(ctx, (s) => s.findSkus({ skus })).then((found) => found.products),
    getCheckoutOptions: (ctx) => call(ctx, (s) => s.getCheckoutOptions()),
    quote: (request, ctx) => call(ctx, (s) => s.quote(request)),
    submitOrder: (request, ctx) => call(ctx, (s) => s.submitOrder(request, ctx?.idempotencyKey, ctx?.verification)),
    lookupOrder: (request, ctx) => call(ctx, (s) => s.lookupOrder(request)),
    getOrder: (orderNumber, access, ctx) => call(ctx, (s) => s.getOrder(orderNumber, access)),
    getPaymentStatus: (orderNumber, access, ctx) => call(ctx, (s) => s.getPaymentStatus(orderNumber, access)),
    cancelOrder: (orderNumber, access, ctx) => call(ctx, (s) => s.cancelOrder(orderNumber, access)),
    changeShippingAddress: (orderNumber, access, address, ctx) => call(ctx, (s) => s.changeShippingAddress(orderNumber, access, address)),
    requestRefund: (orderNumber, access, request, ctx) => call(ctx, (s) => s.requestRefund(orderNumber, access, request)),
    async uploadReturnPhoto(orderNumber, access, photo, ctx) {
      // Type and size first, so a wrong file is refused before it is read; the engine checks again.
      if (!(photo instanceof Blob)) throw new OrderZoneError('validation', 'uploadReturnPhoto needs a Blob or File.', { fieldErrors: [{ field: 'photos', code: 'required' }] });
      checkReturnPhoto({ contentType: photo.type, bytes: photo.size });
      ctx?.onProgress?.(0);
      const url = await storedPhotoUrl(photo);
      try {
        const uploaded = await call(ctx, (s) => s.uploadReturnPhoto(orderNumber, access, { contentType: photo.type, bytes: photo.size, url }));
        ctx?.onProgress?.(1);
        return uploaded;
      } catch (error) {
        if (url.startsWith('blob:')) URL.revokeObjectURL(url);
        throw error;
      }
    },
    requestReturn: (orderNumber, access, request, ctx) => call(ctx, (s) => s.requestReturn(orderNumber, access, request)),
    editOrder: (orderNumber, access, request, ctx) => call(ctx, (s) => s.editOrder(orderNumber, access, request)),
    rescheduleBooking: (orderNumber, access, request, ctx) => call(ctx, (s) => s.rescheduleBooking(orderNumber, access, request)),
    getAvailability: (request, ctx) => call(ctx, (s) => s.getAvailability(request)),
    placeHold: (request, ctx) => call(ctx, (s) => s.placeHold(request)),
    async releaseHold(holdId, ctx) {
      await call(ctx, (s) => s.releaseHold(holdId));
    },
    requestSignInCode: (request, ctx) => call(ctx, (s) => s.requestSignInCode(request)),
    verifySignInCode: (request, ctx) => call(ctx, (s) => s.verifySignInCode(request)),
    async signOut(sessionToken, ctx) {
      await call(ctx, (s) => s.signOut(sessionToken));
    },
    listOrders: (sessionToken, ctx) => call(ctx, (s) => s.listOrders(sessionToken)),
    resendVerificationCode: (challengeId, ctx) => call(ctx, (s) => s.resendVerificationCode(challengeId)),
    getRecommendations: (request, ctx) => call(ctx, (s) => s.recommend(request, ctx?.sessionToken)),
    listViewedProducts: (sessionToken, ctx) => call(ctx, (s) => s.listViewedProducts(sessionToken)),
    recordProductView: (sessionToken, productId, ctx) => call(ctx, (s) => s.recordProductView(sessionToken, productId)),
    clearViewedProducts: (sessionToken, ctx) => call(ctx, (s) => s.clearViewedProducts(sessionToken)),
    listOrderReviews: (orderNumber, access, ctx) => call(ctx, (s) => s.listOrderReviews(orderNumber, access)),
    writeReview: (orderNumber, access, lineIndex, draft, ctx) => call(ctx, (s) => s.writeReview(orderNumber, access, lineIndex, draft)),
    createRfq: (sessionToken, draft, ctx) => call(ctx, (s) => s.rfqs.create(sessionToken, draft)),
    listRfqs: (sessionToken, ctx) => call(ctx, (s) => s.rfqs.list(sessionToken)),
    getRfq: (sessionToken, rfqId, ctx) => call(ctx, (s) => s.rfqs.get(sessionToken, rfqId)),
    acceptRfq: (sessionToken, rfqId, ctx) => call(ctx, (s) => s.rfqs.decide(sessionToken, rfqId, 'accept')),
    declineRfq: (sessionToken, rfqId, ctx) => call(ctx, (s) => s.rfqs.decide(sessionToken, rfqId, 'decline')),
    reset() {
      store.reset();
    },
    dispose() {
      store.dispose();
    },
  };
}
