/**
 * The server's settings, from the environment (and, for the command line, its flags), checked once
 * at start: a setting that cannot be right stops the server with a message naming it.
 *
 * @module
 */
import { resolve } from 'node:path';

/** Everything the server needs to know to run. */
export interface ServerConfig {
  /** TCP port; `0` picks a free one. Env `PORT`, flag `--port`. Default 8787. */
  port: number;
  /** Interface to listen on. Env `HOST`. Default `127.0.0.1` (put a proxy in front, or set `0.0.0.0`). */
  host: string;
  /** PGlite's data folder when no `databaseUrl` is set. Env `ORDERZONE_DATA`, flag `--data`. Default `./.data/orderzone`. */
  dataDir: string;
  /** A PostgreSQL server instead of PGlite. Env `DATABASE_URL`. */
  databaseUrl?: string;
  /** Where the REST contract is served. Env `ORDERZONE_BASE_PATH`. Default `/api`. */
  basePath: string;
  /** Origins allowed to call the API from a browser (CORS). Env `ORDERZONE_CORS_ORIGINS`, comma-separated. Default: none (same origin only). */
  corsOrigins: string[];
  /**
   * How many proxies in front of the server to trust for the client's address (`X-Forwarded-For`),
   * used by the rate limits and the limits on wrong guesses. Env `ORDERZONE_TRUST_PROXY`. Default 0:
   * the socket's address.
   */
  trustProxy: number;
  /**
   * The public origin of the API as browsers reach it (`https://api.shop.example`), for the URLs of
   * uploaded return photos when the shop is served from another origin. Env `ORDERZONE_PUBLIC_URL`.
   * Default: none, the photos' URLs are paths (`/api/files/return-photos/…`) on the shop's origin.
   */
  publicUrl?: string;
  /** `production` refuses unsafe settings (see `assertSafeForProduction`). Env `NODE_ENV`. */
  production: boolean;
  /**
   * Minutes an order paid online (QR code, redirect) may await payment before it is cancelled and
   * its stock given back. Env `ORDERZONE_UNPAID_ORDER_MINUTES`. Default 30.
   */
  unpaidOrderMinutes?: number;
  /** The same for a bank transfer, which takes days. Env `ORDERZONE_UNPAID_BANK_TRANSFER_MINUTES`. Default 4320 (3 days). */
  unpaidBankTransferMinutes?: number;
  /**
   * When an order needs a one-time code sent to the shopper's phone or e-mail first: a total of at
   * least `amountThreshold` minor units of the shop's currency (env `ORDERZONE_RISK_AMOUNT`, default
   * none), or more than `maxOrdersPerHourPerContact` orders within an hour by one phone or e-mail
   * (env `ORDERZONE_RISK_ORDERS_PER_HOUR`, default 3; `0` checks nothing).
   */
  risk?: { amountThreshold?: number; maxOrdersPerHourPerContact?: number };
}

/** Default of {@link ServerConfig.unpaidOrderMinutes}. */
export const DEFAULT_UNPAID_ORDER_MINUTES = 30;
/** Default of {@link ServerConfig.unpaidBankTransferMinutes}. */
export const DEFAULT_UNPAID_BANK_TRANSFER_MINUTES = 3 * 24 * 60;
/** Default of `risk.maxOrdersPerHourPerContact`. */
export const DEFAULT_RISK_ORDERS_PER_HOUR = 3;

/** A setting that cannot be used, named with what to do about it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads `--name value` and `--name=value` flags. */
export function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags.set(arg.slice(2), argv[++i]!);
    else flags.set(arg.slice(2), 'true');
  }
  return flags;
}

function integerSetting(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}.`);
  return value;
}

/** The configuration of `env` and the command line's `flags`. */
export function readConfig(env: Record<string, string | undefined>, flags: ReadonlyMap<string, string> = new Map()): ServerConfig {
  const basePath = (env.ORDERZONE_BASE_PATH ?? '/api').trim().replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[\w\-/.]*$/.test(basePath)) throw new ConfigError(`ORDERZONE_BASE_PATH must be a path such as "/api"; got ${JSON.stringify(env.ORDERZONE_BASE_PATH)}.`);
  const corsOrigins = (env.ORDERZONE_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) throw new ConfigError(`ORDERZONE_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin such as "https://shop.example.com" (scheme, host and port only).`);
  }
  const publicUrl = env.ORDERZONE_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
  if (publicUrl !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(publicUrl);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== publicUrl || !/^https?:$/.test(parsed.protocol)) {
      throw new ConfigError(`ORDERZONE_PUBLIC_URL must be an origin such as "https://api.shop.example" (scheme, host and port only); got ${JSON.stringify(env.ORDERZONE_PUBLIC_URL)}.`);
    }
  }
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must be a postgres:// URL.');
  return {
    port: integerSetting('PORT (--port)', flags.get('port') ?? env.PORT, 8787, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: resolve(flags.get('data') ?? env.ORDERZONE_DATA ?? '.data/orderzone'),
    ...(databaseUrl ? { databaseUrl } : {}),
    basePath,
    corsOrigins,
    trustProxy: integerSetting('ORDERZONE_TRUST_PROXY', env.ORDERZONE_TRUST_PROXY, 0, 0, 10),
    ...(publicUrl ? { publicUrl } : {}),
    production: env.NODE_ENV === 'production',
    unpaidOrderMinutes: integerSetting('ORDERZONE_UNPAID_ORDER_MINUTES', env.ORDERZONE_UNPAID_ORDER_MINUTES, DEFAULT_UNPAID_ORDER_MINUTES, 1, 7 * 24 * 60),
    unpaidBankTransferMinutes: integerSetting('ORDERZONE_UNPAID_BANK_TRANSFER_MINUTES', env.ORDERZONE_UNPAID_BANK_TRANSFER_MINUTES, DEFAULT_UNPAID_BANK_TRANSFER_MINUTES, 1, 30 * 24 * 60),
    risk: riskSettings(env),
  };
}

/** The risk settings of `env` (see {@link ServerConfig.risk}). */
function riskSettings(env: Record<string, string | undefined>): NonNullable<ServerConfig['risk']> {
  const amount = env.ORDERZONE_RISK_AMOUNT?.trim() ? integerSetting('ORDERZONE_RISK_AMOUNT (minor units, e.g. 500000 for ¥5,000.00)', env.ORDERZONE_RISK_AMOUNT, 0, 1, Number.MAX_SAFE_INTEGER) : undefined;
  const perHour = integerSetting('ORDERZONE_RISK_ORDERS_PER_HOUR', env.ORDERZONE_RISK_ORDERS_PER_HOUR, DEFAULT_RISK_ORDERS_PER_HOUR, 0, 1000);
  return { ...(amount !== undefined ? { amountThreshold: amount } : {}), ...(perHour > 0 ? { maxOrdersPerHourPerContact: perHour } : {}) };
}

/**
 * Throws a {@link ConfigError} for a setting that must not reach production (`config.production`):
 * CORS open to every origin (`*`), or the API served at the root (no base path) where a shop or
 * a proxy's own pages would share its paths. Does nothing outside production.
 */
export function assertSafeForProduction(config: Pick<ServerConfig, 'production' | 'corsOrigins' | 'basePath'>): void {
  if (!config.production) return;
  if (config.corsOrigins.some((origin) => origin.trim() === '*')) {
    throw new ConfigError('ORDERZONE_CORS_ORIGINS must list the shop\'s origins in production; "*" would let every site call the API from a shopper\'s browser.');
  }
  if (!config.basePath || config.basePath === '/') {
    throw new ConfigError('ORDERZONE_BASE_PATH must not be empty in production: serve the API under a path such as "/api".');
  }
}
