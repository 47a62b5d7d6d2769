/**
 * Order numbers that cannot be guessed and survive being read aloud: 9 random characters (44.6 bits)
 * and a check character, from an alphabet without look-alikes (no 0/O, no 1/I/L), shown as
 * `OZ-XXXXX-XXXXX`. A mistyped number is refused by {@link parseOrderNumber} before any request:
 * the check character catches every single wrong character and every swap of two neighbours.
 *
 * Backends on the contract make their numbers with {@link createOrderNumber}; the storefront checks
 * what a shopper types with {@link parseOrderNumber}.
 *
 * @module
 */

/** The 31 characters of an order number: digits 2–9 and the letters without I, L and O. */
export const ORDER_NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The fixed prefix of every order number. */
export const ORDER_NUMBER_PREFIX = 'OZ';

/** Random characters in an order number (31⁹ ≈ 2^44.6 numbers). */
export const ORDER_NUMBER_RANDOM_LENGTH = 9;

const BASE = ORDER_NUMBER_ALPHABET.length;

/**
 * The check character of a body: the sum of each character's value times its position (1-based),
 * modulo 31. 31 is prime and larger than the body, so a single changed character or two swapped
 * neighbours always change the sum.
 */
function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (i + 1) * ORDER_NUMBER_ALPHABET.indexOf(body[i]!);
  return ORDER_NUMBER_ALPHABET[sum % BASE]!;
}

/** `OZ-` and the ten characters in two groups of five. */
function formatBody(characters: string): string {
  return `${ORDER_NUMBER_PREFIX}-${characters.slice(0, 5)}-${characters.slice(5)}`;
}

/**
 * A new order number such as `OZ-7KD4M-9QXT2`. `randomBytes` fills an array with
 * cryptographically random bytes (default `crypto.getRandomValues`).
 */
export function createOrderNumber(randomBytes: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let body = '';
  // Rejection sampling: 248 = 8 × 31, so every character is equally likely.
  while (body.length < ORDER_NUMBER_RANDOM_LENGTH) {
    for (const byte of randomBytes(new Uint8Array(16))) {
      if (byte < 248 && body.length < ORDER_NUMBER_RANDOM_LENGTH) body += ORDER_NUMBER_ALPHABET[byte % BASE];
    }
  }
  return formatBody(body + checkCharacter(body));
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
  return checkCharacter(body) === compact.at(-1) ? formatBody(compact) : undefined;
}

/** True when `value` is an order number in its canonical form. */
export function isOrderNumber(value: string): boolean {
  return parseOrderNumber(value) === value;
}
