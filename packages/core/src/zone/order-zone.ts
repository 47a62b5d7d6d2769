/**
 * One OrderZone: a shop's catalog, cart and checkout wired to one backend adapter. UI elements share
 * one zone (through `@lit/context` in `@orderzone/elements`); a developer with their own UI uses it
 * directly.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import type { CatalogClient } from '../catalog/catalog-client.ts';
import type { Checkout } from '../checkout/checkout.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';

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
  setLocale(locale: string): void;
  readonly catalog: CatalogClient;
  readonly cart: Cart;
  readonly checkout: Checkout;
  /** Stops cross-tab listeners and pending requests. */
  dispose(): void;
}

/**
 * Creates a zone. Throws `OrderZoneError('config')` with a specific message for a missing adapter,
 * an unknown currency or an invalid shop id.
 */
export function createOrderZone(_config: OrderZoneConfig): OrderZone {
  throw new Error('not implemented');
}
