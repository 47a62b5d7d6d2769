/**
 * JSON with object keys sorted at every level, so equal data always gives the same string (cache
 * keys, request fingerprints).
 *
 * @module
 */

/** `JSON.stringify` with object keys sorted at every level; array order is kept. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
