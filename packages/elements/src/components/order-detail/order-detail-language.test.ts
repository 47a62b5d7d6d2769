/**
 * `<order-detail>` loads only the messages of the language it shows (a page of its own: a module
 * fetched once stays fetched). Nothing here imports its catalogs before the checks of what the
 * page fetched by itself.
 */
import { expect } from '@open-wc/testing';
import { createOrderFixture, placeOrder } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { expectLanguageRoundTrip } from '../../testing/language-switch.ts';

/** What the shopper reads first: the heading, the status, how to pay (the live payment step's own messages) and the first action. */
const read = (el: HTMLElement): Record<string, string> => ({
  heading: text(el.shadowRoot!.querySelector('h2')),
  status: text(el.shadowRoot!.querySelector('[data-status]')),
  pay: text(el.shadowRoot!.querySelector('.qr-label')),
  action: text(el.shadowRoot!.querySelector('[data-action]')),
});

/** The same, in `language`, from its catalogs (imported once the test has checked what the page fetched). */
async function expected(language: 'zh-CN' | 'en-US', orderNumber: string): Promise<Record<string, string>> {
  const { messages } = language === 'zh-CN' ? await import('./order-detail.messages.zh-CN.ts') : await import('./order-detail.messages.en-US.ts');
  const step = language === 'zh-CN' ? await import('../../parts/payment-step/payment-step.messages.zh-CN.ts') : await import('../../parts/payment-step/payment-step.messages.en-US.ts');
  return {
    heading: messages['detail.heading']!.replace('{orderNumber}', orderNumber),
    status: messages['confirmation.status.pending_payment']!,
    pay: step.messages['payment.scan.alipay']!,
    action: messages['detail.action.edit'] ?? '',
  };
}

describe('<order-detail> languages', () => {
  it('shows Chinese first with no English module of its own (or of its payment step) fetched, English once a switch settled, never a key on the way, and back at once', async () => {
    const f = await createOrderFixture({ locale: 'zh-CN' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    await expectLanguageRoundTrip(el, read, ['order-detail.messages', 'flow-messages', 'payment-step.messages'], (language) => expected(language, order.orderNumber));
    expect($(el, 'h2')).not.to.equal(null);
  });
});
