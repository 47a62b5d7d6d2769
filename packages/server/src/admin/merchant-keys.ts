/**
 * Merchant keys: what the admin API takes as `Authorization: Bearer <key>`. A key is 256 random
 * bits (`ozk_` and 43 base64url characters), shown once when created; the database keeps only its
 * SHA-256 digest, so a copy of the database opens nothing. A revoked key stays (the audit log names
 * its id) and is refused from then on.
 *
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { OrderZoneError } from '@orderzone/core';
import type { Db } from '../db/database.ts';
import { merchantKeys } from '../db/schema.ts';
import { CLI_ACTOR, writeAudit } from './audit-log.ts';

/** Every key starts with it, so a leaked one is recognisable (secret scanners). */
export const MERCHANT_KEY_PREFIX = 'ozk_';

/** A key as stored: never the key itself. */
export interface MerchantKey {
  /** `mk_` and 16 hex digits: how the audit log and `revoke-merchant-key` name it. */
  id: string;
  name: string;
  /** ISO 8601 date-time. */
  createdAt: string;
  /** ISO 8601 date-time, once revoked. */
  revokedAt?: string;
}

/** The SHA-256 digest of a key, as stored. */
export function merchantKeyDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function toKey(row: typeof merchantKeys.$inferSelect): MerchantKey {
  return {
    id: row.id,
    name: row.name,
    createdAt: new Date(row.createdAt).toISOString(),
    ...(row.revokedAt !== null ? { revokedAt: new Date(row.revokedAt).toISOString() } : {}),
  };
}

/**
 * Creates a key named `name` (who or what uses it: "Front desk", "ERP sync"); answers its id and the
 * key, which is never shown again. Audit-logged as `actor` (default `cli`).
 */
export async function createMerchantKey(db: Db, name: string, actor: string = CLI_ACTOR): Promise<{ id: string; key: string }> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) {
    throw new OrderZoneError('validation', 'A merchant key needs a name of 1 to 100 characters.', { fieldErrors: [{ field: 'name', code: trimmed === '' ? 'required' : 'too_long', params: { max: 100 } }] });
  }
  const id = `mk_${randomBytes(8).toString('hex')}`;
  const key = `${MERCHANT_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  await db.transaction(async (tx) => {
    await tx.insert(merchantKeys).values({ id, name: trimmed, digest: merchantKeyDigest(key) });
    await writeAudit(tx, { actor, action: 'merchant_key.create', details: { id, name: trimmed } });
  });
  return { id, key };
}

/** Revokes the key `id`; `not_found` when there is none, `conflict` when it was revoked already. Audit-logged. */
export async function revokeMerchantKey(db: Db, id: string, actor: string = CLI_ACTOR): Promise<MerchantKey> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(merchantKeys).set({ revokedAt: sql`now()` }).where(and(eq(merchantKeys.id, id), isNull(merchantKeys.revokedAt))).returning();
    if (!row) {
      const [known] = await tx.select({ id: merchantKeys.id }).from(merchantKeys).where(eq(merchantKeys.id, id));
      throw known ? new OrderZoneError('conflict', `The merchant key ${id} is revoked already.`) : new OrderZoneError('not_found', `There is no merchant key ${id}.`);
    }
    await writeAudit(tx, { actor, action: 'merchant_key.revoke', details: { id, name: row.name } });
    return toKey(row);
  });
}

/** The key `key` opens, unless revoked; `undefined` for anything else (a malformed key included). */
export async function authenticateMerchantKey(db: Db, key: string): Promise<MerchantKey | undefined> {
  if (!key.startsWith(MERCHANT_KEY_PREFIX) || key.length > 200) return undefined;
  const [row] = await db.select().from(merchantKeys).where(and(eq(merchantKeys.digest, merchantKeyDigest(key)), isNull(merchantKeys.revokedAt)));
  return row ? toKey(row) : undefined;
}

/** Every key, oldest first, revoked ones included. */
export async function listMerchantKeys(db: Db): Promise<MerchantKey[]> {
  return (await db.select().from(merchantKeys).orderBy(asc(merchantKeys.createdAt), asc(merchantKeys.id))).map(toKey);
}
