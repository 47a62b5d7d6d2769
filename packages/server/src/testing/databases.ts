/**
 * Databases for the server's tests: every suite runs on PGlite (in memory) and on a real PostgreSQL
 * server, each test file on fresh databases of its own. The PostgreSQL server is the one at
 * `ORDERZONE_TEST_DATABASE_URL` (an admin URL: a database is created per use and dropped after),
 * default `postgres://postgres:postgres@127.0.0.1:5432/postgres` (`.ci/run` starts Debian's).
 * Test-only.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseConfig } from '../db/database.ts';

/** The admin URL of the PostgreSQL server the tests use. */
export const TEST_POSTGRES_URL = process.env.ORDERZONE_TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** The kinds of database every server suite runs on. */
export const DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** A migrated database of its own, and how to get rid of it. */
export interface TestDatabase {
  database: Database;
  /** The configuration it was opened with (a second instance opens the same one). */
  config: DatabaseConfig;
  /** Closes it (and drops a PostgreSQL database). */
  dispose(): Promise<void>;
}

/** A fresh PostgreSQL database on the test server; its URL and how to drop it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `oz_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The server's PostgreSQL tests need a PostgreSQL server at ${TEST_POSTGRES_URL.replace(/:[^:@/]*@/, ':***@')} ` +
        '(set ORDERZONE_TEST_DATABASE_URL, or run .ci/run, which installs and starts Debian\'s postgresql): ' +
        (error instanceof Error ? error.message : String(error)),
    );
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const again = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** A fresh, migrated database of `kind`. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const config: DatabaseConfig = { kind: 'pglite', dataDir: 'memory://' };
    const database = await openDatabase(config);
    await database.migrate();
    return { database, config, dispose: () => database.close() };
  }
  const created = await createPostgresDatabase();
  const config: DatabaseConfig = { kind: 'postgres', url: created.url, maxConnections: 20 };
  const database = await openDatabase(config);
  await database.migrate();
  return {
    database,
    config,
    async dispose() {
      await database.close();
      await created.drop();
    },
  };
}
