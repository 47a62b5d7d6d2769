/**
 * Where code loaded on demand says it starts loading, by name: each part of a zone (`cart`,
 * `checkout`, `bookings`, `account`) as `zone.load()` asks for its code, and whatever else a caller
 * names (an element's own part loaded by `import()`). One listener per page, set by whoever can make
 * that load faster: the script-tag bundle's loader preloads, in one wave, every file the named code
 * imports at any depth, which the browser would otherwise find one level at a time.
 *
 * @module
 */

let listener: ((name: string) => void) | undefined;

/**
 * Calls `heard` with the name of each load of code on demand from now on (replacing the listener
 * before; `undefined` removes it). Only a head start: the code loads whatever the listener does.
 * @internal
 */
export function onCodeLoad(heard: ((name: string) => void) | undefined): void {
  listener = heard;
}

/**
 * Says that the code named `name` starts loading now, just before its `import()`. A listener that
 * throws does not stop the load: it was only a head start.
 * @internal
 */
export function codeLoading(name: string): void {
  try {
    listener?.(name);
  } catch {
    // The load goes on without its head start.
  }
}
