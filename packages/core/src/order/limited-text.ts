/**
 * A contract text with a limit counted as the core counts text (`textLength`: code points), for the
 * zod schemas: one definition for every limited text (order texts, a review and its moderation),
 * whose limit the OpenAPI document states as `maxLength` (JSON Schema counts in code points too).
 *
 * @module
 */
import * as z from 'zod/mini';
import { textLength } from './text-length.ts';

const limits = new WeakMap<object, number>();

/**
 * A string of at most `max` characters (code points): a longer one is a `too_big` issue with that
 * maximum, as `z.maxLength` would give, but counted as a shopper counts (an emoji or a rare CJK
 * character once, not twice as UTF-16 units would). With `required`, an empty one is refused too.
 */
export function limitedText(max: number, required = false): z.ZodMiniString<string> {
  const schema = z.string().check(
    ...(required ? [z.minLength(1)] : []),
    z.check((payload) => {
      if (textLength(payload.value) > max) {
        payload.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: payload.value, message: `Too long: at most ${max} characters` });
      }
    }),
  );
  limits.set(schema, max);
  return schema;
}

/** The limit of a schema made by {@link limitedText}, for the OpenAPI document's `maxLength`; else `undefined`. */
export function textLimitOf(schema: unknown): number | undefined {
  return typeof schema === 'object' && schema !== null ? limits.get(schema) : undefined;
}
