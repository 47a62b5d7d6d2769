/**
 * `<checkout-form>` loads only the messages of the language it shows (a page of its own: a module
 * fetched once stays fetched). Nothing here imports its catalogs before the checks of what the
 * page fetched by itself.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { addToCart, createZoneFixture } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { expectLanguageRoundTrip } from '../../testing/language-switch.ts';
import { CheckoutForm } from './checkout-form.ts';
import { defineElement } from '../define-element.ts';

defineElement('checkout-form', CheckoutForm);

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What the shopper reads first: the form's heading, the contact section, the summary's heading and subtotal label. */
const read = (el: HTMLElement): Record<string, string> => ({
  heading: text(el.shadowRoot!.querySelector('#checkout-heading')),
  contact: text(el.shadowRoot!.querySelector('legend')),
  summary: text(el.shadowRoot!.querySelector('#summary-heading')),
});

/** The same, in `language`, from its catalog (imported once the test has checked what the page fetched). */
async function expected(language: 'zh-CN' | 'en-US'): Promise<Record<string, string>> {
  const { messages } = language === 'zh-CN' ? await import('./checkout-form.messages.zh-CN.ts') : await import('./checkout-form.messages.en-US.ts');
  return { heading: messages['checkoutForm.heading']!, contact: messages['checkoutForm.contact']!, summary: messages['checkoutForm.summary']! };
}

describe('<checkout-form> languages', () => {
  it('shows Chinese first with no English module of its own fetched, English once a switch settled, never a key on the way, and back at once', async () => {
    const f = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    try {
      await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
      const el = await fixture<CheckoutForm>(html`<checkout-form .zone=${f.zone}></checkout-form>`);
      await waitUntil(() => el.shadowRoot!.querySelector('#summary-heading') !== null, 'the form never showed');
      await el.updateComplete;
      await expectLanguageRoundTrip(el, read, ['checkout-form.messages', 'flow-messages'], expected);
    } finally {
      f.zone.dispose();
    }
  });
});
