/**
 * The merchant's own product cards for `<product-picker>`: a `<template data-oz-card>` inside the
 * picker, cloned for each product of the page and filled from the catalog, in the picker's light
 * DOM, so the page's own styles apply. Fetched by the picker only when it has such a template, with
 * the styles that lay out their list (`custom-cards.styles.ts`).
 *
 * What the template marks, and what each card gets:
 *
 * | in the template | in each card |
 * |---|---|
 * | `data-oz-text="title"` (`subtitle`, `price`, `compare-at-price`, `stock`, `rating`) | the element's text, set as text, never as HTML |
 * | `<img data-oz-image>` | `src` (only when the core's image rule allows it) and `alt`; `hidden` without a safe image |
 * | `data-oz-href="/products/{id}.html"` | `href` with the product's id (URL-encoded) in place of `{id}`, when the core's link rule allows the result; none otherwise |
 * | `data-oz-open` (on a `<button>`) | pressing it opens the product (`oz-product-select`), as a built-in card's title does |
 * | `data-oz-show="sale"` (`bulk`, `varies`, `bookable`, `in_stock`, `low_stock`, `out_of_stock`) | `hidden` unless the product is that |
 * | an element with a `product-id` attribute (`<product-price product-id>`, `<add-to-cart-button product-id>`) | the product's id in it |
 *
 * Every card is an `<li data-product-id>` of a list (`<ul slot="cards" role="list">`), laid out as
 * the picker's grid; a card is kept (with the elements in it) while its product stays on the page.
 *
 * @module
 */
import { safeImageUrl, safeLinkUrl, type OrderZone, type ProductSummary } from '@orderzone/core';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { availabilityText, priceText } from './product-card.ts';
import { formatRating } from './rating-stars.ts';

export { customCardsStyles } from './custom-cards.styles.ts';

/** The text of each `data-oz-text` field of a product. */
function fieldText(field: string, product: ProductSummary, i18n: LocaleController): string {
  switch (field) {
    case 'title':
      return i18n.text(product.title);
    case 'subtitle':
      return product.subtitle ? i18n.text(product.subtitle) : '';
    case 'price':
      return priceText(product, i18n);
    case 'compare-at-price':
      return product.compareAtPrice ? i18n.money(product.compareAtPrice) : '';
    case 'stock':
      return availabilityText(product, i18n);
    case 'rating':
      return product.rating ? formatRating(product.rating.averageTenths, i18n.locale) : '';
    default:
      return '';
  }
}

/** Whether a product is what a `data-oz-show` condition names. */
function shows(condition: string, product: ProductSummary): boolean {
  switch (condition) {
    case 'sale':
      return product.compareAtPrice !== undefined;
    case 'bulk':
      return product.hasBulkPricing;
    case 'varies':
      return product.priceVaries;
    case 'bookable':
      return (product.kind ?? 'goods') !== 'goods';
    default:
      return product.stockLevel === condition;
  }
}

/** Fills a card (again) from its product, in the active language. */
function fill(card: HTMLElement, product: ProductSummary, i18n: LocaleController): void {
  for (const el of card.querySelectorAll<HTMLElement>('[data-oz-text]')) el.textContent = fieldText(el.dataset.ozText ?? '', product, i18n);
  for (const img of card.querySelectorAll<HTMLImageElement>('img[data-oz-image]')) {
    const src = safeImageUrl(product.image?.url);
    if (src && product.image) {
      img.src = src;
      img.alt = i18n.text(product.image.alt);
      img.hidden = false;
    } else {
      img.removeAttribute('src');
      img.alt = '';
      img.hidden = true;
    }
  }
  for (const el of card.querySelectorAll<HTMLElement>('[data-oz-href]')) {
    const href = safeLinkUrl((el.dataset.ozHref ?? '').replaceAll('{id}', encodeURIComponent(product.id)));
    if (href) el.setAttribute('href', href);
    else el.removeAttribute('href');
  }
  for (const el of card.querySelectorAll<HTMLElement>('[data-oz-show]')) el.hidden = !shows(el.dataset.ozShow ?? '', product);
  for (const el of card.querySelectorAll('[product-id]')) el.setAttribute('product-id', product.id);
}

/**
 * Makes `list` hold one card per product of `items`, in order: a card already there for a product
 * is kept and filled again, new ones are cloned from `template`.
 */
function renderCustomCards(list: HTMLElement, template: HTMLTemplateElement, items: readonly ProductSummary[], i18n: LocaleController, zone: OrderZone | undefined): void {
  const existing = new Map<string, HTMLElement>();
  for (const card of list.children) if (card instanceof HTMLElement && card.dataset.productId) existing.set(card.dataset.productId, card);
  const cards = items.map((product) => {
    let card = existing.get(product.id);
    if (!card) {
      card = document.createElement('li');
      card.dataset.productId = product.id;
      card.append(template.content.cloneNode(true));
    }
    fill(card, product, i18n);
    // The picker's zone given as a property goes to the blocks in the card (in <order-zone> they find it themselves).
    if (zone) for (const block of card.querySelectorAll<HTMLElement & { zone?: OrderZone }>('[product-id]')) block.zone = zone;
    return card;
  });
  const same = cards.length === list.children.length && cards.every((card, i) => list.children[i] === card);
  if (!same) list.replaceChildren(...cards);
}

/** The product id of the card a `data-oz-open` control pressed in `list` belongs to, if any. */
function openedProduct(list: HTMLElement, event: Event): string | undefined {
  const target = event.target instanceof Element ? event.target.closest('[data-oz-open]') : null;
  if (!target || !list.contains(target)) return undefined;
  return target.closest<HTMLElement>('li[data-product-id]')?.dataset.productId;
}

/**
 * The merchant's cards of one picker: a list in the picker's light DOM (`<ul slot="cards"
 * role="list" data-oz-cards>`) whose `data-oz-open` controls call `open` with their card's product id.
 */
export class CustomCards {
  private readonly picker: HTMLElement;
  private readonly list = document.createElement('ul');

  constructor(picker: HTMLElement, open: (productId: string) => void) {
    this.picker = picker;
    const list = this.list;
    list.slot = 'cards';
    list.setAttribute('role', 'list');
    list.setAttribute('data-oz-cards', '');
    list.addEventListener('click', (event) => {
      const productId = openedProduct(list, event);
      if (productId) open(productId);
    });
  }

  /** Shows a card per product of `items`, laid out as the picker's `view`; `stale` while the next page loads. */
  render(template: HTMLTemplateElement, items: readonly ProductSummary[], view: string, stale: boolean, i18n: LocaleController, zone: OrderZone | undefined): void {
    if (this.list.parentNode !== this.picker) this.picker.append(this.list);
    this.list.dataset.view = view;
    this.list.toggleAttribute('data-stale', stale);
    renderCustomCards(this.list, template, items, i18n, zone);
  }
}
