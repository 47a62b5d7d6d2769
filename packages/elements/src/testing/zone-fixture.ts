/**
 * Test fixtures for every element: an isolated zone over a fresh embedded backend per test
 * (optionally slow, or with a custom seed), an adapter whose methods a test can replace, helpers to
 * fill the cart with real demo products or hold a backend call open, and translators to compute
 * expected text. Test-only; never imported by the elements themselves.
 *
 * @module
 */
import {
  createOrderZone,
  memoryStorage,
  type BackendAdapter,
  type KeyValueStorage,
  type LoadedZone,
  type MessageCatalogs,
  type OrderZone,
  type Product,
} from '@orderzone/core';
import { coreMessages, createTranslator } from '@orderzone/core/messages';
import { createEmbeddedBackend, type EmbeddedBackend, type ShopSeed } from '@orderzone/embedded-backend';
import { sharedMessages } from '../i18n/shared-catalogs.ts';

/** Every part a zone loads on demand: fixtures load them all, so elements render at once. */
export const ALL_PARTS = ['checkout', 'bookings', 'account'] as const;

/** A zone with every part loaded, as the fixtures make it. */
export type TestZone = LoadedZone<(typeof ALL_PARTS)[number]>;

export interface ZoneFixture {
  zone: TestZone;
  backend: EmbeddedBackend;
  /** What the zone talks to: the backend, with any method the test replaced through `override`. */
  adapter: BackendAdapter;
  /** Replaces adapter methods from now on (the zone keeps using the same adapter object). */
  override(methods: Partial<BackendAdapter>): void;
  /** Orders the backend has created. */
  orderCount(): number;
}

export interface ZoneFixtureOptions {
  locale?: string;
  /** Simulated latency of the embedded backend. */
  latencyMs?: number;
  /** A catalog other than the demo shop. */
  seed?: ShopSeed;
  /** The zone's storage; default: a memory storage that reports itself as persistent. */
  storage?: KeyValueStorage;
}

/** A storage that keeps values in memory but says it persists, so no "memory only" notice shows. */
export function persistentMemoryStorage(): KeyValueStorage {
  const inner = memoryStorage();
  return { ...inner, persistent: true };
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
      lookupOrder: pick('lookupOrder'),
      getOrder: pick('getOrder'),
      getPaymentStatus: pick('getPaymentStatus'),
      // Bookings (optional adapter methods): passed through when the backend has them.
      ...(backend.getAvailability ? { getAvailability: pick('getAvailability') } : {}),
      ...(backend.placeHold ? { placeHold: pick('placeHold') } : {}),
      ...(backend.releaseHold ? { releaseHold: pick('releaseHold') } : {}),
      ...(backend.getRecommendations ? { getRecommendations: pick('getRecommendations') } : {}),
    },
    override: (methods) => Object.assign(overrides, methods),
  };
}

/** An embedded backend isolated from every other test. */
export function createTestBackend(options: Pick<ZoneFixtureOptions, 'latencyMs' | 'seed'> = {}): EmbeddedBackend {
  return createEmbeddedBackend({
    storage: memoryStorage(),
    shopId: 't',
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    ...(options.seed ? { seed: options.seed } : {}),
  });
}

/** A zone over a fresh embedded backend with nothing loaded but the catalog and the cart (as `createOrderZone` makes it). */
export function createUnloadedZone(options: Pick<ZoneFixtureOptions, 'seed'> = {}): OrderZone {
  return createOrderZone({ adapter: createTestBackend(options), storage: persistentMemoryStorage(), shopId: 't', locale: 'en-US' });
}

/** A zone over a fresh embedded backend, isolated from every other test, its parts loaded. */
export async function createZoneFixture(options: ZoneFixtureOptions = {}): Promise<ZoneFixture> {
  const backend = createTestBackend(options);
  const { adapter, override } = overridableAdapter(backend);
  const zone = await createOrderZone({ adapter, storage: options.storage ?? persistentMemoryStorage(), shopId: 't', locale: options.locale ?? 'en-US' }).load(...ALL_PARTS);
  return { zone, backend, adapter, override, orderCount: () => backend.engine.snapshot().orders.length };
}

export interface AddOptions {
  personalization?: Record<string, string>;
  /** Changes the product as the shopper saw it (a stale price or stock) before adding it. */
  seen?: (product: Product) => Product;
}

/** Puts a real demo product in the zone's cart. */
export async function addToCart(zone: OrderZone, productId: string, variantId: string, quantity: number, options: AddOptions = {}): Promise<void> {
  let product = await zone.catalog.getProduct(productId);
  if (options.seen) product = options.seen(product);
  const { cart } = await zone.load('cart');
  cart.add({ product, variantId, quantity, ...(options.personalization ? { personalization: options.personalization } : {}) });
}

/** `product` with one variant's price or stock replaced, as a shopper may have seen it earlier. */
export function withVariant(variantId: string, patch: { price?: number; stock?: number | null }): (product: Product) => Product {
  return (product) => ({
    ...product,
    variants: product.variants.map((v) =>
      v.id === variantId
        ? { ...v, ...(patch.price !== undefined ? { price: { ...v.price, amount: patch.price } } : {}), ...(patch.stock !== undefined ? { stock: patch.stock } : {}) }
        : v,
    ),
  });
}

/** A promise with its resolve and reject functions, to hold a backend call open. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A translator over the core, shared and given element catalogs, to compute expected text. */
export function translator(locale: string, ...catalogs: MessageCatalogs[]): (key: string, params?: Record<string, string | number>) => string {
  return createTranslator(locale, coreMessages, sharedMessages, ...catalogs);
}

/**
 * Takes the route of `<order-zone>` (`?oz=…`, `#oz=…`) out of the test page's URL, so the next
 * test's zone starts on its first page: use in `afterEach` of every file that mounts a zone.
 */
export function forgetZoneRoute(): void {
  const url = new URL(location.href);
  url.searchParams.delete('oz');
  if (url.hash.startsWith('#oz=')) url.hash = '';
  history.replaceState(null, '', url.href);
}
