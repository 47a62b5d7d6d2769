/**
 * Numbers a person reads, types and reads aloud, that cannot be guessed: a prefix, 9 random
 * characters (44.6 bits) and a check character, from an alphabet without look-alikes (no 0/O, no
 * 1/I/L), shown as `<PREFIX>-XXXXX-XXXXX`. The check character catches every single wrong character
 * and every swap of two neighbours. Order numbers (`order-number.ts`, `OZ-…`) and the numbers of
 * requests for quote (`rfq-number.ts`, `RFQ-…`) are made this one way.
 *
 * @module
 */

/** The 31 characters of a readable number: digits 2–9 and the letters without I, L and O. */
export const READABLE_NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Random characters in a readable number (31⁹ ≈ 2^44.6 numbers). */
export const READABLE_NUMBER_RANDOM_LENGTH = 9;

const BASE = READABLE_NUMBER_ALPHABET.length;

/**
 * The check character of a body: the sum of each character's value times its position (1-based),
 * modulo 31. 31 is prime and larger than the body, so a single changed character or two swapped
 * neighbours always change the sum.
 */
export function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (i + 1) * READABLE_NUMBER_ALPHABET.indexOf(body[i]!);
  return READABLE_NUMBER_ALPHABET[sum % BASE]!;
}

/** `<prefix>-` and the ten characters in two groups of five. */
export function formatReadableNumber(prefix: string, characters: string): string {
  return `${prefix}-${characters.slice(0, 5)}-${characters.slice(5)}`;
}

/**
 * A new readable number such as `OZ-7KD4M-9QXT2` for `prefix` `OZ`. `randomBytes` fills an array
 * with cryptographically random bytes (default `crypto.getRandomValues`).
 */
export function createReadableNumber(prefix: string, randomBytes: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let body = '';
  // Rejection sampling: 248 = 8 × 31, so every character is equally likely.
  while (body.length < READABLE_NUMBER_RANDOM_LENGTH) {
    for (const byte of randomBytes(new Uint8Array(16))) {
      if (byte < 248 && body.length < READABLE_NUMBER_RANDOM_LENGTH) body += READABLE_NUMBER_ALPHABET[byte % BASE];
    }
  }
  return formatReadableNumber(prefix, body + checkCharacter(body));
}
