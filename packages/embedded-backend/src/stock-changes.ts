/**
 * What changed between two stock maps of the engine's state (variant id → units in stock; the state's
 * stock is replaced, never changed in place): what a search follows to keep its in-stock sets up to
 * date instead of working them out again.
 *
 * @module
 */
import type { EngineState } from './engine-state.ts';

/**
 * Those of the variants `ids` whose units differ between `before` and `after` (a variant in one map
 * only counts), or `undefined` once more than `limit` differ (too many to follow one by one). The ids
 * are given (a catalogue's tracked variants) rather than read from the maps: a stock map holds one key
 * per tracked variant, and walking an object of tens of thousands of keys costs far more than looking
 * up as many known ids.
 */
export function changedStockIds(ids: readonly string[], before: EngineState['stock'], after: EngineState['stock'], limit: number): string[] | undefined {
  const changed: string[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i]!;
    if (before[id] === after[id]) continue;
    if (changed.push(id) > limit) return undefined;
  }
  return changed;
}
