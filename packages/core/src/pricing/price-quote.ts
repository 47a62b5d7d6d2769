/**
 * Pure pricing functions: line totals, bulk tiers, coupons, shipping, tax and the grand total, each
 * step returned as a line a UI can show. A backend prices quotes with `priceQuote()`; the embedded
 * backend and the test server both do, so the rules exist once.
 *
 * @module
 */
import { priceBooking } from '../booking/booking-price.ts';
import { isBookable } from '../catalog/product-rules.ts';
import type { LocalizedText, Product, Variant } from '../catalog/catalog-schema.ts';
import { previewUnitPrice, validatePersonalization } from '../catalog/product-rules.ts';
import { isQuantityAllowed } from '../catalog/quantity-rule.ts';
import { isOrderZoneError, OrderZoneError } from '../errors.ts';
import { variantTitle } from '../catalog/variant-title.ts';
import {
  addMoney,
  compareMoney,
  money,
  multiplyMoney,
  sumMoney,
  zeroMoney,
  type Money,
} from '../money/money.ts';
import { minMoney, negateMoney, percentageOf } from '../money/discount-arithmetic.ts';
import { divideRounded } from '../money/divide-rounded.ts';
import type { Adjustment, CouponResult, Destination, LineProblem, Quote, QuoteLine, QuoteRequest, ShippingOption } from '../order/order-schema.ts';
import { applyRfqLinePrice, type QuotedPrices, type RfqLinePrice } from './quoted-line-price.ts';

/** A coupon a merchant offers. */
export interface Coupon {
  /** The code shoppers type; matched case-insensitively, ignoring surrounding spaces. */
  code: string;
  label: LocalizedText;
  /** `percentage` takes `basisPoints` (1000 = 10 %); `fixed` takes `amount`. */
  type: 'percentage' | 'fixed';
  basisPoints?: number;
  amount?: Money;
  /** Subtotal needed for the coupon to apply. */
  minSpend?: Money;
  /** ISO 8601; after it the coupon is `expired`. */
  expiresAt?: string;
}

/** A shipping rate a merchant offers. */
export interface ShippingRate {
  id: string;
  label: LocalizedText;
  price: Money;
  estimate?: LocalizedText;
  /** From this subtotal (after discounts) on, shipping is free. */
  freeFrom?: Money;
  /** Countries served (ISO alpha-2); all when absent. */
  countries?: string[];
}

/** How tax applies. */
export interface TaxRule {
  label: LocalizedText;
  /** Rate in basis points (1300 = 13 %). */
  basisPoints: number;
  /** True when catalog prices already include the tax (CN VAT, EU VAT); false to add it on top (US sales tax). */
  inclusive: boolean;
  /** Countries it applies to (ISO alpha-2); all when absent. */
  countries?: string[];
}

/** A merchant's pricing configuration. */
export interface PricingRules {
  currency: string;
  coupons: Coupon[];
  shippingRates: ShippingRate[];
  tax?: TaxRule;
}

/** Looks up products by id, for pricing. */
export type ProductLookup = (productId: string) => Product | undefined;

/** True when a rule limited to `countries` applies to `destination`; without a destination every rule applies. */
function servesDestination(countries: readonly string[] | undefined, destination: Destination | undefined): boolean {
  return countries === undefined || destination === undefined || countries.includes(destination.country);
}

export { variantTitle } from '../catalog/variant-title.ts';

/** The line for a product or variant that does not exist (any more): nothing to price. */
function unavailableLine(request: QuoteRequest['lines'][number], product: Product | undefined, currency: string): QuoteLine {
  const zero = zeroMoney(currency);
  const line: QuoteLine = {
    productId: request.productId,
    variantId: request.variantId,
    sku: '',
    title: product?.title ?? '',
    quantity: request.quantity,
    personalization: { ...request.personalization },
    unitPrice: zero,
    total: zero,
    available: 0,
    problem: { code: 'unavailable', available: 0 },
  };
  const image = product?.images[0];
  if (image) line.image = image;
  return line;
}

/** The first problem of a line, in order: stock, then quantity rule, then personalization. */
function lineProblem(product: Product, variant: Variant, quantity: number, personalization: Record<string, string>): LineProblem | undefined {
  if (variant.stock !== null) {
    if (variant.stock <= 0) return { code: 'out_of_stock', available: 0 };
    if (variant.stock < quantity) return { code: 'insufficient_stock', available: variant.stock };
  }
  if (!isQuantityAllowed(product.quantity, quantity)) return { code: 'invalid_quantity' };
  const [fieldError] = validatePersonalization(product, personalization);
  if (fieldError) return { code: 'invalid_personalization', field: fieldError.field };
  return undefined;
}

/** The fields every priced line starts with: ids, titles, image, personalization. */
function lineBase(request: QuoteRequest['lines'][number], product: Product, variant: Variant): Omit<QuoteLine, 'unitPrice' | 'total'> {
  const line: Omit<QuoteLine, 'unitPrice' | 'total'> = {
    productId: product.id,
    variantId: variant.id,
    sku: variant.sku,
    title: product.title,
    quantity: request.quantity,
    personalization: { ...request.personalization },
    available: variant.stock,
  };
  const title = variantTitle(product, variant);
  if (title !== undefined) line.variantTitle = title;
  const image = variant.image ?? product.images[0];
  if (image) line.image = image;
  return line;
}

/**
 * A booking line: priced with `priceBooking` (the whole pick is one unit), never shipped, with its
 * resolved details. Its problem, first match wins: `invalid_quantity` (anything but 1),
 * `invalid_booking` (no pick, a pick for a goods product, or a pick that breaks the product's rules),
 * `invalid_personalization`. Stock does not apply (`available: null`); whether the pick is still
 * free is the backend's check (holds).
 */
function priceBookingLine(request: QuoteRequest['lines'][number], product: Product, variant: Variant, currency: string): QuoteLine {
  const base = lineBase(request, product, variant);
  base.available = null;
  if (isBookable(product)) base.shipped = false;
  const zero = zeroMoney(currency);
  let priced: ReturnType<typeof priceBooking> | undefined;
  if (request.booking && isBookable(product)) {
    try {
      priced = priceBooking(product, variant.id, request.booking);
    } catch (error) {
      if (!isOrderZoneError(error) || error.code !== 'validation') throw error;
    }
  }
  if (priced && priced.unitPrice.currency !== currency) {
    throw new OrderZoneError('config', `Booking "${product.id}" is priced in ${priced.unitPrice.currency}, but the shop sells in ${currency}.`);
  }
  const quantityIsOne = request.quantity === 1;
  const quantityIsWhole = Number.isSafeInteger(request.quantity) && request.quantity >= 1;
  const unitPrice = priced?.unitPrice ?? zero;
  const line: QuoteLine = { ...base, unitPrice, total: priced && quantityIsWhole ? multiplyMoney(unitPrice, request.quantity) : zero };
  if (priced) line.booking = priced.details;
  const [fieldError] = validatePersonalization(product, request.personalization);
  if (!quantityIsOne) line.problem = { code: 'invalid_quantity' };
  else if (!priced) line.problem = { code: 'invalid_booking' };
  else if (fieldError) line.problem = { code: 'invalid_personalization', field: fieldError.field };
  return line;
}

function priceLine(request: QuoteRequest['lines'][number], products: ProductLookup, currency: string, quoted?: RfqLinePrice): QuoteLine {
  const product = products(request.productId);
  const variant = product?.variants.find((v) => v.id === request.variantId);
  if (!product || !variant) return unavailableLine(request, product, currency);
  if (variant.price.currency !== currency) {
    throw new OrderZoneError('config', `Variant "${variant.id}" of product "${product.id}" is priced in ${variant.price.currency}, but the shop sells in ${currency}.`);
  }
  if (isBookable(product) || request.booking !== undefined) return priceBookingLine(request, product, variant, currency);
  const quantityIsWhole = Number.isSafeInteger(request.quantity) && request.quantity >= 1;
  const preview = previewUnitPrice(product, variant.id, quantityIsWhole ? request.quantity : 1, request.personalization);
  const line: QuoteLine = {
    productId: product.id,
    variantId: variant.id,
    sku: variant.sku,
    title: product.title,
    quantity: request.quantity,
    personalization: { ...request.personalization },
    unitPrice: preview.unitPrice,
    total: quantityIsWhole ? preview.total : zeroMoney(currency),
    available: variant.stock,
  };
  const title = variantTitle(product, variant);
  if (title !== undefined) line.variantTitle = title;
  const image = variant.image ?? product.images[0];
  if (image) line.image = image;
  if (preview.listUnitPrice.amount !== preview.unitPrice.amount) line.listUnitPrice = preview.listUnitPrice;
  const problem = quantityIsWhole ? lineProblem(product, variant, request.quantity, request.personalization) : { code: 'invalid_quantity' as const };
  if (problem) line.problem = problem;
  if (quoted) applyRfqLinePrice(line, quoted, request.rfqId);
  return line;
}

/** The coupon whose code matches what the shopper typed (case-insensitive, trimmed). */
function findCoupon(coupons: readonly Coupon[], typed: string): Coupon | undefined {
  const wanted = typed.trim().toUpperCase();
  return coupons.find((coupon) => coupon.code.trim().toUpperCase() === wanted);
}

/**
 * The authoritative quote for a request: each line priced with `previewUnitPrice`, stock problems
 * marked, then coupon, shipping and tax as adjustments, and the total. Pure: same inputs, same quote.
 *
 * - Lines keep the request's order and quantity. A product or variant that does not exist gives a
 *   line with problem `unavailable`, an empty `sku`, the product title when the product exists (else
 *   `''`), a zero price and `available: 0`. Other problems (in this order of precedence):
 *   `out_of_stock`, `insufficient_stock` (with `available`), `invalid_quantity` (against the
 *   product's quantity rule), `invalid_personalization` (with the first bad `field`). Those lines
 *   are still priced and counted in the subtotal, so the shopper sees what they would cost.
 * - Coupon: {@link applyCoupon} on the subtotal; the discount is a `discount` adjustment with a
 *   negative amount and the coupon's code.
 * - Shipping: {@link shippingOptionsFor} with the discounted subtotal; the requested option when it
 *   is offered, else the first (cheapest). Added as a `shipping` adjustment (also when free).
 * - Tax: on the taxable base = subtotal − discount + shipping. Exclusive tax is added to the
 *   total; inclusive tax is reported with `included: true` and not added again.
 * - Booking lines (a product of kind `time_slot`, `stay` or `seats`, or a line with `booking`) are
 *   priced with `priceBooking`: the whole pick is one unit, the line has `shipped: false`, its
 *   resolved `booking` details and `available: null`. Problems: `invalid_quantity` (quantity other
 *   than 1), `invalid_booking` (no pick, or a pick that breaks the product's rules; priced at zero),
 *   `invalid_personalization`. Whether the pick is still free is the backend's check (holds).
 *   Personalization surcharges do not apply to bookings.
 * - `requiresShipping` is true when some line is shipped (or there is no line yet);
 *   `requiresAddress` when shipping is required or a line is an on-site service (`time_slot` with
 *   `onSite`). Without shipping, no shipping option is offered and none is charged.
 * - An empty request costs nothing: shipping options are listed but no shipping or tax is charged.
 * - Lines naming a request for quote (`rfqId`) get the price `quotedPrices` gives them (the
 *   backend's `rfqLinePrice` of `@orderzone/core/rfq`): the quoted unit price, or a problem
 *   (`rfq_expired`, `rfq_unavailable`) after a stock or quantity problem.
 * - `orderable` is true only with at least one line, no line problems and a shipping option when
 *   shipping is required.
 *
 * @throws `OrderZoneError` `validation` when the request's currency is not the shop's;
 *   `config` when a product, coupon or rate is priced in another currency or malformed.
 */
export function priceQuote(request: QuoteRequest, products: ProductLookup, rules: PricingRules, now: Date, quotedPrices?: QuotedPrices): Quote {
  const currency = rules.currency;
  if (request.currency !== currency) {
    throw new OrderZoneError('validation', `The quote was asked in ${request.currency}, but this shop prices in ${currency}.`, {
      fieldErrors: [{ field: 'currency', code: 'invalid_choice' }],
    });
  }
  const lines = request.lines.map((line, index) => priceLine(line, products, currency, quotedPrices?.(line, index)));
  const subtotal = sumMoney(
    lines.map((line) => line.total),
    currency,
  );
  const adjustments: Adjustment[] = [];

  let coupon: CouponResult | undefined;
  let discount = zeroMoney(currency);
  const typedCode = request.couponCode?.trim();
  if (typedCode) {
    const found = findCoupon(rules.coupons, typedCode);
    const result = applyCoupon(subtotal, found, now);
    coupon = { code: found?.code ?? typedCode, status: result.status };
    if (result.status === 'min_spend_not_met' && found?.minSpend) coupon.minSpend = found.minSpend;
    if (found && result.status === 'applied') {
      discount = result.discount;
      adjustments.push({ kind: 'discount', label: found.label, amount: discount, code: found.code });
    }
  }
  const discounted = addMoney(subtotal, discount);

  // An empty request keeps listing shipping options (nothing is known yet); bookings alone ship nothing.
  const requiresShipping = lines.length === 0 || lines.some((line) => line.shipped !== false);
  const requiresAddress = requiresShipping || lines.some((line) => line.booking?.type === 'time_slot' && line.booking.onSite);
  const shippingOptions = requiresShipping ? shippingOptionsFor(rules.shippingRates, discounted, request.destination) : [];
  const selected = shippingOptions.find((option) => option.id === request.shippingOptionId) ?? shippingOptions[0];
  const charged = lines.length > 0;
  let shipping = zeroMoney(currency);
  if (selected && charged) {
    shipping = selected.price;
    adjustments.push({ kind: 'shipping', label: selected.label, amount: shipping, code: selected.id });
  }

  let total = addMoney(discounted, shipping);
  const tax = rules.tax;
  if (tax && charged && servesDestination(tax.countries, request.destination)) {
    const amount = computeTax(addMoney(discounted, shipping), tax);
    if (tax.inclusive) {
      adjustments.push({ kind: 'tax', label: tax.label, amount, included: true });
    } else {
      adjustments.push({ kind: 'tax', label: tax.label, amount });
      total = addMoney(total, amount);
    }
  }

  const quote: Quote = {
    currency,
    lines,
    subtotal,
    adjustments,
    total,
    shippingOptions,
    orderable: lines.length > 0 && (selected !== undefined || !requiresShipping) && lines.every((line) => line.problem === undefined),
    requiresShipping,
    requiresAddress,
  };
  if (selected) quote.selectedShippingOptionId = selected.id;
  if (coupon) quote.coupon = coupon;
  return quote;
}

function checkCurrency(what: string, amount: Money, currency: string): void {
  if (amount.currency !== currency) {
    throw new OrderZoneError('config', `${what} is in ${amount.currency}, but amounts here are in ${currency}.`);
  }
}

/**
 * The discount a coupon gives on a subtotal (a negative amount, zero unless `applied`), or why it
 * does not apply: `unknown` (no coupon), `expired` (`now` is after `expiresAt`), `min_spend_not_met`
 * (subtotal below `minSpend`). A percentage coupon takes `basisPoints` of the subtotal rounded
 * half-up to the minor unit; a fixed coupon takes `amount`, never more than the subtotal.
 *
 * @throws `OrderZoneError` `config` for a coupon without a valid rate or amount, with an
 *   unreadable `expiresAt`, or in another currency than the subtotal.
 */
export function applyCoupon(subtotal: Money, coupon: Coupon | undefined, now: Date): { discount: Money; status: 'applied' | 'expired' | 'min_spend_not_met' | 'unknown' } {
  const none = zeroMoney(subtotal.currency);
  if (!coupon) return { discount: none, status: 'unknown' };
  if (coupon.expiresAt !== undefined) {
    const expires = Date.parse(coupon.expiresAt);
    if (Number.isNaN(expires)) throw new OrderZoneError('config', `Coupon "${coupon.code}" has an unreadable expiresAt "${coupon.expiresAt}".`);
    if (now.getTime() > expires) return { discount: none, status: 'expired' };
  }
  if (coupon.minSpend) {
    checkCurrency(`The minimum spend of coupon "${coupon.code}"`, coupon.minSpend, subtotal.currency);
    if (compareMoney(subtotal, coupon.minSpend) < 0) return { discount: none, status: 'min_spend_not_met' };
  }
  const base = subtotal.amount > 0 ? subtotal : none;
  let off: Money;
  if (coupon.type === 'percentage') {
    const bp = coupon.basisPoints;
    if (bp === undefined || !Number.isSafeInteger(bp) || bp < 0 || bp > 10_000) {
      throw new OrderZoneError('config', `Percentage coupon "${coupon.code}" needs basisPoints between 0 and 10000.`);
    }
    off = percentageOf(base, bp, 'half-up');
  } else {
    const amount = coupon.amount;
    if (!amount || amount.amount < 0) throw new OrderZoneError('config', `Fixed coupon "${coupon.code}" needs a non-negative amount.`);
    checkCurrency(`The amount of coupon "${coupon.code}"`, amount, subtotal.currency);
    off = minMoney(amount, base);
  }
  return { discount: negateMoney(off), status: 'applied' };
}

/**
 * The shipping rates offered for a destination, with free-shipping thresholds applied to `subtotal`
 * (which should be after discounts): a rate limited to some countries is offered only when the
 * destination's country is one of them; without a destination every rate is offered. A rate is
 * free when `subtotal >= freeFrom`. Sorted by price, cheapest first (ties keep the merchant's order).
 */
export function shippingOptionsFor(rates: readonly ShippingRate[], subtotal: Money, destination: Destination | undefined): ShippingOption[] {
  const options: ShippingOption[] = [];
  for (const rate of rates) {
    if (!servesDestination(rate.countries, destination)) continue;
    checkCurrency(`Shipping rate "${rate.id}"`, rate.price, subtotal.currency);
    let price = rate.price;
    if (rate.freeFrom) {
      checkCurrency(`The free-shipping threshold of rate "${rate.id}"`, rate.freeFrom, subtotal.currency);
      if (compareMoney(subtotal, rate.freeFrom) >= 0) price = zeroMoney(subtotal.currency);
    }
    const option: ShippingOption = { id: rate.id, label: rate.label, price };
    if (rate.estimate !== undefined) option.estimate = rate.estimate;
    options.push(option);
  }
  return options
    .map((option, index) => ({ option, index }))
    .sort((a, b) => a.option.price.amount - b.option.price.amount || a.index - b.index)
    .map(({ option }) => option);
}

/**
 * The tax contained in (inclusive) or to add to (exclusive) an amount, rounded half-up to the minor
 * unit: exclusive `taxable × bp / 10000`; inclusive `taxable × bp / (10000 + bp)` (¥113.00 at 13 %
 * contains ¥13.00).
 *
 * @throws `OrderZoneError` `config` when `basisPoints` is not a non-negative integer.
 */
export function computeTax(taxable: Money, rule: TaxRule): Money {
  const bp = rule.basisPoints;
  if (!Number.isSafeInteger(bp) || bp < 0) throw new OrderZoneError('config', `Tax rates are non-negative integer basis points; got ${String(bp)}.`);
  if (!rule.inclusive) return percentageOf(taxable, bp, 'half-up');
  const contained = divideRounded(BigInt(taxable.amount) * BigInt(bp), 10_000n + BigInt(bp), 'half-up');
  return money(Number(contained), taxable.currency);
}
