/**
 * The order service the server runs on until the PostgreSQL engine store lands (`src/store/`): the
 * engine over a state kept in this process's memory, with the demo catalog, storing SHA-256 digests
 * of access tokens as a server must. Orders do not survive a restart and instances do not share
 * them. Delete this module when `startServer` switches to the PostgreSQL store.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { memoryStorage } from '@orderzone/core';
import { createBrowserEngineStore, createOrderEngine, createOrderService, demoShop, type OrderEngine, type OrderService } from '@orderzone/embedded-backend';

/** The service, and the engine over its latest state (for tests acting as the merchant). */
export interface InterimMemoryService {
  service: OrderService;
  engine(): OrderEngine;
}

/** A fresh service over the demo catalog in memory. */
export function createInterimMemoryService(): InterimMemoryService {
  const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
  const store = createBrowserEngineStore(memoryStorage(), 'orderzone:server', (state, onChange) =>
    createOrderEngine({ seed: demoShop, onChange, tokenDigest: digest, ...(state ? { state } : {}) }),
  );
  return { service: createOrderService(store), engine: () => store.engine };
}
