/**
 * A variant's name from its chosen option values ("M / Navy"), as the cart and the reference
 * pricing engine both show it.
 *
 * @module
 */
import { localize } from '../i18n/locale.ts';
import type { LocalizedText, Product, Variant } from './catalog-schema.ts';

/**
 * The chosen option values of a variant as text, e.g. `"M / Navy"`, or per locale
 * (`{ 'zh-CN': 'M / 藏青', 'en-US': 'M / Navy' }`) when any label is localized: the map has every
 * locale that appears in the labels, each resolved with {@link localize}. `undefined` for a product
 * without option groups.
 */
export function variantTitle(product: Product, variant: Variant): LocalizedText | undefined {
  const labels: LocalizedText[] = [];
  for (const group of product.optionGroups) {
    const valueId = variant.options[group.id];
    const value = group.values.find((v) => v.id === valueId);
    if (value) labels.push(value.label);
  }
  if (labels.length === 0) return undefined;
  const locales = new Set<string>();
  for (const label of labels) if (typeof label !== 'string') for (const locale of Object.keys(label)) locales.add(locale);
  // No label has locales: every label is a string (TypeScript cannot narrow the array from that).
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  if (locales.size === 0) return labels.join(' / ');
  const title: Record<string, string> = {};
  for (const locale of locales) title[locale] = labels.map((label) => localize(label, locale)).join(' / ');
  return title;
}
