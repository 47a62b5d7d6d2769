/**
 * The identity of a cart line: the same product, variant and personalization always give the same
 * key, whatever the order the personalization fields were filled in.
 *
 * @module
 */

/** Personalization without empty (or blank) values, keys sorted. */
export function normalizePersonalization(values: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!values) return result;
  for (const id of Object.keys(values).sort()) {
    const value = values[id];
    if (typeof value === 'string' && value.trim() !== '') result[id] = value;
  }
  return result;
}

/**
 * The stable key of a line, e.g. to match a quote line to a cart line. It is a JSON array, so no
 * id or personalization text can be mistaken for a separator.
 */
export function cartLineKey(productId: string, variantId: string, personalization: Readonly<Record<string, string>> | undefined): string {
  const normalized = normalizePersonalization(personalization);
  return JSON.stringify([productId, variantId, Object.entries(normalized)]);
}
