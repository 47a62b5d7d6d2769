/**
 * A Node app on @orderzone/server: opens an embedded PGlite database in the folder given as first
 * argument and applies the migrations shipped in the package (twice: the second run finds nothing to do).
 */
import { MIGRATIONS_FOLDER, openDatabase } from '@orderzone/server';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node dist/main.js <data folder>');
const database = await openDatabase({ kind: 'pglite', dataDir });
await database.migrate();
await database.migrate();
const result = (await database.db.execute("select table_name from information_schema.tables where table_schema = 'public' order by table_name")) as unknown as { rows: { table_name: string }[] };
await database.close();
console.log(JSON.stringify({ kind: database.kind, migrationsFolder: MIGRATIONS_FOLDER, tables: result.rows.map((row) => row.table_name) }));
