/**
 * "Order again" in `<order-detail>`: what changed since the order (price, stock, gone), then its
 * lines into the cart in one step. The order detail loads this module only when the shopper asks,
 * so the order page carries none of it. Text from its own catalog, with the merchant's overrides.
 *
 * @module
 */
import type { Cart, LocalizedText, Money, ReorderLine } from '@orderzone/core';
import { addReorderToCart } from '@orderzone/core/business';
import { createTranslator } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { merchantMessages } from '../../i18n/shared-messages.ts';
import { reorderPanelMessages } from './reorder-panel.messages.ts';

export { prepareReorder } from '@orderzone/core/business';

/** What the panel needs from `<order-detail>`. */
export interface ReorderPanelContext {
  locale: string;
  plan: readonly ReorderLine[];
  text: (value: LocalizedText | undefined) => string;
  money: (value: Money) => string;
  cart: Cart;
  /** After the lines went to the cart (how many), or the panel was closed (`undefined`). */
  done: (added: number | undefined) => void;
}

/** The changes of a reorder and its "Add to cart" / "Cancel" buttons. */
export function renderReorderPanel(context: ReorderPanelContext): TemplateResult {
  const t = createTranslator(context.locale, reorderPanelMessages, ...merchantMessages());
  const { plan } = context;
  const orderable = plan.filter((line) => line.quantity > 0).length;
  const changed = plan.filter((line) => line.changes.length > 0);
  const describe = (line: ReorderLine): string[] =>
    line.changes.map((change) =>
      change.kind === 'price'
        ? t('reorder.price', { before: context.money(change.before), after: context.money(change.after) })
        : change.kind === 'stock'
          ? change.available === 0 ? t('reorder.sold_out') : t('reorder.stock', { requested: change.requested, available: change.available })
          : t('reorder.unavailable'),
    );
  return html`<section class="card reorder" part="reorder" aria-labelledby="reorder-heading" data-reorder-panel>
    <h3 id="reorder-heading" tabindex="-1">${t('reorder.heading')}</h3>
    ${changed.length === 0
      ? html`<p>${t('reorder.unchanged')}</p>`
      : html`<ul data-reorder-changes>
          ${changed.map((line) => html`<li data-change>${context.text(line.line.title)}: ${describe(line).join(' ')}</li>`)}
        </ul>`}
    <div class="actions">
      ${orderable > 0
        ? html`<button class="button primary" type="button" data-reorder-add @click=${() => context.done(addReorderToCart(context.cart, plan))}>
            ${t('reorder.add', { count: orderable })}
          </button>`
        : nothing}
      <button class="button" type="button" data-reorder-cancel @click=${() => context.done(undefined)}>${t('reorder.cancel')}</button>
    </div>
  </section>`;
}
