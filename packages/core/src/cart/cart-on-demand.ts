/**
 * A cart whose code loads on demand: what a zone made by `createLightOrderZone()` has as
 * `zone.cart` from the start. Its stores are there at once (`$itemCount` holds the stored cart's
 * units, read without the cart's code, so a cart badge shows the right count at first paint); its
 * lines and its methods need the cart's code, fetched by `load()` (which `zone.load('cart')` and the
 * zone's other parts call). Once loaded, every call goes straight to the cart, synchronously.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import type { Cart } from './cart.ts';
import type { CartLine } from './cart-line.ts';
import { createCartStores } from './cart-stores.ts';
import { cartStorageKey, storedItemCount } from './stored-item-count.ts';

/** A zone's cart and how to have its code: loaded at once (`createOrderZone`) or on demand. */
export interface CartSource {
  /** The cart the zone shows as `zone.cart`. */
  readonly cart: Cart;
  /** True once the cart's code is here: its methods then answer at once. */
  readonly loaded: boolean;
  /** Resolves with the cart once its code is here (fetched once; a failed fetch is tried again on the next call). */
  load(): Promise<Cart>;
}

/** What {@link createCartOnDemand} needs: the cart's settings and how to fetch its code. */
export interface CartOnDemandOptions {
  shopId: string;
  currency: string;
  storage: KeyValueStorage;
  /** Fetches the cart's module (`() => import('./cart.ts')`; a test may hold it back). */
  loadCode: () => Promise<Pick<typeof import('./cart.ts'), 'createCart'>>;
}

/** The cart's methods that answer at once, so need its code loaded. */
const SYNCHRONOUS_METHODS = ['add', 'updateBooking', 'setQuantity', 'remove', 'undoRemove', 'clear', 'applyQuote', 'toLineRequests'] as const satisfies readonly (keyof Cart)[];
type SynchronousMethod = (typeof SYNCHRONOUS_METHODS)[number];

/** A cart whose code is fetched by `load()`; its stores and its stored count are there at once. */
export function createCartOnDemand(options: CartOnDemandOptions): CartSource {
  const { shopId, currency, storage } = options;
  const stores = createCartStores();
  const key = cartStorageKey(shopId);
  stores.$itemCount.set(storedItemCount(storage.get(key), currency));
  // Until the cart's code is here, the badge follows what other tabs store.
  let stopCounting: (() => void) | undefined = storage.subscribe(key, (value) => stores.$itemCount.set(storedItemCount(value, currency)));
  const removeListeners = new Set<(line: CartLine) => void>();
  let real: Cart | undefined;
  let loading: Promise<Cart> | undefined;
  let disposed = false;

  function load(): Promise<Cart> {
    if (real) return Promise.resolve(real);
    return (loading ??= options.loadCode().then(
      ({ createCart }) => {
        if (disposed) throw new OrderZoneError('config', 'This OrderZone was disposed while its cart was loading.');
        stopCounting?.();
        stopCounting = undefined;
        const cart = createCart({ shopId, currency, storage, stores });
        cart.onRemove((line) => {
          for (const listener of [...removeListeners]) {
            try {
              listener(line);
            } catch {
              // As the cart does: a listener's failure must not undo the removal or stop the others.
            }
          }
        });
        real = cart;
        return cart;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  }

  /** The loaded cart; before its code is here, starts fetching it and throws a specific error. */
  function loaded(method: string): Cart {
    if (real) return real;
    if (!disposed) load().catch(() => undefined);
    throw new OrderZoneError('config', `cart.${method}() was called before the cart's code loaded: await zone.load('cart') first (it resolves at once once loaded).`);
  }

  const facade: Omit<Cart, SynchronousMethod> = {
    $lines: stores.$lines,
    $itemCount: stores.$itemCount,
    $lastRemoved: stores.$lastRemoved,
    $recovery: stores.$recovery,
    get persistent() {
      return real ? real.persistent : storage.persistent;
    },
    // Asynchronous anyway: waits for the cart's code, then adds.
    addBooking: async (input) => (await load()).addBooking(input),
    onRemove(listener) {
      removeListeners.add(listener);
      return () => removeListeners.delete(listener);
    },
    dispose() {
      disposed = true;
      stopCounting?.();
      stopCounting = undefined;
      removeListeners.clear();
      real?.dispose();
    },
  };
  // The others need the cart's code: they go straight to the cart once it is here.
  const cart = facade as Cart;
  for (const method of SYNCHRONOUS_METHODS) {
    (cart as unknown as Record<SynchronousMethod, (...args: unknown[]) => unknown>)[method] = (...args) => {
      const target = loaded(method);
      return (target[method] as (...a: unknown[]) => unknown).apply(target, args);
    };
  }
  return {
    cart,
    get loaded() {
      return real !== undefined;
    },
    load,
  };
}
