/**
 * The buying controls of goods in `<product-detail>` as a template part: the price block (unit
 * price, compare-at, bulk tiers and line total, from the core's `previewUnitPrice`), the stock
 * message, the personalization fields, the quantity field and "Add to cart", and why the quantity
 * in use is not the one typed.
 *
 * Parts: `price`, `stock`, `add-button`, `quantity-notice`, and those of the personalization and
 * quantity fields.
 *
 * @module
 */
import {
  fitQuantity,
  previewUnitPrice,
  quantityBounds,
  stockLevel,
  validatePersonalization,
  type CartNotice,
  type FieldError,
  type Product,
  type UnitPricePreview,
  type Variant,
} from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderUnitPrice } from '../../parts/unit-price/unit-price.ts';
import { describeCartNotice } from './cart-notice.ts';
import { renderPersonalizationFields } from './personalization-fields.ts';
import { renderQuantityField } from './quantity-field.ts';

export interface GoodsPurchaseProps {
  product: Product;
  /** The chosen variant; undefined when no variant has the chosen options. */
  variant: Variant | undefined;
  quantity: number;
  /** Why the quantity in use is not the one the shopper typed. */
  quantityNotice: CartNotice | undefined;
  /** What the shopper typed in the personalization fields. */
  personalization: Readonly<Record<string, string>>;
  /** Field id → translated problem, for the fields whose problems are shown now. */
  errors: Readonly<Record<string, string>>;
  onInput(fieldId: string, value: string): void;
  onBlur(fieldId: string): void;
  /** The shopper asked for `requested` units; returns the quantity in use afterwards. */
  onQuantity(requested: number): number;
  onAdd(): void;
}

/**
 * The allowed quantity nearest to `requested` for `variant`, by the core's rule (steps counted from
 * the minimum, the maximum and the stock), with the core's notice saying why it differs; the
 * minimum, and no notice, when nothing can be ordered, so the sold-out state shows it.
 */
export function fitToVariant(requested: number, product: Product, variant: Variant | undefined): { quantity: number; notice: CartNotice | undefined } {
  const fit = fitQuantity(requested, product.quantity, variant?.stock ?? null);
  // Said next to the field (a sold-out variant says so itself): the shopper's number was changed.
  return { quantity: fit.allowed === 0 ? product.quantity.min : fit.allowed, notice: fit.allowed === 0 ? undefined : fit.notice };
}

/** Non-empty personalization values, as the cart stores them. */
export function filledValues(personalization: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(personalization).filter(([, v]) => v.trim() !== ''));
}

/** Field id → translated problem, for every field with a problem now (the core's and those the cart reported). */
export function personalizationProblems(product: Product, values: Record<string, string>, cartFieldErrors: readonly FieldError[], i18n: LocaleController): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const error of [...validatePersonalization(product, values), ...cartFieldErrors]) {
    const id = error.field.replace(/^personalization\./, '');
    problems[id] ??= describeFieldError(error, i18n.t);
  }
  return problems;
}

function renderPrice(preview: UnitPricePreview | undefined, quantity: number, i18n: LocaleController): TemplateResult | typeof nothing {
  if (!preview) return nothing;
  return html`<div class="price-block" part="price">
    ${renderUnitPrice(preview, quantity, i18n)}
    ${quantity > 1 ? html`<p class="line-total">${i18n.t('detail.total', { quantity, price: i18n.money(preview.total) })}</p>` : nothing}
  </div>`;
}

function renderStock(variant: Variant | undefined, i18n: LocaleController): TemplateResult {
  const t = i18n.t;
  if (!variant) return html`<p class="stock stock-out_of_stock" part="stock">${t('detail.no_variant')}</p>`;
  const level = stockLevel(variant);
  const text =
    level === 'low_stock' ? t('stock.low_stock_count', { count: variant.stock ?? 0 }) : level === 'out_of_stock' ? t('stock.out_of_stock') : t('stock.in_stock');
  return html`<p class="stock stock-${level}" part="stock">${text}<span class="sku muted">${t('detail.sku', { sku: variant.sku })}</span></p>`;
}

/** The price block (placed above the variant choice), then the stock, fields and buy row (below it). */
export function renderGoodsPurchase(p: GoodsPurchaseProps, i18n: LocaleController): { price: TemplateResult | typeof nothing; buy: TemplateResult } {
  const t = i18n.t;
  const { product, variant, quantity } = p;
  const soldOut = !variant || stockLevel(variant) === 'out_of_stock';
  const quantityNotice = soldOut || !p.quantityNotice ? '' : describeCartNotice(p.quantityNotice, t);
  let preview: UnitPricePreview | undefined;
  if (variant) {
    try {
      preview = previewUnitPrice(product, variant.id, quantity, filledValues(p.personalization));
    } catch {
      preview = undefined;
    }
  }
  const buy = html`${renderStock(variant, i18n)}
    ${renderPersonalizationFields({ fields: product.personalization, values: p.personalization, errors: p.errors, onInput: p.onInput, onBlur: p.onBlur }, i18n)}
    <div class="buy-row">
      ${renderQuantityField(
        {
          quantity,
          rule: product.quantity,
          bounds: quantityBounds(product.quantity, variant?.stock ?? null),
          disabled: soldOut,
          ...(quantityNotice ? { noticeId: 'quantity-notice' } : {}),
          onChange: p.onQuantity,
        },
        i18n,
      )}
      <button type="button" class="button primary add-button" part="add-button" ?disabled=${soldOut} @click=${p.onAdd}>
        ${soldOut ? t('detail.sold_out_button') : t('detail.add')}
      </button>
    </div>
    <p id="quantity-notice" class="quantity-notice" part="quantity-notice" aria-live="polite">${quantityNotice}</p>`;
  return { price: renderPrice(preview, quantity, i18n), buy };
}
