/**
 * Test helper: the server's tests run on both databases, PGlite and a real PostgreSQL server. A
 * PostgreSQL test database is created fresh (`oz_<random>`) on the server named by
 * `ORDERZONE_TEST_DATABASE_URL` (default the local one) and dropped afterwards. Test-only; not part
 * of the published package.
 *
 * ```ts
 * for (const kind of TEST_DATABASE_KINDS) {
 *   describe(`… on ${kind}`, () => {
 *     let test: TestDatabase;
 *     before(async () => { test = await openTestDatabase(kind); });
 *     after(() => test.close());
 *   });
 * }
 * ```
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Db } from '../db/database.ts';

/** The two databases every server test runs on. */
export const TEST_DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type TestDatabaseKind = (typeof TEST_DATABASE_KINDS)[number];

/** The PostgreSQL server tests create their databases on. */
export const TEST_POSTGRES_URL = process.env.ORDERZONE_TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** A migrated database for one test file. */
export interface TestDatabase {
  kind: TestDatabaseKind;
  database: Database;
  db: Db;
  /**
   * How a process (the command line) reaches the same data: `DATABASE_URL` for PostgreSQL, or the
   * PGlite folder for `--data` (PGlite opens a folder in one process at a time: close this one first).
   */
  location: { databaseUrl: string } | { dataDir: string };
  /** Closes the connection (PGlite: the folder stays until `close`). */
  disconnect(): Promise<void>;
  /** Opens the connection again after {@link TestDatabase.disconnect}. */
  reconnect(): Promise<void>;
  /** Closes it and removes the data (drops the PostgreSQL database, deletes the PGlite folder). */
  close(): Promise<void>;
}

/** A URL for database `name` on the server of `adminUrl`. */
function urlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty PostgreSQL database; answers its URL and how to drop it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `oz_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The server's tests need PostgreSQL at ${new URL(TEST_POSTGRES_URL).host} (set ORDERZONE_TEST_DATABASE_URL): ${error instanceof Error ? error.message : String(error)}. ` +
        'Start it with `pg_ctlcluster --skip-systemctl-redirect 15 main start`.',
    );
  }
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: urlFor(TEST_POSTGRES_URL, name),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh, migrated database of `kind`. PGlite keeps its data in a temporary folder (`onDisk`,
 * needed when a process opens it too) or in memory.
 */
export async function openTestDatabase(kind: TestDatabaseKind, options: { onDisk?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const created = await createPostgresDatabase();
    const open = () => openDatabase({ kind: 'postgres', url: created.url, maxConnections: 4 });
    let database = await open();
    await database.migrate();
    const test: TestDatabase = {
      kind,
      database,
      db: database.db,
      location: { databaseUrl: created.url },
      disconnect: () => database.close(),
      async reconnect() {
        database = await open();
        test.database = database;
        test.db = database.db;
      },
      async close() {
        await database.close().catch(() => undefined);
        await created.drop();
      },
    };
    return test;
  }
  const folder = options.onDisk ? mkdtempSync(join(tmpdir(), 'oz-pglite-')) : undefined;
  const dataDir = folder ? join(folder, 'data') : 'memory://';
  const open = () => openDatabase({ kind: 'pglite', dataDir });
  let database = await open();
  await database.migrate();
  let connected = true;
  const test: TestDatabase = {
    kind,
    database,
    db: database.db,
    location: { dataDir },
    async disconnect() {
      if (!connected) return;
      connected = false;
      await database.close();
    },
    async reconnect() {
      database = await open();
      connected = true;
      test.database = database;
      test.db = database.db;
    },
    async close() {
      if (connected) await database.close().catch(() => undefined);
      connected = false;
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
  return test;
}
