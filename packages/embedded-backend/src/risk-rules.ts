/**
 * Risk rules at checkout in the order engine: an order that is large or comes after many recent
 * orders of the same contact is placed only once the shopper types a one-time code sent to the
 * order's contact phone.
 *
 * Rules:
 * - `large_amount`: the order's total is at least `amountThreshold` (minor units, shop currency);
 * - `many_orders`: the same phone number or e-mail address placed `maxOrdersPerHourPerContact`
 *   orders or more within the last hour;
 * - a submission a rule stops is refused with `verification_required`; `details` is the
 *   challenge (`{ id, reason, code: SentCode }`) and the code has been sent by SMS (outbox);
 * - the same idempotency key and request with `verification: { id, code }` places the order when
 *   the code is right, and answers `validation` on `verification.code` (`code_wrong`,
 *   `code_expired`) or `rate_limited` (too many wrong tries) otherwise;
 * - submitting the same key and request again without a code answers the same challenge (a new
 *   code is sent only once the resend wait is over), so a resubmission never skips the wait; an
 *   unknown challenge id, or one of another submission, is treated as no code at all;
 * - `resendVerificationCode` sends a new code (same wait and hourly cap as sign-in codes) and
 *   answers `not_found` for an unknown challenge or one whose order was placed.
 *
 * Idempotency is untouched: a key that already created an order answers that order before any
 * rule is looked at.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { VERIFICATION_CODE_FIELD } from '@orderzone/core/checkout';
import type { Contact, Money, SentCode, VerificationChallenge } from '@orderzone/core';
import { isOrderContact, normalizeContact } from './contact-match.ts';
import type { EngineCore } from './engine-core.ts';
import { checkCode, codeError, liveCodes, lockedError, markUsed, randomHex, sendCode, sentCodeOf, withMessage, type StoredCode } from './one-time-codes.ts';

/** When the engine asks for a code before placing an order. Rules left out are not checked. */
export interface RiskRules {
  /** Orders whose total is at least this (same currency as the shop) need a code. */
  amountThreshold?: Money;
  /** A contact (phone or e-mail) that placed this many orders within the last hour needs a code for the next one. */
  maxOrdersPerHourPerContact?: number;
}

/** The demo shop's rules: a total of ¥5,000.00 or more, or a fourth order within an hour by the same phone or e-mail. */
export const DEMO_RISK_RULES: Readonly<Required<RiskRules>> = Object.freeze({
  amountThreshold: Object.freeze({ amount: 500_000, currency: 'CNY' }),
  maxOrdersPerHourPerContact: 3,
});

const HOUR_MS = 60 * 60 * 1000;

/**
 * The rules, checked against the shop's currency.
 *
 * @throws `OrderZoneError` `config` for a threshold in another currency or that is not a
 *   non-negative integer, or an order count that is not a positive integer.
 */
export function checkRiskRules(rules: RiskRules | undefined, currency: string): RiskRules {
  if (rules === undefined) return {};
  const { amountThreshold, maxOrdersPerHourPerContact } = rules;
  if (amountThreshold !== undefined) {
    if (!Number.isSafeInteger(amountThreshold.amount) || amountThreshold.amount < 0) {
      throw new OrderZoneError('config', `risk.amountThreshold.amount must be a non-negative integer of minor units; got ${String(amountThreshold.amount)}.`);
    }
    if (amountThreshold.currency !== currency) {
      throw new OrderZoneError('config', `risk.amountThreshold is in ${String(amountThreshold.currency)}, but the shop sells in ${currency}.`);
    }
  }
  if (maxOrdersPerHourPerContact !== undefined && (!Number.isSafeInteger(maxOrdersPerHourPerContact) || maxOrdersPerHourPerContact < 1)) {
    throw new OrderZoneError('config', `risk.maxOrdersPerHourPerContact must be a positive integer; got ${String(maxOrdersPerHourPerContact)}.`);
  }
  return rules;
}

/** Which rule (if any) stops an order of `total` by `contact` now. */
export function riskReason(core: EngineCore, rules: RiskRules, contact: Contact, total: Money): 'large_amount' | 'many_orders' | undefined {
  if (rules.amountThreshold && total.currency === rules.amountThreshold.currency && total.amount >= rules.amountThreshold.amount) return 'large_amount';
  const max = rules.maxOrdersPerHourPerContact;
  if (max !== undefined) {
    const since = core.now().getTime() - HOUR_MS;
    const phone = normalizeContact(contact.phone);
    const email = normalizeContact(contact.email);
    const recent = core.state().orders.filter((o) => Date.parse(o.createdAt) > since && (isOrderContact(phone, o) || isOrderContact(email, o))).length;
    if (recent >= max) return 'many_orders';
  }
  return undefined;
}

function challengeOf(stored: StoredCode): VerificationChallenge {
  return { id: stored.id, reason: stored.reason ?? 'other', code: sentCodeOf(stored) };
}

function verificationRequired(stored: StoredCode): OrderZoneError {
  const why = stored.reason === 'large_amount' ? 'its total is large' : stored.reason === 'many_orders' ? 'its contact placed several orders within the hour' : 'a risk rule stopped it';
  return new OrderZoneError('verification_required', `This order needs the code sent to ${sentCodeOf(stored).maskedDestination} (${why}); submit it again with the same idempotency key and the code.`, {
    details: challengeOf(stored),
  });
}

/** What {@link requireVerification} needs to know about the submission. */
export interface GuardedSubmission {
  reason: 'large_amount' | 'many_orders';
  idempotencyKey: string;
  fingerprint: string;
  contact: Contact;
  verification: { id: string; code: string } | undefined;
}

/**
 * For a submission a rule stopped: returns the codes with its challenge used up when
 * `verification` holds the right code, for the caller to store with the new order in the same
 * step. Otherwise stores what changed (a new challenge, a new code, one more wrong try) and throws
 * `verification_required`, `validation` on `verification.code` or `rate_limited`.
 */
export function requireVerification(core: EngineCore, submission: GuardedSubmission): StoredCode[] {
  const now = core.now();
  const state = core.state();
  const codes = liveCodes(state.codes, now);
  const own = (c: StoredCode): boolean => c.purpose === 'verification' && c.usedAt === undefined && c.idempotencyKey === submission.idempotencyKey && c.fingerprint === submission.fingerprint;
  const open = codes.find(own);
  const answered = submission.verification && open && open.id === submission.verification.id ? open : undefined;

  if (answered) {
    const result = checkCode(answered, submission.verification!.code, now, core.digest);
    if (result === 'ok') return markUsed(codes, answered.id, now);
    if (result === 'locked') throw lockedError(answered, now);
    if (result === 'code_wrong') core.store({ ...state, codes: codes.map((c) => (c.id === answered.id ? { ...c, attempts: c.attempts + 1 } : c)) });
    throw codeError(result, VERIFICATION_CODE_FIELD);
  }

  // No code (or one for another challenge): the submission's challenge, with a new code once the wait allows.
  const phone = submission.contact.phone.trim();
  const base = open ?? { id: `CH${randomHex(8)}`, purpose: 'verification' as const, channel: 'sms' as const, destination: normalizeContact(phone), sentTo: phone };
  let sent: { stored: StoredCode; message: ReturnType<typeof sendCode>['message'] } | undefined;
  try {
    sent = sendCode(open, { ...base, idempotencyKey: submission.idempotencyKey, fingerprint: submission.fingerprint, reason: open?.reason ?? submission.reason }, now, codes, core.digest);
  } catch (error) {
    // Inside the wait (or over the hourly cap): the challenge as it is; its code still works or can be asked for again later.
    if (!open) throw error;
  }
  if (!sent) throw verificationRequired(open!);
  core.store({ ...state, codes: [...codes.filter((c) => c.id !== sent.stored.id), sent.stored], outbox: withMessage(state.outbox, sent.message) });
  throw verificationRequired(sent.stored);
}

/** Sends the code of an open challenge again. Throws `not_found` (unknown or finished) and `rate_limited`. */
export function resendVerificationCode(core: EngineCore, challengeId: string): SentCode {
  const now = core.now();
  const state = core.state();
  const codes = liveCodes(state.codes, now);
  const open = typeof challengeId === 'string' ? codes.find((c) => c.purpose === 'verification' && c.usedAt === undefined && c.id === challengeId) : undefined;
  if (!open) {
    throw new OrderZoneError('not_found', `There is no open verification challenge "${String(challengeId)}" (unknown, or its order was placed); submit the order again for a new one.`, {
      details: { challengeId },
    });
  }
  const { stored, message } = sendCode(open, open, now, codes, core.digest);
  core.store({ ...state, codes: codes.map((c) => (c.id === open.id ? stored : c)), outbox: withMessage(state.outbox, message) });
  return sentCodeOf(stored);
}
