/**
 * Numbers for the requests for quote a browser kept from before requests had them. An in-page demo
 * keeps its state in `localStorage`; requests saved there by an earlier version have no `number`
 * and would show as "Request #4731FB" (`rfqReference`) forever. The embedded backend gives each one
 * when it reads that state and saves it at once, so it keeps that number, as the server's migration
 * `0005_rfq_numbers` does for its rows. As that migration does too, a request accepted and not
 * ordered gets its `acceptedAt` (accepting was its last change): without it, a request whose prices
 * lapsed after the buyer accepted them reads as one the merchant may answer again.
 *
 * @module
 */
import { createRfqNumber } from '@orderzone/core/rfq';
import type { EngineState } from './engine-state.ts';
import type { EngineFactory } from './engine-store.ts';
import { unusedNumber } from './unused-number.ts';

/**
 * `state` with a number for each stored request that has none, each its own (unique among the
 * stored requests, made like a new request's), and `acceptedAt` for such a request accepted and not
 * ordered; nothing else changed.
 */
function withRfqNumbers(state: EngineState): EngineState {
  const stored = state.rfqs ?? [];
  const taken = new Set(stored.map((s) => s.rfq.number));
  const rfqs = stored.map((s) => {
    if (s.rfq.number !== undefined) return s;
    const number = unusedNumber(createRfqNumber, (candidate) => taken.has(candidate));
    taken.add(number);
    const acceptedAt = s.rfq.status === 'accepted' && s.rfq.acceptedAt === undefined && s.rfq.orderNumber === undefined ? { acceptedAt: s.rfq.updatedAt } : {};
    return { ...s, rfq: { ...s.rfq, number, ...acceptedAt } };
  });
  return { ...state, rfqs };
}

/**
 * `open` (the embedded backend's engine over a stored state), numbering first the requests kept
 * from before numbers: the numbered state is saved (`onChange`) before the engine is handed out, so
 * the next read, a reload and the shop's other tabs find the same numbers. A state whose requests
 * all have one is opened once, as it is.
 */
export function numberingStoredRfqs(open: EngineFactory): EngineFactory {
  return (state, onChange) => {
    const engine = open(state, onChange);
    if (engine.rfqs.listAll().every((rfq) => rfq.number !== undefined)) return engine;
    const numbered = withRfqNumbers(engine.snapshot());
    onChange(numbered);
    return open(numbered, onChange);
  };
}
