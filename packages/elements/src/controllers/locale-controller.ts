/**
 * Gives an element its locale and a translator. The locale comes from the element's own `locale`
 * attribute, else its zone's locale. Text comes from the core's shopping messages (errors, general
 * field problems, cart notices), the shared element messages, the element's own catalogs (its own
 * text, plus the core's checkout or booking messages when it shows those flows) and the merchant's
 * overrides, in that order. It also sets the element's `lang` to that locale.
 *
 * @module
 */
import { formatMoney, isOrderZoneError, localize, normalizeLocale, type LocalizedText, type MessageCatalogs, type Money } from '@orderzone/core';
import { createTranslator, shoppingMessages } from '@orderzone/core/messages';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { merchantMessages, sharedMessages } from '../i18n/shared-messages.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export class LocaleController implements ReactiveController {
  private readonly catalogs: readonly MessageCatalogs[];
  private readonly getLocale: () => string | undefined;
  private cachedLocale = '';
  private cachedLayers = -1;
  private translate: Translate = (key) => key;
  private readonly host: ReactiveControllerHost;

  /**
   * @param catalogs the element's own messages, and the core's groups it needs beyond the shopping ones
   * @param getLocale returns the element's `locale` attribute or its zone's locale
   */
  constructor(host: ReactiveControllerHost, catalogs: MessageCatalogs | readonly MessageCatalogs[], getLocale: () => string | undefined) {
    this.catalogs = Array.isArray(catalogs) ? catalogs : [catalogs];
    this.getLocale = getLocale;
    this.host = host;
    host.addController(this);
  }

  /** The active normalised locale. */
  get locale(): string {
    return normalizeLocale(this.getLocale()) ?? 'zh-CN';
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
      this.translate = createTranslator(locale, shoppingMessages, sharedMessages, ...this.catalogs, ...layers);
      this.cachedLocale = locale;
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
  money = (value: Money): string => {
    try {
      return formatMoney(value, this.locale);
    } catch (error) {
      if (isOrderZoneError(error) && error.code === 'validation') return this.t('price.unavailable');
      throw error;
    }
  };

  /**
   * An amount for a place as narrow as a calendar day: a fraction of zeros left out (`CN¥428`),
   * the currency named as everywhere else.
   */
  wholeMoney = (value: Money): string => {
    try {
      return formatMoney(value, this.locale, { fraction: 'whole' });
    } catch (error) {
      if (isOrderZoneError(error) && error.code === 'validation') return this.t('price.unavailable');
      throw error;
    }
  };

  /**
   * A message with amounts of money in it (the params given as `Money`), each formatted by
   * {@link money} and kept whole in a `<span class="money">`: "From CN¥428.00 / night" may wrap
   * between its words, never inside "CN¥428.00".
   */
  withMoney = (key: string, params: Record<string, string | number | Money>): TemplateResult => {
    const amounts: string[] = [];
    const plain: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'object') {
        plain[name] = `\u0000${amounts.length}\u0000`;
        amounts.push(this.money(value));
      } else plain[name] = value;
    }
    const pieces = this.t(key, plain).split('\u0000');
    return html`${pieces.map((piece, index) => (index % 2 === 1 ? html`<span class="money">${amounts[Number(piece)]}</span>` : piece))}`;
  };

  hostConnected(): void {}

  /**
   * Before each render, the element's `lang` is its locale: screen readers read it in that language,
   * and the browser and the CSS (`:host(:lang(…))`, see the font stack in `tokens`) pick Chinese,
   * Japanese or Korean glyphs for its Han characters even on a page in another language.
   */
  hostUpdate(): void {
    const locale = this.locale;
    if (this.host instanceof Element && this.host.getAttribute('lang') !== locale) this.host.setAttribute('lang', locale);
  }
}
