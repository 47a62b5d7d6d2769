/**
 * A product as a catalog page lists it (`ProductSummary`): its "from" price, stock level, image,
 * compare-at price and rating.
 *
 * @module
 */
import { fromPrice, productStockLevel, summarizeReviews } from '@orderzone/core';
import type { Product, ProductSummary, Variant } from '@orderzone/core';

function lowestPricedVariant(product: Product): Variant {
  return product.variants.reduce((low, v) => (v.price.amount < low.price.amount ? v : low));
}

export function summarize(product: Product): ProductSummary {
  const lowest = lowestPricedVariant(product);
  const from = fromPrice(product);
  const summary: ProductSummary = {
    id: product.id,
    kind: product.kind,
    title: product.title,
    categoryIds: product.categoryIds,
    price: from.price,
    priceVaries: from.varies,
    stockLevel: productStockLevel(product),
    hasBulkPricing: product.variants.some((v) => (v.priceTiers?.length ?? 0) > 0),
  };
  if (product.subtitle !== undefined) summary.subtitle = product.subtitle;
  const image = product.images[0] ?? lowest.image;
  if (image) summary.image = image;
  if (lowest.compareAtPrice && lowest.compareAtPrice.amount > lowest.price.amount) summary.compareAtPrice = lowest.compareAtPrice;
  const rating = summarizeReviews(product.reviews);
  if (rating) summary.rating = rating;
  return summary;
}
