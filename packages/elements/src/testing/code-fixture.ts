/**
 * Test fixture for one-time codes: a zone over a fresh embedded backend whose adapter adds sign-in
 * (`requestSignInCode`, `verifySignInCode`, `signOut`, `listOrders`) and a risk rule on
 * `submitOrder` (a code is asked for at or above `threshold`), all in memory, so the elements can
 * be tested without the backend's own account rules. Test-only.
 *
 * @module
 */
import { createOrderZone, OrderZoneError, type BackendAdapter, type KeyValueStorage, type Order, type SentCode, type Session } from '@orderzone/core';
import type { EmbeddedBackend } from '@orderzone/embedded-backend';
import { createTestBackend, persistentMemoryStorage, ALL_PARTS, type TestZone } from './zone-fixture.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';

export interface CodeFixture {
  zone: TestZone;
  backend: EmbeddedBackend;
  storage: KeyValueStorage;
  state: {
    /** The code every challenge and sign-in accepts. */
    code: string;
    /** Orders at or above this total (minor units) need a code. */
    threshold: number;
    submitKeys: string[];
    placed: Order[];
    signInRequests: number;
    resends: number;
    /** How many times the orders of a session were asked for (`listOrders`). */
    listOrders: number;
    /** Set to make the next code request fail this way. */
    failNextRequest?: OrderZoneError;
    /** Set to make the next `listOrders` fail this way. */
    failNextListOrders?: OrderZoneError;
    sessions: Map<string, string>;
  };
  /** What the clock says (ms), for `resendAt`. */
  now: () => number;
}

export interface CodeFixtureOptions {
  locale?: string;
  threshold?: number;
  now?: () => number;
  withSignIn?: boolean;
  /** Another fixture's storage, as after reloading the page (its session included). */
  storage?: KeyValueStorage;
}

export async function createCodeFixture(options: CodeFixtureOptions = {}): Promise<CodeFixture> {
  const backend = createTestBackend({ seed: testShop() });
  const now = options.now ?? (() => Date.now());
  const storage = options.storage ?? persistentMemoryStorage();
  const state: CodeFixture['state'] = { code: '246810', threshold: options.threshold ?? Number.MAX_SAFE_INTEGER, submitKeys: [], placed: [], signInRequests: 0, resends: 0, listOrders: 0, sessions: new Map() };
  const sent = (channel: 'sms' | 'email'): SentCode => ({
    channel,
    maskedDestination: channel === 'sms' ? '139****9000' : 'h***@example.com',
    expiresAt: new Date(now() + 300_000).toISOString(),
    resendAt: new Date(now() + 60_000).toISOString(),
  });
  let challenges = 0;
  const extra: Partial<BackendAdapter> = {
    async submitOrder(request, ctx) {
      state.submitKeys.push(ctx.idempotencyKey);
      if (request.expectedTotal.amount >= state.threshold) {
        if (!ctx.verification) {
          challenges += 1;
          throw new OrderZoneError('verification_required', 'A code is needed.', {
            details: { id: `ch-${challenges}`, reason: 'large_amount', code: sent('sms') },
          });
        }
        if (ctx.verification.code !== state.code) {
          throw new OrderZoneError('validation', 'Wrong code.', { fieldErrors: [{ field: 'verification.code', code: 'code_wrong' }] });
        }
      }
      const placed = await backend.submitOrder(request, ctx);
      if (!state.placed.some((o) => o.orderNumber === placed.order.orderNumber)) state.placed.push(placed.order);
      return placed;
    },
    async resendVerificationCode() {
      state.resends += 1;
      return sent('sms');
    },
  };
  if (options.withSignIn !== false) {
    Object.assign(extra, {
      async requestSignInCode({ channel }: { channel: 'sms' | 'email' }) {
        state.signInRequests += 1;
        const failure = state.failNextRequest;
        state.failNextRequest = undefined;
        if (failure) throw failure;
        return sent(channel);
      },
      async verifySignInCode({ channel, destination, code }: { channel: 'sms' | 'email'; destination: string; code: string }): Promise<Session> {
        if (code !== state.code) throw new OrderZoneError('validation', 'Wrong code.', { fieldErrors: [{ field: 'code', code: 'code_wrong' }] });
        const token = `token-${state.sessions.size + 1}`;
        state.sessions.set(token, destination.replace(/\s/g, ''));
        return { token, shopper: { id: 'shopper-1', ...(channel === 'sms' ? { phone: destination } : { email: destination }) }, expiresAt: new Date(now() + 3_600_000).toISOString() };
      },
      async signOut(token: string) {
        state.sessions.delete(token);
      },
      async listOrders(token: string) {
        state.listOrders += 1;
        const failure = state.failNextListOrders;
        state.failNextListOrders = undefined;
        if (failure) throw failure;
        const who = state.sessions.get(token);
        if (!who) throw new OrderZoneError('unauthorized', 'Session ended.');
        return state.placed.filter((o) => o.contact.phone.replace(/\s/g, '') === who || o.contact.email === who).reverse();
      },
    } satisfies Partial<BackendAdapter>);
  }
  // Without sign-in, the embedded backend's own sign-in calls are hidden too.
  const hidden: ReadonlySet<string> = new Set(options.withSignIn === false ? ['requestSignInCode', 'verifySignInCode', 'signOut', 'listOrders'] : []);
  const adapter = new Proxy(backend as unknown as BackendAdapter, {
    get(target, name: string) {
      if (name in extra) return (extra as Record<string, unknown>)[name];
      if (hidden.has(name)) return undefined;
      const value = (target as unknown as Record<string, unknown>)[name];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const zone = await createOrderZone({ adapter, storage, shopId: 't', locale: options.locale ?? 'en-US' }).load(...ALL_PARTS);
  return { zone, backend, storage, state, now };
}
