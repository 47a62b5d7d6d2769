import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserStorage, memoryStorage, memoryStorageGroup } from './key-value-storage.ts';

/** A minimal `Storage` over a Map; `failWrites` makes `setItem` throw like a full quota. */
function fakeLocalStorage(options: { failWrites?: boolean } = {}): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key: string) => values.get(key) ?? null,
    key: (index: number) => [...values.keys()][index] ?? null,
    removeItem: (key: string) => void values.delete(key),
    setItem(key: string, value: string) {
      if (options.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      values.set(key, value);
    },
  };
}

function installWindow(win: unknown): void {
  (globalThis as { window?: unknown }).window = win;
}

function storageEvent(init: { key: string | null; newValue: string | null; storageArea: Storage }): Event {
  return Object.assign(new Event('storage'), init);
}

describe('memoryStorage', () => {
  it('keeps values in memory and says it is not persistent', () => {
    const storage = memoryStorage();
    assert.equal(storage.persistent, false);
    assert.equal(storage.get('a'), null);
    storage.set('a', '1');
    assert.equal(storage.get('a'), '1');
    storage.remove('a');
    assert.equal(storage.get('a'), null);
  });

  it('does not notify its own subscribers of its own writes', () => {
    const storage = memoryStorage();
    const heard: (string | null)[] = [];
    storage.subscribe('a', (v) => heard.push(v));
    storage.set('a', '1');
    assert.deepEqual(heard, []);
  });

  it('keeps two memory storages apart', () => {
    const one = memoryStorage();
    const two = memoryStorage();
    one.set('a', '1');
    assert.equal(two.get('a'), null);
  });
});

describe('memoryStorageGroup', () => {
  it('shares values and notifies the other members of writes and removals, like tabs', () => {
    const group = memoryStorageGroup();
    const tabA = group.connect();
    const tabB = group.connect();
    const heardByA: (string | null)[] = [];
    const heardByB: (string | null)[] = [];
    tabA.subscribe('cart', (v) => heardByA.push(v));
    const stop = tabB.subscribe('cart', (v) => heardByB.push(v));
    tabB.subscribe('other', () => heardByB.push('wrong key'));

    tabA.set('cart', 'x');
    assert.equal(tabB.get('cart'), 'x');
    tabA.remove('cart');
    stop();
    tabA.set('cart', 'y');

    assert.deepEqual(heardByB, ['x', null]);
    assert.deepEqual(heardByA, []);
  });
});

describe('browserStorage', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('falls back to memory where there is no window (Node)', () => {
    const storage = browserStorage();
    assert.equal(storage.persistent, false);
    storage.set('a', '1');
    assert.equal(storage.get('a'), '1');
  });

  it('falls back to memory when localStorage throws on the probe write', () => {
    installWindow(Object.assign(new EventTarget(), { localStorage: fakeLocalStorage({ failWrites: true }) }));
    const storage = browserStorage();
    assert.equal(storage.persistent, false);
    storage.set('a', '1');
    assert.equal(storage.get('a'), '1');
  });

  it('falls back to memory when reading localStorage itself throws (blocked cookies)', () => {
    const win = new EventTarget();
    Object.defineProperty(win, 'localStorage', {
      get() {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    installWindow(win);
    assert.equal(browserStorage().persistent, false);
  });

  it('uses localStorage, leaves no probe behind, and lets quota errors reach the caller', () => {
    const local = fakeLocalStorage();
    installWindow(Object.assign(new EventTarget(), { localStorage: local }));
    const storage = browserStorage();
    assert.equal(storage.persistent, true);
    storage.set('a', '1');
    assert.equal(local.getItem('a'), '1');
    assert.equal(local.length, 1);
    storage.remove('a');
    assert.equal(local.getItem('a'), null);
  });

  it('reports storage events for its key and storage area only', () => {
    const local = fakeLocalStorage();
    const win = Object.assign(new EventTarget(), { localStorage: local });
    installWindow(win);
    const storage = browserStorage();
    const heard: (string | null)[] = [];
    const stop = storage.subscribe('cart', (v) => heard.push(v));

    win.dispatchEvent(storageEvent({ key: 'cart', newValue: 'x', storageArea: local }));
    win.dispatchEvent(storageEvent({ key: 'other', newValue: 'y', storageArea: local }));
    win.dispatchEvent(storageEvent({ key: 'cart', newValue: 'session', storageArea: fakeLocalStorage() }));
    win.dispatchEvent(storageEvent({ key: null, newValue: null, storageArea: local }));
    stop();
    win.dispatchEvent(storageEvent({ key: 'cart', newValue: 'late', storageArea: local }));

    assert.deepEqual(heard, ['x', null]);
  });
});

describe('browserStorage instances of one page', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('tell each other about their writes at once, never themselves, and stop when unsubscribed', () => {
    const local = fakeLocalStorage();
    installWindow(Object.assign(new EventTarget(), { localStorage: local }));
    const zoneA = browserStorage();
    const zoneB = browserStorage();
    const heardByA: (string | null)[] = [];
    const heardByB: (string | null)[] = [];
    zoneA.subscribe('orderzone:tea:cart', (v) => heardByA.push(v));
    const stopB = zoneB.subscribe('orderzone:tea:cart', (v) => heardByB.push(v));
    zoneB.subscribe('orderzone:other:cart', () => heardByB.push('wrong key'));

    zoneA.set('orderzone:tea:cart', 'one line');
    zoneB.set('orderzone:tea:cart', 'two lines');
    zoneA.remove('orderzone:tea:cart');
    stopB();
    zoneA.set('orderzone:tea:cart', 'after B stopped');

    assert.deepEqual(heardByB, ['one line', null]);
    assert.deepEqual(heardByA, ['two lines']);
    assert.equal(local.getItem('orderzone:tea:cart'), 'after B stopped');
  });
});
