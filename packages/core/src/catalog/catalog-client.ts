/**
 * Catalog queries on top of a backend adapter: cached results, and a newer query cancels a stale one.
 *
 * @module
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import { OrderZoneError, toOrderZoneError } from '../errors.ts';
import { stableJson } from '../json/stable-json.ts';
import { whileListened } from '../stores/while-listened.ts';
import type { Category, CatalogQuery, Product, ProductPage } from './catalog-schema.ts';

/** The state of something loaded from the backend. */
export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading'; data?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: OrderZoneError; data?: T };

/** One search box's worth of state: the current query and its results. */
export interface CatalogSearch {
  readonly $query: ReadableAtom<CatalogQuery>;
  /** While a new page loads, `data` keeps the previous page so the grid does not flash empty. */
  readonly $results: ReadableAtom<AsyncState<ProductPage>>;
  /** Runs `query` (replacing the current one); an older query still in flight is aborted. */
  run(query: CatalogQuery): Promise<void>;
  /** Merges `patch` into the current query and runs it; any change but `page` resets to page 1. */
  update(patch: Partial<CatalogQuery>): Promise<void>;
  /** Runs the current query again, bypassing the cache (after an error). */
  retry(): Promise<void>;
  dispose(): void;
}

/** A zone's catalog (`zone.catalog`): categories, searches and products, cached, over the backend adapter. */
export interface CatalogClient {
  readonly $categories: ReadableAtom<AsyncState<Category[]>>;
  loadCategories(): Promise<void>;
  /** A new independent search (each product grid has its own); results are cached across searches. */
  createSearch(initial?: CatalogQuery): CatalogSearch;
  /** One product, cached. Rejects with an `OrderZoneError`. */
  getProduct(productId: string, signal?: AbortSignal): Promise<Product>;
  /**
   * One product kept up to date while anything listens to the store, for what a page shows of it
   * live (a price, a stock line, a buy button): loaded when the first listener comes (from the cache
   * while it is fresh), asked again every `cacheTtlMs` while the page is visible, at once when the
   * page becomes visible again after that long, and after `invalidate()` (a zone invalidates its
   * catalog when an order is placed, since stock moved). While it is asked again the store keeps the
   * product it has (`loading` or `error` with `data`), so nothing flashes. Every caller of one
   * product id gets the same store, and one request serves them all.
   */
  watchProduct(productId: string): ReadableAtom<AsyncState<Product>>;
  /** Drops every cached result (after a stock or price change); watched products are asked again at once. */
  invalidate(): void;
}

export interface CatalogClientOptions {
  adapter: BackendAdapter;
  /** Returns the active locale, passed to the adapter. */
  locale: () => string;
  /** How long a cached result is reused, in ms; also how often a watched product is asked again. Default 60 000. */
  cacheTtlMs?: number;
  now?: () => number;
}

/**
 * Creates a catalog client.
 *
 * - Results (categories, search pages, products) are cached for `cacheTtlMs` per locale; a search
 *   is cached under its normalised query (empty values dropped, text trimmed, option values
 *   sorted, page 1 implied), so equivalent queries share one entry.
 * - A search's `run()` aborts the search's previous request; the result or error of an aborted or
 *   superseded request never reaches `$results`, and `aborted` errors are never shown.
 * - Concurrent `getProduct()` calls for one product share one request; one caller's `signal`
 *   only cancels the shared request when every waiting caller has cancelled.
 * - `invalidate()` drops the cache; requests already in flight then do not fill it. Watched
 *   products (`watchProduct`) are asked again at once.
 */
export function createCatalogClient(options: CatalogClientOptions): CatalogClient {
  const { adapter, locale } = options;
  const ttl = options.cacheTtlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { value: unknown; expires: number }>();
  const inflight = new Map<string, SharedRequest<unknown>>();
  let epoch = 0;

  function cached<T>(key: string): T | undefined {
    // An expired entry is left to be replaced by the next answer for its key.
    const entry = cache.get(key);
    return entry && entry.expires > now() ? (entry.value as T) : undefined;
  }

  function remember(key: string, value: unknown, requestEpoch: number): void {
    if (requestEpoch === epoch) cache.set(key, { value, expires: now() + ttl });
  }

  /** A cached value, or one shared request per key, cancelled when every caller has cancelled. */
  function load<T>(key: string, fetch: (ctx: RequestContext) => Promise<T>, signal?: AbortSignal, bypassCache = false): Promise<T> {
    const hit = bypassCache ? undefined : cached<T>(key);
    if (hit !== undefined) return Promise.resolve(hit);
    let shared = inflight.get(key) as SharedRequest<T> | undefined;
    if (!shared) {
      const controller = new AbortController();
      const requestEpoch = epoch;
      const created: SharedRequest<T> = {
        controller,
        waiters: 0,
        promise: fetch({ signal: controller.signal, locale: locale() }).then(
          (value) => {
            remember(key, value, requestEpoch);
            return value;
          },
          (error: unknown) => {
            throw toOrderZoneError(error);
          },
        ),
      };
      const settled = (): void => {
        if (inflight.get(key) === created) inflight.delete(key);
      };
      created.promise.then(settled, settled);
      inflight.set(key, created as SharedRequest<unknown>);
      shared = created;
    }
    return wait(key, shared, signal);
  }

  function wait<T>(key: string, shared: SharedRequest<T>, signal: AbortSignal | undefined): Promise<T> {
    if (!signal) {
      shared.waiters += 1;
      return shared.promise;
    }
    if (signal.aborted) return Promise.reject(abortedError());
    shared.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        shared.waiters -= 1;
        if (shared.waiters === 0) {
          // Nobody wants the answer any more: cancel it, and let the next caller start afresh.
          if (inflight.get(key) === shared) inflight.delete(key);
          shared.controller.abort();
        }
        reject(abortedError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  const $categories = atom<AsyncState<Category[]>>({ status: 'idle' });

  const loadCategories = (): Promise<void> => follow($categories, () => load(`categories|${locale()}`, (ctx) => adapter.listCategories(ctx)));

  function createSearch(initial: CatalogQuery = {}): CatalogSearch {
    const $query = atom<CatalogQuery>(normalizeCatalogQuery(initial));
    const $results = atom<AsyncState<ProductPage>>({ status: 'idle' });
    let controller: AbortController | undefined;
    let generation = 0;

    async function execute(query: CatalogQuery, bypassCache: boolean): Promise<void> {
      controller?.abort();
      controller = undefined;
      const mine = ++generation;
      const normalized = normalizeCatalogQuery(query);
      $query.set(normalized);
      const key = `search|${locale()}|${stableJson(normalized)}`;
      const hit = bypassCache ? undefined : cached<ProductPage>(key);
      if (hit) {
        $results.set({ status: 'ready', data: hit });
        return;
      }
      const ownController = new AbortController();
      controller = ownController;
      // Each search owns its request (not shared), so aborting it never affects another grid.
      const requestEpoch = epoch;
      await follow(
        $results,
        async () => {
          const page = await adapter.searchProducts(normalized, { signal: ownController.signal, locale: locale() });
          if (mine === generation) remember(key, page, requestEpoch);
          return page;
        },
        (failure) => mine === generation && failure?.code !== 'aborted',
      );
      if (controller === ownController) controller = undefined;
    }

    const search: CatalogSearch = {
      $query,
      $results,
      run: (query) => execute(query, false),
      update(patch) {
        const next: CatalogQuery = { ...$query.get(), ...patch };
        if (!('page' in patch)) delete next.page;
        return execute(next, false);
      },
      retry: () => execute($query.get(), true),
      dispose() {
        generation += 1;
        controller?.abort();
        controller = undefined;
      },
    };
    return search;
  }

  const getProduct = (productId: string, signal?: AbortSignal, bypassCache = false): Promise<Product> =>
    load(`product|${locale()}|${productId}`, (ctx) => adapter.getProduct(productId, ctx), signal, bypassCache);

  /** The watched products, by id; `refresh` asks again now when someone listens. */
  const watched = new Map<string, { $state: ReadableAtom<AsyncState<Product>>; refresh(): void }>();

  function watchProduct(productId: string): ReadableAtom<AsyncState<Product>> {
    const known = watched.get(productId);
    if (known) return known.$state;
    const $state = atom<AsyncState<Product>>({ status: 'idle' });
    let listening = false;
    let generation = 0;
    let fetchedAt = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const hidden = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const schedule = (): void => {
      clearTimeout(timer);
      timer = listening ? setTimeout(() => (hidden() ? undefined : void fetch(true)), ttl) : undefined;
    };
    async function fetch(bypassCache: boolean): Promise<void> {
      const mine = ++generation;
      const current = (): boolean => mine === generation;
      try {
        await follow(
          $state,
          async () => {
            const product = await getProduct(productId, undefined, bypassCache);
            if (current()) fetchedAt = now();
            return product;
          },
          current,
        );
      } finally {
        if (current()) schedule();
      }
    }
    const onVisible = (): void => {
      if (!hidden() && now() - fetchedAt >= ttl) void fetch(true);
    };
    whileListened($state, () => {
      listening = true;
      void fetch(false);
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
      return () => {
        listening = false;
        generation += 1;
        clearTimeout(timer);
        if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      };
    });
    watched.set(productId, { $state, refresh: () => (listening ? void fetch(true) : undefined) });
    return $state;
  }

  return {
    $categories,
    loadCategories,
    createSearch,
    getProduct: (productId, signal) => getProduct(productId, signal),
    watchProduct,
    invalidate() {
      epoch += 1;
      cache.clear();
      inflight.clear();
      for (const { refresh } of watched.values()) refresh();
    },
  };
}

interface SharedRequest<T> {
  controller: AbortController;
  waiters: number;
  promise: Promise<T>;
}

function abortedError(): OrderZoneError {
  return new OrderZoneError('aborted', 'The request was cancelled.');
}

/**
 * Shows what `request` gives in `$state`: `loading` meanwhile, then `ready`, or `error` with an
 * `OrderZoneError`; the data it had stays while loading and after an error, so nothing flashes.
 * Shows neither once `shows` is false (a newer request took over; `failure` given on an error).
 */
async function follow<T>($state: WritableAtom<AsyncState<T>>, request: () => Promise<T>, shows: (failure?: OrderZoneError) => boolean = () => true): Promise<void> {
  // Every state but `idle` may hold data.
  const previous = ($state.get() as { data?: T }).data;
  const kept = previous ? { data: previous } : {};
  $state.set({ status: 'loading', ...kept });
  try {
    const data = await request();
    if (shows()) $state.set({ status: 'ready', data });
  } catch (error) {
    const failure = toOrderZoneError(error);
    if (shows(failure)) $state.set({ status: 'error', error: failure, ...kept });
  }
}

/**
 * A query with empty values dropped, text trimmed, option value lists sorted and page 1 implied,
 * so equivalent queries look alike (and share a cache entry).
 */
export function normalizeCatalogQuery(query: CatalogQuery): CatalogQuery {
  const result: CatalogQuery = {};
  for (const [name, value] of Object.entries(query) as [keyof CatalogQuery, unknown][]) {
    if (value === undefined || value === null) continue;
    if (name === 'text') {
      // A string by its type; a JavaScript caller's number still becomes its digits.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      const text = String(value).trim();
      if (text !== '') result.text = text;
    } else if (name === 'options') {
      const options: Record<string, string[]> = {};
      // By group, in code unit order (one object's keys are never equal).
      for (const [group, ids] of Object.entries(value as Record<string, string[]>).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (Array.isArray(ids) && ids.length > 0) options[group] = [...new Set(ids)].sort();
      }
      if (Object.keys(options).length > 0) result.options = options;
    } else if (name === 'page') {
      if (value !== 1) result.page = value as number;
    } else if (name === 'inStockOnly') {
      if (value === true) result.inStockOnly = true;
    } else if (value !== '') {
      (result as Record<string, unknown>)[name] = value;
    }
  }
  return result;
}
