/**
 * `<order-detail>` asks for its action forms' code and their messages at the same time (a page of its
 * own: the forms load once per page, and this must be their first load). The forms' module is held
 * back on its way (the test runner's `delay-response` command): their messages are asked for, and
 * here, before it arrives, not once it runs; a form opens once both are here, in the language shown.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createOrderFixture, placeOrder } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { expectAskedBeside, holdModule } from '../../testing/held-module.ts';

const FORMS = '/components/order-detail/order-detail-forms.ts';
const HELD_MS = 600;

describe('<order-detail> action forms requests', () => {
  it("asks for the forms' messages with their code, not once it arrives: both on their way together", async () => {
    await holdModule(FORMS, HELD_MS);
    const f = await createOrderFixture({ locale: 'en-US' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    // The order has actions: the forms were asked for as it showed. A form opens once they are here, in words.
    $(el, '[data-action="edit"]')!.click();
    await waitUntil(() => $(el, '[part="action-form"]'), 'the edit form opens', { timeout: 5000 });
    expect(text($(el, '#action-form-heading'))).to.equal('Edit your order');
    expectAskedBeside(FORMS, '/components/order-detail/order-detail-forms.messages.en-US.ts', HELD_MS);
    el.remove();
    f.zone.dispose();
  });
});
