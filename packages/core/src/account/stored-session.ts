/**
 * How a signed-in shopper's session is kept in storage: `{ version: 1, session }` at
 * `orderzone:<shopId>:session`, checked on every read so a corrupt or foreign value counts as
 * signed out (and is removed) instead of breaking the page.
 *
 * @module
 */
import type { Session } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';

/** The storage key of one shop's session. */
export function sessionKey(shopId: string): string {
  return `orderzone:${shopId}:session`;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown): boolean => value === undefined || isText(value);

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, shopper, expiresAt } = value as Partial<Session>;
  return (
    isText(token) &&
    token.length > 0 &&
    isText(expiresAt) &&
    !Number.isNaN(Date.parse(expiresAt)) &&
    typeof shopper === 'object' &&
    shopper !== null &&
    isText(shopper.id) &&
    shopper.id.length > 0 &&
    isOptionalText(shopper.phone) &&
    isOptionalText(shopper.email)
  );
}

/** The stored session, or `undefined` (an unreadable value is removed: it holds nothing to keep). */
export function readSession(storage: KeyValueStorage, key: string): Session | undefined {
  const raw = storage.get(key);
  if (raw === null) return undefined;
  try {
    const stored = JSON.parse(raw) as { version?: unknown; session?: unknown };
    if (stored.version === 1 && isSession(stored.session)) {
      const { token, shopper, expiresAt } = stored.session;
      const kept: Session['shopper'] = { id: shopper.id };
      if (shopper.phone !== undefined) kept.phone = shopper.phone;
      if (shopper.email !== undefined) kept.email = shopper.email;
      return { token, shopper: kept, expiresAt };
    }
  } catch {
    // Falls through to removal.
  }
  storage.remove(key);
  return undefined;
}

/** Stores the session; a storage that refuses leaves the shopper signed in for this page only. */
export function writeSession(storage: KeyValueStorage, key: string, session: Session): void {
  try {
    storage.set(key, JSON.stringify({ version: 1, session }));
  } catch {
    // Memory only: signed in until the page is left.
  }
}
