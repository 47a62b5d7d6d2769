/**
 * Message catalogs and translation: `{name}` placeholders, per-locale catalogs, merchant overrides.
 * The core ships the messages for its own codes (errors, validation, cart notices) in zh-CN and
 * en-US; UI packages add their own catalogs through the same mechanism.
 *
 * @module
 */
import { isBookingConflict, type FieldError, type OrderZoneError } from '../errors.ts';
import { normalizeLocale } from './locale.ts';

/** Message key → template with `{name}` placeholders. */
export type MessageCatalog = Record<string, string>;

/** Locale → catalog. */
export type MessageCatalogs = Record<string, MessageCatalog>;

/**
 * Translates a key with optional `{name}` values; returns the key itself when no catalog has it. A
 * message that depends on a number comes in plural variants (see {@link createTranslator}).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural category (`one`, `other`, and `zero`, `two`, `few`, `many` where the language has them)
 * of `count` in `locale`, by `Intl.PluralRules`: `one` for 1 in English, always `other` in Chinese.
 * An unknown or malformed locale gives `other` for every count but those English calls `one`.
 */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en-US');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The number a message's plural variant follows: `count`, else the only number among the values. */
function pluralCount(params: Record<string, string | number> | undefined): number | undefined {
  if (!params) return undefined;
  if (typeof params['count'] === 'number') return params['count'];
  const numbers = Object.values(params).filter((value): value is number => typeof value === 'number');
  return numbers.length === 1 ? numbers[0] : undefined;
}


/**
 * Fills `{name}` placeholders in `template` with `params`. Placeholders without a value are left
 * as they are, so a missing value is visible rather than silently blank.
 */
export function formatTemplate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}

function languageOf(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/**
 * A translator for `locale` over several catalogs, later ones winning (core, then UI, then the
 * merchant's overrides). Falls back to the same language, then `en-US`; a missing key returns the key.
 *
 * Plurals: a message that depends on a number is written once per plural category of its locale,
 * `<key>.one`, `<key>.other` (and `.few`, `.many`... where the language has them), and asked for by
 * its plain key: `t('cart.items', { count: 1 })` reads `cart.items.one` in English and
 * `cart.items.other` in Chinese, chosen with `Intl.PluralRules` (see {@link pluralCategory}) for the
 * `count` value, or for the only number among the values when there is no `count`. A category a
 * catalog does not have falls back to `<key>.other`, then to the plain `<key>`; without a number
 * (a value given as text) the plain `<key>`, then `<key>.other`, is used.
 *
 * The locale is normalised first (`zh` → `zh-CN`). Layers are merged per locale, so a merchant's
 * `en-US` override does not hide the core's `zh-CN` text from a Chinese shopper. For the same
 * language, a supported locale (`zh-CN`, `en-US`) is preferred over other regions.
 */
export function createTranslator(locale: string, ...layers: MessageCatalogs[]): Translate {
  const wanted = normalizeLocale(locale) ?? locale;
  const merged = new Map<string, MessageCatalog>();
  for (const layer of layers) {
    for (const [tag, catalog] of Object.entries(layer)) {
      const key = normalizeLocale(tag) ?? tag;
      merged.set(key, { ...merged.get(key), ...catalog });
    }
  }
  const language = languageOf(wanted);
  const sameLanguage = [...merged.keys()]
    .filter((tag) => tag !== wanted && languageOf(tag) === language)
    .sort((a, b) => Number(b === 'zh-CN' || b === 'en-US') - Number(a === 'zh-CN' || a === 'en-US'));
  const chain = [...new Set([wanted, ...sameLanguage, 'en-US'])].flatMap((tag) => {
    const catalog = merged.get(tag);
    return catalog ? [{ tag, catalog }] : [];
  });
  return (key, params) => {
    const count = pluralCount(params);
    for (const { tag, catalog } of chain) {
      const template =
        count === undefined ? (catalog[key] ?? catalog[`${key}.other`]) : (catalog[`${key}.${pluralCategory(tag, count)}`] ?? catalog[`${key}.other`] ?? catalog[key]);
      if (template !== undefined) return formatTemplate(template, params);
    }
    return key;
  };
}

/** A number from `details`, or from the first entry of `details.lines`. */
function availableFrom(details: Record<string, unknown>): number | undefined {
  if (typeof details['available'] === 'number') return details['available'];
  const lines = details['lines'];
  if (Array.isArray(lines)) {
    for (const line of lines) {
      if (typeof line !== 'object' || line === null) continue;
      const direct = (line as { available?: unknown }).available;
      if (typeof direct === 'number') return direct;
      const problem = (line as { problem?: { available?: unknown } }).problem;
      if (typeof problem?.available === 'number') return problem.available;
    }
  }
  return undefined;
}


/**
 * A shopper-facing sentence for an error, e.g. "Only 2 left in stock" / "库存仅剩 2 件":
 * `error.<code>`, with these refinements: `rate_limited` says how long to wait when
 * `retryAfterSeconds` is known (in minutes from two minutes on); `out_of_stock` says how many are left when `details.available`
 * (or `available` of the first entry of `details.lines`) is above zero; `validation` with field
 * errors describes the first one; `conflict` about a booking (a slot, night or seat taken, see
 * {@link isBookingConflict}) says so with `error.conflict.booking`. Unknown codes read as `error.server`.
 */
export function describeError(error: OrderZoneError, t: Translate): string {
  switch (error.code) {
    case 'rate_limited': {
      const seconds = error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0 ? Math.ceil(error.retryAfterSeconds) : undefined;
      if (seconds === undefined) return t('error.rate_limited.no_delay');
      // Long waits (too many wrong order numbers) read in minutes, rounded up.
      return seconds >= 120 ? t('error.rate_limited.minutes', { minutes: Math.ceil(seconds / 60) }) : t('error.rate_limited', { seconds });
    }
    case 'out_of_stock': {
      const available = availableFrom(error.details);
      return available !== undefined && available > 0 ? t('error.out_of_stock.available', { available }) : t('error.out_of_stock');
    }
    case 'validation': {
      const [first] = error.fieldErrors;
      return first ? describeFieldError(first, t) : t('error.validation');
    }
    case 'conflict':
      return isBookingConflict(error.details) ? t('error.conflict.booking') : t('error.conflict');
    default: {
      const key = `error.${error.code}`;
      const text = t(key);
      return text === key ? t('error.server') : text;
    }
  }
}

/**
 * A shopper-facing sentence for a field problem, e.g. "请输入有效的手机号": `field.<code>` filled with
 * the error's `params`; a code without a message reads as `field.invalid`, and where `t` has no field
 * messages at all (an element of the first screen, which carries only the errors) as `error.validation`.
 */
export function describeFieldError(error: FieldError, t: Translate): string {
  const key = `field.${error.code}`;
  const text = t(key, error.params);
  if (text !== key) return text;
  const general = t('field.invalid', error.params);
  return general === 'field.invalid' ? t('error.validation') : general;
}

/**
 * A hold's time left as `m:ss` (`9:41`, `0:05`), for `booking.held_for`. Digits are the same in
 * zh-CN and en-US; 0 or less reads `0:00`.
 */
export function formatHoldTime(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
