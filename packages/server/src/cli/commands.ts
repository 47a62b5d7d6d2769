/**
 * The commands of `orderzone-server`, each with its help text. Every command but `serve` opens the
 * database of the settings (`--data`, `DATABASE_URL`: see `config.ts`), applies the migrations not
 * applied yet, does its work and closes it. Changes are audit-logged with the actor `cli`.
 *
 * @module
 */
import { createReadStream, createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { OrderZoneError } from '@orderzone/core';
import { readConfig, type ServerConfig } from '../config.ts';
import { databaseConfig, openDatabase, type Database } from '../db/database.ts';
import { CatalogImportError, formatCatalogIssue } from '../catalog/catalog-issues.ts';
import { catalogFormatOf, exportCatalog, importCatalog } from '../catalog/import-catalog.ts';
import { CLI_ACTOR } from '../admin/audit-log.ts';
import { createMerchantKey, listMerchantKeys, revokeMerchantKey } from '../admin/merchant-keys.ts';
import { restoreBackup, writeBackup } from '../backup/backup.ts';
import { deleteShopperData, exportShopperData } from '../privacy/shopper-data.ts';
import { applyRetention, MAX_RETENTION_DAYS, readRetentionDays } from '../privacy/retention.ts';
import { UsageError, type ArgumentSpec, type ParsedArguments } from './arguments.ts';

/** Where a command writes and what it reads its settings from. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

/** A failure the command explains itself (exit code 1), its message already printed when `printed`. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

/** One command. */
export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** `orderzone-server <usage>`. */
  usage: string;
  /** More lines for `--help`. */
  help: string;
  spec: ArgumentSpec;
  run(args: ParsedArguments, io: CliIo): Promise<void>;
}

/** The flags every command that opens the database takes. */
const DATA_FLAGS = { data: 'value', help: 'switch' } as const;

const DATA_HELP = `Data: the PGlite folder of --data (env ORDERZONE_DATA, default ./.data/orderzone), or the
PostgreSQL server of env DATABASE_URL. Stop a server using a PGlite folder before running a
command on it: PGlite opens a folder in one process at a time.`;

/** A description of where the data is, without a password. */
function whereIs(config: ServerConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/** Opens and migrates the database of the settings, runs `work`, and closes it. */
async function withDatabase<T>(args: ParsedArguments, io: CliIo, work: (database: Database, config: ServerConfig) => Promise<T>): Promise<T> {
  const config = readConfig(io.env, args.flags);
  const database = await openDatabase(databaseConfig({ DATABASE_URL: config.databaseUrl }, config.dataDir));
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFailed(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** Writes `text` to `file`, or to standard output when there is no file. */
function output(io: CliIo, file: string | undefined, text: string): void {
  if (file === undefined || file === '-') io.stdout(text);
  else writeFileSync(file, text);
}

/**
 * The lines of a file, read when the iteration starts: a readline interface loses the lines it reads
 * before someone iterates it, so it is created only then.
 */
async function* fileLines(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}

const serve: Command = {
  name: 'serve',
  summary: 'Run the server (the default command)',
  usage: 'serve [--port <port>] [--data <folder>] [--seed-demo]',
  help: `Serves the REST API under ORDERZONE_BASE_PATH (default /api) and the admin API under
{basePath}/admin, on HOST (default 127.0.0.1) and --port (env PORT, default 8787). Applies the
migrations first. --seed-demo imports the demo catalog into a database that has none.
Stops gracefully on SIGTERM or SIGINT. Settings: see docs/server.md.

${DATA_HELP}`,
  spec: { flags: { port: 'value', data: 'value', 'seed-demo': 'switch', help: 'switch' }, positionals: [] },
  async run(args, io) {
    const config = readConfig(io.env, args.flags);
    // Loaded here, so the other commands start without the HTTP stack.
    const { startServer, closeOnSignals } = await import('../start.ts');
    closeOnSignals(await startServer(config, { seedDemo: args.flags.has('seed-demo') }));
  },
};

const migrate: Command = {
  name: 'migrate',
  summary: 'Apply the database migrations not applied yet',
  usage: 'migrate [--data <folder>]',
  help: `Creates the tables in a new database and updates an older one. The server and every other
command also do it when they start; run it alone to update the schema before starting new instances.

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: [] },
  async run(args, io) {
    await withDatabase(args, io, async (_database, config) => io.stdout(`Migrations applied: ${whereIs(config)} is up to date.\n`));
  },
};

const importCommand: Command = {
  name: 'import',
  summary: 'Import a catalog from a JSON or CSV file',
  usage: 'import <catalog.json|catalog.csv> [--data <folder>]',
  help: `A .json file is a whole catalog (categories, products, pricing, payment methods, countries:
what \`export\` writes) and replaces the catalog. A .csv file has one row per variant and creates
or replaces those products; the shop needs a catalog first. Everything is checked before anything
is written: every problem is listed with its line (CSV) or path (JSON), and then nothing changes.
Columns of the CSV format and a worked example: docs/server.md, "Importing a catalog".

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: ['file'] },
  async run(args, io) {
    const file = args.positionals[0]!;
    const format = catalogFormatOf(file);
    if (!format) throw new UsageError(`${file}: the catalog must be a .json or .csv file`);
    const text = readText(file);
    await withDatabase(args, io, async (database) => {
      try {
        const result = await importCatalog(database.db, { format, text });
        const what =
          result.mode === 'replace'
            ? `${plural(result.categories, 'category', 'categories')}, ${plural(result.products, 'product')} (${plural(result.variants, 'variant')})`
            : `${plural(result.products, 'product')} (${plural(result.variants, 'variant')}) created or replaced`;
        io.stdout(`Imported ${basename(file)}: ${what}; catalog version ${result.catalogVersion}.\n`);
      } catch (error) {
        if (!(error instanceof CatalogImportError)) throw error;
        io.stderr(`orderzone-server: ${basename(file)} was not imported (nothing changed); ${plural(error.issues.length, 'problem')}:\n`);
        for (const issue of error.issues) io.stderr(`  ${formatCatalogIssue(issue)}\n`);
        throw new CommandFailed('', { cause: error });
      }
    });
  },
};

const exportCommand: Command = {
  name: 'export',
  summary: 'Write the catalog as JSON (with the stock on hand now)',
  usage: 'export [file] [--data <folder>]',
  help: `Writes the whole catalog as the JSON that \`import\` reads (to standard output without a file).

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: ['file?'] },
  async run(args, io) {
    await withDatabase(args, io, async (database) => {
      const seed = await exportCatalog(database.db);
      const file = args.positionals[0];
      output(io, file, `${JSON.stringify(seed, null, 2)}\n`);
      if (file !== undefined && file !== '-') io.stdout(`Exported the catalog (${plural(seed.products.length, 'product')}) to ${file}.\n`);
    });
  },
};

const backup: Command = {
  name: 'backup',
  summary: 'Write every table to a backup file',
  usage: 'backup <file> [--data <folder>]',
  help: `Writes every table (catalog, orders, keys, audit log...) as JSON Lines, from one consistent
snapshot: the shop may keep running. Restore it with \`restore\`, also into the other kind of
database (PGlite to PostgreSQL and back).

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: ['file'] },
  async run(args, io) {
    const file = args.positionals[0]!;
    await withDatabase(args, io, async (database) => {
      const stream = createWriteStream(file);
      const failed = once(stream, 'error').then(([error]) => {
        throw new CommandFailed(`cannot write ${file}: ${(error as Error).message}`);
      });
      failed.catch(() => undefined);
      const counts = await Promise.race([
        writeBackup(database.db, async (line) => {
          if (!stream.write(`${line}\n`)) await Promise.race([once(stream, 'drain'), failed]);
        }),
        failed,
      ]);
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
      const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
      io.stdout(`Backed up ${plural(rows, 'row')} of ${plural(Object.keys(counts).length, 'table')} to ${file}.\n`);
    });
  },
};

const restore: Command = {
  name: 'restore',
  summary: 'Restore a backup file into an empty database',
  usage: 'restore <file> [--data <folder>]',
  help: `Restores a file written by \`backup\` into a new (empty) data folder or database, in one
transaction: all of it or nothing.

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: ['file'] },
  async run(args, io) {
    const file = args.positionals[0]!;
    // A missing file is refused before the database is opened (or created).
    if (!existsSync(file)) throw new CommandFailed(`cannot read ${file}: no such file`);
    await withDatabase(args, io, async (database) => {
      const counts = await restoreBackup(database.db, fileLines(file));
      const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
      io.stdout(`Restored ${plural(rows, 'row')} from ${file}.\n`);
    });
  },
};

const createKey: Command = {
  name: 'create-merchant-key',
  summary: 'Create a key for the admin API (shown once)',
  usage: 'create-merchant-key --name <name> [--data <folder>]',
  help: `Creates a merchant key for the admin API (Authorization: Bearer <key>) and prints it once:
the database keeps only its digest. Name it after who or what uses it ("Front desk", "ERP").

${DATA_HELP}`,
  spec: { flags: { ...DATA_FLAGS, name: 'value' }, positionals: [] },
  async run(args, io) {
    const name = args.flags.get('name');
    if (name === undefined) throw new UsageError('--name <name> is required');
    await withDatabase(args, io, async (database) => {
      const { id, key } = await createMerchantKey(database.db, name);
      io.stdout(`Created merchant key ${id} (${JSON.stringify(name.trim())}). The key, shown only this once:\n${key}\nRevoke it with: orderzone-server revoke-merchant-key ${id}\n`);
    });
  },
};

const revokeKey: Command = {
  name: 'revoke-merchant-key',
  summary: 'Revoke a merchant key',
  usage: 'revoke-merchant-key <id> [--data <folder>]',
  help: `Revokes the key with this id (mk_…, see list-merchant-keys): it opens nothing from now on.

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: ['id'] },
  async run(args, io) {
    await withDatabase(args, io, async (database) => {
      const key = await revokeMerchantKey(database.db, args.positionals[0]!);
      io.stdout(`Revoked merchant key ${key.id} (${JSON.stringify(key.name)}).\n`);
    });
  },
};

const listKeys: Command = {
  name: 'list-merchant-keys',
  summary: 'List the merchant keys (never the keys themselves)',
  usage: 'list-merchant-keys [--data <folder>]',
  help: `Lists every merchant key's id, name and dates.

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: [] },
  async run(args, io) {
    await withDatabase(args, io, async (database) => {
      const keys = await listMerchantKeys(database.db);
      if (keys.length === 0) io.stdout('No merchant keys yet: create one with orderzone-server create-merchant-key --name <name>\n');
      for (const key of keys) io.stdout(`${key.id}  ${JSON.stringify(key.name)}  created ${key.createdAt}${key.revokedAt ? `  revoked ${key.revokedAt}` : ''}\n`);
    });
  },
};

const exportShopper: Command = {
  name: 'export-shopper',
  summary: "Write everything the shop holds about a phone number or e-mail (JSON)",
  usage: 'export-shopper <phone|email> [file] [--data <folder>]',
  help: `Writes the shopper's orders, sessions and messages as JSON (to standard output without a
file), for a request under PIPL or GDPR. Audit-logged.

${DATA_HELP}`,
  spec: { flags: DATA_FLAGS, positionals: ['contact', 'file?'] },
  async run(args, io) {
    await withDatabase(args, io, async (database) => {
      const exported = await exportShopperData(database.db, args.positionals[0]!);
      const file = args.positionals[1];
      output(io, file, `${JSON.stringify(exported, null, 2)}\n`);
      if (file !== undefined && file !== '-') io.stdout(`Exported ${plural(exported.orders.length, 'order')}, ${plural(exported.sessions.length, 'session')} and ${plural(exported.messages.length, 'message')} to ${file}.\n`);
    });
  },
};

const deleteShopper: Command = {
  name: 'delete-shopper',
  summary: "Delete a shopper's personal data (orders kept, anonymised)",
  usage: 'delete-shopper <phone|email> [--include-open-orders] [--data <folder>]',
  help: `Anonymises the shopper's orders (kept for accounting: contact, address, notes, typed
personalization and photos become "[deleted]") and deletes their sessions, codes and messages.
Orders still in progress need the address: the deletion is refused while there are any, unless
--include-open-orders. Audit-logged.

${DATA_HELP}`,
  spec: { flags: { ...DATA_FLAGS, 'include-open-orders': 'switch' }, positionals: ['contact'] },
  async run(args, io) {
    await withDatabase(args, io, async (database) => {
      try {
        const deleted = await deleteShopperData(database.db, args.positionals[0]!, { includeOpenOrders: args.flags.has('include-open-orders') });
        io.stdout(
          `Deleted the shopper's data: ${plural(deleted.orders.length, 'order')} anonymised, ${plural(deleted.sessions, 'session')}, ` +
            `${plural(deleted.codes, 'code')} and ${plural(deleted.messages, 'message')} deleted.\n`,
        );
      } catch (error) {
        if (error instanceof OrderZoneError && error.code === 'conflict') throw new CommandFailed(`${error.message} (--include-open-orders)`, { cause: error });
        throw error;
      }
    });
  },
};

const retention: Command = {
  name: 'apply-retention',
  summary: 'Anonymise closed orders older than the retention period',
  usage: 'apply-retention [--days <days>] [--data <folder>]',
  help: `Anonymises closed orders (completed, cancelled, refunded...) unchanged for the retention
period, and deletes messages older than it. The period is --days or env ORDERZONE_RETENTION_DAYS.

${DATA_HELP}`,
  spec: { flags: { ...DATA_FLAGS, days: 'value' }, positionals: [] },
  async run(args, io) {
    const raw = args.flags.get('days');
    if (raw !== undefined && !(/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_RETENTION_DAYS)) throw new UsageError(`--days must be a whole number from 1 to ${MAX_RETENTION_DAYS}`);
    const days = raw !== undefined ? Number(raw) : readRetentionDays(io.env);
    if (days === undefined) {
      io.stdout('No retention period set (ORDERZONE_RETENTION_DAYS or --days): nothing to do.\n');
      return;
    }
    await withDatabase(args, io, async (database) => {
      const report = await applyRetention(database.db, new Date(), { days, actor: CLI_ACTOR });
      io.stdout(
        `Retention of ${plural(days, 'day')}: ${plural(report.orders.length, 'order')} anonymised, ${plural(report.messages, 'message')} deleted, `
        + `${plural(report.rfqs, 'request for quote', 'requests for quote')} deleted and ${report.rfqsAnonymised} anonymised, `
        + `${plural(report.viewedProducts, 'browsing history', 'browsing histories')} deleted.\n`,
      );
    });
  },
};

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [serve, migrate, importCommand, exportCommand, backup, restore, createKey, revokeKey, listKeys, exportShopper, deleteShopper, retention];
