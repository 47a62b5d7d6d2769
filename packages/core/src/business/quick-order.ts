/**
 * Quick order (business buying): a buyer pastes SKUs and quantities (or a CSV file's text), each
 * line is read and checked against the catalog with the product's own quantity rule and stock
 * (`isQuantityAllowed`, `quantityBounds` of the catalog), and the lines that can be ordered go to the
 * cart in one step. Lines that cannot keep their text, so the buyer corrects them in place.
 *
 * @module
 */
import type { Product, Variant } from '../catalog/catalog-schema.ts';
import { isQuantityAllowed, quantityBounds } from '../catalog/quantity-rule.ts';

/** Most lines read from one paste or file. */
export const QUICK_ORDER_MAX_LINES = 200;

/** One non-empty line of what the buyer typed or uploaded. */
export interface QuickOrderEntry {
  /** 1-based line number in the text. */
  line: number;
  /** The line as typed (trimmed), kept so that a line that cannot be ordered is given back unchanged. */
  text: string;
  /** The SKU as typed (trimmed; compared without regard to case). */
  sku: string;
  /** What follows the SKU, as typed (`''` when nothing does). */
  quantityText: string;
  /** The quantity, when `quantityText` is a whole number. */
  quantity: number | undefined;
}

/**
 * Why a line cannot go to the cart. `unreadable`: no SKU and quantity (`SKU 12`, `SKU,12`, `SKU;12`
 * or `SKU<tab>12`); `invalid_quantity`: the quantity is not a whole number of at least 1;
 * `unknown_sku`: no variant has this SKU; `not_orderable`: a booking or a product that needs choices
 * (personalization) the line cannot give; `below_minimum` (`min`); `above_maximum` (`max`);
 * `not_a_step`: not `min` plus whole packs of `step` (`suggested`: the nearest allowed quantity);
 * `out_of_stock`; `insufficient_stock` (`available`: what can still be ordered on this line, after
 * the cart and the lines above it); `too_many_lines` (`max`).
 */
export type QuickOrderProblem =
  | { code: 'unreadable' | 'invalid_quantity' | 'unknown_sku' | 'not_orderable' | 'out_of_stock' }
  | { code: 'below_minimum'; min: number }
  | { code: 'above_maximum'; max: number }
  | { code: 'not_a_step'; min: number; step: number; suggested: number }
  | { code: 'insufficient_stock'; available: number }
  | { code: 'too_many_lines'; max: number };

/** A line checked against the catalog: what it orders, or why it cannot. */
export interface QuickOrderLine {
  entry: QuickOrderEntry;
  product?: Product;
  variant?: Variant;
  problem?: QuickOrderProblem;
}

const HEADER = /^\s*"?sku"?\s*[,;\t]/i;
const SPLIT = /^"?([^\s,;\t"]+)"?\s*(?:[,;\t]\s*|\s+)"?([^,;\t"]*?)"?\s*(?:[,;\t].*)?$/;

/**
 * The entries of a paste or a CSV text: one per non-empty line, a first line starting `sku,` (a CSV
 * header) skipped. A line reads `SKU quantity` with a space, tab, comma or semicolon between; more
 * columns after the quantity are ignored.
 */
export function parseQuickOrder(text: string): QuickOrderEntry[] {
  const entries: QuickOrderEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || (entries.length === 0 && HEADER.test(line))) return;
    const match = SPLIT.exec(line);
    const quantityText = match?.[2]?.trim() ?? '';
    const quantity = /^\d+$/.test(quantityText) ? Number(quantityText) : undefined;
    entries.push({ line: index + 1, text: line, sku: match?.[1] ?? line, quantityText, quantity });
  });
  return entries;
}

/** Upper-cased, trimmed: how SKUs are compared. */
export function skuKey(sku: string): string {
  return sku.trim().toUpperCase();
}

/** The distinct SKUs of `entries`, as to be looked up. */
export function quickOrderSkus(entries: readonly QuickOrderEntry[]): string[] {
  const skus = new Map<string, string>();
  for (const entry of entries) if (entry.sku.trim() !== '' && !skus.has(skuKey(entry.sku))) skus.set(skuKey(entry.sku), entry.sku.trim());
  return [...skus.values()];
}

/**
 * Checks each entry against `products` (those the backend found for the SKUs), in order. `inCart`
 * gives the units of a variant already in the cart; units of one variant on several lines add up,
 * so a later line is told what is still available.
 */
export function checkQuickOrder(entries: readonly QuickOrderEntry[], products: readonly Product[], inCart: (variantId: string) => number = () => 0): QuickOrderLine[] {
  const bySku = new Map<string, { product: Product; variant: Variant }>();
  for (const product of products) for (const variant of product.variants) bySku.set(skuKey(variant.sku), { product, variant });
  const claimed = new Map<string, number>();
  return entries.map((entry, index): QuickOrderLine => {
    if (index >= QUICK_ORDER_MAX_LINES) return { entry, problem: { code: 'too_many_lines', max: QUICK_ORDER_MAX_LINES } };
    if (entry.quantityText === '') return { entry, problem: { code: 'unreadable' } };
    const found = bySku.get(skuKey(entry.sku));
    if (!found) return { entry, problem: { code: 'unknown_sku' } };
    const { product, variant } = found;
    const line = { entry, product, variant };
    if (entry.quantity === undefined || entry.quantity < 1 || !Number.isSafeInteger(entry.quantity)) return { ...line, problem: { code: 'invalid_quantity' } };
    if (product.kind !== 'goods' || product.personalization.some((field) => field.required)) return { ...line, problem: { code: 'not_orderable' } };
    const rule = product.quantity;
    const quantity = entry.quantity;
    if (quantity < rule.min) return { ...line, problem: { code: 'below_minimum', min: rule.min } };
    if (rule.max !== undefined && quantity > rule.max) return { ...line, problem: { code: 'above_maximum', max: rule.max } };
    if (!isQuantityAllowed(rule, quantity)) {
      const below = quantity - ((quantity - rule.min) % rule.step);
      const above = below + rule.step;
      const suggested = rule.max !== undefined && above > rule.max ? below : quantity - below >= above - quantity ? above : below;
      return { ...line, problem: { code: 'not_a_step', min: rule.min, step: rule.step, suggested } };
    }
    const taken = inCart(variant.id) + (claimed.get(variant.id) ?? 0);
    if (variant.stock !== null) {
      const left = Math.max(0, variant.stock - taken);
      if (variant.stock === 0) return { ...line, problem: { code: 'out_of_stock' } };
      if (quantity > left) {
        const available = quantityBounds(rule, left).max ?? 0;
        return { ...line, problem: { code: 'insufficient_stock', available: Math.max(0, available) } };
      }
    }
    claimed.set(variant.id, (claimed.get(variant.id) ?? 0) + quantity);
    return line;
  });
}

/**
 * The text to leave in the box after the orderable lines went to the cart: the lines that could not,
 * as typed, one per line, in their order.
 */
export function remainingQuickOrderText(lines: readonly QuickOrderLine[]): string {
  return lines.filter((l) => l.problem).map((l) => l.entry.text).join('\n');
}
