/**
 * The one limit on free text written on an order — the order note, a refund or return reason, a
 * merchant's note on a decision, the note of return instructions — and the one way it is counted:
 * in characters as a shopper counts them, Unicode code points, so an emoji or a rare CJK character
 * counts once (not twice, as UTF-16 units would). The checkout's validation, the order actions, the
 * contract's schemas (and the `maxLength` of the OpenAPI document, which JSON Schema also counts in
 * code points) and the backends all use it.
 *
 * @module
 */
import * as z from 'zod/mini';

/** Longest free text on an order, in characters (code points) after trimming. */
export const ORDER_TEXT_MAX_LENGTH = 500;

/** The length of `text` as a shopper counts it: Unicode code points. */
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

/**
 * A free text on an order in the contract: at most {@link ORDER_TEXT_MAX_LENGTH} code points (a
 * longer one is a `too_big` issue with that maximum, as `z.maxLength` would give).
 */
export const OrderTextSchema = z.string().check(
  z.check((payload) => {
    if (textLength(payload.value) > ORDER_TEXT_MAX_LENGTH) {
      payload.issues.push({ code: 'too_big', origin: 'string', maximum: ORDER_TEXT_MAX_LENGTH, inclusive: true, input: payload.value, message: `Too long: at most ${ORDER_TEXT_MAX_LENGTH} characters` });
    }
  }),
);
// JSON Schema counts `maxLength` in code points too, so the OpenAPI document states the same limit
// (`buildOpenApiDocument` adds it: a client of the contract never loads zod's registry for it).
