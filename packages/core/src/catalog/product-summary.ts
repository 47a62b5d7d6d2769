/**
 * What a catalog page shows of a product (`ProductSummary`), defined once for every backend: the
 * embedded one and the server (which runs the same engine) call {@link summarizeProduct}, and a
 * backend in another language implements the same rules.
 *
 * @module
 */
import type { Product, ProductSummary, Variant } from './catalog-schema.ts';
import { fromPrice, productStockLevel } from './product-rules.ts';
import { summarizeReviews } from './review-summary.ts';

function lowestPricedVariant(product: Product): Variant {
  return product.variants.reduce((low, v) => (v.price.amount < low.price.amount ? v : low));
}

/**
 * A product as a catalog page lists it (`ProductSummary`), the same in every backend: `price` and
 * `priceVaries` are {@link fromPrice} (a stay's cheapest night of any room type, a seated event's
 * cheapest zone, else the cheapest variant; `priceVaries` when prices differ, so a card reads
 * "From ¥79"); `stockLevel` is {@link productStockLevel} of the stock the product carries;
 * `image` the product's first image, else the cheapest variant's; `compareAtPrice` the cheapest
 * variant's when it is higher than its price; `rating` from the reviews; `hasBulkPricing` when a
 * variant has price tiers. A backend calls it with the product as it is now (current stock).
 */
export function summarizeProduct(product: Product): ProductSummary {
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
    hasBulkPricing: product.variants.some((v) => Boolean(v.priceTiers?.length)),
  };
  if (product.subtitle !== undefined) summary.subtitle = product.subtitle;
  const image = product.images[0] ?? lowest.image;
  if (image) summary.image = image;
  if (lowest.compareAtPrice && lowest.compareAtPrice.amount > lowest.price.amount) summary.compareAtPrice = lowest.compareAtPrice;
  const rating = summarizeReviews(product.reviews);
  if (rating) summary.rating = rating;
  return summary;
}
