import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryStorage, memoryStorageGroup } from '../storage/key-value-storage.ts';
import { browsingHistoryKey, createBrowsingHistory } from './browsing-history.ts';
import { VIEWED_PRODUCTS_MAX } from './recommendation-limits.ts';

describe('browsing history', () => {
  it('keeps viewed products on the device, newest first, each once', () => {
    const storage = memoryStorage();
    const history = createBrowsingHistory('demo', storage);
    history.record('cotton-tee');
    history.record('power-bank');
    history.record('cotton-tee');
    assert.deepEqual(history.$viewed.get(), ['cotton-tee', 'power-bank']);
    assert.deepEqual(JSON.parse(storage.get(browsingHistoryKey('demo'))!), ['cotton-tee', 'power-bank']);
    // After a reload.
    assert.deepEqual(createBrowsingHistory('demo', storage).$viewed.get(), ['cotton-tee', 'power-bank']);
    // Another shop has its own.
    assert.deepEqual(createBrowsingHistory('other', storage).$viewed.get(), []);
  });

  it('keeps at most the newest ones a request carries', () => {
    const history = createBrowsingHistory('demo', memoryStorage());
    for (let i = 0; i < VIEWED_PRODUCTS_MAX + 5; i += 1) history.record(`p${i}`);
    assert.equal(history.$viewed.get().length, VIEWED_PRODUCTS_MAX);
    assert.equal(history.$viewed.get()[0], `p${VIEWED_PRODUCTS_MAX + 4}`);
  });

  it('clears it from the device, in every tab', () => {
    const group = memoryStorageGroup();
    const tabA = createBrowsingHistory('demo', group.connect());
    const storageB = group.connect();
    const tabB = createBrowsingHistory('demo', storageB);
    tabA.record('cotton-tee');
    assert.deepEqual(tabB.$viewed.get(), ['cotton-tee']);
    tabB.clear();
    assert.deepEqual(tabA.$viewed.get(), []);
    assert.equal(storageB.get(browsingHistoryKey('demo')), null);
  });

  it('reads an unreadable stored history as none', () => {
    const storage = memoryStorage();
    storage.set(browsingHistoryKey('demo'), '{not json');
    assert.deepEqual(createBrowsingHistory('demo', storage).$viewed.get(), []);
    storage.set(browsingHistoryKey('demo'), JSON.stringify(['ok', 7, '']));
    assert.deepEqual(createBrowsingHistory('demo', storage).$viewed.get(), ['ok']);
  });
});
