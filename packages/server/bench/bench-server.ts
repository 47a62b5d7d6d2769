/**
 * The server process of `server.bench.ts`: the default shop on the database of `BENCH_DATABASE_URL`
 * (else PGlite in `BENCH_DATA_DIR`), with the demo catalog given stock for every order a run can
 * place, messages delivered to nowhere. Prints `{"url": …}` once it listens; stops on SIGTERM.
 */
import { demoShop } from '@orderzone/embedded-backend';
import { importShopSeed } from '../src/catalog/import-catalog.ts';
import { openDatabase } from '../src/db/database.ts';
import type { MessageChannels } from '../src/messages/message-channel.ts';
import { closeOnSignals, startServer } from '../src/start.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR ?? 'memory://';
const seed = { ...demoShop, products: demoShop.products.map((product) => ({ ...product, variants: product.variants.map((variant) => ({ ...variant, stock: variant.stock === null ? null : 100_000_000 })) })) };
const setup = await openDatabase(databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir });
await setup.migrate();
await importShopSeed(setup.db, seed);
await setup.close();

const discard: MessageChannels = { email: { kind: 'email', name: 'bench', send: async () => undefined }, sms: { kind: 'sms', name: 'bench', send: async () => undefined } };
const server = await startServer(
  { port: 0, host: '127.0.0.1', dataDir, basePath: '/api', corsOrigins: [], trustProxy: 1, production: false, ...(databaseUrl ? { databaseUrl } : {}) },
  { env: {}, messageChannels: discard, logger: () => undefined, housekeepingMs: 0 },
);
closeOnSignals(server, { logger: () => undefined });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
