/**
 * The example page served with the strict Content-Security-Policy of docs/security.md (see
 * .ci/static-server.ts): this folder, the built bundle under `/orderzone/`, and under `/api/` the
 * HTTP contract's calls over the demo catalog (`createContractApp` of
 * `@orderzone/embedded-backend`, as `@orderzone/server` mounts it).
 */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { createDemoShop, createOrderEngine, createOrderService, engineStore, type ShopSeed } from '@orderzone/embedded-backend';
import { createContractApp } from '@orderzone/embedded-backend/contract-app';
import { serveExample, type StaticServer } from '../../../.ci/static-server.ts';

export { CONTENT_SECURITY_POLICY, type StaticServer } from '../../../.ci/static-server.ts';

const pageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The contract's calls under `/api`, over a fresh shop (`GET` only unless `serve()` is told the page places orders). */
function createCatalogApi(seed: ShopSeed): (request: Request) => Promise<Response> {
  const engine = createOrderEngine({ seed });
  const refusePhotos = (): Promise<string> => Promise.reject(new Error('This test server keeps no photos.'));
  const app = new Hono().route('/api', createContractApp(createOrderService(engineStore(engine)), { storePhoto: refusePhotos }));
  return async (request) => app.fetch(request);
}

/** Options of {@link serve}. */
export interface ServeOptions {
  /** The port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /** The shop `/api` serves. Default: the demo shop. */
  seed?: ShopSeed;
  /** Sends the Content-Security-Policy with every answer. Default true (benchmarks' hand-written baselines turn it off). */
  contentSecurityPolicy?: boolean;
  /** Serves the pages cross-origin isolated, for a finer `performance.now()` (see `serveExample`). Default false. */
  crossOriginIsolated?: boolean;
  /** Answers the contract's other methods too (`POST /api/checkout`…): a page that places orders. Default false (GET only: the pages browse). */
  orders?: boolean;
}

export function serve(options: ServeOptions = {}): Promise<StaticServer> {
  return serveExample(pageRoot, {
    port: options.port ?? 0,
    api: createCatalogApi(options.seed ?? createDemoShop()),
    apiWrites: options.orders ?? false,
    contentSecurityPolicy: options.contentSecurityPolicy ?? true,
    crossOriginIsolated: options.crossOriginIsolated ?? false,
  });
}
