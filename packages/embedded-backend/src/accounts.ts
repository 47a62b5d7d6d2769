/**
 * Shopper accounts in the order engine: signing in with a one-time code sent by SMS or e-mail,
 * sessions, the signed-in shopper's orders and signing out.
 *
 * Rules:
 * - the destination is checked like the checkout's contact (`isValidPhone` for the shop's first
 *   country, `isValidEmail`): `validation` on `destination` (`required`, `invalid_phone_cn` /
 *   `invalid_phone`, `invalid_email`), and `channel` must be `sms` or `email` (`invalid_choice`);
 * - a code has 6 digits, works for 10 minutes, may be sent again after 60 seconds and at most 5 times
 *   an hour per destination (`rate_limited` with `retryAfterSeconds` otherwise; see `one-time-codes.ts`);
 * - a wrong code answers `validation` on `code` (`code_wrong`), an expired one (or none sent)
 *   `code_expired`; after 5 wrong tries the code stops working (`rate_limited`, ask for a new one);
 * - a session lasts {@link SESSION_TTL_MS}; its shopper is the phone number or e-mail address the
 *   code went to, and their orders are those whose contact phone or e-mail is that one;
 * - an unknown or expired token answers `unauthorized` (`listOrders`, order access); `signOut`
 *   ignores one.
 *
 * Everything is checked and stored in one synchronous step.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { isValidEmail, isValidPhone } from '@orderzone/core/checkout';
import type { CodeChannel, FieldError, Order, SentCode, Session } from '@orderzone/core';
import { isOrderContact, normalizeContact } from './contact-match.ts';
import type { EngineCore } from './engine-core.ts';
import { checkCode, codeError, liveCodes, lockedError, markUsed, randomHex, sendCode, sentCodeOf, withMessage, type StoredCode } from './one-time-codes.ts';
import { requestFingerprint } from './request-validation.ts';
import type { StoredSession } from './stored-sessions.ts';

export { StoredSessionSchema, type StoredSession } from './stored-sessions.ts';

/** How long a session lasts: 30 days. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A sign-in code request or answer, as the adapter passes it (not yet checked). */
interface SignInInput {
  channel: CodeChannel;
  destination: string;
  code?: string;
}

function validation(message: string, fieldErrors: FieldError[]): OrderZoneError {
  return new OrderZoneError('validation', message, { fieldErrors });
}

/** The channel and the trimmed destination, or `validation` on `channel` / `destination`. */
function checkDestination(input: SignInInput | undefined, country: string): { channel: CodeChannel; destination: string } {
  const channel = input?.channel;
  if (channel !== 'sms' && channel !== 'email') {
    throw validation(`channel must be "sms" or "email"; got ${JSON.stringify(channel ?? null)}.`, [{ field: 'channel', code: 'invalid_choice' }]);
  }
  const destination = typeof input?.destination === 'string' ? input.destination.trim() : '';
  if (destination === '') throw validation(`A ${channel === 'sms' ? 'phone number' : 'e-mail address'} is required.`, [{ field: 'destination', code: 'required' }]);
  if (channel === 'email' && !isValidEmail(destination)) throw validation(`"${destination}" is not an e-mail address.`, [{ field: 'destination', code: 'invalid_email' }]);
  if (channel === 'sms' && !isValidPhone(destination, country)) {
    const cn = country.trim().toUpperCase() === 'CN';
    throw validation(`"${destination}" is not a ${cn ? 'mainland China mobile' : 'phone'} number.`, [{ field: 'destination', code: cn ? 'invalid_phone_cn' : 'invalid_phone' }]);
  }
  return { channel, destination };
}

const signInId = (channel: CodeChannel, destination: string): string => `signin:${channel}:${destination}`;

/** The valid session of `token` at `now`, if any. */
export function sessionOf(core: EngineCore, token: unknown): StoredSession | undefined {
  if (typeof token !== 'string' || token === '') return undefined;
  const at = core.now().getTime();
  return core.state().sessions?.find((s) => s.token === token && Date.parse(s.expiresAt) > at);
}

/** True when the session's shopper placed `order` (its contact phone or e-mail is theirs). */
export function ownsOrder(session: StoredSession, order: Order): boolean {
  return isOrderContact(session.destination, order);
}

/** Sends a sign-in code to a phone number (`sms`) or e-mail address; see the module rules. */
export function requestSignInCode(core: EngineCore, input: SignInInput, country: string): SentCode {
  const { channel, destination } = checkDestination(input, country);
  const now = core.now();
  const state = core.state();
  const key = normalizeContact(destination);
  const id = signInId(channel, key);
  const codes = liveCodes(state.codes, now);
  const { stored, message } = sendCode(codes.find((c) => c.id === id), { id, purpose: 'sign_in', channel, destination: key, sentTo: destination }, now, codes, core.digest);
  core.store({ ...state, codes: [...codes.filter((c) => c.id !== id), stored], outbox: withMessage(state.outbox, message) });
  return sentCodeOf(stored);
}

/** Exchanges a sign-in code for a session; see the module rules. */
export function verifySignInCode(core: EngineCore, input: SignInInput, country: string): Session {
  const { channel, destination } = checkDestination(input, country);
  const typed = typeof input.code === 'string' ? input.code : '';
  if (typed.trim() === '') throw validation('The code is required.', [{ field: 'code', code: 'required' }]);
  const now = core.now();
  const state = core.state();
  const key = normalizeContact(destination);
  const id = signInId(channel, key);
  const codes = liveCodes(state.codes, now);
  const stored = codes.find((c) => c.id === id);
  const result = stored ? checkCode(stored, typed, now, core.digest) : 'code_expired';
  if (result === 'locked') throw lockedError(stored!, now);
  if (result === 'code_wrong') {
    const tried: StoredCode = { ...stored!, attempts: stored!.attempts + 1 };
    core.store({ ...state, codes: codes.map((c) => (c.id === id ? tried : c)) });
    throw codeError('code_wrong', 'code');
  }
  if (result === 'code_expired') throw codeError('code_expired', 'code');
  const session: StoredSession = {
    token: randomHex(24),
    shopperId: `SH${requestFingerprint(id).slice(0, 16)}`,
    channel,
    destination: key,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  };
  const sessions = (state.sessions ?? []).filter((s) => Date.parse(s.expiresAt) > now.getTime());
  // The code is used up: it cannot sign in twice (its sends still count towards the hourly cap).
  core.store({ ...state, codes: markUsed(codes, id, now), sessions: [...sessions, session] });
  return {
    token: session.token,
    shopper: { id: session.shopperId, ...(channel === 'sms' ? { phone: key } : { email: key }) },
    expiresAt: session.expiresAt,
  };
}

/** Ends a session; true when there was one (unknown or expired tokens are ignored: false). */
export function signOut(core: EngineCore, token: string): boolean {
  const state = core.state();
  const known = typeof token === 'string' && (state.sessions ?? []).some((s) => s.token === token);
  if (!known) return false;
  const at = core.now().getTime();
  core.store({ ...state, sessions: (state.sessions ?? []).filter((s) => s.token !== token && Date.parse(s.expiresAt) > at) });
  return true;
}

/** The `unauthorized` refusal of a token that is unknown, signed out or expired. */
export function sessionEnded(): OrderZoneError {
  return new OrderZoneError('unauthorized', 'The session token is unknown, signed out or expired; sign in again.');
}

/** The signed-in shopper's orders, newest first. Throws `unauthorized` for a token that is not valid now. */
export function listOrders(core: EngineCore, token: string): Order[] {
  const session = sessionOf(core, token);
  if (!session) throw sessionEnded();
  return core
    .state()
    .orders.map((order, index) => ({ order, index }))
    .filter(({ order }) => ownsOrder(session, order))
    .sort((a, b) => Date.parse(b.order.createdAt) - Date.parse(a.order.createdAt) || b.index - a.index)
    .map(({ order }) => structuredClone(order));
}
