/**
 * A signed-in shopper's session as the engine keeps it in its state, and its stored shape (see
 * `accounts.ts` for the rules).
 *
 * @module
 */
import type { CodeChannel } from '@orderzone/core';
import * as z from 'zod/mini';

/** A signed-in shopper's session as the engine stores it. */
export interface StoredSession {
  token: string;
  shopperId: string;
  channel: CodeChannel;
  /** The phone number or e-mail address signed in with, normalised. */
  destination: string;
  createdAt: string;
  expiresAt: string;
}

/** The stored shape of a {@link StoredSession}, checked when a saved state is read back. */
export const StoredSessionSchema = z.object({
  token: z.string(),
  shopperId: z.string(),
  channel: z.enum(['sms', 'email']),
  destination: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
