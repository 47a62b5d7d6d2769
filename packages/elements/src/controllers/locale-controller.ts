/**
 * Gives an element its locale and a translator. The locale comes from the element's own `locale`
 * attribute, else its zone's locale. Text comes from the core's errors, the shared element messages, the element's own catalogs (its own
 * text, plus the core's cart notices, field problems, checkout or booking messages when it shows those
 * flows; {@link LocaleController.include} adds catalogs later, for code loaded on demand) and the merchant's
 * overrides, in that order. It also sets the element's `lang` to that locale.
 *
 * Catalogs written with `byLanguage()` (the core's shopping messages, the shared ones, those of the
 * first paint's elements) load one language at a time: the element shows a locale once its
 * language's modules are here. Until then it keeps the language it showed (every text, amount and
 * `lang` at once, never a mix or a key) and says it is busy (`aria-busy="true"`); an element that
 * has shown nothing yet waits ({@link hasText}, {@link languageLoaded}).
 *
 * @module
 */
import { formatMoney, isOrderZoneError, localize, normalizeLocale, type LocalizedText, type Money } from '@orderzone/core';
import { createTranslator } from '@orderzone/core/messages';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { shoppingByLanguage, sharedByLanguage } from '../i18n/first-paint-messages.ts';
import { loadedCatalogs, loadLanguage, messagesLanguage, type ElementMessages } from '../i18n/language-messages.ts';
import { merchantMessages } from '../i18n/shared-messages.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export class LocaleController implements ReactiveController {
  private catalogs: readonly ElementMessages[];
  private readonly getLocale: () => string | undefined;
  /** The locale shown: its language's messages are all here. */
  private shown: string | undefined;
  /** The locale wanted while its language loads. */
  private pending: string | undefined;
  /** The locale whose language could not be fetched. */
  private failed: string | undefined;
  private loads: Promise<void> = Promise.resolve();
  private cachedLocale = '';
  private cachedLayers = -1;
  private translate: Translate = (key) => key;
  private readonly host: ReactiveControllerHost;

  /**
   * @param catalogs the element's own messages, and the core's groups it needs beyond the shopping ones
   * @param getLocale returns the element's `locale` attribute or its zone's locale
   */
  constructor(host: ReactiveControllerHost, catalogs: ElementMessages | readonly ElementMessages[], getLocale: () => string | undefined) {
    this.catalogs = [shoppingByLanguage, sharedByLanguage, ...(Array.isArray(catalogs) ? (catalogs as readonly ElementMessages[]) : [catalogs as ElementMessages])];
    this.getLocale = getLocale;
    this.host = host;
    host.addController(this);
  }

  /**
   * The normalised locale shown: the one wanted once its language's messages are here, until then
   * the one shown before (the wanted one itself when nothing was shown yet).
   */
  get locale(): string {
    const wanted = normalizeLocale(this.getLocale()) ?? 'zh-CN';
    if (wanted === this.shown) {
      this.failed = undefined;
      return wanted;
    }
    if (wanted === this.failed || wanted === this.pending) return this.shown ?? wanted;
    const loading = loadLanguage(this.catalogs, messagesLanguage(wanted));
    if (!loading) {
      this.shown = wanted;
      this.pending = undefined;
      return wanted;
    }
    this.pending = wanted;
    this.loads = loading.then(
      () => {
        if (this.pending === wanted) this.pending = undefined;
        this.host.requestUpdate();
      },
      () => {
        // Not fetched (offline?): keep showing the language shown; asked again on the next switch.
        if (this.pending === wanted) [this.pending, this.failed] = [undefined, wanted];
        this.host.requestUpdate();
      },
    );
    return this.shown ?? wanted;
  }

  /**
   * Adds catalogs the element needs from now on, for text shown by code it loads on demand (what a
   * press does, say), and settles once the language shown has them (rejects when a module could not
   * be fetched; the next call tries again). A switch of language then waits for them too.
   */
  include(catalogs: readonly ElementMessages[]): Promise<void> {
    const added = catalogs.filter((catalog) => !this.catalogs.includes(catalog));
    if (added.length > 0) this.catalogs = [...this.catalogs, ...added];
    const loading = loadLanguage(this.catalogs, messagesLanguage(this.locale));
    if (!loading) {
      // A translator made before the catalogs were added is made again.
      if (added.length > 0) this.cachedLocale = '';
      return Promise.resolve();
    }
    return loading.then(() => {
      this.cachedLocale = '';
      this.host.requestUpdate();
    });
  }

  /** True once the element has a language's messages to show (the first one may still be loading). */
  get hasText(): boolean {
    return this.locale === this.shown;
  }

  /** True while the language of the locale wanted loads. */
  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Settles once the language being loaded is here (or could not be fetched) and the host was asked to render it. */
  get languageLoaded(): Promise<void> {
    return this.loads;
  }

  /**
   * The host's `updateComplete` that also waits, while a language loads, for its messages and the
   * render that shows them: `getUpdateComplete() { return this.i18n.settled(() => super.getUpdateComplete()); }`.
   */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await updateComplete();
    while (this.loading) {
      await this.loads;
      done = await updateComplete();
    }
    return done;
  }

  /**
   * How many sets of the merchant's messages are registered (`registerMessages`). With
   * {@link locale}, it decides every text: a part rendered again only when these change stays right.
   */
  get messageLayers(): number {
    return merchantMessages().length;
  }

  /** Translates a message key. */
  t: Translate = (key, params) => {
    const locale = this.locale;
    const layers = merchantMessages();
    if (locale !== this.cachedLocale || layers.length !== this.cachedLayers) {
      this.translate = createTranslator(locale, ...loadedCatalogs(this.catalogs), ...layers);
      // A translator made before its language arrived is made again once it has.
      this.cachedLocale = locale === this.shown ? locale : '';
      this.cachedLayers = layers.length;
    }
    return this.translate(key, params);
  };

  /** Picks the text for the active locale from catalog data. */
  text = (value: LocalizedText | undefined): string => localize(value, this.locale);

  /**
   * Formats money for the active locale. An amount that is not a safe integer (which `formatMoney`
   * refuses; the REST adapter never lets one through, a custom adapter might) shows as "Price
   * unavailable" (`price.unavailable`), never as "¥NaN" or a rounded figure.
   */
  money = (value: Money, fraction?: 'whole'): string => {
    try {
      return formatMoney(value, this.locale, { fraction });
    } catch (error) {
      if (isOrderZoneError(error) && error.code === 'validation') return this.t('price.unavailable');
      throw error;
    }
  };

  /**
   * An amount for a place as narrow as a calendar day: a fraction of zeros left out (`CN¥428`),
   * the currency named as everywhere else.
   */
  wholeMoney = (value: Money): string => this.money(value, 'whole');

  /**
   * A message with amounts of money in it (the params given as `Money`, each formatted by
   * {@link money}), split around them: text, amount, text, … (the amounts at odd places;
   * `['', 'CN¥79.00', ' each']`, `['单价 ', '¥79.00', '']`). Markup keeps each amount whole in a
   * `<span class="money">`: "From CN¥428.00 / night" may wrap between its words, never inside
   * "CN¥428.00". A product card and a cart line write the three in elements of their own template,
   * with no nested template or comment marker for them (issue 16).
   */
  aroundMoney = (key: string, params: Record<string, string | number | Money>): string[] => {
    const amounts: string[] = [];
    const plain: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'object') {
        plain[name] = `\u0000${amounts.length}\u0000`;
        amounts.push(this.money(value));
      } else plain[name] = value;
    }
    return this.t(key, plain)
      .split('\u0000')
      .map((piece, index) => (index % 2 === 1 ? amounts[Number(piece)]! : piece));
  };

  hostConnected(): void {}

  /**
   * Before each render, the element's `lang` is its locale: screen readers read it in that language,
   * and the browser and the CSS (`:host(:lang(…))`, see the font stack in `tokens`) pick Chinese,
   * Japanese or Korean glyphs for its Han characters even on a page in another language.
   */
  hostUpdate(): void {
    const locale = this.locale;
    if (!(this.host instanceof Element)) return;
    if (this.host.getAttribute('lang') !== locale) this.host.setAttribute('lang', locale);
    // Switching language: busy until the new language's messages are here.
    if (this.pending !== undefined && this.shown !== undefined) this.host.setAttribute('aria-busy', 'true');
    else if (this.host.getAttribute('aria-busy') === 'true' && this.pending === undefined) this.host.removeAttribute('aria-busy');
  }
}
