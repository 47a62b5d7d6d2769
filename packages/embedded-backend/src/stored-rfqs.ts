/**
 * A request for quote as the engine stores it, apart from the calls that change it (`rfqs.ts`), so
 * the engine's state can declare and check it without importing those calls.
 *
 * @module
 */
import * as z from 'zod/mini';
import { RfqSchema } from '@orderzone/core/rfq';
import type { Rfq } from '@orderzone/core';

/** A request for quote as the engine keeps it: the request, and its buyer (the normalised phone or e-mail of the session that sent it). */
export interface StoredRfq {
  buyer: string;
  rfq: Rfq;
}

/** How a stored request is checked when a saved state is read back. */
export const StoredRfqSchema: z.ZodMiniType<StoredRfq> = z.object({ buyer: z.string(), rfq: RfqSchema });
