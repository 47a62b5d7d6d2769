/**
 * Risk verification at checkout: reading a `verification_required` challenge and the code problems
 * a backend reports. Hand-written shape checks (no schema library), so the checkout stays light.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import type { VerificationChallenge } from '../order/order-schema.ts';

/** The field a checkout's code problems are reported on (`required`, `code_format`, `code_wrong`, `code_expired`). */
export const VERIFICATION_CODE_FIELD = 'verification.code';

/** The codes a backend uses for a code that does not work. */
const CODE_PROBLEMS: ReadonlySet<string> = new Set(['code_wrong', 'code_expired']);

const isText = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string => isText(value) && !Number.isNaN(Date.parse(value));

/** The message key of a challenge's reason: `verification.reason.large_amount`, `…many_orders`, else `…other`. */
export function verificationReasonKey(reason: string): string {
  return reason === 'large_amount' || reason === 'many_orders' ? `verification.reason.${reason}` : 'verification.reason.other';
}

/** True for a one-time code as shoppers receive it: exactly 6 digits. */
export function isVerificationCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * The challenge a `verification_required` error carries in `details` (the challenge itself, or
 * under `details.challenge`), if it has the contract's shape.
 */
export function challengeIn(details: Record<string, unknown>): VerificationChallenge | undefined {
  const candidate = (typeof details['challenge'] === 'object' && details['challenge'] !== null ? details['challenge'] : details) as Partial<VerificationChallenge>;
  const code = candidate.code as Partial<VerificationChallenge['code']> | undefined;
  if (!isText(candidate.id) || candidate.id === '' || !isText(candidate.reason) || typeof code !== 'object' || code === null) return undefined;
  if ((code.channel !== 'sms' && code.channel !== 'email') || !isText(code.maskedDestination) || !isInstant(code.expiresAt) || !isInstant(code.resendAt)) return undefined;
  return { id: candidate.id, reason: candidate.reason, code: { channel: code.channel, maskedDestination: code.maskedDestination, expiresAt: code.expiresAt, resendAt: code.resendAt } };
}

/** The first wrong-or-expired-code problem among a refusal's field errors, moved to {@link VERIFICATION_CODE_FIELD}. */
export function codeProblemIn(fieldErrors: readonly FieldError[]): FieldError | undefined {
  const found = fieldErrors.find((e) => CODE_PROBLEMS.has(e.code));
  return found ? { field: VERIFICATION_CODE_FIELD, code: found.code } : undefined;
}
