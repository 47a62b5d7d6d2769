/**
 * JSON with object keys sorted at every level, so equal data always gives the same string (cache
 * keys, request fingerprints).
 *
 * @module
 */

/** `JSON.stringify` with object keys sorted at every level; array order is kept. */
export function stableJson(value: unknown): string {
  // The keys of one object are never equal: the comparison needs no third case.
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
