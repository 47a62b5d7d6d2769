/**
 * Locales: normalising tags and picking the right text out of catalog data.
 *
 * @module
 */
import type { LocalizedText } from '../catalog/catalog-schema.ts';

/** The locales OrderZone ships complete messages for. */
export const SUPPORTED_LOCALES = ['zh-CN', 'en-US'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Normalises a language tag: `zh_CN`, `zh-Hans-CN`, `zh-hans`, `zh` → `zh-CN`; `en`, `en_us` →
 * `en-US`; other well-formed tags are returned canonicalised (`fr-ca` → `fr-CA`); an empty or
 * malformed tag gives `undefined`.
 */
export function normalizeLocale(_tag: string | null | undefined): string | undefined {
  throw new Error('not implemented');
}

/**
 * The text for `locale` from a {@link LocalizedText}: the exact locale, then the same language
 * (`zh-TW` → `zh-CN`), then `en-US`, then the first entry.
 */
export function localize(_text: LocalizedText | undefined, _locale: string): string {
  throw new Error('not implemented');
}
