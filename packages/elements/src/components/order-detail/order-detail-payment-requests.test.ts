/**
 * `<order-detail>` asks for the live payment step's code and its messages at the same time (a page
 * of its own: the step loads once per page, and this must be its first load). The step's module is
 * held back on its way (the test runner's `delay-response` command): its messages are asked for, and
 * here, before it arrives, not once it runs; the order shows once both are here, in one piece.
 */
import { expect } from '@open-wc/testing';
import { createOrderFixture, placeOrder } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { expectAskedBeside, holdModule } from '../../testing/held-module.ts';

const STEP = '/parts/payment-step/payment-step.ts';
const HELD_MS = 600;

describe('<order-detail> payment step requests', () => {
  it("asks for the step's messages with its code, not once it arrives: both on their way together", async () => {
    await holdModule(STEP, HELD_MS);
    const f = await createOrderFixture({ locale: 'en-US' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    expect(text($(el, '.qr-label'))).to.equal('Scan with Alipay');
    expectAskedBeside(STEP, '/parts/payment-step/payment-step.messages.en-US.ts', HELD_MS);
    el.remove();
    f.zone.dispose();
  });
});
