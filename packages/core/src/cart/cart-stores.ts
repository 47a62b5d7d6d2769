/**
 * The stores a cart keeps its state in. A zone whose cart's code loads on demand creates them at
 * once (the cart badge follows `$itemCount` from the first paint) and gives them to the cart when
 * its code arrives, so every subscriber keeps the same store.
 *
 * @module
 */
import { atom, type WritableAtom } from 'nanostores';
import type { CartLine, CartRecovery, RemovedLine } from './cart-line.ts';

/** The writable stores behind a cart's `$lines`, `$itemCount`, `$lastRemoved` and `$recovery`. */
export interface CartStores {
  readonly $lines: WritableAtom<readonly CartLine[]>;
  readonly $itemCount: WritableAtom<number>;
  readonly $lastRemoved: WritableAtom<RemovedLine | undefined>;
  readonly $recovery: WritableAtom<CartRecovery | undefined>;
}

/** New, empty cart stores. */
export function createCartStores(): CartStores {
  return {
    $lines: atom<readonly CartLine[]>([]),
    $itemCount: atom(0),
    $lastRemoved: atom<RemovedLine | undefined>(undefined),
    $recovery: atom<CartRecovery | undefined>(undefined),
  };
}
