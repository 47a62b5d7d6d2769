/**
 * Databases for the server's tests: every test that touches a database runs on PGlite (in memory)
 * and on a real PostgreSQL server. The PostgreSQL admin URL comes from `ORDERZONE_TEST_DATABASE_URL`
 * (default: the local server, `postgres://postgres:postgres@127.0.0.1:5432/postgres`); each test
 * database is created fresh (`oz_<random>`) and dropped after. Test-only; not published.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseConfig } from '../db/database.ts';

/** The two kinds every database test runs on. */
export const TEST_DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type TestDatabaseKind = (typeof TEST_DATABASE_KINDS)[number];

/** Where the tests' PostgreSQL server is administered (databases are created and dropped there). */
export function testAdminUrl(): string {
  return process.env.ORDERZONE_TEST_DATABASE_URL?.trim() || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
}

/** A fresh, empty PostgreSQL database: its URL, and a function that drops it (ending every connection to it). */
export async function createPostgresDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const admin = testAdminUrl();
  const name = `oz_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** A migrated database of one kind, and how to be rid of it. */
export interface TestDatabase {
  kind: TestDatabaseKind;
  database: Database;
  /** What opened it (`DATABASE_URL` for PostgreSQL, so a second instance can open the same one). */
  config: DatabaseConfig;
  /** Closes it (if still open) and, for PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

/** Opens and migrates a fresh database of `kind`. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const config: DatabaseConfig = { kind: 'pglite', dataDir: 'memory://' };
    const database = await openDatabase(config);
    await database.migrate();
    return { kind, database, config, dispose: () => database.close().catch(() => undefined) };
  }
  const created = await createPostgresDatabase();
  const config: DatabaseConfig = { kind: 'postgres', url: created.url };
  const database = await openDatabase(config);
  await database.migrate();
  return {
    kind,
    database,
    config,
    async dispose() {
      await database.close().catch(() => undefined);
      await created.drop();
    },
  };
}
