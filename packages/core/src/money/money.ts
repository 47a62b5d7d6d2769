/**
 * Money as integer minor units with an ISO 4217 currency.
 *
 * Every amount in OrderZone is a {@link Money}: `{ amount: 12345, currency: 'CNY' }` is ¥123.45,
 * `{ amount: 500, currency: 'JPY' }` is ¥500 and `{ amount: 1250, currency: 'KWD' }` is 1.250 KD.
 * Arithmetic here is integer-only (BigInt where a product or quotient could leave the safe range or
 * need rounding), so no amount ever passes through binary floating point.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';

/** An amount of money: integer minor units (cents, fen, fils...) of an ISO 4217 currency. */
export interface Money {
  /** Integer number of minor units; may be negative for discounts and refunds. */
  readonly amount: number;
  /** Upper-case ISO 4217 code, e.g. `CNY`, `USD`, `JPY`, `KWD`. */
  readonly currency: string;
}

/** How a division that does not come out even is rounded. */
export type Rounding = 'half-up' | 'half-even' | 'down' | 'up';

const CURRENCY_CODE = /^[A-Z]{3}$/;
const digitsCache = new Map<string, number>();

/**
 * The number of minor-unit digits of a currency (2 for CNY and USD, 0 for JPY, 3 for KWD), as
 * `Intl` knows it.
 *
 * @throws {@link OrderZoneError} `config` when the code is not a three-letter ISO 4217 code.
 */
export function currencyDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  if (!CURRENCY_CODE.test(currency)) {
    throw new OrderZoneError('config', `"${currency}" is not an ISO 4217 currency code (three capital letters, e.g. "CNY").`);
  }
  let digits: number;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    throw new OrderZoneError('config', `"${currency}" is not a currency this browser knows.`);
  }
  digitsCache.set(currency, digits);
  return digits;
}

/**
 * Creates a {@link Money} after checking that the amount is a safe integer and the currency a valid
 * ISO 4217 code.
 *
 * @example money(12345, 'CNY') // ¥123.45
 */
export function money(amount: number, currency: string): Money {
  checkedAmount(amount, currency);
  currencyDigits(currency);
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** Throws unless `amount` is a safe integer: the one check behind `money()`, printing and formatting. */
function checkedAmount(amount: unknown, currency: unknown): void {
  if (!Number.isSafeInteger(amount)) {
    throw new OrderZoneError('validation', `Money amounts are integer minor units within ±${Number.MAX_SAFE_INTEGER}; got ${String(amount)} ${String(currency)}.`);
  }
}

/** Zero in the given currency. */
export function zeroMoney(currency: string): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new OrderZoneError('validation', `Cannot combine ${a.currency} with ${b.currency}: amounts must share one currency.`);
  }
}

/**
 * {@link Money} of a BigInt result in minor units, checked to be exactly representable.
 *
 * @throws {@link OrderZoneError} `validation` when it is beyond `Number.MAX_SAFE_INTEGER` either way.
 */
export function checkedMoney(amount: bigint, currency: string): Money {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new OrderZoneError('validation', `The amount ${amount} ${currency} is too large to represent exactly.`);
  }
  return money(Number(amount), currency);
}

/** `a + b`; both must share a currency. */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checkedMoney(BigInt(a.amount) + BigInt(b.amount), a.currency);
}

/** `a - b`; both must share a currency. */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checkedMoney(BigInt(a.amount) - BigInt(b.amount), a.currency);
}

/** The sum of a list of amounts in `currency` (zero for an empty list). */
export function sumMoney(items: readonly Money[], currency: string): Money {
  let total = 0n;
  for (const item of items) {
    if (item.currency !== currency) sameCurrency(item, zeroMoney(currency));
    total += BigInt(item.amount);
  }
  return checkedMoney(total, currency);
}

/** `m × factor` for an integer factor such as a quantity. */
export function multiplyMoney(m: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) {
    throw new OrderZoneError('validation', `Money can only be multiplied by an integer; got ${String(factor)}.`);
  }
  return checkedMoney(BigInt(m.amount) * BigInt(factor), m.currency);
}

/** Negative, zero or positive as `a` is less than, equal to or greater than `b`. */
export function compareMoney(a: Money, b: Money): number {
  sameCurrency(a, b);
  return a.amount === b.amount ? 0 : a.amount < b.amount ? -1 : 1;
}

/** True when both amounts have the same currency and value. */
export function equalMoney(a: Money | undefined, b: Money | undefined): boolean {
  if (!a || !b) return a === b;
  return a.currency === b.currency && a.amount === b.amount;
}

/**
 * The exact decimal string of an amount in major units: `{ amount: 12345, currency: 'CNY' }` →
 * `"123.45"`, `{ amount: 5, currency: 'KWD' }` → `"0.005"`.
 *
 * @throws {@link OrderZoneError} `validation` when the amount is not a safe integer (`NaN`, a
 *   fraction, beyond `Number.MAX_SAFE_INTEGER`): such an amount has no exact decimal; `config` for a
 *   malformed currency code.
 */
export function toDecimalString(m: Money): string {
  checkedAmount(m.amount, m.currency);
  const digits = currencyDigits(m.currency);
  const negative = m.amount < 0;
  const abs = String(Math.abs(m.amount)).padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  const frac = digits === 0 ? '' : `.${abs.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

const DECIMAL = /^\s*(-)?(\d+)(?:\.(\d+))?\s*$/;

/**
 * Parses a decimal string in major units (`"123.45"`) into {@link Money}. More fraction digits than
 * the currency has is an error, never a silent rounding.
 */
export function parseMoney(value: string, currency: string): Money {
  const digits = currencyDigits(currency);
  const match = DECIMAL.exec(value);
  if (!match) throw new OrderZoneError('validation', `"${value}" is not a decimal amount such as "123.45".`);
  const [, minus, whole = '0', frac = ''] = match;
  if (frac.length > digits) {
    throw new OrderZoneError('validation', `${currency} has ${digits} decimal places; "${value}" has ${frac.length}.`);
  }
  const minor = BigInt(whole + frac.padEnd(digits, '0'));
  return checkedMoney(minus ? -minor : minor, currency);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** How {@link formatMoney} writes an amount. */
export interface MoneyFormatOptions {
  /** How the currency is named: `symbol` (default; `CN¥` in `en-US`, `¥` in `zh-CN`), `narrowSymbol` or `code`. */
  display?: 'symbol' | 'narrowSymbol' | 'code';
  /**
   * `whole` leaves out a fraction of zeros (`CN¥428` for 428.00, `CN¥428.50` as is), for a place
   * as narrow as a calendar day; the currency is named the same way. Default `always`.
   */
  fraction?: 'always' | 'whole';
}

/**
 * Formats an amount for display with `Intl.NumberFormat` in the given locale, e.g. `¥123.45` in
 * `zh-CN` or `CN¥123.45` in `en-US`. The exact decimal string is passed to `Intl`, never a float.
 * Every amount OrderZone shows goes through it, so money is written one way everywhere.
 *
 * @throws {@link OrderZoneError} `validation` when the amount is not a safe integer (so "CN¥NaN" or
 *   a rounded figure is never shown); `config` for a malformed locale tag (`zh_CN`; normalise it
 *   with `normalizeLocale()` first) or currency code.
 */
export function formatMoney(m: Money, locale: string, options: MoneyFormatOptions = {}): string {
  checkedAmount(m.amount, m.currency);
  const display = options.display ?? 'symbol';
  const fraction = options.fraction ?? 'always';
  const key = `${locale}|${m.currency}|${display}|${fraction}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    currencyDigits(m.currency);
    try {
      formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: m.currency,
        currencyDisplay: display,
        ...(fraction === 'whole' ? { trailingZeroDisplay: 'stripIfInteger' } : {}),
      } as Intl.NumberFormatOptions);
    } catch (error) {
      throw new OrderZoneError('config', `"${locale}" is not a valid locale tag (use e.g. "zh-CN" or "en-US").`, { cause: error });
    }
    formatters.set(key, formatter);
  }
  // Intl.NumberFormat accepts decimal strings and formats them exactly (ECMA-402 "Intl.NumberFormat v3").
  return formatter.format(toDecimalString(m) as unknown as number);
}
