/**
 * Backups of the whole database, as a file any server of this version or a later one restores:
 * JSON Lines, one header line, one line per row of every table in `db/schema.ts` (the catalog,
 * orders and everything the engine keeps, merchant keys, the audit log...), and an end line with the
 * count, so a file cut short is refused. Binary content (photos) is base64.
 *
 * ```
 * {"format":"orderzone-backup","version":1,"schema":"0000_initial","createdAt":"…","tables":["shop",…]}
 * {"table":"shop","row":{"id":1,"pricing":{…},…}}
 * …
 * {"end":true,"rows":1234}
 * ```
 *
 * A backup is read in one read-only snapshot (`repeatable read`): every table as of one moment, while
 * the shop keeps taking orders. A restore goes into an empty database (migrated first) in one
 * transaction: all of it or nothing. Works the same from PGlite to PostgreSQL and back, so it is
 * also how a shop moves from the embedded database to a PostgreSQL server.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { OrderZoneError } from '@orderzone/core';
import { MIGRATIONS_FOLDER, type Db } from '../db/database.ts';
import * as schema from '../db/schema.ts';
import { CLI_ACTOR, writeAudit } from '../admin/audit-log.ts';

/** The first line of a backup. */
export interface BackupHeader {
  format: 'orderzone-backup';
  version: 1;
  /** The last migration the database had: a server restores backups of its own schema or an older one. */
  schema: string;
  /** ISO 8601 date-time of the snapshot. */
  createdAt: string;
  tables: string[];
}

/** Rows per table, in a backup or a restore. */
export type TableCounts = Record<string, number>;

/** Rows read per query while writing a backup. */
const PAGE = 500;
/** Rows inserted per statement while restoring. */
const BATCH = 100;

/** The last migration of this server: the `schema` its backups carry. */
export function currentSchemaTag(): string {
  return migrationTags().at(-1) ?? '';
}

/** Every table of the schema, by its SQL name. */
export function backupTables(): Map<string, PgTable> {
  const tables = new Map<string, PgTable>();
  for (const value of Object.values(schema)) if (is(value, PgTable)) tables.set(getTableConfig(value).name, value);
  return tables;
}

/** Migration tags in the order they apply. */
function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}

/** The columns of a table's primary key (to page through it in a stable order). */
function keyColumns(table: PgTable): PgColumn[] {
  const config = getTableConfig(table);
  const single = config.columns.filter((column) => column.primary);
  return single.length > 0 ? single : (config.primaryKeys[0]?.columns ?? config.columns);
}

/** JSON can carry every value but bytes: those become `{ "$bytes": "<base64>" }`. */
function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString('base64') } : value;
  return out;
}

function decodeRow(row: Record<string, unknown>, table: PgTable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const config = getTableConfig(table);
  const byProperty = new Map(Object.entries(table as unknown as Record<string, unknown>).filter(([, c]) => config.columns.includes(c as PgColumn)));
  for (const [key, value] of Object.entries(row)) {
    if (!byProperty.has(key)) throw new OrderZoneError('validation', `The backup has a column ${key} that the table ${config.name} does not have.`);
    const bytes = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { $bytes?: unknown }).$bytes === 'string' && (byProperty.get(key) as PgColumn).getSQLType() === 'bytea';
    out[key] = bytes ? new Uint8Array(Buffer.from((value as { $bytes: string }).$bytes, 'base64')) : value;
  }
  return out;
}

/**
 * Writes a backup of `db` line by line to `write` (each line without its line end; wait for it to
 * take the line). Answers the rows per table.
 */
export async function writeBackup(db: Db, write: (line: string) => void | Promise<void>, options: { now?: Date } = {}): Promise<TableCounts> {
  const tables = backupTables();
  return db.transaction(
    async (tx) => {
      const header: BackupHeader = { format: 'orderzone-backup', version: 1, schema: currentSchemaTag(), createdAt: (options.now ?? new Date()).toISOString(), tables: [...tables.keys()] };
      await write(JSON.stringify(header));
      const counts: TableCounts = {};
      let total = 0;
      for (const [name, table] of tables) {
        counts[name] = 0;
        const order = keyColumns(table).map((column) => asc(column));
        for (let offset = 0; ; offset += PAGE) {
          const rows = (await tx.select().from(table).orderBy(...order).limit(PAGE).offset(offset)) as Record<string, unknown>[];
          for (const row of rows) await write(JSON.stringify({ table: name, row: encodeRow(row) }));
          counts[name] += rows.length;
          total += rows.length;
          if (rows.length < PAGE) break;
        }
      }
      await write(JSON.stringify({ end: true, rows: total }));
      return counts;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

function invalidBackup(message: string): OrderZoneError {
  return new OrderZoneError('validation', `This is not a backup this server can restore: ${message}`);
}

/** Rows in the database's tables (to refuse restoring over data). */
async function tablesWithRows(db: Db, tables: Map<string, PgTable>): Promise<string[]> {
  const filled: string[] = [];
  for (const [name, table] of tables) if ((await db.select({ one: sql`1` }).from(table).limit(1)).length > 0) filled.push(name);
  return filled;
}

/**
 * Restores a backup (its lines, in order) into `db`, which must be migrated and empty (`conflict`
 * otherwise, naming the tables with rows). All or nothing: a file that is cut short, of a newer
 * schema, or not a backup (`validation`) writes nothing. Audit-logged as `actor` (default `cli`).
 */
export async function restoreBackup(db: Db, lines: AsyncIterable<string>, options: { actor?: string } = {}): Promise<TableCounts> {
  const tables = backupTables();
  const tags = migrationTags();
  const filled = await tablesWithRows(db, tables);
  if (filled.length > 0) throw new OrderZoneError('conflict', `A backup is restored into an empty database; this one has data (${filled.join(', ')}). Use a new data folder or database.`);

  return db.transaction(async (tx) => {
    let header: BackupHeader | undefined;
    let ended = false;
    const counts: TableCounts = {};
    let pending: { name: string; rows: Record<string, unknown>[] } | undefined;
    const flush = async (): Promise<void> => {
      if (pending && pending.rows.length > 0) await tx.insert(tables.get(pending.name)!).values(pending.rows);
      pending = undefined;
    };
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      if (ended) throw invalidBackup(`line ${lineNumber} comes after the end line.`);
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw invalidBackup(`line ${lineNumber} is not JSON.`);
      }
      if (!header) {
        if (value.format !== 'orderzone-backup' || value.version !== 1) throw invalidBackup('its first line is not an OrderZone backup header.');
        header = value as unknown as BackupHeader;
        if (!tags.includes(header.schema)) throw invalidBackup(`it was made with the schema ${JSON.stringify(header.schema)}, which this server does not know (a newer server made it?).`);
        continue;
      }
      if (value.end === true) {
        await flush();
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
        if (value.rows !== total) throw invalidBackup(`the end line counts ${String(value.rows)} rows, the file has ${total}.`);
        ended = true;
        continue;
      }
      const name = value.table;
      const table = typeof name === 'string' ? tables.get(name) : undefined;
      if (!table || typeof name !== 'string' || value.row === null || typeof value.row !== 'object') throw invalidBackup(`line ${lineNumber} is not a row of a known table.`);
      if (pending?.name !== name || pending.rows.length >= BATCH) await flush();
      pending ??= { name, rows: [] };
      pending.rows.push(decodeRow(value.row as Record<string, unknown>, table));
      counts[name] = (counts[name] ?? 0) + 1;
    }
    if (!header) throw invalidBackup('the file is empty.');
    if (!ended) throw invalidBackup('it ends before its end line (cut short?).');

    // Serial ids go on after the highest one restored.
    for (const [name, table] of tables) {
      for (const column of getTableConfig(table).columns) {
        if (!/Serial/.test(column.columnType)) continue;
        await tx.execute(sql`select setval(pg_get_serial_sequence(${name}, ${column.name}), coalesce(max(${sql.identifier(column.name)}), 0) + 1, false) from ${sql.identifier(name)}`);
      }
    }
    await writeAudit(tx, { actor: options.actor ?? CLI_ACTOR, action: 'backup.restore', details: { createdAt: header.createdAt, schema: header.schema, rows: counts } });
    return counts;
  });
}
