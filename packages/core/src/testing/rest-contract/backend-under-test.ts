/**
 * The REST contract suite's view of a backend: what the suite needs from whatever serves the
 * contract (the msw handlers over the in-page engine, the real server on PGlite or PostgreSQL) to
 * run the same tests against it. Test-only; not part of the published package.
 *
 * A harness starts a fresh backend with the suite's own shop (`contractShop()`, laid out from the
 * suite's clock) and the shop settings of {@link CONTRACT_SHOP_SETTINGS}, serving the contract at `baseUrl`; the suite talks
 * to it through `createRestAdapter` only, acts as the merchant through {@link MerchantActions}, and
 * reads the one-time codes the backend sent through {@link BackendUnderTest.sentCodes}.
 *
 * Each test calls from a client address of its own, in `X-Forwarded-For`, so that the limits on
 * wrong guesses one test runs into never count another's: the backend must take that header as the
 * caller's address (the msw handlers do; the server does behind the one proxy its harness trusts).
 *
 * @module
 */
import type { Money } from '../../money/money.ts';
import type { Order, ReturnInstructions, Tracking } from '../../order/order-schema.ts';
import type { ReviewModeration, ReviewRecord } from '../../review/review-schema.ts';
import type { Rfq, RfqOfferDraft } from '../../business/rfq-schema.ts';
import type { ContractShop } from './contract-shop.ts';

/**
 * The settings of the shop under test, applied the same way by every harness (they are rules that
 * a merchant sets, so two backends configured differently would answer differently by design).
 */
export interface ContractShopSettings {
  /** Orders of at least this total need a one-time code first. */
  riskAmountThreshold: Money;
  /** A contact's order after this many within an hour needs a one-time code first. */
  riskMaxOrdersPerHourPerContact: number;
  /** Minutes an order may await payment before it is cancelled (the contract shop's payment methods are all paid online). */
  unpaidOrderMinutes: number;
}

/** Risk rules (a total of ¥5,000.00, a fourth order in an hour) and the server's default time to pay online. */
export const CONTRACT_SHOP_SETTINGS: Readonly<ContractShopSettings> = Object.freeze({
  riskAmountThreshold: Object.freeze({ amount: 500_000, currency: 'CNY' }),
  riskMaxOrdersPerHourPerContact: 3,
  unpaidOrderMinutes: 30,
});

/** The merchant's side, as the suite uses it: the backend's own calls (no HTTP contract covers them). */
export interface MerchantActions {
  markPaid(orderNumber: string): Promise<Order>;
  markShipped(orderNumber: string, tracking: Tracking): Promise<Order>;
  markCompleted(orderNumber: string): Promise<Order>;
  approveRefund(orderNumber: string): Promise<Order>;
  rejectRefund(orderNumber: string): Promise<Order>;
  approveReturn(orderNumber: string, instructions: ReturnInstructions): Promise<Order>;
  rejectReturn(orderNumber: string): Promise<Order>;
  receiveReturn(orderNumber: string): Promise<Order>;
  /** Publish, hide with a reason, or reply to a review (the admin API's `POST /admin/reviews/{id}/moderation` on a server). */
  moderateReview(reviewId: string, moderation: ReviewModeration): Promise<ReviewRecord>;
  /** Requests for quote: answer with prices and an expiry, withdraw (the admin API's `/admin/rfqs` on a server). */
  rfqs: {
    answer(rfqId: string, offer: RfqOfferDraft): Promise<Rfq>;
    withdraw(rfqId: string): Promise<Rfq>;
  };
}

/** A started backend. */
export interface BackendUnderTest {
  /** Where the contract is served, e.g. `http://127.0.0.1:8787/api`. */
  baseUrl: string;
  /** The merchant's calls, on the same state the contract serves. */
  merchant: MerchantActions;
  /**
   * The one-time codes sent to `destination` (a phone number or e-mail address, in any spelling the
   * backend accepts), oldest first, once at least `count` have been sent: what the shopper reads in
   * the text message or e-mail. Fails when they do not come within a few seconds.
   */
  sentCodes(destination: string, count: number): Promise<string[]>;
  /** Stops the backend and frees what it holds. */
  stop(): Promise<void>;
}

/** How the suite starts a backend. */
export interface BackendHarness {
  /** Names the backend in the test titles (`msw mocks`, `server on PostgreSQL`...). */
  name: string;
  /**
   * Starts a fresh backend whose clock is `now` (the suite moves it forward to let holds, codes and
   * wrong guesses lapse), selling `seed` (the suite's own shop, its booking dates laid out from
   * `now()`: the engine's seed, or what a server imports into its empty database) with `settings`.
   */
  start(options: { now: () => Date; seed: ContractShop; settings: ContractShopSettings }): Promise<BackendUnderTest>;
}
