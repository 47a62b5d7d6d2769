import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addToCart } from '../../testing/zone-fixture.ts';
import { createCodeFixture, type CodeFixture } from '../../testing/code-fixture.ts';
import { defineElement } from '../define-element.ts';
import { CheckoutForm } from './checkout-form.ts';

defineElement('checkout-form', CheckoutForm);

let flow: CodeFixture | undefined;
afterEach(() => flow?.zone.dispose());

function $(el: CheckoutForm, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A filled checkout whose order total is above the fixture's threshold. */
async function readyCheckout(options: { now?: () => number } = {}): Promise<{ f: CodeFixture; el: CheckoutForm }> {
  const f = (flow = await createCodeFixture({ threshold: 1, ...options }));
  await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
  f.zone.checkout.update({
    contact: { name: 'Han Meimei', phone: '13900139000', email: 'han@example.com' },
    shippingAddress: { region: 'Beijing', city: 'Beijing', district: 'Chaoyang', line1: '88 Jianguo Road', postalCode: '100022' },
    paymentMethodId: 'alipay',
  });
  await f.zone.checkout.loadOptions();
  await f.zone.checkout.refreshQuote();
  const el = await fixture<CheckoutForm>(html`<checkout-form .zone=${f.zone}></checkout-form>`);
  return { f, el };
}

describe('<checkout-form>: the shop asks for a code (risk check)', () => {
  it('shows why and where the code went, refuses a wrong code, then places exactly one order, by keyboard', async () => {
    const { f, el } = await readyCheckout();
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-verification]'));
    expect(text($(el, '[data-verification-reason]'))).to.equal('This is a large order, so we need to make sure it’s really you.');
    expect(text($(el, '#verification-code-hint'))).to.equal('We sent a 6-digit code to 139****9000.');
    // Why the code is asked for is read with the field, before where it went.
    expect($(el, '#verification-code')!.getAttribute('aria-describedby')).to.equal('verification-reason verification-code-hint');
    expect($(el, '#verification-reason')!.hasAttribute('data-verification-reason')).to.equal(true);
    expect($(el, '[data-submit]')).to.equal(null);
    const input = $(el, '#verification-code') as HTMLInputElement;
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'verification-code');
    expect(text($(el, '[data-resend]'))).to.match(/^New code in (1:00|0:59)$/);
    await expect(el).shadowDom.to.be.accessible();

    await sendKeys({ type: '135790' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#verification-code-error'));
    expect(text($(el, '#verification-code-error'))).to.equal('That code isn’t right. Please check it and try again.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('verification-code');
    // The error summary names the field by its visible label, never its path ("verification.code").
    const item = $(el, '[data-error-summary] li a')!;
    expect(text(item)).to.equal(`${text($(el, 'label[for="verification-code"]')).replace(/\s*\*$/, '')}: That code isn’t right. Please check it and try again.`);
    expect(text(item)).to.equal('6-digit code: That code isn’t right. Please check it and try again.');
    expect(item.getAttribute('href')).to.equal('#verification-code');
    expect(f.state.placed.length).to.equal(0);
    expect(f.zone.cart.$itemCount.get()).to.equal(2);
    expect(f.zone.checkout.$draft.get().contact.name).to.equal('Han Meimei');
    await expect(el).shadowDom.to.be.accessible();

    input.select();
    await sendKeys({ type: f.state.code });
    const created = oneEvent(el, 'oz-order-created');
    await sendKeys({ press: 'Enter' });
    const { order } = (await created).detail;
    expect(f.state.placed.map((o) => o.orderNumber)).to.deep.equal([order.orderNumber]);
    expect(new Set(f.state.submitKeys).size).to.equal(1);
    expect(f.state.submitKeys.length).to.equal(3);
  });

  it('says politely that a new code was sent, and keeps the focus on the code field', async () => {
    // The backend's clock runs a minute behind, so the wait it gives is already over.
    const { f, el } = await readyCheckout({ now: () => Date.now() - 60_000 });
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-verification]'));
    const live = $(el, '[role="status"][aria-live="polite"]')!;
    expect(text(live)).to.equal('');
    const resend = $(el, '[data-resend]') as HTMLButtonElement;
    expect(resend.disabled).to.equal(false);
    resend.click();
    await waitUntil(() => f.state.resends === 1);
    await waitUntil(() => text(live) === 'A new code was sent to 139****9000.');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'verification-code');
    expect(f.state.placed.length).to.equal(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('goes back to the form with everything kept, and asks for a 6-digit code before sending', async () => {
    const { f, el } = await readyCheckout();
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-verification]'));
    ($(el, '[data-verify]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#verification-code-error'));
    expect(text($(el, '#verification-code-error'))).to.equal('Please fill in this field.');
    expect(f.state.submitKeys.length).to.equal(1);

    ($(el, '[data-verification-back]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[data-verification]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-submit'));
    expect(f.zone.cart.$itemCount.get()).to.equal(2);
    expect(($(el, '#contact-name') as HTMLInputElement | null)?.value ?? f.zone.checkout.$draft.get().contact.name).to.equal('Han Meimei');
  });

  it('speaks Chinese', async () => {
    const { el, f } = await readyCheckout();
    f.zone.setLocale('zh-CN');
    await el.updateComplete; // the Chinese messages load on the switch
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-verification]'));
    expect(text($(el, '#verification-heading'))).to.equal('确认本人操作');
    expect(text($(el, '[data-verification-reason]'))).to.equal('本单金额较大，需要确认是您本人操作。');
  });
});
