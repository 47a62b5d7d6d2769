/**
 * The signed-in buyer's requests for quote on a storefront: the list (newest first), sending a
 * request (checked first with the same rules the backend applies, so a mistake is named per field
 * without a round trip), accepting (the quoted lines then go into the cart carrying the request's
 * id, so checkout is priced at the quote) and declining, and following the list live while the
 * merchant may still answer. What each status allows is `rfq-rules.ts`.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { OrderZoneError, toOrderZoneError, type FieldError } from '../errors.ts';
import { stableJson } from '../json/stable-json.ts';
import { pollWithBackoff, type PollingOptions, type Watch } from '../order/backoff-polling.ts';
import { addRfqToCart } from './rfq-client.ts';
import { allowedRfqMerchantActions, rfqDraftProblems } from './rfq-rules.ts';
import type { Rfq, RfqDraft } from './rfq-schema.ts';

/** The backend calls {@link createRfqRequests} uses (optional on an adapter: without them it says `config`). */
export type RfqAdapter = Pick<BackendAdapter, 'getProduct' | 'createRfq' | 'listRfqs' | 'acceptRfq' | 'declineRfq'>;

/** What {@link createRfqRequests} needs. */
export interface RfqRequestsConfig {
  adapter: RfqAdapter;
  /** The cart an accepted request's lines go into. */
  cart: Cart;
  /** The signed-in shopper's session token now; `undefined` for a guest. */
  sessionToken: () => string | undefined;
  /** The shopper's locale, sent to the backend. */
  locale?: () => string;
  /** The clock the statuses are read by (default: now). */
  now?: () => Date;
  /**
   * Called when the backend answered `unauthorized` to a call made with the session `token`: a
   * zone's account signs out (`zone.account.sessionRefused`). The list is then emptied (`idle`)
   * and following it stops. Without it, the failure stays in `$rfqs` as an error.
   */
  sessionRefused?: (token: string) => void;
}

/** What {@link RfqRequests.follow} reports to; the back-off, clock and page visibility as `pollWithBackoff`'s. */
export interface RfqFollowOptions extends PollingOptions {
  /**
   * Called once per change found: the requests whose status changed (an offer, a withdrawal, the
   * prices lapsed) or that the merchant answered again, as they are now. Not called for a check
   * that found nothing new, nor for a request sent, accepted or declined through these requests.
   */
  onChange?(changed: Rfq[]): void;
  /** Called when a check fails; following goes on unless the error is fatal (`unauthorized`, `not_found`, `config`). */
  onError?(error: OrderZoneError): void;
}

/** What sending a request gave: the request sent, or every problem of the draft per field (nothing was sent). */
export type SendRfqResult = { rfq: Rfq; fieldErrors?: undefined } | { rfq?: undefined; fieldErrors: FieldError[] };

/** The signed-in buyer's requests for quote (see {@link createRfqRequests}). */
export interface RfqRequests {
  /** The buyer's requests, newest first, each with its status as the backend read it. */
  readonly $rfqs: ReadableAtom<AsyncState<Rfq[]>>;
  /** True when the adapter offers requests for quote. */
  readonly supported: boolean;
  /** Loads the list (again). Rejects nothing: a failure is in `$rfqs`. */
  load(): Promise<void>;
  /**
   * Checks `draft` (unknown products, quantities against each product's rule, the target date, the
   * note, the contact: `rfqDraftProblems`, the backend's own rules) and sends it when it has no
   * problem. A `validation` answer of the backend comes back as `fieldErrors` too; other failures reject.
   */
  send(draft: RfqDraft): Promise<SendRfqResult>;
  /**
   * Accepts the quoted prices, then puts the quoted lines in the cart with the request's id (see
   * `addRfqToCart`): resolves the request and how many lines went in. A refusal (`conflict`: expired
   * meanwhile) rejects, after the list was loaded again so it shows the status now.
   */
  accept(rfqId: string): Promise<{ rfq: Rfq; added: number }>;
  /** Declines the quoted prices (or withdraws a request not answered yet). Rejects like `accept`. */
  decline(rfqId: string): Promise<Rfq>;
  /** Puts the lines of an accepted request in the cart again (after they were removed): how many went in. */
  addToCart(rfq: Rfq): Promise<number>;
  /**
   * Follows the list live, so the merchant's answers show without a reload: checks `listRfqs` with
   * `pollWithBackoff`'s rule (2 s doubling to 30 s while nothing changes, nothing while the page is
   * hidden, at least `Retry-After` after `rate_limited`) while a request the merchant may still
   * answer or withdraw is listed (`allowedRfqMerchantActions`: also a quote whose prices lapsed
   * before the buyer accepted it, which the merchant may answer again), and again once such a
   * request is sent. A change puts the list in `$rfqs` and calls `onChange`. Stops on the watch's `stop()` (when
   * the list is no longer shown) and when the session is refused. A new `follow()` ends the last one.
   */
  follow(options?: RfqFollowOptions): Watch;
}

/** The requests of `after` that changed since `before` (status, or answered again); a request new to the list is not one. */
function changedRfqs(before: readonly Rfq[], after: readonly Rfq[]): Rfq[] {
  const was = new Map(before.map((rfq) => [rfq.id, rfq]));
  return after.filter((rfq) => {
    const old = was.get(rfq.id);
    return old !== undefined && (old.status !== rfq.status || old.updatedAt !== rfq.updatedAt);
  });
}

/** Every problem of `draft` by the backend's rules, its products read from `adapter` (an unknown one is `invalid_choice`). */
export async function checkRfqDraft(adapter: Pick<BackendAdapter, 'getProduct'>, draft: RfqDraft, now: Date, locale?: string): Promise<FieldError[]> {
  const ids = [...new Set(draft.lines.map((line) => line.productId))];
  const products = new Map<string, Product>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        products.set(id, await adapter.getProduct(id, locale ? { locale } : undefined));
      } catch (raw) {
        if (toOrderZoneError(raw).code !== 'not_found') throw raw;
      }
    }),
  );
  return rfqDraftProblems(draft, (id) => products.get(id), now);
}

/** The signed-in buyer's requests for quote, with the cart their accepted lines go into. */
export function createRfqRequests(config: RfqRequestsConfig): RfqRequests {
  const { adapter, cart } = config;
  const now = config.now ?? (() => new Date());
  const ctx = () => (config.locale ? { locale: config.locale() } : {});
  const $rfqs = atom<AsyncState<Rfq[]>>({ status: 'idle' });
  /** Counts the changes of `$rfqs` made here (a load started, a request kept, a check's answer): an answer asked for before one is stale. */
  let version = 0;
  /** The follow running (until its `stop()`), with its options, to start again when a request is sent. */
  let following: { options: RfqFollowOptions; watch: Watch } | undefined;

  function token(): string {
    const value = config.sessionToken();
    if (!value) throw new OrderZoneError('unauthorized', 'Sign in to ask for a quote.');
    return value;
  }

  function method<K extends 'createRfq' | 'listRfqs' | 'acceptRfq' | 'declineRfq'>(name: K): NonNullable<RfqAdapter[K]> {
    const fn = adapter[name];
    if (typeof fn !== 'function') throw new OrderZoneError('config', `The backend has no ${name}().`);
    return fn.bind(adapter) as NonNullable<RfqAdapter[K]>;
  }

  function current(): Rfq[] {
    const state = $rfqs.get();
    return state.status === 'idle' ? [] : state.data ?? [];
  }

  /** True while a request of `rfqs` may still change by the merchant's hand: worth checking again. */
  function awaitsMerchant(rfqs: readonly Rfq[]): boolean {
    const at = now();
    return rfqs.some((rfq) => allowedRfqMerchantActions(rfq, at).length > 0);
  }

  /** `rfq` in place of the request with its id (first when new); a stopped follow starts again when it awaits the merchant. */
  function keep(rfq: Rfq): void {
    const list = current();
    const at = list.findIndex((r) => r.id === rfq.id);
    version += 1;
    $rfqs.set({ status: 'ready', data: at < 0 ? [rfq, ...list] : list.map((r, i) => (i === at ? rfq : r)) });
    if (following && !following.watch.active && awaitsMerchant([rfq])) following.watch = poll(following.options);
  }

  /**
   * Calls the backend with the session's token; an `unauthorized` answer for that token empties the
   * list, stops following and tells `sessionRefused` (the account signs out). Rejects with the `OrderZoneError`.
   */
  async function withSession<T>(call: (session: string) => Promise<T>): Promise<T> {
    const session = token();
    try {
      return await call(session);
    } catch (raw) {
      const error = toOrderZoneError(raw);
      if (error.code === 'unauthorized' && config.sessionRefused) {
        version += 1;
        $rfqs.set({ status: 'idle' });
        following?.watch.stop();
        config.sessionRefused(session);
      }
      throw error;
    }
  }

  async function load(): Promise<void> {
    const run = ++version;
    const previous = current();
    $rfqs.set({ status: 'loading', data: previous });
    try {
      const rfqs = await withSession((session) => method('listRfqs')(session, ctx()));
      if (run === version) $rfqs.set({ status: 'ready', data: rfqs });
    } catch (raw) {
      if (run === version) $rfqs.set({ status: 'error', error: toOrderZoneError(raw), data: previous });
    }
  }

  /** Checks the list with back-off (see {@link RfqRequests.follow}) until nothing awaits the merchant. */
  function poll(options: RfqFollowOptions): Watch {
    return pollWithBackoff(
      async (signal) => {
        const asked = version;
        const rfqs = await withSession((session) => method('listRfqs')(session, { ...ctx(), signal }));
        // A load, or the buyer's own action, since the check was asked for: its answer may be older.
        if (asked !== version) return { changed: false, done: false };
        const before = current();
        const changed = $rfqs.get().status !== 'ready' || stableJson(rfqs) !== stableJson(before);
        if (changed) {
          version += 1;
          $rfqs.set({ status: 'ready', data: rfqs });
        }
        const news = changedRfqs(before, rfqs);
        if (news.length > 0) options.onChange?.(news);
        return { changed, done: !awaitsMerchant(rfqs) };
      },
      (error) => options.onError?.(error),
      options,
    );
  }

  async function decided(rfqId: string, call: (session: string) => Promise<Rfq>): Promise<Rfq> {
    try {
      const rfq = await withSession(call);
      keep(rfq);
      return rfq;
    } catch (raw) {
      const error = toOrderZoneError(raw);
      if (error.code === 'conflict' || error.code === 'not_found') await load();
      throw error;
    }
  }

  return {
    $rfqs,
    supported: typeof adapter.createRfq === 'function' && typeof adapter.listRfqs === 'function',
    load,
    async send(draft) {
      token();
      const locale = config.locale?.();
      const problems = await checkRfqDraft(adapter, draft, now(), locale);
      if (problems.length > 0) return { fieldErrors: problems };
      try {
        const rfq = await withSession((session) => method('createRfq')(session, { ...draft, ...(locale ? { locale } : {}) }, ctx()));
        keep(rfq);
        return { rfq };
      } catch (raw) {
        const error = toOrderZoneError(raw);
        if (error.code === 'validation' && error.fieldErrors.length > 0) return { fieldErrors: error.fieldErrors };
        throw error;
      }
    },
    async accept(rfqId) {
      const rfq = await decided(rfqId, (session) => method('acceptRfq')(session, rfqId, ctx()));
      const added = await addRfqToCart(adapter, cart, rfq, now(), ctx());
      return { rfq, added };
    },
    decline: (rfqId) => decided(rfqId, (session) => method('declineRfq')(session, rfqId, ctx())),
    addToCart: (rfq) => addRfqToCart(adapter, cart, rfq, now(), ctx()),
    follow(options = {}) {
      following?.watch.stop();
      const mine = { options, watch: poll(options) };
      following = mine;
      return {
        refresh: () => mine.watch.refresh(),
        stop() {
          mine.watch.stop();
          if (following === mine) following = undefined;
        },
        get active() {
          return mine.watch.active;
        },
      };
    },
  };
}
