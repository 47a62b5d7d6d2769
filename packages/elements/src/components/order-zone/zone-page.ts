/**
 * What `<order-zone>` shows under its header: the element of the page on show (the product grid
 * stays once seen, hidden), the recommendations under a product, and the footer's help entry.
 *
 * @module
 */
import { safeLinkUrl, type Order, type Translate } from '@orderzone/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { loadElement } from '../lazy-elements.ts';
import { pageHelpConfig } from '../order-help/help-defaults.ts';
import type { ZonePage } from './zone-route.ts';

/** What the page on show is rendered from. */
export interface ZonePageState {
  page: ZonePage;
  productId: string | undefined;
  /** The order of the confirmation and order pages. */
  order: Order | undefined;
  /** Once shown, the product grid stays in the page (hidden) so search, filters and page survive a visit to a product. */
  browseSeen: boolean;
}

/** Under a product: bought together with it, related, recently viewed; loaded after the product page. */
function renderRecommendations(productId: string): TemplateResult {
  void loadElement('product-recommendations').catch((error: unknown) => console.error('OrderZone: could not load', 'product-recommendations', error));
  return html`<${staticTag('product-recommendations')} kind="bought_together" product-id=${productId} exportparts="base: recommendations"></${staticTag('product-recommendations')}>
      <${staticTag('product-recommendations')} kind="related" product-id=${productId} exportparts="base: recommendations"></${staticTag('product-recommendations')}>
      <${staticTag('product-recommendations')} kind="recently_viewed" product-id=${productId} exportparts="base: recommendations"></${staticTag('product-recommendations')}>`;
}

/** The element of the page on show, each marked `data-view` with its page. */
export function renderZonePage({ page, productId, order, browseSeen }: ZonePageState): TemplateResult {
  return html`
      ${browseSeen ? html`<${staticTag('product-picker')} data-view="browse" ?hidden=${page !== 'browse'}></${staticTag('product-picker')}>` : nothing}
      ${page === 'product' ? html`<${staticTag('product-detail')} data-view="product" product-id=${productId ?? ''}></${staticTag('product-detail')}>${renderRecommendations(productId ?? '')}` : nothing}
      ${page === 'checkout' ? html`<${staticTag('checkout-form')} data-view="checkout"></${staticTag('checkout-form')}>` : nothing}
      ${page === 'confirmation' ? html`<${staticTag('order-confirmation')} data-view="confirmation" .order=${order}></${staticTag('order-confirmation')}>` : nothing}
      ${page === 'order' ? html`<${staticTag('order-detail')} data-view="order" .order=${order}></${staticTag('order-detail')}>` : nothing}
      ${page === 'lookup' ? html`<${staticTag('order-lookup')} data-view="lookup"></${staticTag('order-lookup')}>` : nothing}
      ${page === 'sign-in' ? html`<${staticTag('sign-in')} data-view="sign-in"></${staticTag('sign-in')}>` : nothing}
      ${page === 'orders' ? html`<${staticTag('order-list')} data-view="orders"></${staticTag('order-list')}>` : nothing}
      ${page === 'help' ? html`<${staticTag('order-help')} data-view="help" topic="general"></${staticTag('order-help')}>` : nothing}
    `;
}

/** Where the footer's help entry leads: the merchant's page, the help view, or nowhere (no help given). */
function helpEntry(helpUrl: string | undefined): { url: string } | { view: 'help' } | undefined {
  const url = helpUrl ? safeLinkUrl(helpUrl) : undefined;
  if (url) return { url };
  return pageHelpConfig() !== undefined ? { view: 'help' } : undefined;
}

/** What the footer is rendered from: the `help-url` and `help-text` attributes, the page on show. */
export interface ZoneFooterOptions {
  helpUrl: string | undefined;
  helpText: string | undefined;
  page: ZonePage;
  t: Translate;
  openHelp: () => void;
}

/** The footer with the help entry; nothing when the shop gives no help. */
export function renderZoneFooter({ helpUrl, helpText, page, t, openHelp }: ZoneFooterOptions): TemplateResult | typeof nothing {
  const entry = helpEntry(helpUrl);
  if (!entry) return nothing;
  const label = helpText?.trim() || t('zone.help');
  return html`<footer class="zone-footer" part="footer">
      <span class="muted">${t('zone.help_intro')}</span>
      ${'url' in entry
        ? html`<a class="help-link" part="help" href=${entry.url} data-help>${label}</a>`
        : html`<button type="button" class="button link help-link" part="help" data-help aria-current=${page === 'help' ? 'page' : nothing} @click=${openHelp}>${label}</button>`}
    </footer>`;
}
