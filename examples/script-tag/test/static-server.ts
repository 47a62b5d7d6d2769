/**
 * A tiny static server for the example page with the strict Content-Security-Policy of
 * docs/security.md: `/orderzone/*` serves the built bundle (packages/elements/dist/bundle), `/api/*`
 * the HTTP contract over the demo catalog (`createContractApp` of `@orderzone/embedded-backend`, as
 * `@orderzone/server` mounts it), everything else this folder.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { createDemoShop, createOrderEngine, createOrderService, engineStore, type ShopSeed } from '@orderzone/embedded-backend';
import { createContractApp } from '@orderzone/embedded-backend/contract-app';

/** The policy of docs/security.md, word for word. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const pageRoot = fileURLToPath(new URL('..', import.meta.url));
const bundleRoot = fileURLToPath(new URL('../../../packages/elements/dist/bundle', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The contract's catalog calls (`GET` only: this page browses) under `/api`, over a fresh shop. */
function createCatalogApi(seed: ShopSeed): (request: Request) => Promise<Response> {
  const engine = createOrderEngine({ seed });
  const refusePhotos = (): Promise<string> => Promise.reject(new Error('This test server keeps no photos.'));
  const app = new Hono().route('/api', createContractApp(createOrderService(engineStore(engine)), { storePhoto: refusePhotos }));
  return async (request) => app.fetch(request);
}

/** Options of {@link serve}. */
export interface ServeOptions {
  /** The shop `/api` serves. Default: the demo shop. */
  seed?: ShopSeed;
  /** Sends {@link CONTENT_SECURITY_POLICY} with every answer. Default true (benchmarks' hand-written baselines turn it off). */
  contentSecurityPolicy?: boolean;
}

export async function serve(options: ServeOptions = {}): Promise<StaticServer> {
  const api = createCatalogApi(options.seed ?? createDemoShop());
  const policy: Record<string, string> = options.contentSecurityPolicy === false ? {} : { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/') && request.method === 'GET') {
      const answer = await api(new Request(new URL(url.pathname + url.search, 'http://127.0.0.1'), { headers: request.headers as Record<string, string> }));
      response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json', 'Cache-Control': 'no-store' });
      response.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname));
    const file = path.startsWith('/orderzone/') ? join(bundleRoot, path.slice('/orderzone/'.length)) : join(pageRoot, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...policy,
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
