/**
 * Test fixtures for the browsing elements (`<product-picker>`, `<product-detail>`, `<order-zone>`):
 * an isolated zone over a fresh embedded backend per test (optionally slow, or with a custom seed),
 * an adapter whose methods a test can replace, and translators to compute expected text.
 * Test-only; never imported by the elements themselves.
 *
 * @module
 */
import {
  coreMessages,
  createOrderZone,
  createTranslator,
  memoryStorage,
  type BackendAdapter,
  type MessageCatalogs,
  type OrderZone,
} from '@orderzone/core';
import { createEmbeddedBackend, type EmbeddedBackend, type ShopSeed } from '@orderzone/embedded-backend';
import { sharedMessages } from '../i18n/shared-messages.ts';

export interface BrowseFlow {
  zone: OrderZone;
  backend: EmbeddedBackend;
  /** What the zone talks to: the backend, with any method replaced through `override`. */
  adapter: BackendAdapter;
  /** Replaces adapter methods from now on. */
  override(methods: Partial<BackendAdapter>): void;
}

export interface BrowseFlowOptions {
  locale?: string;
  /** Simulated latency of the embedded backend. */
  latencyMs?: number;
  /** A catalog other than the demo shop. */
  seed?: ShopSeed;
}

/** An adapter over `backend` whose methods can be replaced later. */
export function overridableAdapter(backend: BackendAdapter): { adapter: BackendAdapter; override(methods: Partial<BackendAdapter>): void } {
  const overrides: Partial<BackendAdapter> = {};
  const pick = <K extends keyof BackendAdapter>(name: K): BackendAdapter[K] =>
    ((...args: unknown[]) => {
      const own = overrides[name] as ((...a: unknown[]) => unknown) | undefined;
      return own ? own(...args) : (backend[name] as (...a: unknown[]) => unknown).apply(backend, args);
    }) as BackendAdapter[K];
  return {
    adapter: {
      listCategories: pick('listCategories'),
      searchProducts: pick('searchProducts'),
      getProduct: pick('getProduct'),
      getCheckoutOptions: pick('getCheckoutOptions'),
      quote: pick('quote'),
      submitOrder: pick('submitOrder'),
      getOrder: pick('getOrder'),
      getPaymentStatus: pick('getPaymentStatus'),
    },
    override: (methods) => Object.assign(overrides, methods),
  };
}

/** An embedded backend isolated from every other test. */
export function createTestBackend(options: BrowseFlowOptions = {}): EmbeddedBackend {
  return createEmbeddedBackend({
    storage: memoryStorage(),
    shopId: 't',
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    ...(options.seed ? { seed: options.seed } : {}),
  });
}

/** A zone over a fresh embedded backend, isolated from every other test. */
export function createBrowseFlow(options: BrowseFlowOptions = {}): BrowseFlow {
  const backend = createTestBackend(options);
  const { adapter, override } = overridableAdapter(backend);
  const zone = createOrderZone({ adapter, storage: memoryStorage(), shopId: 't', locale: options.locale ?? 'en-US' });
  return { zone, backend, adapter, override };
}

/** A translator over the core, shared and given element catalogs, to compute expected text. */
export function translator(locale: string, ...catalogs: MessageCatalogs[]): (key: string, params?: Record<string, string | number>) => string {
  return createTranslator(locale, coreMessages, sharedMessages, ...catalogs);
}
