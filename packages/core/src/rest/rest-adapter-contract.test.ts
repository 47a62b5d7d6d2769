/**
 * The REST adapter's contract suite (`testing/rest-contract/`) against the msw handlers over the
 * in-page order engine. `@orderzone/server` runs the same suite against the real server.
 */
import { setupServer } from 'msw/node';
import { createOrderEngine, createOrderService, engineStore, normalizeContact } from '@orderzone/embedded-backend';
import type { OrderChangeFeed } from '@orderzone/embedded-backend/contract-app';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import { describeRestContract } from '../testing/rest-contract/contract-suite.ts';

const BASE = 'https://shop.test/api';

/** Order changes in memory: every change of an order, announced to the streams following it; `close()` ends every open stream, as a server stopping does. */
function memoryOrderChanges() {
  const listeners = new Map<string, Set<() => void>>();
  const closing = new AbortController();
  const feed: OrderChangeFeed = {
    closed: closing.signal,
    async subscribe(orderNumber, listener) {
      const set = listeners.get(orderNumber) ?? new Set();
      set.add(listener);
      listeners.set(orderNumber, set);
      return () => set.delete(listener);
    },
  };
  return {
    feed,
    changed: (orderNumber: string) => [...(listeners.get(orderNumber) ?? [])].forEach((listener) => listener()),
    close: () => closing.abort(),
  };
}

describeRestContract({
  name: 'the msw handlers over the in-page engine',
  async start({ now, seed, settings }) {
    const changes = memoryOrderChanges();
    const seen = new Map<string, string>();
    const engine = createOrderEngine({
      seed,
      now,
      risk: { amountThreshold: settings.riskAmountThreshold, maxOrdersPerHourPerContact: settings.riskMaxOrdersPerHourPerContact },
      unpaidOrderMinutes: settings.unpaidOrderMinutes,
      onChange(state) {
        for (const order of state.orders) {
          const json = JSON.stringify(order);
          if (seen.get(order.orderNumber) === json) continue;
          seen.set(order.orderNumber, json);
          changes.changed(order.orderNumber);
        }
      },
    });
    const server = setupServer(...createHttpHandlers(engine, { baseUrl: BASE, orderChanges: changes.feed }));
    server.listen({
      // Every request to the backend must be one of the contract's; a return photo's `data:` URL is read as it is.
      onUnhandledRequest: (request, print) => {
        if (request.url.startsWith('data:')) return;
        print.error();
        throw new Error(`${request.method} ${request.url} is not an endpoint of the contract.`);
      },
    });
    return {
      baseUrl: BASE,
      merchant: createOrderService(engineStore(engine)),
      async sentCodes(destination, count) {
        const to = normalizeContact(destination);
        // The outbox lists the newest first.
        const codes = engine.outbox().filter((message) => normalizeContact(message.destination) === to).map((message) => message.code).reverse();
        if (codes.length < count) throw new Error(`${count} codes should have been sent to ${destination}; ${codes.length} were.`);
        return codes;
      },
      async stop() {
        changes.close();
        server.close();
      },
    };
  },
});
