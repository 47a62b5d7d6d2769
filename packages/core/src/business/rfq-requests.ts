/**
 * The signed-in buyer's requests for quote on a storefront: the list (newest first), sending a
 * request (checked first with the same rules the backend applies, so a mistake is named per field
 * without a round trip), accepting (the quoted lines then go into the cart carrying the request's
 * id, so checkout is priced at the quote) and declining. What each status allows is `rfq-rules.ts`.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { OrderZoneError, toOrderZoneError, type FieldError } from '../errors.ts';
import { addRfqToCart } from './rfq-client.ts';
import { rfqDraftProblems } from './rfq-rules.ts';
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
  let loads = 0;

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

  /** `rfq` in place of the request with its id (first when new). */
  function keep(rfq: Rfq): void {
    const list = current();
    const at = list.findIndex((r) => r.id === rfq.id);
    $rfqs.set({ status: 'ready', data: at < 0 ? [rfq, ...list] : list.map((r, i) => (i === at ? rfq : r)) });
  }

  async function load(): Promise<void> {
    const run = ++loads;
    const previous = current();
    $rfqs.set({ status: 'loading', data: previous });
    try {
      const rfqs = await method('listRfqs')(token(), ctx());
      if (run === loads) $rfqs.set({ status: 'ready', data: rfqs });
    } catch (raw) {
      if (run === loads) $rfqs.set({ status: 'error', error: toOrderZoneError(raw), data: previous });
    }
  }

  async function decided(rfqId: string, call: () => Promise<Rfq>): Promise<Rfq> {
    try {
      const rfq = await call();
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
      const session = token();
      const locale = config.locale?.();
      const problems = await checkRfqDraft(adapter, draft, now(), locale);
      if (problems.length > 0) return { fieldErrors: problems };
      try {
        const rfq = await method('createRfq')(session, { ...draft, ...(locale ? { locale } : {}) }, ctx());
        keep(rfq);
        return { rfq };
      } catch (raw) {
        const error = toOrderZoneError(raw);
        if (error.code === 'validation' && error.fieldErrors.length > 0) return { fieldErrors: error.fieldErrors };
        throw error;
      }
    },
    async accept(rfqId) {
      const rfq = await decided(rfqId, () => method('acceptRfq')(token(), rfqId, ctx()));
      const added = await addRfqToCart(adapter, cart, rfq, now(), ctx());
      return { rfq, added };
    },
    decline: (rfqId) => decided(rfqId, () => method('declineRfq')(token(), rfqId, ctx())),
    addToCart: (rfq) => addRfqToCart(adapter, cart, rfq, now(), ctx()),
  };
}
