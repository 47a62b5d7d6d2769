/**
 * What every part of the REST contract suite shares: the backend under test, the clock it runs on,
 * shoppers calling from addresses of their own, and fresh contacts. Test-only; not part of the
 * published package.
 *
 * @module
 */
import type { BackendAdapter } from '../../backend/backend-adapter.ts';
import type { Contact } from '../../order/order-schema.ts';
import { createRestAdapter } from '../../rest/rest-adapter.ts';
import { REST_ENDPOINTS, type Endpoint } from '../../rest/rest-contract.ts';
import type { BackendUnderTest } from './backend-under-test.ts';

/** Monday 2026-05-04, 10:00 in Shanghai: where the suite's clock starts (the contract shop's booking dates follow it). */
export const CONTRACT_SUITE_START = new Date('2026-05-04T02:00:00Z');

/** The backend's clock, which only the suite moves. */
export interface ContractClock {
  now(): Date;
  /** Moves time forward by `ms`. */
  advance(ms: number): void;
}

/** A clock at `start` that moves only when told. */
export function contractClock(start: Date): ContractClock {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms) {
      at += ms;
    },
  };
}

/** The REST adapter with every optional call (`createRestAdapter` implements them all). */
export type ContractAdapter = Required<BackendAdapter>;

/** A shopper: the REST adapter calling from a client address of its own. */
export interface Shopper {
  api: ContractAdapter;
  /** The client address the backend sees (`X-Forwarded-For`). */
  address: string;
  /** A plain `fetch` of `path` under the contract's base URL, from the same address: for what the adapter does not show (headers, statuses). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** What the suite's tests get. */
export interface SuiteContext {
  /** The backend under test (started before the first test). */
  readonly backend: BackendUnderTest;
  readonly clock: ContractClock;
  /** A new shopper, from an address no other shopper of the suite uses. */
  shopper(options?: { timeoutMs?: number }): Shopper;
  /** A contact no other test uses (its own phone number and e-mail address), so that one test's orders and codes never count in another's limits. */
  contact(name?: string): Contact;
  /** The endpoints of `REST_ENDPOINTS` (by operation) that answered a shopper's request with success so far. */
  readonly answered: ReadonlySet<string>;
}

/** Each endpoint's method and path as a pattern of request paths under the base URL. */
const ENDPOINT_PATTERNS = Object.entries(REST_ENDPOINTS as Record<string, Endpoint>).map(([operation, endpoint]) => ({
  operation,
  method: endpoint.method,
  path: new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The operation of `REST_ENDPOINTS` that `method` `path` (under the base URL) calls, if any. */
function operationOf(method: string, path: string): string | undefined {
  return ENDPOINT_PATTERNS.find((e) => e.method === method.toUpperCase() && e.path.test(path))?.operation;
}

/** The context over a backend that `backend()` answers once started. */
export function suiteContext(backend: () => BackendUnderTest, clock: ContractClock): SuiteContext {
  let shoppers = 0;
  let contacts = 0;
  const answered = new Set<string>();
  /** `fetch`, noting which endpoint answered with success. */
  const noting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const base = new URL(backend().baseUrl);
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (response.ok && url.origin === base.origin && url.pathname.startsWith(base.pathname)) {
      const operation = operationOf(method, url.pathname.slice(base.pathname.replace(/\/$/, '').length));
      if (operation) answered.add(operation);
    }
    return response;
  };
  return {
    answered,
    get backend() {
      return backend();
    },
    clock,
    shopper(options = {}) {
      shoppers += 1;
      // Documentation addresses (RFC 5737), one per shopper.
      const address = `${shoppers <= 254 ? '203.0.113' : '198.51.100'}.${((shoppers - 1) % 254) + 1}`;
      const { baseUrl } = backend();
      const headers = { 'X-Forwarded-For': address };
      const api = createRestAdapter({ baseUrl, fetch: noting, headers: () => headers, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) }) as ContractAdapter;
      return {
        api,
        address,
        fetch: (path, init = {}) => noting(`${baseUrl}${path}`, { ...init, headers: { ...headers, ...Object.fromEntries(new Headers(init.headers).entries()) } }),
      };
    },
    contact(name = 'Wang Fang') {
      contacts += 1;
      const serial = String(contacts).padStart(4, '0');
      return { name, phone: `+86 139 0013 ${serial}`, email: `shopper.${serial}@example.com` };
    },
  };
}
