/**
 * The cart's changes as pure functions over its lines: each takes the lines as they are and returns
 * the lines to store (absent when nothing changed) with what the change amounted to. `cart.ts` keeps
 * the lines in a store, saves them and tells listeners; nothing here touches storage or a clock.
 *
 * @module
 */
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import type { Product, QuantityRule, Variant } from '../catalog/catalog-schema.ts';
import { isBookable, previewUnitPrice, validatePersonalization } from '../catalog/product-rules.ts';
import { checkQuantityAsked, fitQuantity } from '../catalog/quantity-rule.ts';
import { OrderZoneError } from '../errors.ts';
import { variantTitle } from '../catalog/variant-title.ts';
import type { Money } from '../money/money.ts';
import type { LineRequest, Quote, QuoteLine } from '../order/order-schema.ts';
import { cartLineKey, normalizePersonalization, quoteLineFinder } from './cart-line-key.ts';
import { quoteBookingProblem } from './booking-problem.ts';
import { isQuotedQuantityKept } from '../business/rfq-quantity.ts';
import type {
  AddBookingInput, AddToCartInput, BookingLineUpdate, CartAddResult, CartChangeResult, CartLine, RemovedLine,
} from './cart-line.ts';

/** What a change needs besides the lines: the cart's currency and the time it is made (epoch milliseconds). */
export interface CartContext {
  currency: string;
  now: number;
}

/** The price of a booking pick, as `priceBooking` (fetched on first use) gives it. */
export type BookingPricer = (product: AddBookingInput['product'], variantId: string, booking: BookingSelection) => { unitPrice: Money; details: BookingDetails };

/** A change's outcome: `lines` to store when the lines changed, and the result for the caller. */
export interface CartLinesChange<R> {
  lines?: CartLine[];
  result: R;
}

function replaceLine(lines: readonly CartLine[], index: number, line: CartLine): CartLine[] {
  const next = [...lines];
  next[index] = line;
  return next;
}

/** Adds units of a variant (see `Cart.add`), merging with an identical line. */
export function addLine(lines: readonly CartLine[], input: AddToCartInput, context: CartContext): CartLinesChange<CartAddResult> {
  const { product, variantId } = input;
  checkQuantityAsked(input.quantity, 1);
  if (isBookable(product)) {
    throw new OrderZoneError('validation', `Product "${product.id}" is booked (${product.kind}): add it with zone.bookings.addToCart(), which holds the pick first.`, {
      fieldErrors: [{ field: 'booking', code: 'booking_required' }],
    });
  }
  const variant = variantOf(product, variantId);
  const personalization = checkedPersonalization(product, input.personalization);
  const unitPrice = inCartCurrency(product, previewUnitPrice(product, variantId, 1, personalization).unitPrice, context);
  const key = cartLineKey(product.id, variantId, personalization);
  const index = lines.findIndex((line) => line.key === key);
  const existing = lines[index];
  if (existing && input.rfqId === undefined && !isQuotedQuantityKept(existing, existing.quantity + input.quantity)) {
    // The line is bought at a quoted price for exactly its quantity: more units would lose the quote.
    return { result: { notice: { code: 'quantity_adjusted', requested: existing.quantity + input.quantity, allowed: existing.quantity, reason: 'quoted' }, outcome: 'refused', added: 0 } };
  }
  // A quoted line holds exactly the quoted quantity: it replaces the units already there.
  const held = input.rfqId === undefined ? existing?.quantity ?? 0 : 0;
  const fit = fitQuantity(held + input.quantity, product.quantity, variant.stock, roomBeside(lines, index));
  if (fit.allowed <= held) {
    // Nothing more fits (sold out, the line already holds the maximum or the whole stock, or the cart is full): the line stays as it is.
    const refused: CartAddResult = { ...optional('notice', fit.notice), outcome: 'refused', added: 0 };
    return existing ? { lines: replaceLine(lines, index, { ...existing, stock: variant.stock }), result: refused } : { result: refused };
  }
  const line: CartLine = {
    key,
    productId: product.id,
    variantId,
    quantity: fit.allowed,
    personalization,
    seen: seenOf(product, variant, unitPrice),
    quantityRule: product.quantity,
    stock: variant.stock,
    addedAt: existing?.addedAt ?? context.now,
    ...optional('rfqId', input.rfqId),
  };
  const added = fit.allowed - held;
  const outcome = fit.notice?.code === 'quantity_capped' ? 'capped' : 'added';
  return {
    lines: existing ? replaceLine(lines, index, line) : [...lines, line],
    result: { line, ...optional('notice', fit.notice), outcome, added },
  };
}

/** Adds a booking line (see `Cart.addBooking`), priced by `price`; the same pick is not added twice. */
export function addBookingLine(lines: readonly CartLine[], input: AddBookingInput, price: BookingPricer, context: CartContext): CartLinesChange<CartAddResult> {
  const { product, variantId, booking } = input;
  const variant = variantOf(product, variantId);
  const personalization = checkedPersonalization(product, input.personalization);
  const priced = price(product, variantId, booking);
  const unitPrice = inCartCurrency(product, priced.unitPrice, context);
  const key = cartLineKey(product.id, variantId, personalization, booking);
  const existing = lines.find((line) => line.key === key);
  if (existing) return { result: { line: existing, notice: { code: 'booking_already_in_cart' }, outcome: 'refused', added: 0 } };
  if (roomBeside(lines, -1) < 1) return { result: { notice: { code: 'quantity_capped', requested: 1, allowed: 0, reason: 'cart_limit' }, outcome: 'refused', added: 0 } };
  const line: CartLine = {
    key,
    productId: product.id,
    variantId,
    quantity: 1,
    personalization,
    seen: seenOf(product, variant, unitPrice),
    quantityRule: BOOKING_QUANTITY,
    stock: null,
    addedAt: context.now,
    booking,
    bookingDetails: priced.details,
    ...optional('hold', input.hold ? { id: input.hold.id, expiresAt: input.hold.expiresAt } : undefined),
  };
  return { lines: [...lines, line], result: { line, outcome: 'added', added: 1 } };
}

/** Replaces or clears a booking line's hold and problem; no result for an unknown key. */
export function updateBookingLine(lines: readonly CartLine[], key: string, update: BookingLineUpdate): CartLinesChange<CartLine | undefined> {
  const index = lines.findIndex((line) => line.key === key);
  const existing = lines[index];
  if (!existing) return { result: undefined };
  const { hold, bookingProblem, ...rest } = existing;
  const nextHold = update.hold === undefined ? hold : (update.hold ?? undefined);
  const nextProblem = update.bookingProblem === undefined ? bookingProblem : (update.bookingProblem ?? undefined);
  const line: CartLine = { ...rest, ...optional('hold', nextHold), ...optional('bookingProblem', nextProblem) };
  return { lines: replaceLine(lines, index, line), result: line };
}

/**
 * Sets a line's quantity within its rule and stock (see `Cart.setQuantity`). `'remove'` when the
 * quantity is 0 and the line exists: removing is the store's job (it remembers the line for undo).
 */
export function setLineQuantity(lines: readonly CartLine[], key: string, quantity: number): CartLinesChange<CartChangeResult> | 'remove' {
  checkQuantityAsked(quantity, 0);
  const index = lines.findIndex((line) => line.key === key);
  const existing = lines[index];
  if (!existing) return { result: {} };
  if (quantity === 0) return 'remove';
  if (existing.booking) return { result: quantity === 1 ? { line: existing } : { line: existing, notice: { code: 'booking_quantity_fixed', requested: quantity } } };
  if (!isQuotedQuantityKept(existing, quantity)) return { result: { line: existing, notice: { code: 'quantity_adjusted', requested: quantity, allowed: existing.quantity, reason: 'quoted' } } };
  const fit = fitQuantity(quantity, existing.quantityRule, existing.stock, roomBeside(lines, index));
  if (fit.allowed === 0) return { result: { line: existing, ...optional('notice', fit.notice) } };
  const line = { ...existing, quantity: fit.allowed };
  return { lines: replaceLine(lines, index, line), result: { line, ...optional('notice', fit.notice) } };
}

/** The lines without the line of `key`, and that line with its position; `undefined` for an unknown key. */
export function removeLine(lines: readonly CartLine[], key: string): { lines: CartLine[]; removed: RemovedLine } | undefined {
  const index = lines.findIndex((line) => line.key === key);
  const line = lines[index];
  if (!line) return undefined;
  return { lines: lines.filter((_, i) => i !== index), removed: { line, index } };
}

/**
 * Puts a removed line back (see `Cart.undoRemove`): `undone` false when the cart has no room left
 * for it (the line stays undoable).
 */
export function undoRemoval(lines: readonly CartLine[], removed: RemovedLine): CartLinesChange<boolean> {
  const index = lines.findIndex((line) => line.key === removed.line.key);
  const existing = lines[index];
  if (existing) {
    // The same pick was booked again meanwhile: that line has its own hold.
    if (existing.booking) return { result: true };
    // The same line was added again meanwhile: put the removed units back into it, within the rules.
    const fit = fitQuantity(existing.quantity + removed.line.quantity, existing.quantityRule, existing.stock, roomBeside(lines, index));
    return { lines: replaceLine(lines, index, { ...existing, quantity: Math.max(fit.allowed, existing.quantity) }), result: true };
  }
  // Other lines may have filled the cart meanwhile: at most as many units as keep its item count safe.
  const fit = fitQuantity(removed.line.quantity, removed.line.quantityRule, null, roomBeside(lines, -1));
  if (fit.allowed === 0) return { result: false };
  const next = [...lines];
  next.splice(Math.min(removed.index, next.length), 0, restoredLine({ ...removed.line, quantity: fit.allowed }));
  return { lines: next, result: true };
}

/** The lines after a quote the shopper accepted (see `Cart.applyQuote`); `undefined` when no line was quoted. */
export function linesAfterQuote(lines: readonly CartLine[], quote: Quote): CartLine[] | undefined {
  const quotedLine = quoteLineFinder(quote.lines);
  let changed = false;
  const next = lines.map((line): CartLine => {
    const quoted = quotedLine(line);
    if (!quoted) return line;
    changed = true;
    if (line.booking) return bookingLineFromQuote(line, quoted);
    let quantity = line.quantity;
    if (quoted.available !== null && quantity > quoted.available) {
      // Lower to what is available; a line nothing is left of stays (stock 0) so the UI shows it sold out.
      const fit = fitQuantity(quoted.available, line.quantityRule, quoted.available);
      if (fit.allowed > 0) quantity = fit.allowed;
    }
    return {
      ...line,
      quantity,
      stock: quoted.available === null ? null : Math.max(0, quoted.available),
      seen: { ...line.seen, unitPrice: quoted.listUnitPrice ?? quoted.unitPrice },
    };
  });
  return changed ? next : undefined;
}

/** The lines as the backend expects them: ids, quantities, personalization, the pick and hold id of bookings, the request for quote of a quoted line; never prices. */
export function lineRequestsOf(lines: readonly CartLine[]): LineRequest[] {
  return lines.map((line) => {
    const request: LineRequest = {
      productId: line.productId,
      variantId: line.variantId,
      quantity: line.quantity,
      personalization: { ...line.personalization },
    };
    if (line.booking) request.booking = structuredClone(line.booking);
    if (line.booking && line.hold) request.holdId = line.hold.id;
    if (line.rfqId !== undefined) request.rfqId = line.rfqId;
    return request;
  });
}

/**
 * How many units may still go into the line at `index` (`-1`: a new line) so that the cart's item
 * count stays a safe integer: `Number.MAX_SAFE_INTEGER` minus the units of every other line.
 */
export function roomBeside(lines: readonly CartLine[], index: number): number {
  const others = lines.reduce((sum, line, i) => (i === index ? sum : sum + line.quantity), 0);
  return Math.max(0, Number.MAX_SAFE_INTEGER - others);
}

/** The quantity rule of every booking line: exactly one. */
const BOOKING_QUANTITY: QuantityRule = { min: 1, max: 1, step: 1 };

/** The variant `variantId` of `product`; a `validation` error (field `variantId`) when it has none. */
function variantOf(product: Product, variantId: string): Variant {
  const variant = product.variants.find((v) => v.id === variantId);
  if (!variant) {
    throw new OrderZoneError('validation', `Product "${product.id}" has no variant "${variantId}".`, {
      fieldErrors: [{ field: 'variantId', code: 'invalid_choice' }],
    });
  }
  return variant;
}

function checkedPersonalization(product: Product, values: Record<string, string> | undefined): Record<string, string> {
  const personalization = normalizePersonalization(values);
  const fieldErrors = validatePersonalization(product, personalization);
  if (fieldErrors.length > 0) {
    throw new OrderZoneError('validation', `The personalization of product "${product.id}" is not valid: ${fieldErrors.map((e) => `${e.field} ${e.code}`).join(', ')}.`, { fieldErrors });
  }
  return personalization;
}

/** A removed line as undo puts it back: a booking's hold was given back on removal, so it must be re-checked. */
function restoredLine(line: CartLine): CartLine {
  if (!line.booking) return line;
  const { hold: _released, bookingProblem: _problem, ...rest } = line;
  return { ...rest, bookingProblem: 'hold_expired' };
}

/** A booking line after a quote: its price, details, hold expiry and problem as the backend sees them now. */
function bookingLineFromQuote(line: CartLine, quoted: QuoteLine): CartLine {
  const { bookingProblem: _previous, hold, bookingDetails, ...rest } = line;
  const problem = quoteBookingProblem(quoted);
  return {
    ...rest,
    seen: { ...line.seen, unitPrice: quoted.unitPrice },
    ...optional('bookingDetails', quoted.booking ?? bookingDetails),
    ...optional('hold', quoted.hold ? { id: quoted.hold.id, expiresAt: quoted.hold.expiresAt } : hold),
    ...optional('bookingProblem', problem),
  };
}

/** `price`, checked to be in the cart's currency. */
function inCartCurrency(product: Product, price: Money, { currency }: CartContext): Money {
  if (price.currency !== currency) {
    throw new OrderZoneError('validation', `Product "${product.id}" is priced in ${price.currency}, but this cart holds ${currency}.`);
  }
  return price;
}

/** What a new line remembers of what the shopper saw: the product's title, the variant's title, image and SKU, and `unitPrice`. */
function seenOf(product: Product, variant: Variant, unitPrice: Money): CartLine['seen'] {
  return {
    title: product.title,
    ...optional('variantTitle', variantTitle(product, variant)),
    ...optional('image', variant.image ?? product.images[0]),
    sku: variant.sku,
    unitPrice,
  };
}

/** `{ [name]: value }` when value is defined, `{}` otherwise (keeps optional properties absent). */
function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [name]: value } as { [P in K]?: V });
}

