/**
 * The counter under a text field the core limits in characters: "12 / 500 characters" while the text
 * fits, "3 characters over" once it does not. The fields set no `maxlength` (the browser counts it in
 * UTF-16 units, so an emoji or a rare CJK character would count twice and cut the text off early);
 * the count and the limit are the core's (`measureText`), and the core's check refuses a text
 * that is over with a `too_long` field error.
 *
 * @module
 */
import type { Translate } from '@orderzone/core';
import type { TextMeasure } from '@orderzone/core/orders';

/**
 * The counter's text for `measure`: the shared `text.over` message when the text is over its limit,
 * else `withinKey` with `{count}` and `{max}`.
 */
export function textCounter(measure: TextMeasure, t: Translate, withinKey: string): string {
  return measure.over > 0 ? t('text.over', { count: measure.over }) : t(withinKey, { count: measure.count, max: measure.max });
}
