/**
 * A server process for the shutdown test: starts on a free port (PGlite in memory) with
 * `closeOnSignals`, and with `GET /api/checkout-options` held for `SLOW_MS` so that a request can be
 * in flight when the signal comes. Prints one JSON line per event on standard output (its URL, the
 * slow call starting, and the server's own log lines). Test-only; not published.
 *
 * @module
 */
import { closeOnSignals, startServer } from '../start.ts';
import { memoryService } from './memory-service.ts';

const slowMs = Number(process.env.SLOW_MS ?? 500);
const print = (entry: unknown) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const memory = memoryService();
const service = {
  ...memory.service,
  async getCheckoutOptions() {
    print({ msg: 'slow call started' });
    await new Promise((resolve) => setTimeout(resolve, slowMs));
    return memory.service.getCheckoutOptions();
  },
};
const server = await startServer(
  { port: 0, host: '127.0.0.1', dataDir: 'memory://', basePath: '/api', corsOrigins: [], trustProxy: 0, production: false },
  { service, logger: print },
);
closeOnSignals(server, { logger: print });
print({ msg: 'ready', url: server.url });
