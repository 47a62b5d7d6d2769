/**
 * `<order-detail>` asks for the live payment step's code and its messages at the same time (a page
 * of its own: the step loads once per page, and this must be its first load). The step's module is
 * held back on its way (the test runner's `delay-response` command): its messages are asked for, and
 * here, before it arrives, not once it runs; the order shows once both are here, in one piece.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createOrderFixture, placeOrder } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';

// The test runner's page loads hundreds of modules: keep the timing of every fetch, not the first 250.
performance.setResourceTimingBufferSize(100_000);

/** The page's one fetch of the module whose path ends with `path`. */
function fetchOf(path: string): PerformanceResourceTiming {
  const entries = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(path)) as PerformanceResourceTiming[];
  expect(entries.map((entry) => new URL(entry.name).pathname), `fetches of ${path}`).to.have.length(1);
  return entries[0]!;
}

const STEP = '/parts/payment-step/payment-step.ts';
const HELD_MS = 600;

describe('<order-detail> payment step requests', () => {
  it("asks for the step's messages with its code, not once it arrives: both on their way together", async () => {
    await executeServerCommand('delay-response', { path: STEP, ms: HELD_MS });
    const f = await createOrderFixture({ locale: 'en-US' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    expect(text($(el, '.qr-label'))).to.equal('Scan with Alipay');
    const step = fetchOf(STEP);
    const messages = fetchOf('/parts/payment-step/payment-step.messages.en-US.ts');
    // The step was held back: it arrived HELD_MS after it was asked for.
    expect(step.responseEnd - step.startTime).to.be.at.least(HELD_MS - 50);
    // Its messages were asked for before then, and were here before it.
    expect(messages.startTime).to.be.below(step.responseEnd);
    expect(messages.responseEnd).to.be.below(step.responseEnd);
    el.remove();
    f.zone.dispose();
  });
});
