/**
 * The server's HTTP app: the contract's one router (`createContractApp` of
 * `@orderzone/embedded-backend/contract-app`) under the base path, with what running it on the
 * internet needs around it, in this order for every request:
 *
 * 1. a request id (`X-Request-Id`, taken from the request only behind a trusted proxy) and one JSON
 *    log line when it has been answered (`request-log.ts`);
 * 2. security headers (`hono/secure-headers`): `nosniff`, `frame-ancestors 'none'`, no referrer,
 *    HSTS in production;
 * 3. CORS for the configured origins only (`hono/cors`; none when the list is empty), preflights
 *    answered here, `Retry-After` and `X-Request-Id` exposed;
 * 4. `GET /healthz` and `GET /readyz` (`health.ts`), before any limit;
 * 5. rate limits per client address, counted in the database (`rate-limits.ts`);
 * 6. body limits (`hono/body-limit`): 1 MiB of JSON, a return photo 5 MiB and a little;
 * 7. the contract's endpoints, the optional event stream of an order, the uploaded photos
 *    (`photo-files.ts`), and the admin API when given.
 *
 * The payment providers' routes, when given, come before the limits (5 and 6).
 *
 * Every failure answers the contract's error body; a database that cannot be reached answers `503`
 * with `Retry-After` (`database-outage.ts`).
 *
 * @module
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { OrderZoneError, isOrderZoneError, type FieldError } from '@orderzone/core';
import { REST_ENDPOINTS, type Endpoint } from '@orderzone/core/rest';
import type { OrderService } from '@orderzone/embedded-backend';
import { createContractApp, errorResponse, routePattern, type OrderChangeFeed, type PhotoUpload } from '@orderzone/embedded-backend/contract-app';
import type { ServerConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { clientAddress } from './client-address.ts';
import { isDatabaseUnavailable, outageResponse } from './database-outage.ts';
import { checkReadiness } from './health.ts';
import { createPhotoFiles, RETURN_PHOTO_FILES_PATH } from './photo-files.ts';
import { DEFAULT_RATE_LIMITS, rateLimits, type RateLimitRule } from './rate-limits.ts';
import { failureOf, jsonLogger, requestLog, type Logger, type ServerVariables } from './request-log.ts';

/** The largest JSON body accepted. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
/** Room for a request's headers and framing on top of a raw upload's own limit. */
export const RAW_BODY_ALLOWANCE_BYTES = 64 * 1024;

/** Headers a shop on another origin may send (CORS). */
const ALLOWED_HEADERS = ['Content-Type', 'Accept-Language', 'Authorization', 'Idempotency-Key', 'Order-Access-Token', 'Verification-Id', 'Verification-Code', 'X-Request-Id'];
/** Headers a shop on another origin may read (CORS). */
const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id'];

/** Options of {@link createServerApp}. */
export interface ServerAppOptions {
  /** The order rules over the database (one transaction per call). */
  service: OrderService;
  /** The open database: rate limits, photos and readiness use it. */
  database: Database;
  /** The server's settings (`readConfig`). */
  config: Pick<ServerConfig, 'basePath' | 'corsOrigins' | 'trustProxy' | 'production' | 'publicUrl'>;
  /** The changes of orders for the event streams (`createOrderEvents(database)`); closing it ends every stream. */
  orderEvents: OrderChangeFeed;
  /** Where log lines go. Default: JSON lines on standard output. */
  logger?: Logger;
  /** Keeps an uploaded return photo and answers its URL. Default: `photo_files`, served by this app. */
  storePhoto?: (photo: PhotoUpload) => Promise<string>;
  /** Forgets a photo `storePhoto` kept when the order refused it. Default: deletes it from `photo_files` (with the default `storePhoto`). */
  discardPhoto?: (url: string) => void | Promise<void>;
  /** The rate limits. Default {@link DEFAULT_RATE_LIMITS}. */
  rateLimits?: readonly RateLimitRule[];
  /** The admin API, mounted at `{basePath}/admin` behind the same logs, headers, CORS and limits. */
  admin?: Hono;
  /**
   * The payment providers' routes (`paymentWebhookRoutes`), mounted at `{basePath}/payments` before
   * the rate and body limits: notifications come from a provider's few addresses, are limited by
   * their own body limit, and a provider retries what is refused.
   */
  payments?: Hono;
  /** Milliseconds between heartbeat comments of an idle event stream. Default 25 s. */
  heartbeatMs?: number;
  /** True while the server stops: `GET /readyz` answers `503` then, so a load balancer sends no more. */
  stopping?: () => boolean;
}

/** Where the admin API is mounted, below the base path. */
export const ADMIN_PATH = '/admin';
/** Where the payment providers' notifications and pages are, below the base path. */
export const PAYMENTS_PATH = '/payments';

/** The app serving the contract under `config.basePath` (see the module). */
export function createServerApp(options: ServerAppOptions): Hono<{ Variables: ServerVariables }> {
  const { config, database, service } = options;
  const basePath = config.basePath;
  const logger = options.logger ?? jsonLogger();
  const photos = createPhotoFiles(database.db, { basePath, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) });
  const storePhoto = options.storePhoto ?? ((photo: PhotoUpload) => photos.store(photo));
  const discardPhoto = options.discardPhoto ?? (options.storePhoto ? undefined : (url: string) => photos.discard(url));

  /**
   * Every failure: the contract's error body, `503` for an unreachable database; its class and code
   * noted for the log. An unexpected failure's own text (a database's message may name tables,
   * values, a shopper's data) never reaches the client: the answer names the request id, by which
   * the merchant finds the failure in the log.
   */
  const failure = (error: unknown, c: Context): Response => {
    c.set('failure', failureOf(error));
    if (isDatabaseUnavailable(error)) return outageResponse();
    if (isOrderZoneError(error)) return errorResponse(error);
    const id = (c as Context<{ Variables: ServerVariables }>).get('requestId');
    return errorResponse(new OrderZoneError('server', `The shop’s server could not complete this request (request id ${id}). Try again; if it keeps failing, give the shop this id.`));
  };

  const app = new Hono<{ Variables: ServerVariables }>();
  app.onError((error, c) => failure(error, c));
  app.notFound(() => errorResponse(new OrderZoneError('not_found', 'No endpoint answers this method and path.')));

  // A request id from the client is taken only from a proxy the merchant trusts (a length limit of 0 refuses every other).
  app.use(requestId({ limitLength: config.trustProxy > 0 ? 255 : 0 }));
  app.use(requestLog(logger));
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: config.production ? 'max-age=31536000; includeSubDomains' : false,
      // A route's own value wins (the photos may be shown by a shop on another origin).
      overwrite: false,
    }),
  );
  app.use(
    cors({
      origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );
  app.use(async (c, next) => {
    c.set('clientId', clientAddress(c, config.trustProxy));
    await next();
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const readiness = options.stopping?.() ? ({ ready: false, reason: 'stopping' } as const) : await checkReadiness(database);
    return c.json(readiness, readiness.ready ? 200 : 503);
  });

  if (options.payments) app.route(`${basePath}${PAYMENTS_PATH}`, options.payments);
  app.use(`${basePath}/*`, rateLimits(database.db, options.rateLimits ?? DEFAULT_RATE_LIMITS, basePath));

  const jsonLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT_BYTES,
    onError: () => tooLarge(`The request body can be at most ${JSON_BODY_LIMIT_BYTES} bytes.`, { field: 'body', code: 'too_large', params: { max: JSON_BODY_LIMIT_BYTES } }),
  });
  const rawRoutes = (Object.values(REST_ENDPOINTS) as Endpoint[])
    .filter((endpoint) => endpoint.rawBody)
    .map((endpoint) => {
      const maxBytes = endpoint.rawBody!.maxBytes;
      return {
        method: endpoint.method,
        pattern: new RegExp(`^${escapeRegExp(basePath)}${routePattern(endpoint.path).replace(/:\w+/g, '[^/]+')}$`),
        // The endpoint refuses more than `maxBytes` itself (as the contract words it); this is the hard stop.
        limit: bodyLimit({
          maxSize: maxBytes + RAW_BODY_ALLOWANCE_BYTES,
          onError: () =>
            tooLarge(`A return photo can be at most ${maxBytes} bytes (5 MiB).`, { field: 'photos', code: 'photo_too_large', params: { max: maxBytes / (1024 * 1024) } }),
        }),
      };
    });
  app.use(`${basePath}/*`, (c, next) => {
    const rawRoute = rawRoutes.find((route) => route.method === c.req.method && route.pattern.test(c.req.path));
    // Hono's Context carries `any` in its input type parameter; the body limit reads only the request.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    return (rawRoute?.limit ?? jsonLimit)(c, next);
  });

  app.get(`${basePath}${RETURN_PHOTO_FILES_PATH}/:id`, (c) => photos.serve(c));
  if (options.admin) app.route(`${basePath}${ADMIN_PATH}`, options.admin);
  app.route(
    basePath || '/',
    createContractApp(service, {
      caller: (c) => ({ clientId: (c as Context<{ Variables: ServerVariables }>).get('clientId') }),
      storePhoto,
      ...(discardPhoto ? { discardPhoto } : {}),
      orderChanges: options.orderEvents,
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
      onError: failure,
    }),
  );
  return app;
}

/** `413` with the contract's `validation` body. */
function tooLarge(message: string, fieldError: FieldError): Response {
  const response = errorResponse(new OrderZoneError('validation', message, { fieldErrors: [fieldError] }));
  return new Response(response.body, { status: 413, headers: response.headers });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
