/**
 * Tests of "a number no other has": makes the next readable numbers drawn (`createReadableNumber`
 * with its default random source, so order numbers and request-for-quote numbers) repeat numbers
 * of the test's choosing, so a test can make a new number clash with one already given.
 *
 * @module
 */
import { randomFillSync } from 'node:crypto';
import type { TestContext } from 'node:test';
import { READABLE_NUMBER_ALPHABET, READABLE_NUMBER_RANDOM_LENGTH } from '../order/readable-number.ts';

/** The 9 random characters of a readable number (`RFQ-7KD4M-9QXT2` → `7KD4M9QXT`). */
export function randomCharactersOf(number: string): string {
  return number.replace(/^[A-Z]+-/, '').replace('-', '').slice(0, READABLE_NUMBER_RANDOM_LENGTH);
}

/**
 * For the rest of test `t`, the next draws of a readable number give, in turn, the random
 * characters of `numbers` (whole numbers, or their 9 random characters), then random ones again;
 * other random bytes stay random. Returns how many of them are not drawn yet.
 */
export function drawReadableNumbers(t: TestContext, numbers: readonly string[]): () => number {
  const draws = numbers.map((number) =>
    // A byte below 31 is one character; 255 is skipped (rejection sampling), so the 16 bytes drawn give these 9.
    Uint8Array.from([...randomCharactersOf(number)].map((character) => READABLE_NUMBER_ALPHABET.indexOf(character)).concat(Array(16 - READABLE_NUMBER_RANDOM_LENGTH).fill(255))),
  );
  t.mock.method(globalThis.crypto, 'getRandomValues', <T extends ArrayBufferView | null>(bytes: T): T => {
    const next = bytes?.byteLength === 16 ? draws.shift() : undefined;
    if (next) (bytes as unknown as Uint8Array).set(next);
    else if (bytes) randomFillSync(bytes as unknown as Uint8Array);
    return bytes;
  });
  return () => draws.length;
}
