/**
 * Messages loaded one language at a time. A catalog written as {@link byLanguage} has a module per
 * language (`<name>.messages.zh-CN.ts`, `<name>.messages.en-US.ts`); an element loads the one of
 * the language it shows, and the other only when the shopper switches to it (or the page's
 * language changes). The script-tag loader preloads the page's language with the first paint, so
 * the first render already reads in that language.
 *
 * @module
 */
import { normalizeLocale, type MessageCatalog, type MessageCatalogs } from '@orderzone/core';

/** A language OrderZone ships messages in, each in modules of its own. */
export type MessagesLanguage = 'zh-CN' | 'en-US';

/** A catalog whose languages load on demand, one module per language (see {@link byLanguage}). */
export interface LanguageMessages {
  /** Loads a language's module. */
  readonly loaders: Readonly<Record<MessagesLanguage, () => Promise<{ messages: MessageCatalog }>>>;
  /** The languages loaded so far. */
  readonly loaded: Partial<Record<MessagesLanguage, MessageCatalog>>;
  /** The loads under way. */
  readonly loading: Partial<Record<MessagesLanguage, Promise<void>>>;
}

/** What an element's messages may be: both languages at hand, or one module per language. */
export type ElementMessages = MessageCatalogs | LanguageMessages;

/** A catalog with a module per language, each loaded by its `import()` when first needed. */
export function byLanguage(loaders: LanguageMessages['loaders']): LanguageMessages {
  return { loaders, loaded: {}, loading: {} };
}

/**
 * The shipped language whose messages a locale reads: `zh-CN` for any Chinese (the translator
 * falls back to the same language), `en-US` for every other locale (it falls back to English).
 */
export function messagesLanguage(locale: string): MessagesLanguage {
  return (normalizeLocale(locale) ?? locale).toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

function isByLanguage(catalogs: ElementMessages): catalogs is LanguageMessages {
  return 'loaders' in catalogs && 'loaded' in catalogs && typeof (catalogs as LanguageMessages).loaders === 'object';
}

/**
 * `undefined` when every catalog has `language` at hand, else a promise that settles once they all
 * have (and rejects when a module could not be fetched; the next call tries again).
 */
export function loadLanguage(catalogs: readonly ElementMessages[], language: MessagesLanguage): Promise<void> | undefined {
  const missing = catalogs.filter((catalog): catalog is LanguageMessages => isByLanguage(catalog) && !catalog.loaded[language]);
  if (missing.length === 0) return undefined;
  return Promise.all(
    missing.map((catalog) => {
      const loading = (catalog.loading[language] ??= catalog.loaders[language]().then(
        (module) => void (catalog.loaded[language] = module.messages),
        (error: unknown) => {
          delete catalog.loading[language];
          throw error;
        },
      ));
      return loading;
    }),
  ).then(() => undefined);
}

/** The catalogs as the translator takes them, each with the languages loaded so far. */
export function loadedCatalogs(catalogs: readonly ElementMessages[]): MessageCatalogs[] {
  return catalogs.map((catalog) => (isByLanguage(catalog) ? (catalog.loaded as MessageCatalogs) : catalog));
}
