/**
 * How a cart is kept in storage: `{ version: 1, currency, lines }`, checked on every read so a
 * corrupt or foreign value never breaks the page and never silently disappears. The checks are
 * small hand-written guards (no schema library), so the cart stays light for the first paint.
 *
 * @module
 */
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import type { CartLine } from './cart-line.ts';
import { cartLineKey, normalizePersonalization } from './cart-line-key.ts';

import { STORED_CART_VERSION } from './stored-cart-version.ts';

export { STORED_CART_VERSION };

type Guard = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Guard = (value) => typeof value === 'string';
const isNonEmptyString: Guard = (value) => typeof value === 'string' && value.length > 0;
const isInt: Guard = (value) => Number.isSafeInteger(value);
const isPositiveInt: Guard = (value) => Number.isSafeInteger(value) && (value as number) >= 1;
const isBoolean: Guard = (value) => typeof value === 'boolean';
const isInstant: Guard = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isDate: Guard = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isWallTime: Guard = (value) => typeof value === 'string' && /^\d{2}:\d{2}$/.test(value);
const isStringRecord: Guard = (value) => isRecord(value) && Object.values(value).every(isString);
const isLocalizedText: Guard = (value) => isString(value) || isStringRecord(value);
const arrayOf =
  (item: Guard, min = 0): Guard =>
  (value) =>
    Array.isArray(value) && value.length >= min && value.every(item);
const optional =
  (guard: Guard): Guard =>
  (value) =>
    value === undefined || guard(value);

/** True when `value` is an object whose listed fields pass their guards (other fields are ignored). */
function hasShape(value: unknown, shape: Record<string, Guard>): value is Record<string, unknown> {
  return isRecord(value) && Object.entries(shape).every(([name, guard]) => guard(value[name]));
}
const shaped =
  (shape: Record<string, Guard>): Guard =>
  (value) =>
    hasShape(value, shape);

const isMoney = shaped({ amount: isInt, currency: (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value) });
const isImage = shaped({ url: isNonEmptyString, alt: isLocalizedText, width: optional(isInt), height: optional(isInt) });
const isQuantityRule = shaped({ min: isPositiveInt, max: optional(isPositiveInt), step: isPositiveInt });
const isHold = shaped({ id: isNonEmptyString, expiresAt: isInstant });

const selectionShapes: Record<BookingSelection['type'], Record<string, Guard>> = {
  time_slot: { start: isInstant, resourceId: optional(isNonEmptyString) },
  stay: { checkIn: isDate, checkOut: isDate },
  seats: { sessionId: isNonEmptyString, seatIds: arrayOf(isNonEmptyString, 1) },
};

const detailsShapes: Record<BookingDetails['type'], Record<string, Guard>> = {
  time_slot: { start: isInstant, end: isInstant, timeZone: isNonEmptyString, resourceId: optional(isNonEmptyString), resourceName: optional(isLocalizedText), onSite: isBoolean },
  stay: {
    checkIn: isDate,
    checkOut: isDate,
    checkInTime: isWallTime,
    checkOutTime: isWallTime,
    timeZone: isNonEmptyString,
    nights: arrayOf(shaped({ date: isDate, price: isMoney })),
  },
  seats: {
    sessionId: isNonEmptyString,
    startsAt: isInstant,
    sessionLabel: optional(isLocalizedText),
    venue: optional(isLocalizedText),
    timeZone: isNonEmptyString,
    seats: arrayOf(shaped({ id: isNonEmptyString, label: isLocalizedText, zoneName: isLocalizedText, price: isMoney }), 1),
  },
};

/** A guard for a union tagged by `type`, from one shape per tag. */
function tagged(shapes: Record<string, Record<string, Guard>>): Guard {
  return (value) => isRecord(value) && typeof value['type'] === 'string' && Object.hasOwn(shapes, value['type']) && hasShape(value, shapes[value['type']]!);
}

const isSelection = tagged(selectionShapes);
const isDetails = tagged(detailsShapes);

const seenShape: Record<string, Guard> = { title: isLocalizedText, variantTitle: optional(isLocalizedText), image: optional(isImage), sku: isString, unitPrice: isMoney };

/** A line's fields, in the order a line has them. */
const lineShape: Record<string, Guard> = {
  productId: isNonEmptyString,
  variantId: isNonEmptyString,
  quantity: isPositiveInt,
  personalization: isStringRecord,
  seen: shaped(seenShape),
  quantityRule: isQuantityRule,
  stock: (value) => value === null || (isInt(value) && (value as number) >= 0),
  addedAt: (value) => Number.isFinite(value),
  rfqId: optional(isNonEmptyString),
  booking: optional(isSelection),
  bookingDetails: optional(isDetails),
  hold: optional(isHold),
  bookingProblem: (value) => value === undefined || value === 'hold_expired' || value === 'booking_unavailable',
};

/** The outcome of reading a stored cart. */
export type StoredCartRead =
  /** Nothing stored. */
  | { status: 'empty' }
  /** Read; `dropped` lines were invalid and left out. */
  | { status: 'ok'; lines: CartLine[]; dropped: number }
  /** Unreadable (not JSON, unknown version, another currency): nothing can be kept. */
  | { status: 'corrupt' };

/** The fields of `data` that `shape` names and that are there, in the shape's order. */
function known(data: Record<string, unknown>, shape: Record<string, Guard>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(shape)) if (data[name] !== undefined) copy[name] = data[name];
  return copy;
}

/** The line's fields this code knows, copied (unknown fields are left behind), with its key recomputed. */
function toCartLine(data: Record<string, unknown>): CartLine {
  const line: Record<string, unknown> = { key: '', ...known(data, lineShape) };
  const personalization = normalizePersonalization(data['personalization'] as Record<string, string>);
  const booking = data['booking'] as BookingSelection | undefined;
  line['key'] = cartLineKey(data['productId'] as string, data['variantId'] as string, personalization, booking);
  line['personalization'] = personalization;
  line['seen'] = known(data['seen'] as Record<string, unknown>, seenShape);
  if (booking) line['quantity'] = 1;
  // What only a booking line has is left behind on a line of goods.
  else for (const name of ['bookingDetails', 'hold', 'bookingProblem']) delete line[name];
  return line as unknown as CartLine;
}

/**
 * Parses a stored cart. Lines are checked one by one; each line's key is recomputed (never trusted)
 * and lines that turn out identical are merged (booking lines, which are always one, are not added up).
 * A line whose units would take the cart's item count past `Number.MAX_SAFE_INTEGER` is dropped.
 */
export function readStoredCart(raw: string | null, currency: string): StoredCartRead {
  if (raw === null) return { status: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (!hasShape(json, { version: (v) => v === STORED_CART_VERSION, currency: isString, lines: Array.isArray }) || json['currency'] !== currency) {
    return { status: 'corrupt' };
  }
  const lines: CartLine[] = [];
  let dropped = 0;
  let units = 0;
  for (const candidate of json['lines'] as unknown[]) {
    if (!hasShape(candidate, lineShape) || (candidate['seen'] as CartLine['seen']).unitPrice.currency !== currency) {
      dropped += 1;
      continue;
    }
    const line = toCartLine(candidate);
    const same = lines.findIndex((l) => l.key === line.key);
    if (same !== -1 && line.booking) continue;
    if (line.quantity > Number.MAX_SAFE_INTEGER - units) {
      // The cart's item count would no longer be a safe integer.
      dropped += 1;
      continue;
    }
    units += line.quantity;
    if (same === -1) lines.push(line);
    else lines[same] = { ...lines[same]!, quantity: lines[same]!.quantity + line.quantity };
  }
  return { status: 'ok', lines, dropped };
}

/** The stored form of a cart. */
export function writeStoredCart(currency: string, lines: readonly CartLine[]): string {
  return JSON.stringify({ version: STORED_CART_VERSION, currency, lines });
}
