/**
 * One OrderZone: a shop's catalog, cart and checkout wired to one backend adapter. UI elements share
 * one zone (through `@lit/context` in `@orderzone/elements`); a developer with their own UI uses it
 * directly.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createAccount, type Account } from '../account/account.ts';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { createBookingClient, type BookingClient } from '../booking/booking-client.ts';
import { createCart, type Cart } from '../cart/cart.ts';
import { createCatalogClient, type CatalogClient } from '../catalog/catalog-client.ts';
import { createCheckout, type Checkout } from '../checkout/checkout.ts';
import { OrderZoneError } from '../errors.ts';
import { normalizeLocale } from '../i18n/locale.ts';
import { currencyDigits } from '../money/money.ts';
import { browserStorage, type KeyValueStorage } from '../storage/key-value-storage.ts';

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

export interface OrderZone {
  readonly shopId: string;
  readonly currency: string;
  readonly adapter: BackendAdapter;
  /** The active locale (`zh-CN`, `en-US`...). */
  readonly $locale: ReadableAtom<string>;
  /** Switches the locale (normalised); throws `OrderZoneError('validation')` for a malformed tag. */
  setLocale(locale: string): void;
  readonly catalog: CatalogClient;
  readonly cart: Cart;
  readonly checkout: Checkout;
  /**
   * Bookings: availability, price preview, adding a booking behind a hold, re-checking a lapsed
   * line. `bookings.supported` is false when the adapter has no booking methods.
   */
  readonly bookings: BookingClient;
  /**
   * Signing in with a one-time code, the signed-in shopper's orders, signing out (which removes
   * personal data from the page and storage). `account.supported` is false when the adapter has no
   * sign-in methods; guest checkout never needs it.
   */
  readonly account: Account;
  /** Stops cross-tab listeners and pending requests. */
  dispose(): void;
}

const SHOP_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const ADAPTER_METHODS = ['listCategories', 'searchProducts', 'getProduct', 'getCheckoutOptions', 'quote', 'submitOrder', 'getOrder', 'getPaymentStatus'] as const;
const STORAGE_METHODS = ['get', 'set', 'remove', 'subscribe'] as const;

/** The locale a zone starts in when none is configured. */
export const DEFAULT_LOCALE = 'zh-CN';

function missingMethods(value: object, names: readonly string[]): string[] {
  return names.filter((name) => typeof (value as Record<string, unknown>)[name] !== 'function');
}

/**
 * Creates a zone. Throws `OrderZoneError('config')` with a specific message for a missing or
 * incomplete adapter, an unknown currency, an invalid shop id, an incomplete storage or a
 * malformed locale.
 */
export function createOrderZone(config: OrderZoneConfig): OrderZone {
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
  const cart = createCart({ shopId, currency, storage });
  const checkout = createCheckout({ shopId, currency, adapter, cart, storage, locale });
  const bookings = createBookingClient({ adapter, cart, locale });
  const account = createAccount({ shopId, adapter, cart, checkout, storage, locale, country: () => checkout.$draft.get().shippingAddress.country || 'CN' });

  return {
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
    checkout,
    bookings,
    account,
    dispose() {
      account.dispose();
      bookings.dispose();
      checkout.dispose();
      cart.dispose();
    },
  };
}
