/**
 * How the core counts the characters of a text and measures it against a limit, in a module of its
 * own (no schema library), so the catalog's rules (personalization limits), the order texts and the
 * elements' counters count the same way without pulling the contract's schemas into a bundle. See
 * `order-text.ts` for the limit on order texts.
 *
 * @module
 */

/** The length of `text` as a shopper counts it: Unicode code points, so "你好" and "😀" count 2 and 1. */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * How a text measures against a limit of `max` characters: {@link textLength}'s count, the limit,
 * and how many characters it is over (0 when within). What a length counter under a text field shows.
 */
export interface TextMeasure {
  /** Characters (code points) in the text. */
  count: number;
  /** The limit the text was measured against. */
  max: number;
  /** Characters beyond the limit, 0 when the text fits. */
  over: number;
}

/**
 * Measures `text` against a limit of `max` characters, counted as the core's checks count them (code
 * points). The elements set no `maxlength` on fields the core limits, because the browser counts
 * `maxlength` in UTF-16 units and would stop a shopper typing emoji or rare CJK characters at half the
 * limit; their counters show this measure instead ("12 characters over"), and the core's check refuses
 * a longer text with a `too_long` field error.
 */
export function measureText(text: string, max: number): TextMeasure {
  const count = textLength(text);
  return { count, max, over: Math.max(0, count - max) };
}
