/**
 * One-time codes and what they open, in the order contract (`order-schema.ts`): how a code is
 * sent and what was sent, a backend's demand for a code before it accepts an order, and the
 * session a signed-in shopper gets.
 *
 * @module
 */
import * as z from 'zod/mini';

/** How a one-time code is sent: by SMS to a phone number or by e-mail. */
export const CodeChannelSchema = z.enum(['sms', 'email']);
/** How a one-time code is sent: `sms` to a phone number or `email`. */
export type CodeChannel = z.infer<typeof CodeChannelSchema>;

/** A one-time code that was sent: where to (masked, e.g. `138****5678`), until when, and when another may be asked for. */
export const SentCodeSchema = z.object({
  channel: CodeChannelSchema,
  /** The phone number or address, masked for display. */
  maskedDestination: z.string(),
  /** ISO 8601 date-time after which the code no longer works. */
  expiresAt: z.string(),
  /** ISO 8601 date-time before which another code cannot be sent (the "resend in 0:42" wait). */
  resendAt: z.string(),
});
/** A one-time code that was sent: the channel, the masked destination, when it expires and when another may be asked for (ISO 8601 date-times). */
export type SentCode = z.infer<typeof SentCodeSchema>;

/**
 * A backend's demand for a one-time code before it accepts an order (risk check), carried in the
 * `details` of a `verification_required` error. The code has been sent already.
 */
export const VerificationChallengeSchema = z.object({
  /** Identifies this challenge; sent back with the code. */
  id: z.string().check(z.minLength(1)),
  /** Why, for the shopper: `large_amount` or `many_orders` (others are shown generically). */
  reason: z.string(),
  code: SentCodeSchema,
});
/** A backend's demand for a one-time code before it accepts an order (risk check), from a `verification_required` error's `details`; the code is already sent. */
export type VerificationChallenge = z.infer<typeof VerificationChallengeSchema>;

/** A signed-in shopper. */
export const ShopperSchema = z.object({
  id: z.string().check(z.minLength(1)),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type Shopper = z.infer<typeof ShopperSchema>;

/** What signing in with a one-time code gives: a bearer token for later calls and who signed in. */
export const SessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  shopper: ShopperSchema,
  /** ISO 8601 date-time when the token stops working. */
  expiresAt: z.string(),
});
/** What signing in with a one-time code gives: a bearer token for later calls, the shopper who signed in and when the token expires (ISO 8601). */
export type Session = z.infer<typeof SessionSchema>;
