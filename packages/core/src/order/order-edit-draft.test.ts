import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrderZoneError } from '../errors.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import { createOrderEditDraft } from './order-edit-draft.ts';
import type { EditQuantities, EditQuote } from './order-edit.ts';
import type { Order } from './order-schema.ts';

const money = (amount: number) => ({ amount, currency: 'CNY' });

/** An order of two lines: 2 tees, 1 mug. */
function twoLineOrder(): Order {
  const base = sampleOrder();
  const tee = { ...base.lines[0]!, quantity: 2, total: money(19800) };
  const mug = { ...base.lines[0]!, productId: 'mug', variantId: 'mug', sku: 'MUG', quantity: 1, unitPrice: money(3000), total: money(3000) };
  return { ...base, lines: [tee, mug] };
}

function quoteFor(quantities: EditQuantities, total: number, orderable = true): EditQuote {
  const kept = quantities.flatMap((q, i) => (q > 0 ? [i] : []));
  const lines = kept.map((i) => ({ ...sampleOrder().lines[0]!, quantity: quantities[i]! }));
  return { currency: 'CNY', lines, subtotal: money(total), adjustments: [], total: money(total), shippingOptions: [], orderable, orderLines: kept };
}

/** A quote function the test answers by hand, one call at a time. */
function manualQuotes() {
  const calls: { quantities: EditQuantities; signal: AbortSignal; answer(q: EditQuote): void; fail(e: unknown): void }[] = [];
  const quote = (quantities: EditQuantities, signal: AbortSignal) =>
    new Promise<EditQuote>((resolve, reject) => calls.push({ quantities: [...quantities], signal, answer: resolve, fail: reject }));
  return { calls, quote };
}

describe('createOrderEditDraft', () => {
  it('starts from the order as it is, unquoted and without problems', () => {
    const draft = createOrderEditDraft(twoLineOrder(), { quote: () => Promise.reject(new Error('not asked')) });
    assert.deepEqual(draft.$state.get(), { quantities: [2, 1], quoting: false, errors: [] });
  });

  it('quotes each change, dropping the question before it', async () => {
    const quotes = manualQuotes();
    const draft = createOrderEditDraft(twoLineOrder(), { quote: quotes.quote });
    draft.setQuantity(0, 3);
    assert.equal(draft.$state.get().quoting, true);
    draft.setQuantity(0, 4);
    assert.equal(quotes.calls[0]!.signal.aborted, true);
    quotes.calls[0]!.answer(quoteFor([3, 1], 1));
    quotes.calls[1]!.answer(quoteFor([4, 1], 42600));
    await Promise.resolve();
    await Promise.resolve();
    const state = draft.$state.get();
    assert.deepEqual(state.quantities, [4, 1]);
    assert.equal(state.quoting, false);
    assert.deepEqual(state.quote?.total, money(42600));
  });

  it('removes and puts back lines, but never the last one: that is a cancel', async () => {
    const quotes = manualQuotes();
    const draft = createOrderEditDraft(twoLineOrder(), { quote: quotes.quote });
    assert.equal(draft.remove(1), true);
    assert.deepEqual(draft.$state.get().quantities, [2, 0]);
    assert.equal(draft.remove(0), false);
    assert.deepEqual(draft.$state.get().quantities, [2, 0]);
    assert.deepEqual(draft.$state.get().errors, [{ field: 'lines', code: 'edit_empty' }]);
    draft.restore(1);
    assert.deepEqual(draft.$state.get().quantities, [2, 1]);
    // Back where it started: nothing to quote, and "nothing changed" is not shown as a problem yet.
    assert.deepEqual(draft.$state.get().errors, []);
    assert.equal(draft.$state.get().quote, undefined);
  });

  it('a quantity below 1 removes the line', () => {
    const draft = createOrderEditDraft(twoLineOrder(), { quote: manualQuotes().quote });
    draft.setQuantity(1, 0);
    assert.deepEqual(draft.$state.get().quantities, [2, 0]);
  });

  it('saves with the quoted total once the running quote answered', async () => {
    const quotes = manualQuotes();
    const draft = createOrderEditDraft(twoLineOrder(), { quote: quotes.quote });
    draft.setQuantity(0, 1);
    const saving = draft.prepareSave();
    quotes.calls[0]!.answer(quoteFor([1, 1], 12900));
    assert.deepEqual(await saving, { quantities: [1, 1], total: money(12900) });
  });

  it('refuses to save an unchanged draft, and one the backend cannot fill', async () => {
    const quotes = manualQuotes();
    const draft = createOrderEditDraft(twoLineOrder(), { quote: quotes.quote });
    assert.equal(await draft.prepareSave(), undefined);
    assert.deepEqual(draft.$state.get().errors, [{ field: 'lines', code: 'edit_unchanged' }]);
    draft.setQuantity(0, 9);
    quotes.calls[0]!.answer(quoteFor([9, 1], 92100, false));
    assert.equal(await draft.prepareSave(), undefined);
    assert.equal(draft.$state.get().quoteProblem, 'not_orderable');
  });

  it('keeps a failed quote as the problem and reports it; an aborted one says nothing', async () => {
    const quotes = manualQuotes();
    const reported: string[] = [];
    const draft = createOrderEditDraft(twoLineOrder(), { quote: quotes.quote, onQuoteError: (e) => reported.push(e.code) });
    draft.setQuantity(0, 3);
    draft.setQuantity(0, 4);
    quotes.calls[0]!.fail(new OrderZoneError('aborted', 'dropped'));
    quotes.calls[1]!.fail(new OrderZoneError('network', 'offline'));
    await draft.prepareSave();
    assert.deepEqual(reported, ['network']);
    assert.equal((draft.$state.get().quoteProblem as OrderZoneError).code, 'network');
  });

  it('after price_changed, shows the total the shopper saw and the new one from the refusal', async () => {
    const quotes = manualQuotes();
    const draft = createOrderEditDraft(twoLineOrder(), { quote: quotes.quote });
    draft.setQuantity(0, 3);
    quotes.calls[0]!.answer(quoteFor([3, 1], 32700));
    const save = await draft.prepareSave();
    assert.ok(save);
    const refusal = new OrderZoneError('price_changed', 'total changed', { details: { quote: quoteFor([3, 1], 33000) } });
    assert.equal(await draft.refused(refusal), 'price_changed');
    assert.deepEqual(draft.$state.get().priceChanged, { from: money(32700), to: money(33000) });
    // A new change forgets it.
    draft.setQuantity(0, 2);
    assert.equal(draft.$state.get().priceChanged, undefined);
  });

  it("shows a refusal's field errors on the lines, and leaves other refusals to the view", async () => {
    const draft = createOrderEditDraft(twoLineOrder(), { quote: manualQuotes().quote });
    const invalid = new OrderZoneError('validation', 'no', { fieldErrors: [{ field: 'lines.0.quantity', code: 'invalid_quantity' }] });
    assert.equal(await draft.refused(invalid), 'errors');
    assert.deepEqual(draft.$state.get().errors, [{ field: 'lines.0.quantity', code: 'invalid_quantity' }]);
    assert.equal(await draft.refused(new OrderZoneError('conflict', 'shipped meanwhile')), undefined);
  });
});
