/**
 * The REST adapter's contract suite: the storefront's calls through `createRestAdapter`, written once
 * and run against every backend that serves the contract: the msw handlers over the in-page engine
 * (`@orderzone/core`'s tests) and the real server over HTTP on PGlite and on PostgreSQL
 * (`@orderzone/server`'s tests). Whatever one backend answers differently from another is a bug in
 * one of them. Test-only; not part of the published package.
 *
 * ```ts
 * describeRestContract({ name: 'the server on PGlite', start: async ({ now, settings }) => ... });
 * ```
 *
 * One backend serves the whole suite, started before its first test: the tests keep out of each
 * other's way with contacts, client addresses, idempotency keys and seats of their own, and check
 * stock as a difference. The clock only moves forward, by what a test needs (a hold lapsing, a wait
 * ending), and the test that moves it furthest comes last.
 *
 * @module
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REST_ENDPOINTS } from '../../rest/rest-contract.ts';
import type { BackendHarness, BackendUnderTest } from './backend-under-test.ts';
import { CONTRACT_SHOP_SETTINGS } from './backend-under-test.ts';
import { accountTests, riskTests, sessionEndTests } from './accounts.ts';
import { bookingTests, rescheduleTests } from './bookings.ts';
import { catalogTests, checkoutTests } from './catalog-and-checkout.ts';
import { contractShop } from './contract-shop.ts';
import { orderAccessTests } from './order-access.ts';
import { orderEventTests } from './order-events.ts';
import { lifecycleTests } from './order-lifecycle.ts';
import { recommendationTests } from './recommendations.ts';
import { returnTests } from './returns.ts';
import { reviewTests } from './reviews.ts';
import { rfqTests } from './rfqs.ts';
import { CONTRACT_SUITE_START, contractClock, suiteContext } from './suite-context.ts';

export type { BackendHarness, BackendUnderTest, ContractShopSettings, MerchantActions } from './backend-under-test.ts';
export { CONTRACT_SHOP_SETTINGS } from './backend-under-test.ts';
export type { ContractShop } from './contract-shop.ts';

/** Registers the whole suite against the backend `harness` starts. */
export function describeRestContract(harness: BackendHarness): void {
  // A guard against a hang, not a goal: the whole suite takes under a minute on a server with its database.
  describe(`REST adapter contract against ${harness.name}`, { timeout: 10 * 60_000 }, () => {
    const clock = contractClock(CONTRACT_SUITE_START);
    let started: BackendUnderTest | undefined;
    before(async () => {
      started = await harness.start({ now: clock.now, seed: contractShop(clock.now()), settings: CONTRACT_SHOP_SETTINGS });
    });
    after(async () => {
      await started?.stop();
    });
    const ctx = suiteContext(() => {
      if (!started) throw new Error(`${harness.name} did not start.`);
      return started;
    }, clock);

    describe('catalog', () => catalogTests(ctx));
    describe('checkout', () => checkoutTests(ctx));
    describe('order access', () => orderAccessTests(ctx));
    describe('sign-in and the shopper’s orders', () => accountTests(ctx));
    describe('risk step-up at checkout', () => riskTests(ctx));
    describe('after the order', () => lifecycleTests(ctx));
    describe('the order event stream', () => orderEventTests(ctx));
    describe('returns', () => returnTests(ctx));
    describe('recommendations', () => recommendationTests(ctx));
    describe('reviews', () => reviewTests(ctx));
    describe('bookings', () => bookingTests(ctx));
    // Next to last: it moves the clock by hours.
    describe('rescheduling', () => rescheduleTests(ctx));
    // After it: it moves the clock past a quote's expiry (hours).
    describe('requests for quote', () => rfqTests(ctx));
    // After it: a month.
    describe('a session’s end', () => sessionEndTests(ctx));
    it('has called every endpoint of the contract and had a successful answer from each', () => {
      assert.deepEqual(Object.keys(REST_ENDPOINTS).filter((operation) => !ctx.answered.has(operation)), []);
    });
  });
}
