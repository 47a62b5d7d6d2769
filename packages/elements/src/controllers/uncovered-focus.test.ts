// A page with a sticky header: what OrderZone focuses or shows after a failed submit is never hidden
// under it, at a phone's and a desktop's width; `--oz-scroll-margin-top` sets the room by hand.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { addToCart, createZoneFixture, type ZoneFixture } from '../testing/zone-fixture.ts';
import { CheckoutForm } from '../components/checkout-form/checkout-form.ts';
import { defineElement } from '../components/define-element.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';

defineElement('checkout-form', CheckoutForm);

let flow: ZoneFixture | undefined;
let page: HTMLElement | undefined;

afterEach(async () => {
  flow?.zone.dispose();
  page?.remove();
  page = undefined;
  window.scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
});

/** A merchant's page: a sticky header `height` px tall, some text, then the checkout. */
async function checkoutUnderHeader(height: number, style = ''): Promise<{ form: CheckoutForm; header: HTMLElement }> {
  flow = await createZoneFixture({ seed: testShop() });
  await addToCart(flow.zone, 'shirt', 'shirt-navy-m', 1);
  page = await fixture<HTMLElement>(html`<div>
    <header style="position: sticky; top: 0; height: ${height}px; background: #fff; z-index: 10">Shop</header>
    <p style="height: 900px">About us</p>
    <checkout-form style=${style} .zone=${flow.zone}></checkout-form>
    <p style="height: 1200px">Footer</p>
  </div>`);
  const form = page.querySelector('checkout-form') as CheckoutForm;
  await waitUntil(() => form.shadowRoot?.querySelector('#payment-method-0'), 'the checkout did not load', { timeout: 4000 });
  return { form, header: page.querySelector('header')! };
}

/** Submits the empty checkout with the keyboard and waits for the first wrong field to take focus. */
async function submitEmpty(form: CheckoutForm): Promise<HTMLElement> {
  const submit = form.shadowRoot!.querySelector<HTMLButtonElement>('[data-submit]')!;
  submit.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => form.shadowRoot!.activeElement?.id === 'contact-name', 'the first wrong field did not take focus');
  // The browser's own scroll, then the zone's correction.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return form.shadowRoot!.activeElement as HTMLElement;
}

for (const width of [390, 1280]) {
  describe(`below a sticky page header, ${width} px wide`, () => {
    beforeEach(() => setViewport({ width, height: 800 }));

    it('shows the error summary and the first wrong field below the header after a failed submit', async () => {
      const { form, header } = await checkoutUnderHeader(120);
      const field = await submitEmpty(form);
      const summary = form.shadowRoot!.querySelector('[data-error-summary]')!;
      const below = header.getBoundingClientRect().bottom;
      expect(below).to.equal(120);
      expect(summary.getBoundingClientRect().top, 'the summary is under the header').to.be.at.least(below);
      expect(summary.getBoundingClientRect().top).to.be.below(window.innerHeight);
      expect(field.getBoundingClientRect().top, 'the field is under the header').to.be.at.least(below);
      expect(field.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
    });

    it('keeps a field reached with an error summary link, or with Shift+Tab, below the header', async () => {
      const { form, header } = await checkoutUnderHeader(120);
      await submitEmpty(form);
      // The last link of the summary: a field far below it.
      const links = [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')];
      links.at(-1)!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const target = form.shadowRoot!.activeElement as HTMLElement;
      expect(target.id).to.not.equal('contact-name');
      expect(target.getBoundingClientRect().top).to.be.at.least(header.getBoundingClientRect().bottom);
      // Scroll the name field just under the header, then reach it from below with Shift+Tab.
      const name = form.shadowRoot!.querySelector<HTMLInputElement>('#contact-name')!;
      const phone = form.shadowRoot!.querySelector<HTMLInputElement>('#contact-phone')!;
      phone.focus();
      window.scrollBy(0, name.getBoundingClientRect().top - 60);
      expect(name.getBoundingClientRect().top, 'hidden by the header before').to.be.below(120);
      await sendKeys({ press: 'Shift+Tab' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(form.shadowRoot!.activeElement).to.equal(name);
      expect(name.getBoundingClientRect().top).to.be.at.least(header.getBoundingClientRect().bottom);
    });

    it('leaves the room given by --oz-scroll-margin-top when the page sets it', async () => {
      const { form } = await checkoutUnderHeader(40, '--oz-scroll-margin-top: 200px');
      const field = await submitEmpty(form);
      const summary = form.shadowRoot!.querySelector('[data-error-summary]')!;
      expect(summary.getBoundingClientRect().top).to.be.at.least(200);
      expect(field.getBoundingClientRect().top).to.be.at.least(200);
    });
  });
}
