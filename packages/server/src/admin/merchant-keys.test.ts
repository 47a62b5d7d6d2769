import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '@orderzone/core';
import { auditLog, merchantKeys } from '../db/schema.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { authenticateMerchantKey, createMerchantKey, listMerchantKeys, merchantKeyDigest, revokeMerchantKey } from './merchant-keys.ts';

for (const kind of DATABASE_KINDS) {
  describe(`merchant keys on ${kind}`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(kind);
    });
    after(() => test.dispose());

    it('creates a 256-bit key shown once, stores only its digest, and opens the admin API with it until revoked', async () => {
      const { id, key } = await createMerchantKey(test.database.db, '  Front desk ');
      assert.match(id, /^mk_[0-9a-f]{16}$/);
      assert.match(key, /^ozk_[A-Za-z0-9_-]{43}$/);
      assert.equal(Buffer.from(key.slice(4), 'base64url').length, 32);

      const rows = await test.database.db.select().from(merchantKeys);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.digest, merchantKeyDigest(key));
      assert.ok(!JSON.stringify(rows).includes(key.slice(4)), 'the key itself is not stored');

      const opened = await authenticateMerchantKey(test.database.db, key);
      assert.equal(opened?.id, id);
      assert.equal(opened?.name, 'Front desk');
      assert.equal(await authenticateMerchantKey(test.database.db, `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`), undefined);
      assert.equal(await authenticateMerchantKey(test.database.db, 'not a key'), undefined);

      const other = await createMerchantKey(test.database.db, 'ERP sync');
      const revoked = await revokeMerchantKey(test.database.db, id);
      assert.ok(revoked.revokedAt);
      assert.equal(await authenticateMerchantKey(test.database.db, key), undefined);
      assert.equal((await authenticateMerchantKey(test.database.db, other.key))?.id, other.id);
      assert.deepEqual((await listMerchantKeys(test.database.db)).map((k) => [k.id, k.revokedAt !== undefined]), [[id, true], [other.id, false]]);

      await assert.rejects(revokeMerchantKey(test.database.db, id), (error: unknown) => error instanceof OrderZoneError && error.code === 'conflict');
      await assert.rejects(revokeMerchantKey(test.database.db, 'mk_0000000000000000'), (error: unknown) => error instanceof OrderZoneError && error.code === 'not_found');
      await assert.rejects(createMerchantKey(test.database.db, '   '), (error: unknown) => error instanceof OrderZoneError && error.code === 'validation');

      const audit = await test.database.db.select().from(auditLog);
      assert.deepEqual(audit.map((entry) => [entry.actor, entry.action, entry.details]), [
        ['cli', 'merchant_key.create', { id, name: 'Front desk' }],
        ['cli', 'merchant_key.create', { id: other.id, name: 'ERP sync' }],
        ['cli', 'merchant_key.revoke', { id, name: 'Front desk' }],
      ]);
    });
  });
}
