/**
 * The products a shopper viewed, newest first, kept on the device (the zone's storage, so
 * `localStorage` in a browser) under `orderzone:<shopId>:viewed`. Only product ids are kept, at most
 * {@link VIEWED_PRODUCTS_MAX}. They leave the device only as the context of a recommendation request,
 * and are not kept by the backend.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import { VIEWED_PRODUCTS_MAX } from './recommendation-limits.ts';

/** The browsing history of one shop on this device. */
export interface BrowsingHistory {
  /** Viewed product ids, newest first; follows other tabs. */
  readonly $viewed: ReadableAtom<readonly string[]>;
  /** Records that the shopper viewed `productId` (moved to the front when it was there). */
  record(productId: string): void;
  /** Forgets every viewed product, on this device. */
  clear(): void;
  /** Stops following other tabs. */
  dispose(): void;
}

/** Where the history of `shopId` is kept. */
export function browsingHistoryKey(shopId: string): string {
  return `orderzone:${shopId}:viewed`;
}

/** Ids as stored; anything unreadable counts as no history (never an error for the shopper). */
function parse(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 128).slice(0, VIEWED_PRODUCTS_MAX);
  } catch {
    return [];
  }
}

/** The browsing history of `shopId` in `storage`. */
export function createBrowsingHistory(shopId: string, storage: KeyValueStorage): BrowsingHistory {
  const key = browsingHistoryKey(shopId);
  const $viewed = atom<readonly string[]>(parse(storage.get(key)));
  const unsubscribe = storage.subscribe(key, (raw) => $viewed.set(parse(raw)));
  const save = (ids: readonly string[]): void => {
    $viewed.set(ids);
    try {
      if (ids.length === 0) storage.remove(key);
      else storage.set(key, JSON.stringify(ids));
    } catch {
      // A full quota: the history lives in memory for this page.
    }
  };
  return {
    $viewed,
    record(productId) {
      if (typeof productId !== 'string' || productId === '') return;
      save([productId, ...$viewed.get().filter((id) => id !== productId)].slice(0, VIEWED_PRODUCTS_MAX));
    },
    clear: () => save([]),
    dispose: unsubscribe,
  };
}
