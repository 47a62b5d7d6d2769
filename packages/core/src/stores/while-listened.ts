/**
 * A store that works only while something listens to it (a watched product, the checkout's quote):
 * nanostores' `onMount` in a few lines, since `nanostores/lifecycle` (its events for start, stop, set
 * and notify, 0.6 KiB minified) would be in the core's main entry for this one use.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';

/**
 * How long a store stays started after its last listener left, as nanostores' `onMount` waits
 * (`STORE_UNMOUNT_DELAY`): a listener that comes straight back (a re-render) does not start it again.
 */
export const STOP_DELAY_MS = 1000;

/**
 * Calls `start` when `$store` gets its first listener (`get()` without listeners counts, as with
 * `onMount`), and the function `start` returns once it has had none for {@link STOP_DELAY_MS}.
 * Returns a function that stops watching for listeners (the store is then a plain atom again).
 */
export function whileListened($store: ReadableAtom<unknown>, start: () => () => void): () => void {
  const { listen, off } = $store;
  let started = false;
  let stop: () => void;
  $store.listen = (listener) => {
    if (!$store.lc && !started) {
      // Marked first: `start` may read the store, which listens for a moment.
      started = true;
      stop = start();
    }
    return listen(listener);
  };
  $store.off = () => {
    off();
    setTimeout(() => {
      if (started && !$store.lc) {
        started = false;
        stop();
      }
    }, STOP_DELAY_MS);
  };
  return () => {
    $store.listen = listen;
    $store.off = off;
  };
}
