/**
 * A tiny static server for the plain-HTML example pages, with the strict Content-Security-Policy of
 * docs/security.md: `/orderzone/*` serves the built script-tag bundle
 * (packages/elements/dist/bundle), everything else the page's folder. Used by the examples' tests and
 * by `npm start` of examples/merchant-page.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const bundleRoot = fileURLToPath(new URL('../packages/elements/dist/bundle', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** How {@link serveExample} serves. */
export interface ServeExampleOptions {
  /** The port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /** Answers `GET /api/*` (the contract over a shop, say); without it `/api` is not served. */
  api?: (request: Request) => Promise<Response>;
  /** Gives {@link api} the other methods too (`POST /api/checkout`…), with their bodies: a page that places orders. Default false (a page that browses). */
  apiWrites?: boolean;
  /** Sends {@link CONTENT_SECURITY_POLICY} with every file. Default true (benchmarks' hand-written baselines turn it off). */
  contentSecurityPolicy?: boolean;
  /**
   * Sends `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`
   * with every file, so the pages are cross-origin isolated and `performance.now()` resolves to 5 µs
   * instead of 100 µs (benchmarks timing a few milliseconds). Default false.
   */
  crossOriginIsolated?: boolean;
}

/**
 * Serves `pageRoot` (its `index.html` at `/`), the bundle under `/orderzone/` and, when given, an
 * API under `/api/`; `options` may be just the port.
 */
export async function serveExample(pageRoot: string, options: number | ServeExampleOptions = {}): Promise<StaticServer> {
  const { port = 0, api, apiWrites = false, contentSecurityPolicy = true, crossOriginIsolated = false } = typeof options === 'number' ? { port: options } : options;
  const policy: Record<string, string> = {
    ...(contentSecurityPolicy ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
    ...(crossOriginIsolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {}),
  };
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (api && url.pathname.startsWith('/api/') && (request.method === 'GET' || apiWrites)) {
      const method = request.method ?? 'GET';
      const chunks: Buffer[] = [];
      if (method !== 'GET' && method !== 'HEAD') for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await api(new Request(new URL(url.pathname + url.search, 'http://127.0.0.1'), { method, headers: request.headers as Record<string, string>, ...(body ? { body } : {}) }));
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
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
