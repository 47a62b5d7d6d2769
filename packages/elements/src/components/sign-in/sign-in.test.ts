import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OrderZoneError } from '@orderzone/core';
import { createCodeFixture, type CodeFixture } from '../../testing/code-fixture.ts';
import { defineElement } from '../define-element.ts';
import type { HoldClock } from '../../controllers/countdown.ts';
import { SignIn } from './sign-in.ts';
import { signInMessages } from './sign-in.messages.ts';

defineElement('sign-in', SignIn);

let flow: CodeFixture | undefined;
afterEach(() => flow?.zone.dispose());

function $(el: SignIn, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function typeInto(el: SignIn, selector: string, value: string): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

/** A clock the test moves by hand; intervals run when it advances. */
function handClock(start: number): HoldClock & { advance(ms: number): void } {
  let time = start;
  const intervals = new Map<number, () => void>();
  let next = 1;
  return {
    now: () => time,
    setInterval(run) {
      const id = next++;
      intervals.set(id, run);
      return id;
    },
    clearInterval(handle) {
      intervals.delete(handle as number);
    },
    advance(ms) {
      time += ms;
      for (const run of [...intervals.values()]) run();
    },
  };
}

/** How the form says until when a code works: the time, with the date when it is another day. */
function until(ms: number, locale: string, now: number): string {
  const today = new Date(now).toDateString() === new Date(ms).toDateString();
  return new Intl.DateTimeFormat(locale, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

describe('<sign-in>', () => {
  it('has Chinese text for every English message', () => {
    const zh = signInMessages['zh-CN']!;
    expect(Object.keys(signInMessages['en-US']!).filter((key) => !(key in zh))).to.deep.equal([]);
  });

  it('checks the phone number where it was typed, sends a code, refuses a wrong one, then signs in, by keyboard only', async () => {
    const clock = handClock(Date.now());
    const f = (flow = await createCodeFixture({ now: clock.now }));
    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone} .clock=${clock}></sign-in>`);
    await expect(el).shadowDom.to.be.accessible();
    expect(($(el, 'input[value="sms"]') as HTMLInputElement).checked).to.equal(true);

    await typeInto(el, '#sign-in-destination', '12345');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#sign-in-destination-error'));
    expect(text($(el, '#sign-in-destination-error'))).to.equal('Please enter a valid 11-digit mainland China mobile number.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('sign-in-destination');
    expect(($(el, '#sign-in-destination') as HTMLInputElement).value).to.equal('12345');
    expect(f.state.signInRequests).to.equal(0);

    await typeInto(el, '#sign-in-destination', '139 0013 9000');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#sign-in-code'));
    const code = $(el, '#sign-in-code') as HTMLInputElement;
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(code.getAttribute('inputmode')).to.equal('numeric');
    // Until when the code works comes from the code sent (the fixture's: 5 minutes), in the page's language.
    expect(text($(el, '#sign-in-code-hint'))).to.equal(`We sent a 6-digit code to 139****9000. It works until ${until(clock.now() + 300_000, 'en-US', clock.now())}.`);
    expect(el.shadowRoot!.activeElement?.id).to.equal('sign-in-code');
    expect(text($(el, '[data-resend]'))).to.equal('New code in 1:00');
    expect(($(el, '[data-resend]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();

    clock.advance(18_000);
    await el.updateComplete;
    expect(text($(el, '[data-resend]'))).to.equal('New code in 0:42');

    await sendKeys({ type: '000000' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#sign-in-code-error'));
    expect(text($(el, '#sign-in-code-error'))).to.equal('That code isn’t right. Please check it and try again.');
    expect(code.getAttribute('aria-invalid')).to.equal('true');

    const signedIn = oneEvent(el, 'oz-signed-in');
    await typeInto(el, '#sign-in-code', f.state.code);
    await sendKeys({ press: 'Enter' });
    expect((await signedIn).detail.session.shopper.phone).to.equal('139 0013 9000');
    await el.updateComplete;
    expect(text($(el, '[data-signed-in]'))).to.equal('You are signed in as 139 0013 9000.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('offers a new code once the wait is over, and switches to e-mail', async () => {
    // The backend's clock runs a minute behind, so the wait it gives is already over.
    const f = (flow = await createCodeFixture({ now: () => Date.now() - 60_000 }));
    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    ($(el, 'input[value="email"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text($(el, 'label[for="sign-in-destination"]'))).to.equal('E-mail address *');
    expect($(el, '#sign-in-destination')!.getAttribute('type')).to.equal('email');
    await typeInto(el, '#sign-in-destination', 'han@example.com');
    ($(el, '[data-send]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#sign-in-code'));
    const resend = $(el, '[data-resend]') as HTMLButtonElement;
    expect(text(resend)).to.equal('Send a new code');
    expect(resend.disabled).to.equal(false);
    expect(text($(el, '[data-announcement]'))).to.equal('');
    resend.click();
    await waitUntil(() => f.state.signInRequests === 2);
    // Said politely, so a screen reader hears that the new code is on its way.
    await waitUntil(() => text($(el, '[data-announcement]')) === 'A new code was sent to h***@example.com.');
    expect($(el, '[data-announcement]')!.getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.activeElement?.id).to.equal('sign-in-code');
    ($(el, '[data-change-destination]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#sign-in-destination') as HTMLInputElement).value).to.equal('han@example.com');
  });

  it('keeps the number typed when it is shown anew during the code step, as after navigating away and back', async () => {
    const f = (flow = await createCodeFixture());
    const first = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    await typeInto(first, '#sign-in-destination', '139 0013 9000');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(first, '#sign-in-code'));
    first.remove();

    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    expect($(el, '#sign-in-code')).to.not.equal(null);
    ($(el, '[data-change-destination]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#sign-in-destination') as HTMLInputElement).value).to.equal('139 0013 9000');
    expect(el.shadowRoot!.activeElement?.id).to.equal('sign-in-destination');
  });

  it('hints at the numbers the shop takes: mainland China mobile numbers, or any with a country code', async () => {
    const f = (flow = await createCodeFixture());
    const cn = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    expect(text($(cn, '#sign-in-destination-hint'))).to.equal('11-digit mainland China mobile number');
    cn.remove();
    // The core judges numbers by the checkout's country.
    f.zone.checkout.update({ shippingAddress: { country: 'GB' } });
    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    expect(text($(el, '#sign-in-destination-hint'))).to.equal('Mobile number with country code, e.g. +44 7700 900123');
    await typeInto(el, '#sign-in-destination', '12345');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#sign-in-destination-error'));
    expect(text($(el, '#sign-in-destination-error'))).to.equal('Please enter a valid phone number (6–20 digits).');
  });

  it('says until when the code works in Chinese, from the code the backend sent', async () => {
    const f = (flow = await createCodeFixture({ locale: 'zh-CN' }));
    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    await typeInto(el, '#sign-in-destination', '13900139000');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#sign-in-code'));
    const expiresAt = Date.parse(f.zone.account.$signIn.get().sent!.expiresAt);
    expect(text($(el, '#sign-in-code-hint'))).to.equal(`6 位验证码已发送至 139****9000，${until(expiresAt, 'zh-CN', Date.now())} 前有效。`);
  });

  it('says how long to wait when codes were asked for too often, and keeps the number', async () => {
    const f = (flow = await createCodeFixture());
    f.state.failNextRequest = new OrderZoneError('rate_limited', 'Too many.', { retryAfterSeconds: 90 });
    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    await typeInto(el, '#sign-in-destination', '13900139000');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[data-sign-in-error]'));
    expect(text($(el, '[data-sign-in-error]'))).to.equal('Too many attempts. Please wait 90 seconds and try again.');
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-sign-in-error')).to.equal(true);
    expect(($(el, '#sign-in-destination') as HTMLInputElement).value).to.equal('13900139000');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says so when the shop offers no sign-in, and speaks Chinese', async () => {
    const f = (flow = await createCodeFixture({ withSignIn: false, locale: 'zh-CN' }));
    const el = await fixture<SignIn>(html`<sign-in .zone=${f.zone}></sign-in>`);
    expect(text($(el, 'h2'))).to.equal('登录');
    expect(text($(el, 'p'))).to.equal('本店暂不支持登录。您可以直接下单，并通过订单号查询订单。');
  });
});
