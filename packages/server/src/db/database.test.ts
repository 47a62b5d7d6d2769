import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from './database.ts';
import { stock } from './schema.ts';

describe('database', () => {
  let database: Database | undefined;
  after(() => database?.close());

  it('opens PGlite, applies the migrations twice without harm, and refuses negative stock', async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await database.migrate();
    await database.migrate();
    await database.db.insert(stock).values({ variantId: 'v1', productId: 'p1', quantity: 3 });
    await assert.rejects(database.db.execute(sql`update stock set quantity = quantity - 5 where variant_id = 'v1'`), (error: Error) =>
      /stock_not_negative/.test(String((error.cause as Error | undefined)?.message ?? error.message)),
    );
    const rows = await database.db.select().from(stock);
    assert.deepEqual(rows, [{ variantId: 'v1', productId: 'p1', quantity: 3 }]);
  });
});
