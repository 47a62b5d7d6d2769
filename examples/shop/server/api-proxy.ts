/**
 * Passes the shop's `/api` requests to the OrderZone server listening on loopback, so the shop, its
 * API and the merchant console share one origin. Bodies are streamed both ways as they come: return
 * photo uploads go up unbuffered, and an order's event stream (Server-Sent Events) comes down event
 * by event, ending when the browser goes away. The server counts its limits per client, so the
 * client's address goes along in `X-Forwarded-For` (the server trusts one proxy).
 *
 * @module
 */
import { request, type ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** Where the server listens: resolves once it does, rejects when it could not start. */
export type ApiTarget = () => Promise<{ port: number }>;

/** Answers a request the server cannot take, in the contract's error shape. */
function unavailable(res: ServerResponse, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '1', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ error: { code: 'server', message } }));
}

/**
 * A connect middleware (Vite's `server.middlewares`) sending every request under `basePath` to
 * `target()`; others go on to Vite.
 */
export function apiProxy(basePath: string, target: ApiTarget) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? '/';
    if (url !== basePath && !url.startsWith(`${basePath}/`) && !url.startsWith(`${basePath}?`)) {
      next();
      return;
    }
    // The browser went away (a closed tab, an event stream it no longer reads, a request it gave up
    // on while the server was starting): so does the request to the server, or it is never made.
    let upstream: ClientRequest | undefined;
    let gone = false;
    res.on('close', () => {
      if (res.writableFinished) return;
      gone = true;
      upstream?.destroy();
    });
    target().then(
      ({ port }) => {
        if (gone) return;
        const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1' };
        upstream = request({ host: '127.0.0.1', port, method: req.method, path: url, headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          // An event stream sends each event as it comes: no buffering on the way.
          res.flushHeaders();
          answer.pipe(res);
        });
        upstream.on('error', () => unavailable(res, 'The OrderZone server of the demo did not answer; see the terminal running npm start.'));
        req.pipe(upstream);
      },
      (error: unknown) => unavailable(res, `The OrderZone server of the demo could not start: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
}
