/**
 * The shopper's account endpoints of the HTTP contract with their documentation and request
 * schemas: one-time sign-in codes, sessions, the signed-in shopper's orders, and the code of an
 * order's verification challenge sent again. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CodeChannelSchema } from '../order/order-schema.ts';
import { ORDER_ROUTES } from './order-routes.ts';
import { endpoint } from './rest-endpoint.ts';

/** `POST /auth/codes`: where to send a one-time sign-in code. */
export const SignInCodeRequestSchema = z.object({
  channel: CodeChannelSchema,
  /** A phone number (`sms`) or an e-mail address (`email`). */
  destination: z.string(),
});
/** `POST /auth/codes`: where to send a one-time sign-in code, by `sms` to a phone number or by `email` to an address. */
export type SignInCodeRequest = z.infer<typeof SignInCodeRequestSchema>;

/** `POST /auth/sessions`: the code that was sent, and where it was sent. */
export const SignInRequestSchema = z.object({
  channel: CodeChannelSchema,
  destination: z.string(),
  /** The 6-digit code. */
  code: z.string(),
});
/** `POST /auth/sessions`: the 6-digit code that was sent, and the channel and destination it was sent to. */
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** The account endpoints, keyed by the `BackendAdapter` method they serve. */
export const ACCOUNT_ENDPOINTS = {
  requestSignInCode: endpoint({
    ...ORDER_ROUTES.requestSignInCode,
    operationId: 'requestSignInCode',
    summary: 'Send a one-time sign-in code',
    description:
      'Sends a 6-digit code by SMS (`channel` `sms`, `destination` a phone number) or e-mail (`email`, an address). Answers where it went (masked), until when it works (`expiresAt`) and ' +
      'when another may be asked for (`resendAt`). `400 validation` on `destination` (`required`, `invalid_phone_cn`, `invalid_phone`, `invalid_email`) or `channel` (`invalid_choice`); ' +
      '`429 rate_limited` with `retryAfterSeconds` before `resendAt` or when too many codes were asked for.',
    body: SignInCodeRequestSchema,
    status: 201,
    errors: ['validation'],
  }),
  verifySignInCode: endpoint({
    ...ORDER_ROUTES.verifySignInCode,
    operationId: 'verifySignInCode',
    summary: 'Sign in with a one-time code',
    description:
      'Exchanges the code sent by `POST /auth/codes` for a session: a bearer `token` for `GET /me/orders` and order access, the shopper (phone or e-mail) and `expiresAt`. A code works once. ' +
      '`400 validation` on `code` (`code_wrong`, `code_expired`; also when no code is waiting for that destination); `429 rate_limited` after too many wrong tries (ask for a new code).',
    body: SignInRequestSchema,
    status: 201,
    errors: ['validation'],
  }),
  signOut: endpoint({
    ...ORDER_ROUTES.signOut,
    operationId: 'signOut',
    summary: 'Sign out',
    description:
      'Ends the session whose token the request carries (`Authorization: Bearer`). An unknown or expired token is not an error: the answer says `signedOut: false`. ' +
      '`401 unauthorized` only when no bearer token is sent at all.',
    auth: 'session',
    errors: ['unauthorized'],
  }),
  listOrders: endpoint({
    ...ORDER_ROUTES.listOrders,
    operationId: 'listOrders',
    summary: 'List the signed-in shopper’s orders',
    description: 'The orders whose contact phone or e-mail is the one the shopper signed in with, newest first. `401 unauthorized` for a missing, unknown or expired token.',
    auth: 'session',
    errors: ['unauthorized'],
  }),
  resendVerificationCode: endpoint({
    ...ORDER_ROUTES.resendVerificationCode,
    operationId: 'resendVerificationCode',
    summary: 'Send the code of a verification challenge again',
    description:
      'Sends a new code for a `verification_required` challenge (the old one stops working) and answers where it went and its times. ' +
      '`429 rate_limited` with `retryAfterSeconds` before the previous code’s `resendAt` or when too many codes were sent; `404` for an unknown challenge or one whose order was placed.',
    pathParameters: [{ name: 'challengeId', description: 'The challenge’s `id`, from the `verification_required` error’s details.' }],
    status: 200,
    errors: ['not_found'],
  }),
} as const;
