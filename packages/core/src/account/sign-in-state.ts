/**
 * Signing in with a one-time code, as pure functions over the sign-in form's state: the state a
 * form starts in, a patch, what is wrong with a destination, how long before another code may be
 * asked for, what a refused code means, and what a session prefills in the checkout's contact.
 * `account.ts` keeps the state in a store and talks to the backend.
 *
 * @module
 */
import { addressConventions } from '../checkout/address-conventions.ts';
import { isValidEmail, isValidPhone } from '../checkout/checkout-validation.ts';
import type { OrderZoneError, FieldError } from '../errors.ts';
import type { CodeChannel, Contact, SentCode, Session } from '../order/order-schema.ts';

/** Where signing in stands, for a sign-in form. */
export interface SignInState {
  /** `destination`: choosing SMS or e-mail and typing where to; `code`: a code was sent, type it. */
  step: 'destination' | 'code';
  channel: CodeChannel;
  /** The phone number or e-mail address the code goes to, as typed. */
  destination: string;
  /** The code sent last (step `code`). */
  sent?: SentCode;
  /** True while a request is on its way. */
  busy: boolean;
  /**
   * Problems with what was typed: field `destination` (`required`, `invalid_phone`,
   * `invalid_phone_cn`, `invalid_email`) or `code` (`required`, `code_format`, `code_wrong`, `code_expired`).
   */
  fieldErrors: FieldError[];
  /** The last failure that is not about a field (offline, too many requests...). */
  error?: OrderZoneError;
  /**
   * Epoch milliseconds before which no new code can be asked for: the backend's `resendAt`, or the
   * end of a `rate_limited` wait. A form counts down to it.
   */
  resendAt?: number;
}

/** The sign-in form before anything was typed. */
export function initialSignIn(channel: CodeChannel = 'sms'): SignInState {
  return { step: 'destination', channel, destination: '', busy: false, fieldErrors: [] };
}

/** `state` with `patch` merged in; a property patched to `undefined` is removed. */
export function patchedSignIn(state: SignInState, patch: Partial<SignInState>): SignInState {
  const next: SignInState = { ...state, ...patch };
  for (const name of Object.keys(patch) as (keyof SignInState)[]) if (patch[name] === undefined) delete next[name];
  return next;
}

/** True while a session has not expired at `now` (epoch milliseconds). */
export function isSessionLive(session: Session, now: number): boolean {
  return Date.parse(session.expiresAt) > now;
}

/**
 * What is wrong with where a code should go: `required`, `invalid_email`, or for a phone number
 * judged by `country` (upper case) `invalid_phone_cn` (CN) or `invalid_phone`; empty when fine.
 */
export function destinationErrors(channel: CodeChannel, destination: string, country: string): FieldError[] {
  const value = destination.trim();
  if (!value) return [{ field: 'destination', code: 'required' }];
  if (channel === 'email') return isValidEmail(value) ? [] : [{ field: 'destination', code: 'invalid_email' }];
  return isValidPhone(value, country) ? [] : [{ field: 'destination', code: addressConventions(country).mainlandMobile ? 'invalid_phone_cn' : 'invalid_phone' }];
}

/** Milliseconds to wait before another code may be sent to the same destination (0 or less: now). */
export function resendWait(state: SignInState, channel: CodeChannel, destination: string, now: number): number {
  return state.resendAt !== undefined && state.channel === channel && state.destination.trim() === destination.trim() ? state.resendAt - now : 0;
}

/** Epoch milliseconds until which a `rate_limited` answer forbids asking again; `undefined` for any other failure. */
export function rateLimitedUntil(error: OrderZoneError, now: number): number | undefined {
  return error.code === 'rate_limited' && error.retryAfterSeconds !== undefined ? now + error.retryAfterSeconds * 1000 : undefined;
}

/** The sign-in form after the backend refused to send a code: problems with the destination on its field, anything else as the error. */
export function signInAfterSendFailure(state: SignInState, error: OrderZoneError, now: number): Partial<SignInState> {
  const destinationProblems = error.code === 'validation' ? error.fieldErrors.filter((e) => e.field === 'destination') : [];
  return {
    busy: false,
    fieldErrors: destinationProblems,
    error: destinationProblems.length > 0 ? undefined : error,
    resendAt: rateLimitedUntil(error, now) ?? state.resendAt,
  };
}

/** The sign-in form after the backend refused a code: a wrong or expired code on field `code`, anything else as the error. */
export function signInAfterCodeFailure(error: OrderZoneError): Partial<SignInState> {
  const problem = error.code === 'validation' ? error.fieldErrors.find((e) => e.code === 'code_wrong' || e.code === 'code_expired' || e.field === 'code') : undefined;
  return { busy: false, fieldErrors: problem ? [{ field: 'code', code: problem.code }] : [], error: problem ? undefined : error };
}

/** The contact fields a session fills in: its phone and e-mail where the shopper typed none; `undefined` when nothing to fill. */
export function contactPrefill(contact: Contact, session: Session): { phone?: string; email?: string } | undefined {
  const patch: { phone?: string; email?: string } = {};
  if (session.shopper.phone && !contact.phone.trim()) patch.phone = session.shopper.phone;
  if (session.shopper.email && !contact.email.trim()) patch.email = session.shopper.email;
  return Object.keys(patch).length > 0 ? patch : undefined;
}
