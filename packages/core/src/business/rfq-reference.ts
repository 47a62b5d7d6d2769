/**
 * How a person names a request for quote: its number (`RFQ-7KD4M-9QXT2`, see `rfq-number.ts`), or,
 * from a backend that gives none (one written before numbers, on the same contract), the end of its
 * id. A module apart from the numbers' making, which only backends need.
 *
 * @module
 */
import type { Rfq } from './rfq-schema.ts';

/**
 * How a person names `rfq`: its `number`, or, from a backend that gives none, `#` and the last six
 * characters of its id in capitals (`rfq_7ee322bbe2166b4731fb` reads `#4731FB`).
 */
export function rfqReference(rfq: Pick<Rfq, 'id' | 'number'>): string {
  return rfq.number ?? `#${rfq.id.slice(-6).toUpperCase()}`;
}
