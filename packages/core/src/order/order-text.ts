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
import { limitedText } from './limited-text.ts';
import { measureText, textLength, type TextMeasure } from './text-length.ts';

/** Longest free text on an order, in characters (code points) after trimming. */
export const ORDER_TEXT_MAX_LENGTH = 500;

export { measureText, textLength, type TextMeasure };

/**
 * A free text on an order in the contract: at most {@link ORDER_TEXT_MAX_LENGTH} code points (a
 * longer one is a `too_big` issue with that maximum, as `z.maxLength` would give).
 */
export const OrderTextSchema = limitedText(ORDER_TEXT_MAX_LENGTH);
// JSON Schema counts `maxLength` in code points too, so the OpenAPI document states the same limit
// (`buildOpenApiDocument` adds it: a client of the contract never loads zod's registry for it).
