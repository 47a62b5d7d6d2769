/**
 * Where the core keeps what must survive a reload (the cart, the checkout draft, the idempotency key
 * of a submission in flight, the last order). In the browser: `localStorage`, with the `storage`
 * event for changes made in other tabs. Where that is unavailable (private mode, blocked cookies, a
 * full quota, Node): memory, and the UI can say so.
 *
 * @module
 */

/** A synchronous string key-value store that can tell about changes made elsewhere (other tabs). */
export interface KeyValueStorage {
  /** False when values only live in memory and are lost on reload. */
  readonly persistent: boolean;
  get(key: string): string | null;
  /** Throws when the value cannot be stored (quota); callers fall back to memory. */
  set(key: string, value: string): void;
  remove(key: string): void;
  /**
   * Calls `listener` when another tab or instance changes `key` (not for this instance's own writes).
   * Returns an unsubscribe function.
   */
  subscribe(key: string, listener: (value: string | null) => void): () => void;
}

/** A storage that lives in memory only. */
export function memoryStorage(): KeyValueStorage {
  throw new Error('not implemented');
}

/**
 * `localStorage` with cross-tab change notification through the `storage` event; falls back to
 * {@link memoryStorage} when `localStorage` is missing or throws.
 */
export function browserStorage(): KeyValueStorage {
  throw new Error('not implemented');
}
