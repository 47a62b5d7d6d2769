import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryStorageGroup, type KeyValueStorage, type RfqDraft } from '@orderzone/core';
import { rfqReference } from '@orderzone/core/rfq';
import { createEmbeddedBackend } from './embedded-backend.ts';
import type { EngineState } from './engine-state.ts';
import { drawReadableNumbers, randomCharactersOf } from '../../core/src/testing/readable-number-draws.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

const now = () => new Date('2026-12-06T08:00:00Z');
const KEY = 'orderzone:tests:embedded-backend';
const NUMBER = /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
const draft = (quantity: number): RfqDraft => ({
  lines: [{ productId: 'paper', variantId: 'paper-a4', quantity }],
  targetDate: '2026-12-20',
  contact: { name: '韩梅梅', phone: '13800138000', email: 'mei@example.com' },
});

const backendOn = (storage: KeyValueStorage) => createEmbeddedBackend({ seed: testShop(), shopId: 'tests', storage, now });
const stored = (storage: KeyValueStorage): EngineState => JSON.parse(storage.get(KEY)!) as EngineState;

/**
 * A browser's state as the version before numbers left it: a signed-in buyer's three requests (the
 * second answered), the first two stored as that version stored them, with no `number`; the third
 * sent since, with its number.
 */
async function stateWithOldRequests(storage: KeyValueStorage): Promise<{ token: string; numbered: string }> {
  const backend = backendOn(storage);
  await backend.requestSignInCode({ channel: 'sms', destination: '13800138000' });
  const { token } = await backend.verifySignInCode({ channel: 'sms', destination: '13800138000', code: backend.engine.outbox()[0]!.code });
  const first = await backend.createRfq(token, draft(100));
  const second = await backend.createRfq(token, draft(200));
  backend.engine.rfqs.answer(second.id, { unitPrices: [{ amount: 1800, currency: 'CNY' }], expiresAt: '2026-12-08T08:00:00Z' });
  const third = await backend.createRfq(token, draft(300));
  backend.dispose();
  const state = stored(storage);
  for (const s of state.rfqs!) if (s.rfq.id !== third.id) delete s.rfq.number;
  storage.set(KEY, JSON.stringify(state));
  assert.deepEqual(stored(storage).rfqs!.map((s) => s.rfq.id), [first.id, second.id, third.id]);
  return { token, numbered: third.number! };
}

describe('requests for quote stored before numbers, in a browser', () => {
  it('get a number when the embedded backend reads them: the same on the next read, in another tab and after a reload; nothing else changes', async () => {
    const group = memoryStorageGroup();
    const storage = group.connect();
    const { token, numbered } = await stateWithOldRequests(storage);
    const before = stored(storage).rfqs!;

    const backend = backendOn(storage);
    const listed = await backend.listRfqs(token);
    assert.deepEqual(listed.map((rfq) => rfq.lines[0]!.quantity), [300, 200, 100], 'newest first');
    const numbers = listed.map((rfq) => rfq.number);
    for (const number of numbers) assert.match(number ?? '', NUMBER);
    assert.equal(numbers[0], numbered, 'a request with a number keeps it');
    assert.equal(new Set(numbers).size, 3, 'each its own');
    assert.deepEqual(listed.map(rfqReference), numbers, 'the buyer reads each by its number, not "#…"');

    assert.deepEqual((await backend.listRfqs(token)).map((rfq) => rfq.number), numbers, 'the next read');
    assert.deepEqual(backend.engine.rfqs.listAll().map((rfq) => rfq.number), numbers, 'the merchant reads the same');
    const otherTab = backendOn(group.connect());
    assert.deepEqual((await otherTab.listRfqs(token)).map((rfq) => rfq.number), numbers, 'another tab');
    backend.dispose();
    otherTab.dispose();
    const reloaded = backendOn(storage);
    assert.deepEqual((await reloaded.listRfqs(token)).map((rfq) => rfq.number), numbers, 'after a reload');
    assert.equal((await reloaded.getRfq(token, listed[2]!.id)).number, numbers[2]);
    reloaded.dispose();

    const after = stored(storage).rfqs!;
    assert.deepEqual(after.map((s) => s.rfq.number), [...numbers].reverse(), 'saved in the browser');
    assert.deepEqual(after.map(({ buyer, rfq: { number: _number, ...rfq } }) => ({ buyer, rfq })), before.map(({ buyer, rfq: { number: _number, ...rfq } }) => ({ buyer, rfq })), 'nothing else changed');
  });

  it('records when a request accepted and not ordered was accepted, as the server\'s migration does', async () => {
    const storage = memoryStorageGroup().connect();
    const backend = backendOn(storage);
    await backend.requestSignInCode({ channel: 'sms', destination: '13800138000' });
    const { token } = await backend.verifySignInCode({ channel: 'sms', destination: '13800138000', code: backend.engine.outbox()[0]!.code });
    const rfq = await backend.createRfq(token, draft(100));
    backend.engine.rfqs.answer(rfq.id, { unitPrices: [{ amount: 1800, currency: 'CNY' }], expiresAt: '2026-12-08T08:00:00Z' });
    const accepted = await backend.acceptRfq(token, rfq.id);
    backend.dispose();
    // As the version before numbers stored it: no number, no acceptedAt.
    const state = stored(storage);
    delete state.rfqs![0]!.rfq.number;
    delete state.rfqs![0]!.rfq.acceptedAt;
    storage.set(KEY, JSON.stringify(state));

    const read = await backendOn(storage).getRfq(token, rfq.id);
    assert.equal(read.status, 'accepted');
    assert.equal(read.acceptedAt, accepted.updatedAt, 'accepting was its last change');
    assert.equal(stored(storage).rfqs![0]!.rfq.acceptedAt, accepted.updatedAt, 'saved in the browser');
  });

  it('never gives one a number another stored request has', async (t) => {
    const storage = memoryStorageGroup().connect();
    const { token, numbered } = await stateWithOldRequests(storage);
    // The oldest request draws the third's number first, then X; the second draws X first.
    const X = '23456789A';
    const undrawn = drawReadableNumbers(t, [numbered, X, X]);
    const numbers = (await backendOn(storage).listRfqs(token)).map((rfq) => rfq.number);
    assert.equal(undrawn(), 0, 'every planned draw was used');
    assert.equal(numbers[0], numbered);
    assert.equal(randomCharactersOf(numbers[2] ?? ''), X, 'the oldest got X, once the third’s number was refused');
    assert.notEqual(numbers[1], numbers[2], 'the second did not get X too');
    assert.match(numbers[1] ?? '', NUMBER);
  });
});
