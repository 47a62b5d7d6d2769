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

type Listener = (value: string | null) => void;

/** Listeners per key, shared by the instances of one {@link memoryStorageGroup}. */
interface ListenerRegistry {
  add(key: string, listener: Listener): () => void;
  readonly empty: boolean;
  notify(key: string, value: string | null): void;
}

/** A new, empty {@link ListenerRegistry} (a closure: a class's `this.` on every field costs the main entry bytes). */
function listenerRegistry(): ListenerRegistry {
  const byKey = new Map<string, Set<Listener>>();
  return {
    add(key, listener) {
      const set = byKey.get(key) ?? new Set<Listener>();
      set.add(listener);
      byKey.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) byKey.delete(key);
      };
    },
    get empty() {
      return byKey.size === 0;
    },
    notify(key, value) {
      const set = byKey.get(key);
      if (!set) return;
      for (const listener of [...set]) listener(value);
    },
  };
}

/** A group of memory storages that share their values and tell each other about writes. */
export interface MemoryStorageGroup {
  /**
   * A new member: it reads and writes the group's values, and its `subscribe` listeners hear about
   * writes made through the other members (never its own), like the `storage` event between tabs.
   */
  connect(): KeyValueStorage;
}

/**
 * Linked in-memory storages, e.g. to simulate two browser tabs on one `localStorage` in tests:
 *
 * ```ts
 * const group = memoryStorageGroup();
 * const tabA = group.connect();
 * const tabB = group.connect();
 * tabB.subscribe('k', (v) => console.log(v));
 * tabA.set('k', '1'); // logs "1"
 * ```
 */
export function memoryStorageGroup(): MemoryStorageGroup {
  const values = new Map<string, string>();
  const members = new Set<ListenerRegistry>();
  return {
    connect(): KeyValueStorage {
      const own = listenerRegistry();
      members.add(own);
      const broadcast = (key: string, value: string | null): void => {
        for (const member of members) if (member !== own) member.notify(key, value);
      };
      return {
        persistent: false,
        get: (key) => values.get(key) ?? null,
        set(key, value) {
          values.set(key, String(value));
          broadcast(key, String(value));
        },
        remove(key) {
          if (!values.has(key)) return;
          values.delete(key);
          broadcast(key, null);
        },
        subscribe: (key, listener) => own.add(key, listener),
      };
    },
  };
}

/**
 * A storage that lives in memory only (`persistent: false`). Its `subscribe` listeners never fire,
 * since nothing else writes to it; use {@link memoryStorageGroup} to link several.
 */
export function memoryStorage(): KeyValueStorage {
  return memoryStorageGroup().connect();
}

const PROBE_KEY = 'orderzone:__probe__';

/** The listeners of every {@link browserStorage} of this page, per `localStorage`: a write through one tells the others. */
const pageInstances = new WeakMap<Storage, Set<ListenerRegistry>>();

/**
 * `localStorage` with change notification: changes made in other tabs arrive through the `storage`
 * event, and changes made through another `browserStorage()` of the same page (two zones of one
 * shop, e.g. an `<order-zone>` and the building blocks beside it) are told at once, so they share
 * one cart. Falls back to {@link memoryStorage} (`persistent: false`) when `localStorage` is missing
 * or throws on a probe write (Safari private mode, blocked cookies, a sandboxed iframe, Node).
 */
export function browserStorage(): KeyValueStorage {
  let local: Storage;
  try {
    const candidate = typeof window === 'undefined' ? undefined : window.localStorage;
    if (!candidate) return memoryStorage();
    candidate.setItem(PROBE_KEY, '1');
    candidate.removeItem(PROBE_KEY);
    local = candidate;
  } catch {
    return memoryStorage();
  }
  const page = pageInstances.get(local) ?? new Set<ListenerRegistry>();
  pageInstances.set(local, page);
  // Listed only while it has listeners, so a storage nobody listens to is not kept alive by the page.
  const own = listenerRegistry();
  const tellSiblings = (key: string, value: string | null): void => {
    for (const member of page) if (member !== own) member.notify(key, value);
  };
  return {
    persistent: true,
    get(key) {
      try {
        return local.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      local.setItem(key, value);
      tellSiblings(key, value);
    },
    remove(key) {
      try {
        local.removeItem(key);
      } catch {
        // Nothing stored can be removed; nothing to do.
        return;
      }
      tellSiblings(key, null);
    },
    subscribe(key, listener) {
      const onStorage = (event: StorageEvent): void => {
        // `key` is null when another tab called `localStorage.clear()`.
        if (event.storageArea !== local) return;
        if (event.key === key) listener(event.newValue);
        else if (event.key === null) listener(null);
      };
      window.addEventListener('storage', onStorage);
      page.add(own);
      const stop = own.add(key, listener);
      return () => {
        window.removeEventListener('storage', onStorage);
        stop();
        if (own.empty) page.delete(own);
      };
    },
  };
}
