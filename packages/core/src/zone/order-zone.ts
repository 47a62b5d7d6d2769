/**
 * One OrderZone: a shop's catalog, cart and checkout wired to one backend adapter. UI elements share
 * one zone (through `@lit/context` in `@orderzone/elements`); a developer with their own UI uses it
 * directly.
 *
 * Browsing needs only the catalog and the cart, which a zone has from the start. The checkout,
 * bookings and account are *parts* whose code is fetched on first use: `await zone.load('checkout')`
 * (see {@link OrderZone.load}), so a page that only shows products never downloads them. A zone made
 * by `createLightOrderZone()` fetches the cart's code on demand too (`zone.load('cart')`).
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Account } from '../account/account.ts';
import { offersSignIn } from '../account/sign-in-support.ts';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { BookingClient } from '../booking/booking-client.ts';
import { offersBookings } from '../booking/booking-support.ts';
import type { Cart } from '../cart/cart.ts';
import type { CartSource } from '../cart/cart-on-demand.ts';
import { createCatalogClient, type CatalogClient } from '../catalog/catalog-client.ts';
import type { Checkout } from '../checkout/checkout.ts';
import { OrderZoneError } from '../errors.ts';
import { normalizeLocale } from '../i18n/locale.ts';
import { currencyDigits } from '../money/money.ts';
import { browserStorage, type KeyValueStorage } from '../storage/key-value-storage.ts';
import { codeLoading } from './code-loads.ts';

/** What {@link createOrderZone} takes: the backend and the shop's settings. */
export interface OrderZoneConfig {
  adapter: BackendAdapter;
  /** Namespaces everything stored in the browser: two shops on one domain never share a cart. Default `default`. */
  shopId?: string;
  /** ISO 4217 code of the shop's prices. Default `CNY`. */
  currency?: string;
  /** Initial locale; normalised. Default `zh-CN`. */
  locale?: string;
  /** Where state is persisted. Default: `browserStorage()` (memory when unavailable). */
  storage?: KeyValueStorage;
}

/**
 * One shop on a page: its catalog and cart at once, the checkout, bookings and account once
 * loaded (`zone.load('checkout')`), all over one backend adapter. Made by {@link createOrderZone}.
 */
export interface OrderZone {
  readonly shopId: string;
  readonly currency: string;
  readonly adapter: BackendAdapter;
  /** The active locale (`zh-CN`, `en-US`...). */
  readonly $locale: ReadableAtom<string>;
  /** Switches the locale (normalised); throws `OrderZoneError('validation')` for a malformed tag. */
  setLocale(locale: string): void;
  readonly catalog: CatalogClient;
  /**
   * The cart. On a zone made by {@link createOrderZone} its code is there from the start. On one made
   * by `createLightOrderZone()` its stores are (`$itemCount` counts the stored cart at once, `$lines`
   * is empty until the code loads), and its methods need `await zone.load('cart')` first (or any
   * other part, which loads the cart too); before then they throw `OrderZoneError('config')`
   * (`addBooking` waits instead).
   */
  readonly cart: Cart;
  /** Where the zone keeps what survives a reload (the cart, the draft, the browsing history). */
  readonly storage: KeyValueStorage;
  /** The checkout, once loaded by `load('checkout')` (or by loading the account); `undefined` before. */
  readonly checkout: Checkout | undefined;
  /**
   * Bookings, once loaded by `load('bookings')`: availability, price preview, adding a booking
   * behind a hold, re-checking a lapsed line. `bookings.supported` is false when the adapter has no
   * booking methods. `undefined` before.
   */
  readonly bookings: BookingClient | undefined;
  /**
   * The account, once loaded by `load('account')` (which loads the checkout too): signing in with a
   * one-time code, the signed-in shopper's orders, signing out (which removes personal data from the
   * page and storage). `account.supported` is false when the adapter has no sign-in methods; guest
   * checkout never needs it. `undefined` before.
   */
  readonly account: Account | undefined;
  /** What the backend offers, known without loading a part: decides whether to load or show it at all. */
  readonly offers: { readonly bookings: boolean; readonly signIn: boolean };
  /**
   * Loads parts (their code is fetched once, on first use) and resolves with this zone, typed with
   * those parts present: `const { checkout } = await zone.load('checkout')`. Calling it again, or
   * for a part already loaded, resolves at once with the same instances. Rejects
   * `OrderZoneError('network')` naming the part when its code cannot be fetched (nothing is lost:
   * the cart and the stored draft stay; call again to retry), and `OrderZoneError('config')` after
   * `dispose()`.
   */
  load<P extends ZonePart>(...parts: P[]): Promise<LoadedZone<WithRequiredParts<P>>>;
  /** True when the part's code is here: `load(part)` resolves at once and, for the cart, its methods answer. */
  isLoaded(part: ZonePart): boolean;
  /** Stops cross-tab listeners and pending requests. */
  dispose(): void;
}

/** The parts of a zone loaded on demand, by name. */
export interface ZoneParts {
  /** Always present as `zone.cart`; loading it fetches its code on a zone made by `createLightOrderZone()`. */
  cart: Cart;
  checkout: Checkout;
  bookings: BookingClient;
  account: Account;
}

/** The name of a part loaded on demand: `cart`, `checkout`, `bookings` or `account`. */
export type ZonePart = keyof ZoneParts;

/** A zone with the parts `P` loaded, as `zone.load(...parts)` resolves it. */
export type LoadedZone<P extends ZonePart = ZonePart> = OrderZone & { readonly [K in P]: ZoneParts[K] };

/** `P` and the parts they need: the account needs the checkout (signing out clears its draft); all of them load the cart first. */
export type WithRequiredParts<P extends ZonePart> = P | ('account' extends P ? 'checkout' : never);

const PARTS: readonly ZonePart[] = ['cart', 'checkout', 'bookings', 'account'];

const SHOP_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const ADAPTER_METHODS = ['listCategories', 'searchProducts', 'getProduct', 'getCheckoutOptions', 'quote', 'submitOrder', 'lookupOrder', 'getOrder', 'getPaymentStatus'] as const;
const STORAGE_METHODS = ['get', 'set', 'remove', 'subscribe'] as const;

/** The locale a zone starts in when none is configured. */
export const DEFAULT_LOCALE = 'zh-CN';

function missingMethods(value: object, names: readonly string[]): string[] {
  return names.filter((name) => typeof (value as Record<string, unknown>)[name] !== 'function');
}

/** What a zone gives to make its cart: its settings, checked. */
export interface ZoneCartOptions {
  shopId: string;
  currency: string;
  storage: KeyValueStorage;
}

/**
 * A zone whose cart comes from `makeCart`: `createOrderZone()` gives it the cart's code at once,
 * `createLightOrderZone()` one that loads it on demand. Throws `OrderZoneError('config')` with a
 * specific message for a missing or incomplete adapter, an unknown currency, an invalid shop id, an
 * incomplete storage or a malformed locale.
 */
export function createZone(config: OrderZoneConfig, makeCart: (options: ZoneCartOptions) => CartSource): OrderZone {
  if (typeof config !== 'object' || config === null) {
    throw new OrderZoneError('config', 'createOrderZone() needs a configuration object such as { adapter, shopId: "my-shop", currency: "CNY" }.');
  }
  const { adapter } = config;
  if (typeof adapter !== 'object' || adapter === null) {
    throw new OrderZoneError(
      'config',
      'OrderZone needs a backend adapter: pass `adapter`, e.g. createRestAdapter({ baseUrl }) from @orderzone/core/rest or createEmbeddedBackend() from @orderzone/embedded-backend.',
    );
  }
  const missing = missingMethods(adapter, ADAPTER_METHODS);
  if (missing.length > 0) {
    throw new OrderZoneError('config', `OrderZone needs a backend adapter: the adapter given has no ${missing.map((m) => `${m}()`).join(', ')} (see BackendAdapter).`);
  }

  const shopId = config.shopId ?? 'default';
  if (typeof shopId !== 'string' || !SHOP_ID.test(shopId)) {
    throw new OrderZoneError('config', `OrderZone shopId ${JSON.stringify(shopId)} is not valid: use 1–64 letters, digits, "-" or "_", starting with a letter or digit.`);
  }

  const currency = config.currency ?? 'CNY';
  try {
    currencyDigits(currency);
  } catch (error) {
    throw new OrderZoneError('config', `OrderZone currency: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  const initialLocale = config.locale === undefined ? DEFAULT_LOCALE : normalizeLocale(config.locale);
  if (initialLocale === undefined) {
    throw new OrderZoneError('config', `OrderZone locale ${JSON.stringify(config.locale)} is not a language tag such as "zh-CN" or "en-US".`);
  }

  const storage = config.storage ?? browserStorage();
  const storageMissing = missingMethods(storage, STORAGE_METHODS);
  if (storageMissing.length > 0) {
    throw new OrderZoneError('config', `OrderZone storage has no ${storageMissing.map((m) => `${m}()`).join(', ')} (see KeyValueStorage).`);
  }

  const $locale = atom(initialLocale);
  const locale = (): string => $locale.get();
  const catalog = createCatalogClient({ adapter, locale });
  const carts = makeCart({ shopId, currency, storage });
  const { cart } = carts;
  const loaded: Partial<Omit<ZoneParts, 'cart'>> = {};
  const loading: Partial<Record<ZonePart, Promise<unknown>>> = {};
  let disposed = false;

  /** Fetches a part's code once; a failed fetch is forgotten, so the next call retries. */
  function loadPart<P extends Exclude<ZonePart, 'cart'>>(part: P, create: () => Promise<ZoneParts[P]>): Promise<ZoneParts[P]> {
    return (loading[part] ??= create().then(
      (instance) => {
        if (disposed) {
          instance.dispose();
          throw new OrderZoneError('config', `This OrderZone was disposed while its ${part} was loading.`);
        }
        loaded[part] = instance;
        return instance;
      },
      (error: unknown) => {
        delete loading[part];
        throw error;
      },
    )) as Promise<ZoneParts[P]>;
  }

  /**
   * Fetches the code of a part. Only this is a `network` error (retryable, nothing lost); an error
   * while creating the part after its code arrived is thrown as it is, since trying again would not help.
   */
  async function fetchPart<M>(part: ZonePart, load: () => Promise<M>): Promise<M> {
    try {
      codeLoading(part);
      return await load();
    } catch (error) {
      throw new OrderZoneError('network', `Could not load the ${part} of OrderZone (${error instanceof Error ? error.message : String(error)}); nothing was lost: try again.`, { cause: error });
    }
  }

  const creators: { [K in ZonePart]: () => Promise<ZoneParts[K]> } = {
    // Once (the cart source keeps the promise); a failed fetch is a network error, tried again on the next load.
    cart: () => fetchPart('cart', () => carts.load()),
    checkout: () =>
      loadPart('checkout', async () => {
        const [{ createCheckout }, cart] = await Promise.all([fetchPart('checkout', () => import('../checkout/checkout.ts')), creators.cart()]);
        const checkout = createCheckout({ shopId, currency, adapter, cart, storage, locale });
        // An order placed (here or in another tab) moved stock: what the page shows of products is asked again.
        checkout.$lastOrder.listen((order) => {
          if (order) catalog.invalidate();
        });
        return checkout;
      }),
    bookings: () =>
      loadPart('bookings', async () => {
        const [{ createBookingClient }, cart] = await Promise.all([fetchPart('bookings', () => import('../booking/booking-client.ts')), creators.cart()]);
        return createBookingClient({ adapter, cart, locale });
      }),
    account: () =>
      loadPart('account', async () => {
        const [{ createAccount }, checkout, cart] = await Promise.all([fetchPart('account', () => import('../account/account.ts')), creators.checkout(), creators.cart()]);
        return createAccount({ shopId, adapter, cart, checkout, storage, locale, country: () => checkout.$draft.get().shippingAddress.country || 'CN' });
      }),
  };

  const zone: OrderZone = {
    shopId,
    currency,
    adapter,
    $locale,
    setLocale(tag: string) {
      const normalized = normalizeLocale(tag);
      if (normalized === undefined) {
        throw new OrderZoneError('validation', `${JSON.stringify(tag)} is not a language tag such as "zh-CN" or "en-US".`);
      }
      $locale.set(normalized);
    },
    catalog,
    cart,
    storage,
    get checkout() {
      return loaded.checkout;
    },
    get bookings() {
      return loaded.bookings;
    },
    get account() {
      return loaded.account;
    },
    isLoaded(part: ZonePart): boolean {
      return part === 'cart' ? carts.loaded : loaded[part] !== undefined;
    },
    offers: { bookings: offersBookings(adapter), signIn: offersSignIn(adapter) },
    async load<P extends ZonePart>(...parts: P[]): Promise<LoadedZone<WithRequiredParts<P>>> {
      const unknown = parts.filter((part) => !PARTS.includes(part));
      if (unknown.length > 0) {
        throw new OrderZoneError('config', `OrderZone has no part ${unknown.map((part) => JSON.stringify(part)).join(', ')}: load ${PARTS.map((part) => `"${part}"`).join(', ')}.`);
      }
      if (disposed) throw new OrderZoneError('config', 'This OrderZone was disposed: create a new one to load its parts.');
      await Promise.all(parts.map((part) => creators[part]()));
      return zone as LoadedZone<WithRequiredParts<P>>;
    },
    dispose() {
      disposed = true;
      loaded.account?.dispose();
      loaded.bookings?.dispose();
      loaded.checkout?.dispose();
      cart.dispose();
    },
  };
  return zone;
}
