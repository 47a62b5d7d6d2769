/**
 * The description and specifications of `<product-detail>` as a template part. The description
 * is plain text: blank lines separate paragraphs, and nothing in it is ever read as HTML. Specs are
 * a table with row headers.
 *
 * Parts: `description`, `specs`.
 *
 * @module
 */
import type { Product } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** Splits plain text into paragraphs on blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Renders the description and spec sections (each only when there is something to show). */
export function renderProductAbout(product: Product, i18n: LocaleController): TemplateResult {
  const description = paragraphs(i18n.text(product.description));
  return html`${description.length
      ? html`<section class="section description" part="description" aria-labelledby="description-heading">
          <h3 id="description-heading" class="section-heading">${i18n.t('detail.description')}</h3>
          ${description.map((p) => html`<p>${p}</p>`)}
        </section>`
      : nothing}
    ${product.specs.length
      ? html`<section class="section specs" part="specs" aria-labelledby="specs-heading">
          <h3 id="specs-heading" class="section-heading">${i18n.t('detail.specs')}</h3>
          <table class="spec-table">
            <tbody>
              ${product.specs.map((s) => html`<tr><th scope="row">${i18n.text(s.name)}</th><td>${i18n.text(s.value)}</td></tr>`)}
            </tbody>
          </table>
        </section>`
      : nothing}`;
}
