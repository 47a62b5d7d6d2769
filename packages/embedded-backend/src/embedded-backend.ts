/**
 * The embedded backend: a {@link BackendAdapter} over an {@link OrderEngine} whose state is kept in
 * browser storage. The default when a merchant configures no backend.
 *
 * @module
 */
import type { BackendAdapter, KeyValueStorage } from '@orderzone/core';
import type { OrderEngine, ShopSeed } from './order-engine.ts';

export interface EmbeddedBackendOptions {
  /** The catalog and rules; defaults to the demo shop (`demo-catalog.ts`). */
  seed?: ShopSeed;
  /** Namespaces the stored state. Default `default`. */
  shopId?: string;
  /** Where state is kept; default `browserStorage()`. */
  storage?: KeyValueStorage;
  /** Simulated network latency in ms, so loading states can be seen. Default 0. */
  latencyMs?: number;
}

/** An embedded backend: the adapter plus the engine, for merchant-side calls in demos. */
export interface EmbeddedBackend extends BackendAdapter {
  readonly engine: OrderEngine;
}

export function createEmbeddedBackend(_options?: EmbeddedBackendOptions): EmbeddedBackend {
  throw new Error('not implemented');
}
