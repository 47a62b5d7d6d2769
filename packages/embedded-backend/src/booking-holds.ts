/**
 * Holds: a pick reserved for a few minutes while a shopper checks out, placed against everything
 * taken at that moment and released early when the shopper drops it.
 *
 * @module
 */
import { DEFAULT_HOLD_MINUTES } from '@orderzone/core/bookings';
import { PlaceHoldRequestSchema } from '@orderzone/core/schemas';
import type { Hold, PlaceHoldRequest } from '@orderzone/core';
import { pruneHolds, takenUnits, type BookingLedger, type StoredHold } from './booking-ledger.ts';
import { MINUTE_MS, resolvePick } from './booking-picks.ts';
import { requireBookable, type BookingProductLookup } from './booking-products.ts';
import { fieldErrorsFromIssues, validationError as validation } from './request-validation.ts';

/** A hold id: `hold_` and 20 random hex digits (`crypto.getRandomValues` also works outside secure contexts). */
export function newHoldId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `hold_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Places a hold: validates the request, resolves the pick against everything taken at `now`, and
 * returns the hold and the ledger with it (lapsed holds dropped). The caller stores the new ledger
 * in the same synchronous step.
 *
 * @throws {@link OrderZoneError} `validation` (malformed request, goods, rule break), `not_found`
 *   (unknown product or variant), `conflict` (taken meanwhile).
 */
export function placeHold(
  products: BookingProductLookup,
  ledger: BookingLedger,
  rawRequest: PlaceHoldRequest,
  now: Date,
  options: { holdMinutes?: number; id?: string } = {},
): { hold: Hold; ledger: BookingLedger } {
  const parsed = PlaceHoldRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validation('The hold request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const request = parsed.data;
  const product = requireBookable(products, request.productId);
  const current = pruneHolds(ledger, now);
  const pick = resolvePick(product, request.variantId, request.booking, takenUnits(current, now), now);
  const minutes = options.holdMinutes ?? DEFAULT_HOLD_MINUTES;
  const stored: StoredHold = {
    id: options.id ?? newHoldId(),
    productId: product.id,
    variantId: request.variantId,
    booking: pick.booking,
    expiresAt: new Date(now.getTime() + minutes * MINUTE_MS).toISOString(),
    claims: pick.claims,
  };
  const hold: Hold = { id: stored.id, productId: stored.productId, variantId: stored.variantId, booking: structuredClone(stored.booking), expiresAt: stored.expiresAt };
  return { hold, ledger: { ...current, holds: [...current.holds, stored] } };
}

/** The ledger without the hold `holdId` (unknown ids change nothing). */
export function releaseHold(ledger: BookingLedger, holdId: string): BookingLedger {
  return { ...ledger, holds: ledger.holds.filter((hold) => hold.id !== holdId) };
}
