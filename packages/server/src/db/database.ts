/**
 * The server's database: PGlite (PostgreSQL compiled to WebAssembly, in this process) storing in a
 * data folder, or a PostgreSQL server through node-postgres when a `DATABASE_URL` is given. Both
 * behind one drizzle query layer and one schema, so the rest of the server cannot tell them apart.
 *
 * @module
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { listenOnPostgres } from './postgres-listener.ts';
import * as schema from './schema.ts';

/** How long opening a connection to a PostgreSQL server may take. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The drizzle database of either driver. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Where the data is. */
export type DatabaseConfig =
  /** PGlite in a folder (created if missing); `memory://` keeps it in memory (tests). */
  | { kind: 'pglite'; dataDir: string }
  /** A PostgreSQL server, e.g. `postgres://user:pass@host:5432/shop`. */
  | { kind: 'postgres'; url: string; maxConnections?: number };

/** An open database. */
export interface Database {
  readonly kind: DatabaseConfig['kind'];
  readonly db: Db;
  /**
   * Calls `listener` with the payload of every `NOTIFY <channel>` from any connection (another
   * server instance included); resolves to a function that stops listening. On a PostgreSQL server
   * a lost listening connection is made again (see {@link listenOnPostgres}); `onResume` is called
   * then, since notifications sent meanwhile were missed: re-read what you watch.
   */
  listen(channel: string, listener: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
  /** Applies the migrations not applied yet (idempotent). */
  migrate(): Promise<void>;
  /** Closes every connection. */
  close(): Promise<void>;
}

/** The folder of the SQL migrations shipped with the package. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** The configuration `DATABASE_URL` asks for, else PGlite in `dataDir`. */
export function databaseConfig(env: { DATABASE_URL?: string | undefined }, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  return url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir };
}

/** Opens the database (it is not migrated: call `migrate()`). */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config.url, config.maxConnections ?? 10);
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async listen(channel, listener) {
      const stop = await client.listen(channel, listener);
      return async () => stop();
    },
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // A database that does not answer a connection attempt within 10 s fails the call (503 with
  // Retry-After, see http/database-outage.ts) instead of holding the shopper's request open.
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection that breaks while idle must not crash the server: the pool replaces it.
  pool.on('error', () => undefined);
  // Nor one that breaks while checked out (a failover in the middle of a transaction): node-postgres
  // emits 'error' on the client, which would throw without a listener; its queries fail instead.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    listen: (channel, listener, onResume) => listenOnPostgres(url, channel, listener, { onResume }),
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => pool.end(),
  };
}
