/**
 * `@orderzone/core/account`: signing in with a one-time code, the signed-in shopper's orders and
 * signing out, as a zone loads it on demand (`await zone.load('account')`). The main entry
 * `@orderzone/core` exports its types only.
 *
 * ```ts
 * const { account } = await zone.load('account');
 * ```
 *
 * @packageDocumentation
 */
export { type Account, type AccountConfig, type AccountNotice, createAccount, type SignInState, type SignOutCart } from './account.ts';
export { offersSignIn } from './sign-in-support.ts';
