/**
 * Catalog queries on top of a backend adapter: cached results, and a newer query cancels a stale one.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { OrderZoneError } from '../errors.ts';
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

export interface CatalogClient {
  readonly $categories: ReadableAtom<AsyncState<Category[]>>;
  loadCategories(): Promise<void>;
  /** A new independent search (each product grid has its own); results are cached across searches. */
  createSearch(initial?: CatalogQuery): CatalogSearch;
  /** One product, cached. Rejects with an `OrderZoneError`. */
  getProduct(productId: string, signal?: AbortSignal): Promise<Product>;
  /** Drops every cached result (after a stock or price change). */
  invalidate(): void;
}

export interface CatalogClientOptions {
  adapter: BackendAdapter;
  /** Returns the active locale, passed to the adapter. */
  locale: () => string;
  /** How long a cached result is reused, in ms. Default 60 000. */
  cacheTtlMs?: number;
  now?: () => number;
}

export function createCatalogClient(_options: CatalogClientOptions): CatalogClient {
  throw new Error('not implemented');
}
