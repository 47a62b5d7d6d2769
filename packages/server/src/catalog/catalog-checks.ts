/**
 * What the schemas cannot say about a catalog: ids that must be unique, references that must lead
 * somewhere (a product's categories, a variant's option values, a room type's variant, a category's
 * parent), one currency for every amount, and rules between fields (a `fixed` coupon has an
 * amount). Run after the schema check, on values of the right shape.
 *
 * A product's checks are written once ({@link productProblems}) and used for a JSON catalog, a CSV
 * file (its problems mapped back to lines and columns) and a product edited through the admin API.
 *
 * @module
 */
import type { Product } from '@orderzone/core';
import type { ShopSeed } from '@orderzone/embedded-backend';
import { issuesAt, pathText, type CatalogIssue, type Problem } from './catalog-issues.ts';

/** What a product is checked against: the shop's currency and categories. */
export interface CatalogContext {
  currency: string;
  categoryIds: ReadonlySet<string>;
}

/** Every `{ amount, currency }` inside `value` whose currency is not `currency`. */
function currencyProblems(value: unknown, currency: string, path: PropertyKey[] = []): Problem[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => currencyProblems(item, currency, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.amount === 'number' && typeof record.currency === 'string') {
    return record.currency === currency
      ? []
      : [{ path: [...path, 'currency'], code: 'currency_mismatch', message: `is ${JSON.stringify(record.currency)}, but the shop sells in ${currency}: every amount must be in the one currency` }];
  }
  return Object.keys(record).flatMap((key) => currencyProblems(record[key], currency, [...path, key]));
}

/** Problems for each id of `ids` seen before (`at(index)` is its path). */
function duplicateProblems(ids: readonly string[], at: (index: number) => PropertyKey[], what: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else problems.push({ path: at(index), code: 'duplicate_id', message: `${what} ${JSON.stringify(id)} is used twice (also at ${pathText(at(earlier))})` });
  });
  return problems;
}

/** The problems of one product of a well-formed shape, paths relative to the product. */
export function productProblems(product: Product, context: CatalogContext): Problem[] {
  const problems: Problem[] = [];
  product.categoryIds.forEach((id, index) => {
    if (!context.categoryIds.has(id)) problems.push({ path: ['categoryIds', index], code: 'unknown_category', message: `names the category ${JSON.stringify(id)}, which does not exist` });
  });

  problems.push(...duplicateProblems(product.optionGroups.map((g) => g.id), (i) => ['optionGroups', i, 'id'], 'option group'));
  product.optionGroups.forEach((group, g) => {
    problems.push(...duplicateProblems(group.values.map((v) => v.id), (i) => ['optionGroups', g, 'values', i, 'id'], `option value of ${JSON.stringify(group.id)}`));
  });

  problems.push(...duplicateProblems(product.variants.map((v) => v.id), (i) => ['variants', i, 'id'], 'variant id'));
  const groups = new Map(product.optionGroups.map((group) => [group.id, new Set(group.values.map((v) => v.id))]));
  const combinations = new Map<string, number>();
  product.variants.forEach((variant, v) => {
    for (const [groupId, values] of groups) {
      const value = variant.options[groupId];
      if (value === undefined) problems.push({ path: ['variants', v, 'options', groupId], code: 'missing_option', message: `is required: the product has the option group ${JSON.stringify(groupId)}` });
      else if (!values.has(value)) problems.push({ path: ['variants', v, 'options', groupId], code: 'unknown_option_value', message: `is ${JSON.stringify(value)}, which is not a value of the option group ${JSON.stringify(groupId)}` });
    }
    for (const groupId of Object.keys(variant.options)) {
      if (!groups.has(groupId)) problems.push({ path: ['variants', v, 'options', groupId], code: 'unknown_option', message: `names the option group ${JSON.stringify(groupId)}, which the product does not have` });
    }
    if (groups.size > 0) {
      const key = JSON.stringify([...groups.keys()].map((groupId) => variant.options[groupId]));
      const earlier = combinations.get(key);
      if (earlier === undefined) combinations.set(key, v);
      else problems.push({ path: ['variants', v, 'options'], code: 'duplicate_options', message: `are the same as those of variants[${earlier}]: each variant needs its own combination` });
    }
    const tiers = variant.priceTiers ?? [];
    tiers.forEach((tier, t) => {
      if (t > 0 && tier.minQuantity <= tiers[t - 1]!.minQuantity) problems.push({ path: ['variants', v, 'priceTiers', t, 'minQuantity'], code: 'tiers_not_ascending', message: 'must be larger than the tier before it' });
    });
  });

  if (product.quantity.max !== undefined && product.quantity.max < product.quantity.min) {
    problems.push({ path: ['quantity', 'max'], code: 'invalid', message: `must not be below quantity.min (${product.quantity.min})` });
  }

  problems.push(...duplicateProblems(product.personalization.map((f) => f.id), (i) => ['personalization', i, 'id'], 'personalization field'));
  product.personalization.forEach((field, f) => {
    if (field.kind === 'choice' && (field.choices ?? []).length === 0) problems.push({ path: ['personalization', f, 'choices'], code: 'required', message: 'is required for a field of kind "choice"' });
    problems.push(...duplicateProblems((field.choices ?? []).map((c) => c.id), (i) => ['personalization', f, 'choices', i, 'id'], 'choice'));
  });

  if (product.kind === 'stay') {
    const variantIds = new Set(product.variants.map((v) => v.id));
    product.booking.roomTypes.forEach((room, r) => {
      if (!variantIds.has(room.variantId)) problems.push({ path: ['booking', 'roomTypes', r, 'variantId'], code: 'unknown_variant', message: `names the variant ${JSON.stringify(room.variantId)}, which the product does not have` });
    });
  }

  problems.push(...currencyProblems(product, context.currency));
  return problems;
}

/** Problems of variant ids used by more than one product (stock is kept per variant id). */
export function variantIdProblems(products: readonly Product[], pathOf: (product: number, variant: number) => PropertyKey[], taken: ReadonlyMap<string, string> = new Map()): Problem[] {
  const owner = new Map(taken);
  const problems: Problem[] = [];
  products.forEach((product, p) => {
    product.variants.forEach((variant, v) => {
      const other = owner.get(variant.id);
      if (other !== undefined && other !== product.id) {
        problems.push({ path: pathOf(p, v), code: 'duplicate_id', message: `variant id ${JSON.stringify(variant.id)} is also used by the product ${JSON.stringify(other)}: variant ids are unique in the shop` });
      } else owner.set(variant.id, product.id);
    });
  });
  return problems;
}

/** Problems of category parents: unknown, or a loop. */
function categoryProblems(seed: ShopSeed): Problem[] {
  const parents = new Map(seed.categories.map((c) => [c.id, c.parentId]));
  const problems: Problem[] = [];
  seed.categories.forEach((category, index) => {
    if (category.parentId === undefined) return;
    if (!parents.has(category.parentId)) {
      problems.push({ path: ['categories', index, 'parentId'], code: 'unknown_category', message: `names the category ${JSON.stringify(category.parentId)}, which does not exist` });
      return;
    }
    const seen = new Set([category.id]);
    for (let at: string | undefined = category.parentId; at !== undefined; at = parents.get(at)) {
      if (seen.has(at)) {
        problems.push({ path: ['categories', index, 'parentId'], code: 'category_loop', message: `makes the category ${JSON.stringify(category.id)} its own ancestor` });
        break;
      }
      seen.add(at);
    }
  });
  return problems;
}

/** Problems of the pricing rules and checkout options. */
function shopProblems(seed: ShopSeed): Problem[] {
  const problems: Problem[] = [];
  problems.push(...duplicateProblems(seed.paymentMethods.map((m) => m.id), (i) => ['paymentMethods', i, 'id'], 'payment method'));
  problems.push(...duplicateProblems(seed.pricing.shippingRates.map((r) => r.id), (i) => ['pricing', 'shippingRates', i, 'id'], 'shipping rate'));
  problems.push(...duplicateProblems(seed.pricing.coupons.map((c) => c.code.trim().toUpperCase()), (i) => ['pricing', 'coupons', i, 'code'], 'coupon code'));
  problems.push(...duplicateProblems(seed.countries, (i) => ['countries', i], 'country'));
  seed.pricing.coupons.forEach((coupon, index) => {
    if (coupon.type === 'percentage' && coupon.basisPoints === undefined) problems.push({ path: ['pricing', 'coupons', index, 'basisPoints'], code: 'required', message: 'is required for a coupon of type "percentage"' });
    if (coupon.type === 'fixed' && coupon.amount === undefined) problems.push({ path: ['pricing', 'coupons', index, 'amount'], code: 'required', message: 'is required for a coupon of type "fixed"' });
  });
  problems.push(...currencyProblems(seed.pricing, seed.pricing.currency).map((p) => ({ ...p, path: ['pricing', ...p.path] })));
  return problems;
}

/** Every problem of a whole catalog of the right shape, as issues with JSON paths. */
export function shopSeedIssues(seed: ShopSeed): CatalogIssue[] {
  const context: CatalogContext = { currency: seed.pricing.currency, categoryIds: new Set(seed.categories.map((c) => c.id)) };
  const problems: Problem[] = [
    ...duplicateProblems(seed.categories.map((c) => c.id), (i) => ['categories', i, 'id'], 'category id'),
    ...categoryProblems(seed),
    ...duplicateProblems(seed.products.map((p) => p.id), (i) => ['products', i, 'id'], 'product id'),
    ...seed.products.flatMap((product, index) => productProblems(product, context).map((p) => ({ ...p, path: ['products', index, ...p.path] }))),
    ...variantIdProblems(seed.products, (p, v) => ['products', p, 'variants', v, 'id']),
    ...shopProblems(seed),
  ];
  return issuesAt(problems);
}
