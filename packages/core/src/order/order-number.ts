/**
 * Order numbers that cannot be guessed and survive being read aloud: readable numbers
 * (`readable-number.ts`: 9 random characters, 44.6 bits, and a check character, from an alphabet
 * without look-alikes) with the prefix `OZ`, shown as `OZ-XXXXX-XXXXX`. A mistyped number is
 * refused by {@link parseOrderNumber} before any request: the check character catches every single
 * wrong character and every swap of two neighbours.
 *
 * Backends on the contract make their numbers with {@link createOrderNumber}; the storefront checks
 * what a shopper types with {@link parseOrderNumber}.
 *
 * @module
 */
import { READABLE_NUMBER_ALPHABET, READABLE_NUMBER_RANDOM_LENGTH, checkCharacter, createReadableNumber, formatReadableNumber } from './readable-number.ts';

/** The 31 characters of an order number: digits 2–9 and the letters without I, L and O. */
export const ORDER_NUMBER_ALPHABET = READABLE_NUMBER_ALPHABET;

/** The fixed prefix of every order number. */
export const ORDER_NUMBER_PREFIX = 'OZ';

/** Random characters in an order number (31⁹ ≈ 2^44.6 numbers). */
export const ORDER_NUMBER_RANDOM_LENGTH = READABLE_NUMBER_RANDOM_LENGTH;

/**
 * A new order number such as `OZ-7KD4M-9QXT2`. `randomBytes` fills an array with
 * cryptographically random bytes (default `crypto.getRandomValues`).
 */
export function createOrderNumber(randomBytes?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  return createReadableNumber(ORDER_NUMBER_PREFIX, randomBytes);
}

/**
 * The order number a shopper typed, in its canonical form (`OZ-7KD4M-9QXT2`), or `undefined` when
 * it cannot be one: wrong length, a character outside the alphabet, or a check character that does
 * not match (a typo). Case, spaces and dashes do not matter, and the prefix may be left out.
 */
export function parseOrderNumber(input: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  let compact = input.toUpperCase().replace(/[\s\-_.]/g, '');
  if (compact.length === ORDER_NUMBER_RANDOM_LENGTH + 3 && /^[O0]Z/.test(compact)) compact = compact.slice(2);
  if (compact.length !== ORDER_NUMBER_RANDOM_LENGTH + 1) return undefined;
  for (const character of compact) if (!ORDER_NUMBER_ALPHABET.includes(character)) return undefined;
  const body = compact.slice(0, -1);
  return checkCharacter(body) === compact.at(-1) ? formatReadableNumber(ORDER_NUMBER_PREFIX, compact) : undefined;
}

/** True when `value` is an order number in its canonical form. */
export function isOrderNumber(value: string): boolean {
  return parseOrderNumber(value) === value;
}
