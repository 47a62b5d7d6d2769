/**
 * Which option values of a product a shopper cannot choose now (sold out, or no such variant),
 * given the other groups' choices. A module apart from the product rules so that a bundle carries
 * it only with the product page that shows it (the script-tag page's first paint does not).
 *
 * @module
 */
import type { Product, Variant } from './catalog-schema.ts';

/** True when a variant can be bought now (stock untracked or above zero). */
function inStock(variant: Variant): boolean {
  return variant.stock === null || variant.stock > 0;
}

/**
 * For each option group, the values that cannot be chosen given the other groups' current choices
 * (every variant with that value is sold out or does not exist). A group without a current choice
 * does not constrain the others; the group's own choice is ignored when judging its values. Every
 * option group of the product appears in the result, with an empty list when all values are
 * available.
 */
export function unavailableOptionValues(product: Product, selected: Record<string, string>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const group of product.optionGroups) {
    const others = product.optionGroups.filter((g) => g.id !== group.id && selected[g.id] !== undefined && selected[g.id] !== '');
    result[group.id] = group.values
      .filter(
        (value) =>
          !product.variants.some(
            (variant) =>
              inStock(variant) &&
              variant.options[group.id] === value.id &&
              others.every((other) => variant.options[other.id] === selected[other.id]),
          ),
      )
      .map((value) => value.id);
  }
  return result;
}
