/**
 * Checks that a part loaded by `import()` and its messages are asked for together: the part's module
 * is held back on its way (the test runner's `delay-response` command, {@link holdModule}) and its
 * messages must have been asked for, and be here, before it arrived ({@link expectAskedBeside}).
 *
 * @module
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The test runner's page loads hundreds of modules: keep the timing of every fetch, not the first 250.
performance.setResourceTimingBufferSize(100_000);

/** The page's one fetch of the module whose path ends with `path`. */
function fetchOf(path: string): PerformanceResourceTiming {
  const entries = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(path)) as PerformanceResourceTiming[];
  expect(entries.map((entry) => new URL(entry.name).pathname), `fetches of ${path}`).to.have.length(1);
  return entries[0]!;
}

/** The page gets the next response for the module whose path ends with `path` only `ms` after asking for it. */
export async function holdModule(path: string, ms: number): Promise<void> {
  await executeServerCommand('delay-response', { path, ms });
}

/**
 * The module `code` (held back `heldMs` by {@link holdModule}) and the messages `messages` were each
 * fetched once, and the messages were asked for, and here, before the held module arrived.
 */
export function expectAskedBeside(code: string, messages: string, heldMs: number): void {
  const held = fetchOf(code);
  const asked = fetchOf(messages);
  // The module was held back: it arrived heldMs after it was asked for.
  expect(held.responseEnd - held.startTime).to.be.at.least(heldMs - 50);
  // The messages were asked for before then, and were here before it.
  expect(asked.startTime, `${messages} asked for before ${code} arrived`).to.be.below(held.responseEnd);
  expect(asked.responseEnd, `${messages} here before ${code}`).to.be.below(held.responseEnd);
}
