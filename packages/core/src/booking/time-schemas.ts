/**
 * The time values of the booking contract, shared by the product configuration
 * (`booking-config-schema.ts`) and the rest of the booking contract (`booking-schema.ts`). Internal:
 * the public entries export neither.
 *
 * @module
 */
import * as z from 'zod/mini';

/** IANA time zone name (`Asia/Shanghai`, `America/New_York`). */
export const TimeZoneSchema = z.string().check(z.minLength(1), z.maxLength(64));
/** A UTC ISO instant (`2026-05-01T02:00:00.000Z`). */
export const InstantSchema = z.iso.datetime();
