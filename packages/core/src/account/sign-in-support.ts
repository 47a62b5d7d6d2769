/**
 * Whether a backend adapter offers sign-in, known without loading the account.
 *
 * @module
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';

/** True when `adapter` can send and check one-time sign-in codes and list a shopper's orders. */
export function offersSignIn(adapter: BackendAdapter): boolean {
  return typeof adapter.requestSignInCode === 'function' && typeof adapter.verifySignInCode === 'function' && typeof adapter.listOrders === 'function';
}
