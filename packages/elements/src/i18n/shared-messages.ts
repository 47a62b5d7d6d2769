/**
 * Messages used by several elements (common buttons, states, price and rating labels) are in
 * `shared-messages.<language>.ts` (both in `shared-catalogs.ts`), each loaded when shown. Each
 * component adds its own catalog in `<name>.messages.ts`; merchants override any key with
 * `registerMessages()`, here.
 *
 * @module
 */
import type { MessageCatalogs, Translate } from '@orderzone/core';
import type { TextMeasure } from '@orderzone/core/orders';
const merchantLayers: MessageCatalogs[] = [];

/**
 * Overrides or adds messages for any locale, e.g. `registerMessages({ 'en-US': { 'cartPanel.checkout': 'Pay now' } })`
 * or a whole new locale. Elements pick the change up on their next render.
 */
export function registerMessages(catalogs: MessageCatalogs): void {
  merchantLayers.push(catalogs);
}

/** The merchant's overrides, applied last. */
export function merchantMessages(): readonly MessageCatalogs[] {
  return merchantLayers;
}

/**
 * The counter under a text field the core limits in characters: `withinKey` ("12 / 500 characters",
 * with `{count}` and `{max}`) while the text fits, the shared `text.over` ("3 characters over") once
 * it does not. The fields set no `maxlength` (the browser counts it in UTF-16 units, so an emoji or a
 * rare CJK character would count twice and cut the text off early); the count and the limit are the
 * core's (`measureText`), and the core's check refuses a text that is over with a `too_long` field
 * error. Here, beside the message it shows, so it is in the bundle's main chunk, not a chunk of its own.
 */
export function textCounter(measure: TextMeasure, t: Translate, withinKey: string): string {
  return measure.over > 0 ? t('text.over', { count: measure.over }) : t(withinKey, { count: measure.count, max: measure.max });
}
