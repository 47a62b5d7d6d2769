/**
 * The numbers of requests for quote (`RFQ-7KD4M-9QXT2`), what a person reads, made by backends the
 * way order numbers are (`readable-number.ts`: random, no look-alike characters, a check
 * character), while the id stays what URLs and API paths name. How a storefront shows a request,
 * with or without a number, is `rfq-reference.ts`.
 *
 * @module
 */
import { createReadableNumber } from '../order/readable-number.ts';

/** The fixed prefix of every request-for-quote number. */
export const RFQ_NUMBER_PREFIX = 'RFQ';

/**
 * A new request-for-quote number such as `RFQ-7KD4M-9QXT2`, for backends on the contract.
 * `randomBytes` fills an array with cryptographically random bytes (default `crypto.getRandomValues`).
 */
export function createRfqNumber(randomBytes?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  return createReadableNumber(RFQ_NUMBER_PREFIX, randomBytes);
}
