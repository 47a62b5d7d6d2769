/**
 * The categories of `<product-picker>` as a template part: a row of chips for the top categories
 * ("All" first), and under it the subcategories of the branch the shopper is in; placeholders while
 * the categories load. Also the heading the chosen category gives the picker.
 *
 * Parts: `categories`, `category`.
 *
 * @module
 */
import type { AsyncState, Category } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** The heading: the chosen category's name, or "All products". */
export function headingText(categories: readonly Category[], category: string | undefined, i18n: LocaleController): string {
  const current = category ? categories.find((c) => c.id === category) : undefined;
  return current ? i18n.text(current.name) : i18n.t('picker.heading_all');
}

/** The chips of the categories, `category` pressed; `onChoose` with a category's id, or `undefined` for "All". */
export function renderCategories(
  categories: AsyncState<Category[]> | undefined,
  category: string | undefined,
  i18n: LocaleController,
  onChoose: (id: string | undefined) => void,
): TemplateResult | typeof nothing {
  if (categories?.status === 'loading' && !categories.data) {
    return html`<div class="categories" aria-hidden="true">${[1, 2, 3, 4].map(() => html`<span class="chip skeleton chip-skeleton"></span>`)}</div>`;
  }
  const list = categories && 'data' in categories ? (categories.data ?? []) : [];
  if (list.length === 0) return nothing;
  const known = new Set(list.map((c) => c.id));
  const top = list.filter((c) => !c.parentId || !known.has(c.parentId));
  const current = list.find((c) => c.id === category);
  // The branch the shopper is in: the chosen category, or its parent when a subcategory is chosen.
  const branch = current?.parentId && known.has(current.parentId) ? list.find((c) => c.id === current.parentId) : current;
  const children = branch ? list.filter((c) => c.parentId === branch.id) : [];
  const chip = (id: string | undefined, label: string, pressed: boolean): TemplateResult => html`<li>
    <button type="button" class="chip" part="category" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => onChoose(id)}><span class="chip-label">${label}</span></button>
  </li>`;
  return html`<div class="category-rows">
    <ul class="categories" part="categories" role="list" aria-label=${i18n.t('picker.categories')}>
      ${chip(undefined, i18n.t('picker.category_all'), !current)} ${top.map((c) => chip(c.id, i18n.text(c.name), c.id === branch?.id))}
    </ul>
    ${branch && children.length > 0
      ? html`<ul class="categories subcategories" part="categories subcategories" role="list" aria-label=${i18n.t('picker.subcategories', { name: i18n.text(branch.name) })}>
          ${children.map((c) => chip(c.id, i18n.text(c.name), c.id === current?.id))}
        </ul>`
      : nothing}
  </div>`;
}
