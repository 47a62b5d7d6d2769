/**
 * A product card as a template part of `<product-picker>`: image, title (a real button that opens
 * the product), subtitle, rating, price ("From" when variants differ, the compare-at price struck
 * through with a spoken "Was"), stock and bulk-pricing badges. Stock is always written out, never
 * shown by colour alone. Bookable products say how they are priced ("From ¥480 / night", "From ¥45
 * / seat") and how they are booked ("Book a time", "Book dates", "Choose seats", or "Fully booked")
 * in place of the stock badge.
 *
 * Parts: `card`, `card-image`, `card-title`, `price`, `badge`.
 *
 * @module
 */
import { safeImageUrl, type Money, type ProductKind, type ProductSummary, type StockLevel } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../directives/css-properties.ts';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderRatingSummary } from './rating-stars.ts';

/** The shared message of each stock level. */
export const STOCK_KEYS: Record<StockLevel, string> = {
  in_stock: 'stock.in_stock',
  low_stock: 'stock.low_stock',
  out_of_stock: 'stock.out_of_stock',
};

/** How a bookable kind's "from" price is read: per night for stays, per seat for seats. */
const PRICE_UNIT_KEYS: Partial<Record<ProductKind, string>> = {
  stay: 'picker.price_per_night',
  seats: 'picker.price_per_seat',
};

/** What the badge of a bookable product says while it can be booked. */
const BOOK_KEYS: Partial<Record<ProductKind, string>> = {
  time_slot: 'picker.book.time_slot',
  stay: 'picker.book.stay',
  seats: 'picker.book.seats',
};

/**
 * How a product's lowest price reads before a variant is chosen: "¥79", "From ¥79" when prices vary,
 * "From ¥480 / night" for a stay, "From ¥45 / seat" for seats (keys of `product-picker.messages.ts`).
 */
export function fromPriceText(from: { price: Money; varies: boolean }, kind: ProductKind | undefined, i18n: LocaleController): string {
  const price = i18n.money(from.price);
  const unitKey = PRICE_UNIT_KEYS[kind ?? 'goods'];
  if (unitKey) return i18n.t(unitKey, { price });
  return from.varies ? i18n.t('price.from', { price }) : price;
}

/** A card's price: its "from" price as {@link fromPriceText} reads it. */
export function priceText(product: ProductSummary, i18n: LocaleController): string {
  return fromPriceText({ price: product.price, varies: product.priceVaries }, product.kind, i18n);
}

/** What a card says about stock: the level for goods; how a bookable product is booked, or "Fully booked". */
export function availabilityText(product: ProductSummary, i18n: LocaleController): string {
  const bookKey = BOOK_KEYS[product.kind ?? 'goods'];
  if (!bookKey) return i18n.t(STOCK_KEYS[product.stockLevel]);
  return product.stockLevel === 'out_of_stock' ? i18n.t('picker.fully_booked') : i18n.t(bookKey);
}

/*
 * The card's templates are written without whitespace between tags, and every part that is the same
 * on each card is static markup: a card is only its elements, with no empty text nodes for the
 * browser to create, lay out and Lit to walk past. Texts are set as `.textContent` properties, not as
 * child bindings (each a comment marker in the DOM for Lit to find): a card keeps a marker only
 * where what it holds differs from product to product, such as a rating or none (issue 16).
 */

/**
 * The card's price as the text before its amount, the amount and the text after it ("From ",
 * "CN¥428.00", " / night"), each written in an element of the card's own template, the amount kept
 * whole (it wraps between words only): no nested template or comment marker for it (issue 16).
 */
function priceParts(product: ProductSummary, i18n: LocaleController): string[] {
  const unitKey = PRICE_UNIT_KEYS[product.kind ?? 'goods'] ?? (product.priceVaries ? 'price.from' : undefined);
  return unitKey ? i18n.aroundMoney(unitKey, { price: product.price }) : ['', i18n.money(product.price)];
}

/** What the price was before a sale, struck through, with a spoken "Was"; nothing for a product not on sale. */
function renderWasPrice(product: ProductSummary, i18n: LocaleController): TemplateResult | typeof nothing {
  if (!product.compareAtPrice) return nothing;
  const was = i18n.money(product.compareAtPrice);
  return html`<span class="visually-hidden" .textContent=${i18n.t('price.was', { price: was })}></span><s class="price-was" aria-hidden="true" .textContent=${was}></s>`;
}

const placeholder = html`<span class="card-placeholder" aria-hidden="true"></span>`;

function renderImage(product: ProductSummary, i18n: LocaleController): TemplateResult {
  const image = safeImageUrl(product.image?.url);
  return image && product.image ? html`<img src=${image} alt=${i18n.text(product.image.alt)} loading="lazy" decoding="async">` : placeholder;
}

/** Sale and bulk flags over the image; nothing at all for a product with neither. */
function renderFlags(product: ProductSummary, i18n: LocaleController): TemplateResult | typeof nothing {
  const sale = product.compareAtPrice !== undefined;
  if (!sale && !product.hasBulkPricing) return nothing;
  if (!product.hasBulkPricing) return html`<span class="card-flags"><span class="flag sale" part="badge badge-sale" .textContent=${i18n.t('picker.sale')}></span></span>`;
  if (!sale) return html`<span class="card-flags"><span class="flag bulk" part="badge badge-bulk" .textContent=${i18n.t('picker.bulk')}></span></span>`;
  return html`<span class="card-flags"><span class="flag sale" part="badge badge-sale" .textContent=${i18n.t('picker.sale')}></span><span class="flag bulk" part="badge badge-bulk" .textContent=${i18n.t('picker.bulk')}></span></span>`;
}

function renderSubtitle(product: ProductSummary, i18n: LocaleController): TemplateResult | typeof nothing {
  return product.subtitle ? html`<p class="card-subtitle" .textContent=${i18n.text(product.subtitle)}></p>` : nothing;
}

/**
 * One product card in its list item. Its title is a button with the class `card-link`; the list
 * opens the product when one is pressed (click, Enter or Space), reading the card's
 * `data-product-id`: one listener for every card.
 */
export function renderProductCard(product: ProductSummary, i18n: LocaleController): TemplateResult {
  const booked = BOOK_KEYS[product.kind ?? 'goods'] !== undefined;
  const price = priceParts(product, i18n);
  // eslint-disable-next-line lit-a11y/accessible-name -- the title is the button's .textContent (a property, no comment marker)
  return html`<li><article class="card stock-${product.stockLevel}" part="card" data-product-id=${product.id}><div class="card-media" part="card-image">${renderImage(product, i18n)}${renderFlags(product, i18n)}</div><div class="card-body"><h3 class="card-title" part="card-title"><button type="button" class="card-link" .textContent=${i18n.text(product.title)}></button></h3>${renderSubtitle(product, i18n)}${renderRatingSummary(product.rating, i18n)}<div class="card-footer"><p class="price" part="price"><span class="price-now"><span .textContent=${price[0]}></span><span class="money" .textContent=${price[1] ?? ''}></span><span .textContent=${price.slice(2).join('')}></span></span>${renderWasPrice(product, i18n)}</p><span class="stock${booked ? ' booking' : ''} stock-${product.stockLevel}" part="badge badge-stock" data-kind=${booked ? (product.kind ?? 'goods') : nothing} .textContent=${availabilityText(product, i18n)}></span></div></div></article></li>`;
}

/** A grey placeholder in the shape of a card, shown while the first page loads. */
export function renderCardSkeleton(): TemplateResult {
  return html`<div class="card skeleton-card" aria-hidden="true">
    <div class="card-media skeleton"></div>
    <div class="card-body">
      <div class="skeleton line" ${cssProperties({ width: '80%' })}></div>
      <div class="skeleton line" ${cssProperties({ width: '55%' })}></div>
      <div class="skeleton line price-line" ${cssProperties({ width: '35%' })}></div>
    </div>
  </div>`;
}
