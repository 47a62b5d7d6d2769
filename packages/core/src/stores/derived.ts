/**
 * A store worked out from other stores, as nanostores' `computed()` does, on {@link whileListened}:
 * `computed()` brings `nanostores/lifecycle` with it (0.5 KiB brotli as a chunk of their own in the
 * script-tag bundle) for the checkout's requirements and the shopper's history alone.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import { whileListened } from './while-listened.ts';

/**
 * A store of `compute` over the values of `stores`: worked out again when one of them changes while
 * something listens, and on `get()` (when a value changed since). Like `computed()`, a value passed
 * on unchanged (`Object.is`) tells no listener.
 */
export function derived<A extends unknown[], T>(stores: { [K in keyof A]: ReadableAtom<A[K]> }, compute: (...values: A) => T): ReadableAtom<T> {
  const $derived = atom<T>(undefined as T);
  let previous: unknown[] | undefined;
  const update = (): void => {
    const values = stores.map(($store) => $store.get());
    if (previous?.every((value, i) => stores[i]!.eq(value, values[i]))) return;
    previous = values;
    $derived.set(compute(...(values as A)));
  };
  const { get } = $derived;
  $derived.get = () => {
    update();
    return get();
  };
  whileListened($derived, () => {
    const stops = stores.map(($store) => $store.listen(update));
    update();
    return () => stops.forEach((stop) => stop());
  });
  return $derived;
}
