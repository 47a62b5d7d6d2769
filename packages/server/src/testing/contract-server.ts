/**
 * The real server as a backend of the REST contract suite (`@orderzone/core`'s
 * `testing/rest-contract/`): `startServer` with the default shop (the catalog in the database, the
 * engine on PostgreSQL, the simulated payment provider, the message worker, the admin API) on PGlite
 * (in a directory of its own) or on a PostgreSQL database of its own, over real HTTP on a free port,
 * selling the suite's own shop, imported into the database with `importShopSeed` before it starts. The one-time codes it sends
 * are read from capturing message channels; the merchant acts through the server's own service.
 * Test-only; not published.
 *
 * @module
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeContact, type ShopSeed } from '@orderzone/embedded-backend';
import type { BackendHarness } from '../../../core/src/testing/rest-contract/contract-suite.ts';
import type { MessageChannel, OutgoingMessage } from '../messages/message-channel.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { openDatabase, type DatabaseConfig } from '../db/database.ts';
import { startServer } from '../start.ts';
import { createPostgresDatabase, type DatabaseKind } from './databases.ts';

/** Migrates the database of `config` and imports `seed` into it, before the server opens it. */
async function importInto(config: DatabaseConfig, seed: ShopSeed): Promise<void> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    await importShopSeed(database.db, seed);
  } finally {
    await database.close();
  }
}

/** A channel of `kind` that keeps every message handed to it. */
function capturingChannel(kind: MessageChannel['kind'], into: OutgoingMessage[]): MessageChannel {
  return {
    kind,
    name: 'capture',
    async send(message) {
      into.push(message);
    },
  };
}

/** The server on `kind`, for `describeRestContract`. */
export function contractServer(kind: DatabaseKind): BackendHarness {
  return {
    name: `the server on ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}`,
    async start({ now, seed, settings }) {
      if (settings.riskAmountThreshold.currency !== seed.pricing.currency) throw new Error(`The shop sells in ${seed.pricing.currency}.`);
      const created = kind === 'postgres' ? await createPostgresDatabase() : undefined;
      const dataDir = kind === 'pglite' ? await mkdtemp(join(tmpdir(), 'oz-contract-')) : undefined;
      const cleanUp = async () => {
        await created?.drop();
        if (dataDir) await rm(dataDir, { recursive: true, force: true });
      };
      const sent: OutgoingMessage[] = [];
      const server = await importInto(created ? { kind: 'postgres', url: created.url } : { kind: 'pglite', dataDir: dataDir! }, seed).then(() => startServer(
        {
          port: 0,
          host: '127.0.0.1',
          dataDir: dataDir ?? 'memory://',
          basePath: '/api',
          corsOrigins: [],
          // The suite's shoppers say who they are in X-Forwarded-For, as one proxy in front would.
          trustProxy: 1,
          production: false,
          unpaidOrderMinutes: settings.unpaidOrderMinutes,
          risk: { amountThreshold: settings.riskAmountThreshold.amount, maxOrdersPerHourPerContact: settings.riskMaxOrdersPerHourPerContact },
          ...(created ? { databaseUrl: created.url } : {}),
        },
        {
          env: {},
          messageChannels: { sms: capturingChannel('sms', sent), email: capturingChannel('email', sent) },
          logger: () => undefined,
          housekeepingMs: 0,
          now,
        },
      )).catch(async (error: unknown) => {
        await cleanUp();
        throw error;
      });
      return {
        baseUrl: `${server.url}/api`,
        merchant: server.service,
        async sentCodes(destination, count) {
          const to = normalizeContact(destination);
          const codes = () => sent.filter((message) => message.params.code !== undefined && normalizeContact(message.to) === to).map((message) => message.params.code!);
          // The message worker sends them in its own time; woken, it does within a moment (15 s: a guard on a busy machine).
          for (let tries = 0; codes().length < count && tries < 300; tries++) {
            server.messages?.wake();
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          if (codes().length < count) throw new Error(`${count} codes should have been sent to ${destination}; ${codes().length} were.`);
          return codes();
        },
        async stop() {
          await server.close();
          await cleanUp();
        },
      };
    },
  };
}
