/**
 * Test fixtures for the buying elements (`<cart-panel>`, `<checkout-form>`,
 * `<order-confirmation>`): an isolated zone over the embedded demo backend per test, an adapter
 * whose methods a test can override, and a helper to fill the cart with real demo products.
 * Test-only; never imported by the elements themselves.
 *
 * @module
 */
import { createOrderZone, memoryStorage, type BackendAdapter, type KeyValueStorage, type OrderZone, type Product } from '@orderzone/core';
import { createEmbeddedBackend, type EmbeddedBackend } from '@orderzone/embedded-backend';

export interface BuyFlow {
  zone: OrderZone;
  backend: EmbeddedBackend;
  /** What the zone talks to: the backend, with any method the test replaced through `override`. */
  adapter: BackendAdapter;
  /** Replaces adapter methods from now on (the zone keeps using the same adapter object). */
  override(methods: Partial<BackendAdapter>): void;
  /** Orders the backend has created. */
  orderCount(): number;
}

export interface BuyFlowOptions {
  locale?: string;
  /** The zone's storage; default: a memory storage that reports itself as persistent. */
  storage?: KeyValueStorage;
}

/** A storage that keeps values in memory but says it persists, so no "memory only" notice shows. */
export function persistentMemoryStorage(): KeyValueStorage {
  const inner = memoryStorage();
  return { ...inner, persistent: true };
}

/** A zone over a fresh embedded demo backend, isolated from every other test. */
export function createBuyFlow(options: BuyFlowOptions = {}): BuyFlow {
  const backend = createEmbeddedBackend({ storage: memoryStorage(), shopId: 't' });
  const overrides: Partial<BackendAdapter> = {};
  const pick = <K extends keyof BackendAdapter>(name: K): BackendAdapter[K] =>
    ((...args: unknown[]) => {
      const own = overrides[name] as ((...a: unknown[]) => unknown) | undefined;
      return own ? own(...args) : (backend[name] as (...a: unknown[]) => unknown).apply(backend, args);
    }) as BackendAdapter[K];
  const adapter: BackendAdapter = {
    listCategories: pick('listCategories'),
    searchProducts: pick('searchProducts'),
    getProduct: pick('getProduct'),
    getCheckoutOptions: pick('getCheckoutOptions'),
    quote: pick('quote'),
    submitOrder: pick('submitOrder'),
    getOrder: pick('getOrder'),
    getPaymentStatus: pick('getPaymentStatus'),
  };
  const zone = createOrderZone({ adapter, storage: options.storage ?? persistentMemoryStorage(), shopId: 't', locale: options.locale ?? 'en-US' });
  return {
    zone,
    backend,
    adapter,
    override: (methods) => Object.assign(overrides, methods),
    orderCount: () => backend.engine.snapshot().orders.length,
  };
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
  zone.cart.add({ product, variantId, quantity, ...(options.personalization ? { personalization: options.personalization } : {}) });
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
