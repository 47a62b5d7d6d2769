/**
 * Locales: normalising tags and picking the right text out of catalog data.
 *
 * @module
 */
import type { LocalizedText } from '../catalog/catalog-schema.ts';

/** The locales OrderZone ships complete messages for. */
export const SUPPORTED_LOCALES = ['zh-CN', 'en-US'] as const;
/** A locale OrderZone ships complete messages for: `zh-CN` or `en-US`. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Regions whose Chinese is written in traditional characters by default. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/** Tags normalised so far (a page meets a handful; the cache starts over past this many). */
const NORMALIZED_TAGS_KEPT = 64;
const normalized = new Map<string, string | undefined>();

/**
 * Normalises a language tag: `zh_CN`, `zh-Hans-CN`, `zh-hans`, `zh`, `zh-SG` → `zh-CN`;
 * `zh-Hant`, `zh-Hant-TW` → `zh-TW` (`zh-Hant-HK`, `zh-HK` → `zh-HK`); `en`, `en_us`, `EN-us` →
 * `en-US` (`en-GB` stays `en-GB`); other well-formed tags are returned canonicalised (`fr-ca` →
 * `fr-CA`). POSIX suffixes such as `.UTF-8` or `@euro` are dropped. An empty or malformed tag gives
 * `undefined`.
 */
export function normalizeLocale(tag: string | null | undefined): string | undefined {
  if (typeof tag !== 'string') return undefined;
  // Every translated text and formatted amount asks for the active locale: work it out once per tag.
  if (normalized.has(tag)) return normalized.get(tag);
  const result = normalizeTag(tag);
  if (normalized.size >= NORMALIZED_TAGS_KEPT) normalized.clear();
  normalized.set(tag, result);
  return result;
}

function normalizeTag(tag: string): string | undefined {
  const cleaned = tag.trim().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (cleaned === '') return undefined;
  let locale: Intl.Locale;
  try {
    // Canonicalised as Intl.getCanonicalLocales() would (the same ECMA-402 step); a malformed tag throws.
    locale = new Intl.Locale(cleaned);
  } catch {
    return undefined;
  }
  if (locale.language === 'zh') {
    const region = locale.region;
    if (locale.script === 'Hant') return `zh-${region ?? 'TW'}`;
    if (locale.script === undefined && region !== undefined && TRADITIONAL_REGIONS.has(region)) return `zh-${region}`;
    return 'zh-CN';
  }
  if (locale.language === 'en' && locale.region === undefined) return 'en-US';
  return locale.toString();
}

/** The language subtag of a tag (`zh` for `zh-CN`), lower-cased. */
function languageOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The text for `locale` from a {@link LocalizedText}: the exact locale (compared after
 * {@link normalizeLocale}, so a `zh` key serves `zh-CN`), then the same language (`zh-TW` →
 * `zh-CN`), then `en-US`, then the first entry. A plain string is returned as it is; `undefined`
 * or an empty map gives `''`.
 */
export function localize(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const exact = text[locale];
  if (exact !== undefined) return exact;
  const entries = Object.entries(text);
  if (entries.length === 0) return '';
  const wanted = normalizeLocale(locale) ?? locale;
  const normalized = entries.find(([key]) => (normalizeLocale(key) ?? key) === wanted);
  if (normalized) return normalized[1];
  const language = languageOf(wanted);
  const sameLanguage = entries.find(([key]) => languageOf(key) === language);
  if (sameLanguage) return sameLanguage[1];
  const english = text['en-US'] ?? entries.find(([key]) => normalizeLocale(key) === 'en-US')?.[1];
  if (english !== undefined) return english;
  return entries[0]![1];
}
