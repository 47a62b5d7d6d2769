/**
 * Shopper accounts: signing in with a one-time code sent by SMS or e-mail, the signed-in shopper's
 * orders, and signing out, which removes the shopper's personal data from the page and from storage.
 * Guest checkout stays the default: nothing here is needed to order.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { BackendAdapter, OrderAccess } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';
import type { Checkout } from '../checkout/checkout.ts';
import { isVerificationCode } from '../checkout/verification.ts';
import { OrderZoneError, toOrderZoneError } from '../errors.ts';
import type { CodeChannel, Order, Session } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import { offersSignIn } from './sign-in-support.ts';
import {
  contactPrefill, destinationErrors, initialSignIn, isSessionLive, patchedSignIn, resendWait, signInAfterCodeFailure, signInAfterSendFailure, type SignInState,
} from './sign-in-state.ts';
import { readSession, sessionKey, writeSession } from './stored-session.ts';

export type { SignInState } from './sign-in-state.ts';

/** Why the shopper was signed out without asking for it: the session expired or the backend stopped accepting it. */
export type AccountNotice = 'session_expired';

/** What signing out does to the cart: `empty` (the default) or `keep` it on this device as a guest cart. */
export type SignOutCart = 'empty' | 'keep';

/** A zone's account (`zone.account`, after `zone.load('account')`): signing in with a one-time code, the shopper's orders, signing out. */
export interface Account {
  /** True when the adapter offers sign-in (`requestSignInCode`, `verifySignInCode`, `listOrders`). */
  readonly supported: boolean;
  /** The signed-in shopper's session; `undefined` for a guest. */
  readonly $session: ReadableAtom<Session | undefined>;
  readonly $signIn: ReadableAtom<SignInState>;
  /** The signed-in shopper's orders, newest first (memory only; emptied on sign-out). */
  readonly $orders: ReadableAtom<AsyncState<Order[]>>;
  /** Set when the shopper was signed out by an expired session, until they sign in again or `dismissNotice()`. */
  readonly $notice: ReadableAtom<AccountNotice | undefined>;
  /**
   * The country phone numbers are judged by, upper case (`CN`: 11-digit mainland mobile numbers,
   * anything else: 6 to 20 digits), so a form can say which numbers it takes.
   */
  phoneCountry(): string;
  /** Switches between SMS and e-mail on the destination step; what was typed for the other channel is cleared. */
  setChannel(channel: CodeChannel): void;
  /**
   * Checks the destination, then asks the backend to send a code. Resolves true when a code was
   * sent (step `code`); false otherwise, with the reason in `$signIn`. Asking again before
   * `resendAt` is refused locally with `rate_limited`.
   */
  requestCode(input: { channel: CodeChannel; destination: string }): Promise<boolean>;
  /** Sends another code to the same destination (same rules as `requestCode`). */
  resendCode(): Promise<boolean>;
  /** Back to the destination step (a mistyped number), keeping what was typed. */
  changeDestination(): void;
  /**
   * Exchanges the code for a session, stores it, prefills the checkout's empty contact fields with
   * the shopper's phone and e-mail and loads their orders. A code that is not 6 digits is refused
   * before sending; `code_wrong` / `code_expired` come back on field `code`.
   */
  verifyCode(code: string): Promise<Session | undefined>;
  /** Loads the signed-in shopper's orders; an `unauthorized` answer signs out with `$notice` `session_expired`. */
  loadOrders(): Promise<void>;
  /**
   * The backend answered `unauthorized` to another call made with the session `token` (the requests
   * for quote, say): while `token` is still the session, signs out as {@link Account.loadOrders} does on
   * that answer (the cart kept, `$notice` `session_expired`). A token already replaced is ignored.
   */
  sessionRefused(token: string): void;
  /**
   * Signs out: tells the backend (best effort), then removes from the page and from storage the
   * session, the cached orders, the checkout draft's contact, address and note, the submission in
   * flight and the last order; empties the cart unless `cart: 'keep'`.
   */
  signOut(options?: { cart?: SignOutCart }): Promise<void>;
  /** Proof of access to the signed-in shopper's own orders, or `undefined` for a guest. */
  access(): OrderAccess | undefined;
  dismissNotice(): void;
  dispose(): void;
}

/** What `createAccount` needs: the shop id (it names the storage keys), the backend adapter, the zone's cart and checkout, the storage the session is kept in, and the active locale. */
export interface AccountConfig {
  shopId: string;
  adapter: BackendAdapter;
  cart: Cart;
  checkout: Checkout;
  storage: KeyValueStorage;
  locale: () => string;
  /** The country phone numbers are judged by (mainland mobile numbers for `CN`). Default `CN`. */
  country?: () => string;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Creates the account part of a zone.
 *
 * - **Session**: stored at `orderzone:<shopId>:session` (token, shopper id, phone or e-mail,
 *   expiry); read back on load unless it has expired (then removed, `$notice` = `session_expired`).
 *   Signing in or out in another tab is followed here.
 * - **Cart on sign-in**: the contract has no server-side cart, so the cart on this device simply
 *   stays as it is (lines, quantities and booking holds unchanged) and is the shopper's from now on.
 * - **Checkout on sign-in**: the draft's contact phone and e-mail are filled from the session where
 *   they are empty; nothing the shopper typed is overwritten.
 * - **Sign-out**: see {@link Account.signOut}. An expired or refused session signs out the same way
 *   except that the cart is kept (the shopper did not ask to leave).
 */
export function createAccount(config: AccountConfig): Account {
  const { shopId, adapter, cart, checkout, storage, locale } = config;
  const now = config.now ?? Date.now;
  const configuredCountry = config.country ?? (() => 'CN');
  const country = (): string => configuredCountry().trim().toUpperCase();
  const key = sessionKey(shopId);
  const supported = offersSignIn(adapter);

  const $notice = atom<AccountNotice | undefined>(undefined);
  const $session = atom<Session | undefined>(validSession(readSession(storage, key)));
  const $signIn = atom<SignInState>(initialSignIn());
  const $orders = atom<AsyncState<Order[]>>({ status: 'idle' });
  let ordersController: AbortController | undefined;

  /** The stored session if it has not expired; an expired one is removed and noted. */
  function validSession(session: Session | undefined): Session | undefined {
    if (!session) return undefined;
    if (isSessionLive(session, now())) return session;
    storage.remove(key);
    $notice.set('session_expired');
    return undefined;
  }

  function patchSignIn(patch: Partial<SignInState>): void {
    $signIn.set(patchedSignIn($signIn.get(), patch));
  }

  /** Drops everything personal from the page and storage; the cart as asked. */
  /** Counts sign-outs (asked for, expired, or in another tab): a sign-in answered after one is not kept. */
  let cleared = 0;

  function clearPersonalData(cartChoice: SignOutCart): void {
    cleared += 1;
    ordersController?.abort();
    ordersController = undefined;
    storage.remove(key);
    $session.set(undefined);
    $orders.set({ status: 'idle' });
    $signIn.set(initialSignIn($signIn.get().channel));
    checkout.forgetPersonalData();
    if (cartChoice === 'empty') cart.clear();
  }

  const stopSync = storage.subscribe(key, (raw) => {
    const session = raw === null ? undefined : validSession(readSession(storage, key));
    if (session?.token === $session.get()?.token) return;
    if (!session) {
      // Signed out in another tab: that tab already cleared storage; clear this page too (the cart follows storage by itself).
      clearPersonalData('keep');
      return;
    }
    $session.set(session);
    $notice.set(undefined);
    $orders.set({ status: 'idle' });
  });

  async function sendCode(channel: CodeChannel, destination: string): Promise<boolean> {
    const state = $signIn.get();
    if (state.busy) return false;
    const fieldErrors = destinationErrors(channel, destination, country());
    patchSignIn({ channel, destination, fieldErrors, error: undefined });
    if (fieldErrors.length > 0) return false;
    if (!adapter.requestSignInCode) {
      patchSignIn({ error: new OrderZoneError('config', 'This backend offers no sign-in (the adapter has no requestSignInCode()).') });
      return false;
    }
    const wait = resendWait(state, channel, destination, now());
    if (wait > 0) {
      patchSignIn({ error: new OrderZoneError('rate_limited', 'A new code cannot be sent yet.', { retryAfterSeconds: Math.ceil(wait / 1000) }) });
      return false;
    }
    patchSignIn({ busy: true });
    try {
      const sent = await adapter.requestSignInCode({ channel, destination: destination.trim() }, { locale: locale() });
      patchSignIn({ busy: false, step: 'code', sent, resendAt: Date.parse(sent.resendAt), fieldErrors: [] });
      return true;
    } catch (raw) {
      patchSignIn(signInAfterSendFailure($signIn.get(), toOrderZoneError(raw), now()));
      return false;
    }
  }

  async function verifyCode(code: string): Promise<Session | undefined> {
    const state = $signIn.get();
    if (state.busy || state.step !== 'code') return undefined;
    const digits = code.replace(/[\s-]/g, '');
    if (!isVerificationCode(digits)) {
      patchSignIn({ fieldErrors: [{ field: 'code', code: digits ? 'code_format' : 'required' }], error: undefined });
      return undefined;
    }
    if (!adapter.verifySignInCode) return undefined;
    patchSignIn({ busy: true, fieldErrors: [], error: undefined });
    const before = cleared;
    try {
      const session = await adapter.verifySignInCode({ channel: state.channel, destination: state.destination.trim(), code: digits }, { locale: locale() });
      if (cleared !== before) {
        // Signed out while the code was checked: the session is ended, not kept (best effort).
        void adapter.signOut?.(session.token).catch(() => undefined);
        return undefined;
      }
      writeSession(storage, key, session);
      $session.set(session);
      $notice.set(undefined);
      $signIn.set(initialSignIn(state.channel));
      prefillContact(session);
      void loadOrders();
      return session;
    } catch (raw) {
      if (cleared !== before) return undefined;
      patchSignIn(signInAfterCodeFailure(toOrderZoneError(raw)));
      return undefined;
    }
  }

  function prefillContact(session: Session): void {
    const patch = contactPrefill(checkout.$draft.get().contact, session);
    if (patch) checkout.update({ contact: patch });
  }

  async function loadOrders(): Promise<void> {
    const session = validSession($session.get());
    if (!session) {
      if ($session.get()) expire();
      return;
    }
    if (!adapter.listOrders) return;
    ordersController?.abort();
    const controller = new AbortController();
    ordersController = controller;
    const current = $orders.get();
    const previous = current.status === 'idle' ? undefined : current.data;
    $orders.set(previous ? { status: 'loading', data: previous } : { status: 'loading' });
    try {
      const orders = await adapter.listOrders(session.token, { signal: controller.signal, locale: locale() });
      if (ordersController !== controller) return;
      $orders.set({ status: 'ready', data: orders });
    } catch (raw) {
      if (ordersController !== controller) return;
      const error = toOrderZoneError(raw);
      if (error.code === 'aborted') return;
      if (error.code === 'unauthorized') {
        expire();
        return;
      }
      $orders.set(previous ? { status: 'error', error, data: previous } : { status: 'error', error });
    } finally {
      if (ordersController === controller) ordersController = undefined;
    }
  }

  /** The backend no longer accepts the session: signed out, the cart kept, the shopper told why. */
  function expire(): void {
    clearPersonalData('keep');
    $notice.set('session_expired');
  }

  async function signOut(options: { cart?: SignOutCart } = {}): Promise<void> {
    const session = $session.get();
    clearPersonalData(options.cart ?? 'empty');
    $notice.set(undefined);
    if (session && adapter.signOut) {
      try {
        await adapter.signOut(session.token, { locale: locale() });
      } catch {
        // Best effort: the token is gone from this device whatever the backend answers.
      }
    }
  }

  return {
    supported,
    $session,
    $signIn,
    $orders,
    $notice,
    phoneCountry: country,
    setChannel(channel) {
      const state = $signIn.get();
      if (state.step === 'destination' && state.channel !== channel) patchSignIn({ channel, destination: '', fieldErrors: [], error: undefined });
    },
    requestCode: ({ channel, destination }) => sendCode(channel, destination),
    resendCode() {
      const state = $signIn.get();
      return sendCode(state.channel, state.destination);
    },
    changeDestination() {
      patchSignIn({ step: 'destination', fieldErrors: [], error: undefined });
    },
    verifyCode,
    loadOrders,
    sessionRefused(token) {
      if ($session.get()?.token === token) expire();
    },
    signOut,
    access() {
      const session = $session.get();
      return session ? { sessionToken: session.token } : undefined;
    },
    dismissNotice() {
      $notice.set(undefined);
    },
    dispose() {
      stopSync();
      ordersController?.abort();
    },
  };
}
