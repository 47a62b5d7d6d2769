/**
 * The demo's merchant key: created on the first start of `npm start` and kept in the demo's data
 * folder (`merchant-key.json`, readable by its owner only), so the merchant console opens with the
 * same key on every start. A kept key the database no longer opens (a new database, a revoked key)
 * is replaced by a new one.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '@orderzone/server';
import { serverPackage } from './server-package.ts';

/** The file in the demo's data folder that holds the key. */
export const MERCHANT_KEY_FILE = 'merchant-key.json';

/** What the file holds. */
interface KeptKey {
  id: string;
  key: string;
}

async function readKept(file: string): Promise<KeptKey | undefined> {
  try {
    const kept = JSON.parse(await readFile(file, 'utf8')) as Partial<KeptKey>;
    return typeof kept.id === 'string' && typeof kept.key === 'string' ? { id: kept.id, key: kept.key } : undefined;
  } catch {
    return undefined;
  }
}

/** The demo's merchant key for `db`: the one kept in `folder` while it opens the admin API, else a new one, kept there. */
export async function demoMerchantKey(db: Db, folder: string): Promise<KeptKey> {
  const { SYSTEM_ACTOR, authenticateMerchantKey, createMerchantKey } = await serverPackage();
  const file = join(folder, MERCHANT_KEY_FILE);
  const kept = await readKept(file);
  if (kept && (await authenticateMerchantKey(db, kept.key))) return kept;
  const created = await createMerchantKey(db, 'Demo merchant console (npm start)', SYSTEM_ACTOR);
  await writeFile(file, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
  return created;
}
