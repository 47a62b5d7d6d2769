import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/database.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { createOrderEvents, notifyOrderChanged } from './order-events.ts';

/** Resolves with the next call of the returned listener, or rejects after `ms`. */
function nextCall(ms: number): { listener: () => void; called: Promise<void> } {
  let listener = () => undefined as void;
  const called = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not called within ${ms} ms`)), ms);
    listener = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { listener, called };
}

for (const kind of DATABASE_KINDS) {
  describe(`order change notifications (${kind})`, () => {
    let test: TestDatabase;
    let other: Database;
    before(async () => {
      test = await openTestDatabase(kind);
      // Another instance's connection: the same PGlite (one process) or a second pool on the same PostgreSQL database.
      other = test.config.kind === 'postgres' ? await openDatabase(test.config) : test.database;
    });
    after(async () => {
      if (other !== test.database) await other.close();
      await test.dispose();
    });

    it('reaches the subscribers of that order, from another connection, until they unsubscribe or the feed closes', async () => {
      const events = createOrderEvents(test.database);
      const wanted = nextCall(2000);
      let otherOrder = 0;
      const stop = await events.subscribe('OZ-AAAAA-AAAAA', wanted.listener);
      await events.subscribe('OZ-BBBBB-BBBBB', () => otherOrder++);
      assert.equal(events.subscriptions, 2);

      await notifyOrderChanged(other.db, 'OZ-AAAAA-AAAAA');
      await wanted.called;
      assert.equal(otherOrder, 0);

      stop();
      stop();
      assert.equal(events.subscriptions, 1, 'unsubscribing twice counts once');
      let after = 0;
      await events.subscribe('OZ-AAAAA-AAAAA', () => after++);
      const b = nextCall(2000);
      await events.subscribe('OZ-BBBBB-BBBBB', b.listener);
      await notifyOrderChanged(other.db, 'OZ-BBBBB-BBBBB');
      await b.called;
      assert.equal(after, 0);

      assert.equal(events.closed?.aborted, false);
      await events.close();
      assert.equal(events.closed?.aborted, true, 'open streams are told to end');
      await assert.rejects(events.subscribe('OZ-AAAAA-AAAAA', () => undefined));
    });

    it('keeps reaching subscribers after the listening connection is lost, and has them re-read what they missed', { skip: kind !== 'postgres' && 'PGlite runs in this process: its connection cannot be lost' }, async () => {
      const events = createOrderEvents(test.database);
      let resumed = nextCall(15_000);
      await events.subscribe('OZ-EEEEE-EEEEE', () => resumed.listener());
      // What a database restart or a proxy's idle cut does to the listening connection.
      const ended = (await other.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()`,
      )) as unknown as { rows: unknown[] };
      assert.equal(ended.rows.length, 1, 'one listening connection was cut');
      await resumed.called; // told to re-read: a change made while it was deaf would be found
      resumed = nextCall(5000);
      await notifyOrderChanged(other.db, 'OZ-EEEEE-EEEEE');
      await resumed.called;
      await events.close();
    });

    it('is sent only when the transaction that changed the order commits', async () => {
      const events = createOrderEvents(test.database);
      let calls = 0;
      await events.subscribe('OZ-CCCCC-CCCCC', () => calls++);
      await other.db
        .transaction(async (tx) => {
          await notifyOrderChanged(tx, 'OZ-CCCCC-CCCCC');
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      const committed = nextCall(2000);
      await events.subscribe('OZ-DDDDD-DDDDD', committed.listener);
      await other.db.transaction(async (tx) => notifyOrderChanged(tx, 'OZ-DDDDD-DDDDD'));
      await committed.called;
      assert.equal(calls, 0);
      await events.close();
    });
  });
}
