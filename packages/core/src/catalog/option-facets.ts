/**
 * Which option groups a catalog listing offers as filters, and how groups of different products
 * merge into one filter: the one rule every backend and the filter panel follow.
 *
 * - Groups of the same id merge into one facet only when their values are in the same unit: a
 *   bottle's "Capacity" (350 ml, 500 ml) and a power bank's "Capacity" (10000 mAh) are two facets,
 *   "Capacity (ml)" and "Capacity (mAh)" ({@link optionGroupUnit}, {@link facetKey}, {@link nameWithUnit}).
 * - The panel offers a facet when it applies to what is listed ({@link offeredFacets}): at least two
 *   listed products have the group, and only values that would list something are offered; a
 *   facet or value the shopper has chosen always stays, so it can be undone.
 *
 * @module
 */
import type { LocalizedText } from './primitive-schemas.ts';
import type { OptionFacet, OptionGroup } from './catalog-schema.ts';

/** A number, then a unit made of letters (`ml`, `mAh`, `GB`, `cm`, `毫升`), nothing else. */
const NUMBER_WITH_UNIT = /^\s*[+-]?\d[\d.,\s]*?\s*([\p{L}µ°][\p{L}\d²³/.]*)\s*$/u;

/** The text a unit is read from: English when there is one (units are the same in most languages), else the first. */
function unitSource(label: LocalizedText): string {
  if (typeof label === 'string') return label;
  return label['en-US'] ?? label.en ?? Object.values(label)[0] ?? '';
}

/**
 * The unit an option value's label is measured in: `"350 ml"` → `"ml"`, `"10000 mAh"` → `"mAh"`;
 * `undefined` when the label is not a number followed by a unit (`"M"`, `"Navy"`, `"M (EU 35–39)"`).
 */
export function optionValueUnit(label: LocalizedText): string | undefined {
  return NUMBER_WITH_UNIT.exec(unitSource(label))?.[1];
}

/** The unit all values of `group` share (`"ml"`), or `''` when they have none or differ. */
export function optionGroupUnit(group: Pick<OptionGroup, 'values'>): string {
  const units = new Set(group.values.map((v) => optionValueUnit(v.label) ?? ''));
  return units.size === 1 ? [...units][0]! : '';
}

/** The key products' groups merge under in one facet: the group's id and its unit. */
export function facetKey(group: Pick<OptionGroup, 'id' | 'values'>): string {
  const unit = optionGroupUnit(group);
  return unit ? `${group.id} (${unit})` : group.id;
}

/** A facet's name with its unit, in every language it is written in: "Capacity (ml)", "容量（ml）". */
export function nameWithUnit(name: LocalizedText, unit: string): LocalizedText {
  const add = (text: string, locale: string): string => (/^(zh|ja)\b/i.test(locale) ? `${text}（${unit}）` : `${text} (${unit})`);
  if (typeof name === 'string') return add(name, '');
  return Object.fromEntries(Object.entries(name).map(([locale, text]) => [locale, add(text, locale)]));
}

/**
 * The facets a filter panel shows for a listing: a facet applies to what is listed when at least two
 * of the listed products have its group (`products`; when a backend does not say, the largest value
 * count stands in), and of its values only those that would list something (`count > 0`) are
 * offered. What the shopper chose (`selected`: group id → value ids, as in the catalog query) is
 * always kept, with its facet, so it can be unchosen. The facets keep the backend's order.
 */
export function offeredFacets(facets: readonly OptionFacet[], selected: Readonly<Record<string, readonly string[]>> = {}): OptionFacet[] {
  const offered: OptionFacet[] = [];
  for (const facet of facets) {
    const chosen = selected[facet.groupId] ?? [];
    const values = facet.values.filter((v) => v.count > 0 || chosen.includes(v.id));
    const anyChosen = values.some((v) => chosen.includes(v.id));
    const products = facet.products ?? Math.max(0, ...facet.values.map((v) => v.count));
    if (values.length > 0 && (anyChosen || products >= 2)) offered.push({ ...facet, values });
  }
  return offered;
}
