/**
 * The variant choice of `<product-detail>`: which variant a product opens on, what choosing an
 * option value selects, and which gallery image a variant shows.
 *
 * @module
 */
import { findVariant, stockLevel, type Image, type Product, type Variant } from '@orderzone/core';

/** The variant a product opens on: the first one in stock, else the first. */
export function firstVariant(product: Product): Variant {
  return product.variants.find((v) => stockLevel(v) !== 'out_of_stock') ?? product.variants[0]!;
}

/**
 * The option values selected after the shopper chooses `valueId` in `groupId`: the other choices
 * kept when a variant has them all, else those of the closest variant with this value (in stock
 * first, then sharing the most choices).
 */
export function chooseOptionValue(product: Product, selected: Readonly<Record<string, string>>, groupId: string, valueId: string): Record<string, string> {
  const next: Record<string, string> = { ...selected, [groupId]: valueId };
  if (findVariant(product, next)) return next;
  // The other choices do not exist with this value: switch to the closest variant that has it.
  const candidates = product.variants.filter((v) => v.options[groupId] === valueId);
  const score = (v: Variant): number =>
    (stockLevel(v) !== 'out_of_stock' ? 100 : 0) + Object.entries(selected).filter(([g, val]) => v.options[g] === val).length;
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  return best ? { ...best.options } : next;
}

/** The gallery's images: the product's, plus a variant's own image when it is not among them. */
export function galleryImages(product: Product, variant: Variant | undefined): Image[] {
  const images = [...product.images];
  if (variant?.image && !images.some((i) => i.url === variant.image!.url)) images.unshift(variant.image);
  return images;
}

/** The gallery index of `variant`'s own image; 0 when it has none. */
export function imageIndexFor(product: Product, variant: Variant | undefined): number {
  if (!variant?.image) return 0;
  const index = galleryImages(product, variant).findIndex((i) => i.url === variant.image!.url);
  return Math.max(0, index);
}
