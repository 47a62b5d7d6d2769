/**
 * `@orderzone/server`: the backend a merchant runs. The REST contract of `docs/backend-contract.md`
 * on PostgreSQL (PGlite embedded by default, a PostgreSQL server with `DATABASE_URL`), with the same
 * order rules as the in-page backend (the engine of `@orderzone/embedded-backend`), an admin API for
 * the merchant, and a command line (`orderzone-server`).
 *
 * @packageDocumentation
 */
export { openDatabase, databaseConfig, MIGRATIONS_FOLDER, type Database, type DatabaseConfig, type Db } from './db/database.ts';
