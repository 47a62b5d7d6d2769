/**
 * The access tokens of the orders placed or looked up on this device, kept in storage at
 * `orderzone:<shopId>:order-access` (the {@link ORDER_KEYRING_LIMIT} newest), so the order page,
 * the payment step and every shopper action can prove access without a phone number or e-mail
 * address ever leaving the page in a URL. Read afresh on every use, so every tab of the shop sees
 * the tokens the others received.
 *
 * @module
 */
import { readSession, sessionKey } from '../account/stored-session.ts';
import type { OrderAccess } from '../backend/backend-adapter.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';

/** How many orders' tokens a device keeps; the oldest go first. */
export const ORDER_KEYRING_LIMIT = 20;

/** The storage key of one shop's order tokens. */
export function orderKeyringKey(shopId: string): string {
  return `orderzone:${shopId}:order-access`;
}

interface StoredToken {
  orderNumber: string;
  accessToken: string;
}

/** Order access tokens on this device, and the proof of access for an order. */
export interface OrderKeyring {
  /**
   * The proof of access for an order: its token when this device has one, and the session token of
   * the signed-in shopper (which opens their own orders), each when there is one.
   */
  accessFor(orderNumber: string): OrderAccess;
  /** Keeps an order's token (the newest for a number replaces an older one). */
  remember(orderNumber: string, accessToken: string): void;
  /** Forgets every token (sign-out: nothing personal stays on the device). */
  forgetAll(): void;
}

function readTokens(storage: KeyValueStorage, key: string): StoredToken[] {
  const raw = storage.get(key);
  if (raw === null) return [];
  try {
    const stored = JSON.parse(raw) as { version?: unknown; tokens?: unknown };
    if (stored.version === 1 && Array.isArray(stored.tokens)) {
      return stored.tokens.filter(
        (entry: { orderNumber?: unknown; accessToken?: unknown } | null): entry is StoredToken =>
          typeof entry === 'object' && entry !== null && typeof entry.orderNumber === 'string' && typeof entry.accessToken === 'string' && entry.accessToken !== '',
      );
    }
  } catch {
    // Unreadable: treated as no tokens; the next remember() writes a clean list.
  }
  return [];
}

/** The keyring of one shop over `storage`. */
export function createOrderKeyring(shopId: string, storage: KeyValueStorage, now: () => number = Date.now): OrderKeyring {
  const key = orderKeyringKey(shopId);
  const session = sessionKey(shopId);
  /** This page's tokens, for a storage that refuses to keep them. */
  const inMemory = new Map<string, string>();
  return {
    accessFor(orderNumber) {
      const access: OrderAccess = {};
      const token = readTokens(storage, key).find((entry) => entry.orderNumber === orderNumber)?.accessToken ?? inMemory.get(orderNumber);
      if (token) access.accessToken = token;
      const signedIn = readSession(storage, session);
      if (signedIn && Date.parse(signedIn.expiresAt) > now()) access.sessionToken = signedIn.token;
      return access;
    },
    remember(orderNumber, accessToken) {
      inMemory.set(orderNumber, accessToken);
      const tokens = [{ orderNumber, accessToken }, ...readTokens(storage, key).filter((entry) => entry.orderNumber !== orderNumber)].slice(0, ORDER_KEYRING_LIMIT);
      try {
        storage.set(key, JSON.stringify({ version: 1, tokens }));
      } catch {
        // A storage that refuses: the token lives in this page (and the order stays open to a lookup by number and contact).
      }
    },
    forgetAll() {
      inMemory.clear();
      storage.remove(key);
    },
  };
}
