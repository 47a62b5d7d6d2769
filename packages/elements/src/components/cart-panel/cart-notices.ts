/**
 * The notices and small states of `<cart-panel>`: a cart recovered or kept in memory only, "Item
 * removed — Undo", the empty cart, and "Clear cart" with its confirmation.
 *
 * @module
 */
import type { CartRecovery, RemovedLine } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** A cart recovered from damaged storage (or with lines dropped), and a cart that will not outlive the page. */
export function renderCartNotices(i18n: LocaleController, recovery: CartRecovery | undefined, persistent: boolean): TemplateResult {
  return html`
    ${recovery
      ? html`<p class="notice" data-notice="recovery">${recovery.code === 'corrupt' ? i18n.t('cart.recovered_corrupt') : i18n.t('cart.lines_dropped', { count: recovery.count })}</p>`
      : nothing}
    ${persistent ? nothing : html`<p class="notice" data-notice="memory">${i18n.t('cart.memory_only')}</p>`}
  `;
}

/** "Item removed — Undo", while the removed line can still come back. */
export function renderUndoBar(i18n: LocaleController, removed: RemovedLine | undefined, onUndo: () => void): TemplateResult | typeof nothing {
  if (!removed) return nothing;
  return html`
    <div class="undo-bar" part="undo">
      <span>${i18n.t('cartPanel.removed_bar', { title: i18n.text(removed.line.seen.title) })}</span>
      <button class="button link" type="button" data-undo @click=${onUndo}>${i18n.t('common.undo')}</button>
    </div>
  `;
}

/** The empty cart (the `empty` slot, by default an illustration and a line of text) and "Continue shopping". */
export function renderEmpty(i18n: LocaleController, onContinue: () => void): TemplateResult {
  return html`
    <div class="empty" part="empty">
      <slot name="empty">
        <svg class="empty-icon" aria-hidden="true" viewBox="0 0 24 24" width="48" height="48" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">
          <circle cx="9" cy="20" r="1.25"></circle>
          <circle cx="18" cy="20" r="1.25"></circle>
          <path d="M2.5 3.5h2.6l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.7a1.5 1.5 0 0 0 1.5-1.1l1.6-6.8H6"></path>
        </svg>
        <h3>${i18n.t('cartPanel.empty_title')}</h3>
        <p>${i18n.t('cartPanel.empty_body')}</p>
      </slot>
      <button class="button primary" type="button" data-continue @click=${onContinue}>${i18n.t('cartPanel.continue_shopping')}</button>
    </div>
  `;
}

/** "Clear cart" (`ask`), or the question it asks first (`confirming`) with Cancel (`cancel`) and Clear (`confirm`). */
export function renderClearRow(i18n: LocaleController, confirming: boolean, ask: () => void, cancel: () => void, confirm: () => void): TemplateResult {
  return html`
    <div class="clear-row">
      ${confirming
        ? html`<div class="clear-confirm" role="group" aria-labelledby="clear-question">
            <p id="clear-question">${i18n.t('cartPanel.clear_question')}</p>
            <button class="button" type="button" data-clear-cancel @click=${cancel}>${i18n.t('cartPanel.clear_cancel')}</button>
            <button class="button primary" type="button" data-clear-confirm @click=${confirm}>${i18n.t('cartPanel.clear_confirm')}</button>
          </div>`
        : html`<button class="button link" type="button" data-clear @click=${ask}>${i18n.t('cartPanel.clear')}</button>`}
    </div>
  `;
}
