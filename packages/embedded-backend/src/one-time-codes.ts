/**
 * One-time codes in the order engine, shared by sign-in (`accounts.ts`) and risk verification at
 * checkout (`risk-rules.ts`): making a 6-digit code, the resend wait and hourly cap, checking a
 * typed code (expired, wrong, too many wrong tries), masking where it went, and the outbox.
 *
 * The demo has no SMS or e-mail gateway: every code the engine "sends" is appended to the state's
 * outbox ({@link OutboxMessage}), which the demo's merchant console shows so a person playing the
 * demo can read it. A real backend sends the code and never shows it anywhere.
 *
 * @module
 */
import * as z from 'zod/mini';
import { OrderZoneError } from '@orderzone/core';
import type { CodeChannel, SentCode } from '@orderzone/core';

/** How long a code works after it was sent: 10 minutes. */
export const CODE_TTL_MS = 10 * 60 * 1000;
/** How long after a send another code may be sent to the same place: 60 seconds. */
export const CODE_RESEND_WAIT_MS = 60 * 1000;
/** Codes sent to one destination (or for one challenge) within an hour, at most. */
export const MAX_CODES_PER_HOUR = 5;
/** Wrong tries a code allows; after them it no longer works and a new one must be asked for. */
export const MAX_CODE_ATTEMPTS = 5;
/** Messages the outbox keeps (the newest). */
export const OUTBOX_LIMIT = 50;

const HOUR_MS = 60 * 60 * 1000;

/** Why a code was sent: to sign in, or to confirm an order a risk rule stopped. */
export type CodePurpose = 'sign_in' | 'verification';

/** A code the engine "sent" (SMS or e-mail), as the demo's outbox shows it. */
export interface OutboxMessage {
  /** Unique within the outbox. */
  id: string;
  channel: CodeChannel;
  /** Where it went, as the shopper typed it (unmasked: this is the merchant's side). */
  destination: string;
  /** The 6-digit code. */
  code: string;
  purpose: CodePurpose;
  /** ISO 8601 date-time it was sent. */
  sentAt: string;
  /** ISO 8601 date-time after which the code no longer works. */
  expiresAt: string;
  /** For a verification code: the challenge it answers. */
  challengeId?: string;
}

/** A code waiting to be used: a sign-in code of one destination, or the code of a verification challenge. */
export interface StoredCode {
  /** `signin:<channel>:<destination>` for sign-in, the challenge id for verification. */
  id: string;
  purpose: CodePurpose;
  channel: CodeChannel;
  /** The destination normalised (phone digits, lower-case e-mail): what sessions and orders are matched by. */
  destination: string;
  /** The destination as the shopper typed it (trimmed), for the outbox and the mask. */
  sentTo: string;
  code: string;
  expiresAt: string;
  resendAt: string;
  /** Wrong tries of the current code. */
  attempts: number;
  /** When codes were sent within the last hour (oldest first), for {@link MAX_CODES_PER_HOUR}. */
  sends: string[];
  /**
   * When the code was used (the shopper signed in, or the order it guards was placed): it no longer
   * works, and the record stays for its sends to keep counting towards the destination's hourly cap.
   */
  usedAt?: string;
  /** Verification only: the submission it guards and why. */
  idempotencyKey?: string;
  fingerprint?: string;
  reason?: string;
}

/** The stored shape of an {@link OutboxMessage}, checked when a saved state is read back. */
export const OutboxMessageSchema = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email']),
  destination: z.string(),
  code: z.string(),
  purpose: z.enum(['sign_in', 'verification']),
  sentAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  challengeId: z.optional(z.string()),
});

/** The stored shape of a {@link StoredCode}, checked when a saved state is read back. */
export const StoredCodeSchema = z.object({
  id: z.string(),
  purpose: z.enum(['sign_in', 'verification']),
  channel: z.enum(['sms', 'email']),
  destination: z.string(),
  sentTo: z.string(),
  code: z.string(),
  expiresAt: z.iso.datetime(),
  resendAt: z.iso.datetime(),
  attempts: z.int().check(z.minimum(0)),
  sends: z.array(z.iso.datetime()),
  usedAt: z.optional(z.iso.datetime()),
  idempotencyKey: z.optional(z.string()),
  fingerprint: z.optional(z.string()),
  reason: z.optional(z.string()),
});

/** `bytes` random bytes as hex, from the platform's cryptographic generator. */
export function randomHex(bytes: number): string {
  return [...globalThis.crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random 6-digit code (leading zeros kept). */
export function newCode(): string {
  // 2^32 is not a multiple of 10^6: values in the last partial block are drawn again, so every code is equally likely.
  const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000;
  for (;;) {
    const [value] = globalThis.crypto.getRandomValues(new Uint32Array(1));
    if (value! < limit) return String(value! % 1_000_000).padStart(6, '0');
  }
}

/** A normalised phone number or e-mail address masked for display: `139****9000`, `h***@example.com`. */
export function maskDestination(channel: CodeChannel, destination: string): string {
  if (channel === 'email') {
    const at = destination.lastIndexOf('@');
    if (at <= 0) return '***';
    return `${destination[0]}***${destination.slice(at)}`;
  }
  const digits = destination.replace(/\D/g, '');
  return digits.length < 8 ? `${digits.slice(0, 1)}****${digits.slice(-2)}` : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** What the shopper is told about a stored code. */
export function sentCodeOf(stored: StoredCode): SentCode {
  return { channel: stored.channel, maskedDestination: maskDestination(stored.channel, stored.destination), expiresAt: stored.expiresAt, resendAt: stored.resendAt };
}

function rateLimited(message: string, waitMs: number, details: Record<string, unknown>): OrderZoneError {
  return new OrderZoneError('rate_limited', message, { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), details });
}

/**
 * `stored` (or a new record from `base`) with a fresh code sent now, and the outbox message of the
 * send. Throws `rate_limited` (with `retryAfterSeconds`) before `resendAt` of a `stored` code not yet used, or past
 * {@link MAX_CODES_PER_HOUR} sends within an hour to the same channel and destination, counted
 * over every record in `codes` (a sign-in, each order's challenge): a new challenge per idempotency
 * key is no way around the cap. Nothing changes when it throws.
 */
export function sendCode(
  stored: StoredCode | undefined,
  base: Omit<StoredCode, 'code' | 'expiresAt' | 'resendAt' | 'attempts' | 'sends'>,
  now: Date,
  codes: readonly StoredCode[],
  digest: (code: string) => string = (code) => code,
): { stored: StoredCode; message: OutboxMessage } {
  const at = now.getTime();
  // The wait keeps an open code from being sent again too soon; a used one only counts towards the cap.
  if (stored && stored.usedAt === undefined) {
    const wait = Date.parse(stored.resendAt) - at;
    if (wait > 0) throw rateLimited(`A new code can be sent in ${Math.ceil(wait / 1000)} s.`, wait, { reason: 'resend_wait', resendAt: stored.resendAt });
  }
  const withinHour = (sent: string): boolean => Date.parse(sent) > at - HOUR_MS;
  const samePlace = [...codes.filter((c) => c.id !== stored?.id && c.channel === base.channel && c.destination === base.destination), ...(stored ? [stored] : [])];
  const recent = samePlace.flatMap((c) => c.sends.filter(withinHour)).sort((a, b) => Date.parse(a) - Date.parse(b));
  if (recent.length >= MAX_CODES_PER_HOUR) {
    const wait = Date.parse(recent[0]!) + HOUR_MS - at;
    throw rateLimited(`At most ${MAX_CODES_PER_HOUR} codes are sent to one place within an hour.`, wait, { reason: 'too_many_codes' });
  }
  const sends = (stored?.sends ?? []).filter(withinHour);
  const code = newCode();
  const sentAt = now.toISOString();
  const expiresAt = new Date(at + CODE_TTL_MS).toISOString();
  const next: StoredCode = {
    ...base,
    // Kept as its digest: only the message to deliver carries the code itself.
    code: digest(code),
    expiresAt,
    resendAt: new Date(at + CODE_RESEND_WAIT_MS).toISOString(),
    attempts: 0,
    sends: [...sends, sentAt],
  };
  const message: OutboxMessage = {
    id: `M${at.toString(36)}${randomHex(3)}`,
    channel: base.channel,
    destination: base.sentTo,
    code,
    purpose: base.purpose,
    sentAt,
    expiresAt,
    ...(base.purpose === 'verification' ? { challengeId: base.id } : {}),
  };
  return { stored: next, message };
}

/** What checking a typed code found. */
export type CodeCheck = 'ok' | 'code_wrong' | 'code_expired' | 'locked';

/** Checks `typed` against `stored` (its digest, see `sendCode`) at `now` (an expired or locked code fails whatever was typed). */
export function checkCode(stored: StoredCode, typed: string, now: Date, digest: (code: string) => string = (code) => code): CodeCheck {
  if (stored.attempts >= MAX_CODE_ATTEMPTS) return 'locked';
  if (stored.usedAt !== undefined || Date.parse(stored.expiresAt) <= now.getTime()) return 'code_expired';
  return typeof typed === 'string' && digest(typed.replace(/[\s-]/g, '')) === stored.code ? 'ok' : 'code_wrong';
}

/** The `rate_limited` refusal of a code whose wrong tries are used up: ask for a new one (after `resendAt`). */
export function lockedError(stored: StoredCode, now: Date): OrderZoneError {
  return rateLimited(
    `This code was typed wrong ${MAX_CODE_ATTEMPTS} times and no longer works; ask for a new one.`,
    Date.parse(stored.resendAt) - now.getTime(),
    { reason: 'too_many_attempts' },
  );
}

/** The `validation` refusal of a wrong or expired code, on `field`. */
export function codeError(problem: 'code_wrong' | 'code_expired', field: string): OrderZoneError {
  const message = problem === 'code_wrong' ? 'The code is not the one that was sent.' : 'The code has expired; ask for a new one.';
  return new OrderZoneError('validation', message, { fieldErrors: [{ field, code: problem }] });
}

/** `codes` with the code `id` used up at `now` (see {@link StoredCode.usedAt}). */
export function markUsed(codes: readonly StoredCode[], id: string, now: Date): StoredCode[] {
  return codes.map((c) => (c.id === id ? { ...c, usedAt: now.toISOString() } : c));
}

/** The outbox with `message` added, the {@link OUTBOX_LIMIT} newest kept. */
export function withMessage(outbox: readonly OutboxMessage[] | undefined, message: OutboxMessage): OutboxMessage[] {
  return [...(outbox ?? []), message].slice(-OUTBOX_LIMIT);
}

/** The codes still worth keeping at `now`: unexpired, or with a send inside the last hour (the hourly cap remembers them). */
export function liveCodes(codes: readonly StoredCode[] | undefined, now: Date): StoredCode[] {
  const at = now.getTime();
  return (codes ?? []).filter((c) => Date.parse(c.expiresAt) > at || c.sends.some((sent) => Date.parse(sent) > at - HOUR_MS));
}
