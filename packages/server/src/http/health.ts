/**
 * Health and readiness, for a load balancer or an orchestrator: `GET /healthz` answers `200` while
 * the process serves requests at all (restart it otherwise); `GET /readyz` answers `200` only when
 * the database answers and has every migration this version ships, else `503` (send it no traffic
 * yet, or no more). Neither says anything about the shop's data.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type Database } from '../db/database.ts';

/** Why the server is not ready. */
export type NotReadyReason = 'database_unreachable' | 'not_migrated' | 'stopping';

/** The answer of the readiness check: `{ ready: true }`, or `{ ready: false }` with the reason (`database_unreachable`, `not_migrated` or `stopping`). */
export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason };

/** How long the readiness check waits for the database. */
export const READINESS_TIMEOUT_MS = 2_000;

/** The time stamp of the newest migration this version ships (drizzle records it when applied). */
function newestShippedMigration(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

/** Whether `database` answers within {@link READINESS_TIMEOUT_MS} and has every shipped migration applied. */
export async function checkReadiness(database: Database): Promise<Readiness> {
  const shipped = newestShippedMigration();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), READINESS_TIMEOUT_MS);
  });
  const applied = (async () => {
    await database.db.execute(sql`select 1`);
    try {
      const result = await database.db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
      const newest = (result as unknown as { rows: { newest: string | number | null }[] }).rows[0]?.newest;
      return newest === null || newest === undefined ? 0 : Number(newest);
    } catch {
      // No migrations table: never migrated.
      return 0;
    }
  })();
  try {
    const outcome = await Promise.race([applied, timeout]);
    if (outcome === 'timeout') return { ready: false, reason: 'database_unreachable' };
    return outcome >= shipped ? { ready: true } : { ready: false, reason: 'not_migrated' };
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  } finally {
    clearTimeout(timer);
    applied.catch(() => undefined);
  }
}
