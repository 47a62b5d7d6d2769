import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { manualClock, type ManualClock } from '../../../../core/src/testing/manual-clock.ts';
import { createOrderFixture, type OrderFixture } from '../../testing/order-fixture.ts';
import { addToCart } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { QuoteRequests } from './quote-requests.ts';
import { quoteRequestsMessages } from './quote-requests.messages.ts';

defineElement('quote-requests', QuoteRequests);

let current: OrderFixture | undefined;
afterEach(() => current?.zone.dispose());

const $ = (el: QuoteRequests, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: QuoteRequests, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cny = (amount: number) => ({ amount, currency: 'CNY' });
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The tests' shop on a fresh embedded backend, a buyer signed in by SMS code with 20 reams of paper and 2 navy M shirts in the cart. */
async function signedIn(locale = 'en-US'): Promise<OrderFixture> {
  const f = (current = await createOrderFixture({ locale }));
  await f.zone.account.requestCode({ channel: 'sms', destination: '13800138000' });
  await f.zone.account.verifyCode(f.backend.engine.outbox().at(-1)!.code);
  await addToCart(f.zone, 'paper', 'paper-a4', 20);
  await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
  return f;
}

async function mount(f: OrderFixture, clock?: ManualClock): Promise<QuoteRequests> {
  const el = await fixture<QuoteRequests>(html`<quote-requests .zone=${f.zone} .clock=${clock}></quote-requests>`);
  await waitUntil(() => $(el, '[data-none], .requests'), 'the list did not load');
  return el;
}

function type(el: QuoteRequests, selector: string, value: string): void {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The number (`RFQ-…`) the backend gave the request `id`: what the shopper reads. */
const numberOf = (f: OrderFixture, id: string): string => f.backend.engine.rfqs.listAll().find((r) => r.id === id)!.number!;

/** Sends a request for what is in the cart, needed in 10 days; resolves its id once the list shows it. */
async function send(f: OrderFixture, el: QuoteRequests): Promise<string> {
  const before = new Set(f.backend.engine.rfqs.listAll().map((r) => r.id));
  type(el, '#quote-target-date', inDays(10));
  type(el, '#quote-contact-name', 'Wang Fang');
  type(el, '#quote-contact-email', 'buyer@example.com');
  ($(el, '[data-submit]') as HTMLButtonElement).click();
  await waitUntil(() => f.backend.engine.rfqs.listAll().some((r) => !before.has(r.id)), 'not sent');
  const id = f.backend.engine.rfqs.listAll().find((r) => !before.has(r.id))!.id;
  await waitUntil(() => $(el, `[data-rfq="${id}"]`) && text($(el, '[data-feedback="form"]')).includes(numberOf(f, id)), 'not shown');
  return id;
}

describe('<quote-requests>', () => {
  it('has Chinese text for every English message', () => {
    const plural = (key: string) => key.replace(/\.(one|other)$/, '');
    expect([...new Set(Object.keys(quoteRequestsMessages['zh-CN']!).map(plural))].sort()).to.deep.equal([...new Set(Object.keys(quoteRequestsMessages['en-US']!).map(plural))].sort());
  });

  it('asks a guest to sign in', async () => {
    const f = (current = await createOrderFixture());
    const el = await fixture<QuoteRequests>(html`<quote-requests .zone=${f.zone}></quote-requests>`);
    await waitUntil(() => $(el, '[data-signed-out]'));
    expect(text($(el, '[data-signed-out] p'))).to.equal('Sign in to ask for a quote and to see your requests and the prices offered.');
    expect($(el, 'form')).to.equal(null);
    const navigate = oneEvent(el, 'oz-navigate');
    ($(el, '[data-sign-in]') as HTMLButtonElement).click();
    expect((await navigate).detail.view).to.equal('sign-in');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('asks a price for the cart’s goods, names each problem at its field and sends nothing until they are fixed', async () => {
    const f = await signedIn();
    const el = await mount(f);
    expect(text($(el, '[data-none]'))).to.equal('You have not asked for a quote yet.');
    expect($$(el, '.draft-line').map((li) => [li.dataset['line'], ($(el, `[data-line="${li.dataset['line']}"] input`) as HTMLInputElement).value])).to.deep.equal([
      ['paper-a4', '20'],
      ['shirt-navy-m', '2'],
    ]);
    expect(($(el, '#quote-contact-phone') as HTMLInputElement).value).to.equal('13800138000');
    type(el, '#quote-line-0-quantity', '501');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-problems]'), 'no problems shown');
    expect(text($(el, '[data-problems]'))).to.equal('Please correct 4 fields: nothing was sent.');
    expect(text($(el, '#quote-line-0-error'))).to.equal('This quantity cannot be ordered for this item (its minimum, pack size or maximum).');
    expect(text($(el, '#quote-target-date-error'))).to.equal('Please choose today or a later date.');
    expect(text($(el, '#quote-contact-name-error'))).to.equal('Please fill in this field.');
    expect(text($(el, '#quote-contact-email-error'))).to.equal('Please fill in this field.');
    expect($(el, '#quote-line-0-quantity')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-problems]'));
    expect(f.backend.engine.rfqs.listAll()).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();

    // Nothing typed is lost: the quantity stays 501 until corrected; the shopper removes the shirts.
    expect(($(el, '#quote-line-0-quantity') as HTMLInputElement).value).to.equal('501');
    type(el, '#quote-line-0-quantity', '200');
    ($(el, '[data-line="shirt-navy-m"] [data-remove]') as HTMLButtonElement).click();
    await el.updateComplete;
    const id = await send(f, el);
    const number = numberOf(f, id);
    expect(number).to.match(/^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(text($(el, '[data-feedback="form"]'))).to.equal(`Your request ${number} was sent. You will see the merchant’s prices here.`);
    const [sent] = f.backend.engine.rfqs.listAll();
    expect(sent!.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([['paper-a4', 200]]);
    expect(sent!.contact).to.deep.equal({ name: 'Wang Fang', phone: '13800138000', email: 'buyer@example.com' });
    await waitUntil(() => $(el, `[data-rfq="${id}"]`));
    expect(text($(el, `[data-rfq="${id}"] h4`))).to.equal(`Request ${number}`);
    expect(text($(el, `[data-rfq="${id}"] [data-status-text]`))).to.equal('Waiting for prices');
    expect(text($(el, `[data-rfq="${id}"] [data-decline]`))).to.equal('Withdraw request');
    expect($(el, `[data-rfq="${id}"] [data-accept]`)).to.equal(null);
  });

  it('shows the merchant’s prices and expiry, and accepting puts the lines in the cart priced at the quote', async () => {
    const f = await signedIn();
    const id = await send(f, await mount(f));
    const expiresAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    f.backend.engine.rfqs.answer(id, { unitPrices: [cny(1800), cny(6000)], expiresAt, note: 'Tax included' });
    const el = await mount(f);
    const request = $(el, `[data-rfq="${id}"]`)!;
    expect(text(request.querySelector('[data-status-text]'))).to.equal('Prices offered');
    expect([...request.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text))).to.deep.equal([
      ['20', 'CN¥26.50', 'CN¥18.00'],
      ['2', 'CN¥79.00', 'CN¥60.00'],
    ]);
    expect(text(request.querySelector('[data-offer-total]'))).to.equal('CN¥480.00');
    expect(text(request.querySelector('[data-expires]'))).to.equal(`Prices valid until ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(expiresAt))}`);
    expect(text(request.querySelector('[data-merchant-note]'))).to.equal('From the merchant: Tax included');
    await expect(el).shadowDom.to.be.accessible();

    (request.querySelector('[data-accept]') as HTMLButtonElement).click();
    await waitUntil(() => text($(el, `[data-feedback="${id}"]`)).includes('cart'), 'not accepted');
    expect(text($(el, `[data-feedback="${id}"] p`))).to.equal('2 lines are in your cart at the quoted prices.');
    expect(text($(el, '[data-feedback="form"]'))).to.equal('');
    expect(text($(el, `[data-rfq="${id}"] [data-status-text]`))).to.equal('Accepted');
    expect(f.zone.cart.toLineRequests().map((l) => [l.variantId, l.quantity, l.rfqId])).to.deep.equal([
      ['paper-a4', 20, id],
      ['shirt-navy-m', 2, id],
    ]);
    const quote = await f.backend.quote({ currency: 'CNY', lines: f.zone.cart.toLineRequests() });
    expect(quote.lines.map((l) => l.unitPrice.amount)).to.deep.equal([1800, 6000]);
    const navigate = oneEvent(el, 'oz-navigate');
    ($(el, `[data-rfq="${id}"] [data-view-cart]`) as HTMLButtonElement).click();
    expect((await navigate).detail.view).to.equal('cart');
  });

  it('declines a quote, and shows a request the merchant withdrew and one whose prices expired, with nothing to accept', async () => {
    const f = await signedIn('zh-CN');
    const first = await mount(f);
    const declined = await send(f, first);
    const withdrawn = await send(f, first);
    const expired = await send(f, first);
    f.backend.engine.rfqs.answer(declined, { unitPrices: [cny(1800), cny(6000)], expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    f.backend.engine.rfqs.withdraw(withdrawn);
    f.backend.engine.rfqs.answer(expired, { unitPrices: [cny(1700), cny(5900)], expiresAt: new Date(Date.now() + 1500).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const el = await mount(f);
    const status = (id: string) => text($(el, `[data-rfq="${id}"] [data-status-text]`));
    expect([status(expired), status(withdrawn), status(declined)]).to.deep.equal(['已过期', '商家已撤回', '已报价']);
    expect(text($(el, `[data-rfq="${expired}"] [data-outcome]`))).to.match(/^报价已于 .+ 过期。如仍需要，请重新申请报价。$/);
    expect(text($(el, `[data-rfq="${expired}"] h4`))).to.equal(`询价单 ${numberOf(f, expired)}`);
    expect(text($(el, `[data-rfq="${withdrawn}"] [data-outcome]`))).to.equal('商家已撤回此询价单。如仍需要，请重新申请报价。');
    expect($$(el, `[data-rfq="${expired}"] button, [data-rfq="${withdrawn}"] button`)).to.deep.equal([]);
    expect(text($(el, `[data-rfq="${declined}"] [data-quoted]`))).to.equal('¥18.00');

    ($(el, `[data-rfq="${declined}"] [data-decline]`) as HTMLButtonElement).click();
    await waitUntil(() => status(declined) === '已拒绝', 'not declined');
    expect(text($(el, `[data-feedback="${declined}"] p`))).to.equal(`已拒绝询价单 ${numberOf(f, declined)}。`);
    expect(f.backend.engine.rfqs.listAll().find((r) => r.id === declined)?.status).to.equal('declined');
    expect(f.zone.cart.toLineRequests().every((l) => l.rfqId === undefined)).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('names a request by the end of its id when the backend gives no number (an older backend on the contract)', async () => {
    const f = await signedIn();
    const id = await send(f, await mount(f));
    const list = f.backend.listRfqs.bind(f.backend);
    f.override({ listRfqs: async (...args) => (await list(...args)).map(({ number: _number, ...rfq }) => rfq) });
    const el = await mount(f);
    expect(text($(el, `[data-rfq="${id}"] h4`))).to.equal(`Request #${id.slice(-6).toUpperCase()}`);
  });

  describe('live', () => {
    /** Counts the lists the element asks the backend for. */
    function countLists(f: OrderFixture): { readonly count: number } {
      let count = 0;
      const list = f.backend.listRfqs.bind(f.backend);
      f.override({ listRfqs: (...args) => ((count += 1), list(...args)) });
      return {
        get count() {
          return count;
        },
      };
    }

    /** Every text the live region said, in order (an empty region is not a saying). */
    function said(el: QuoteRequests): string[] {
      const region = $(el, '[data-news]')!;
      const texts: string[] = [];
      new MutationObserver(() => {
        const now = text(region);
        if (now) texts.push(now);
      }).observe(region, { childList: true, characterData: true, subtree: true });
      return texts;
    }

    it('shows the merchant’s offer without a reload and says it once to screen readers', async () => {
      const f = await signedIn();
      const clock = manualClock(Date.now());
      const el = await mount(f, clock);
      const id = await send(f, el);
      const lists = countLists(f);
      const saying = said(el);
      expect($(el, '[data-news]')!.getAttribute('aria-live')).to.equal('polite');
      await clock.advance(2000);
      expect(lists.count).to.equal(1);
      expect(text($(el, `[data-rfq="${id}"] [data-status-text]`))).to.equal('Waiting for prices');

      f.backend.engine.rfqs.answer(id, { unitPrices: [cny(1800), cny(6000)], expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString() });
      await clock.advance(4000);
      await el.updateComplete;
      const request = $(el, `[data-rfq="${id}"]`)!;
      expect(text(request.querySelector('[data-status-text]'))).to.equal('Prices offered');
      expect(text(request.querySelector('[data-offer-total]'))).to.equal('CN¥480.00');
      expect(request.querySelector('[data-accept]')).to.not.equal(null);
      expect(saying).to.deep.equal([`Request ${numberOf(f, id)}: Prices offered.`]);

      await clock.advance(2000 + 4000 + 8000);
      expect(lists.count).to.equal(5);
      expect(saying).to.deep.equal([`Request ${numberOf(f, id)}: Prices offered.`], 'said once, not on every check');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('says the merchant’s answer in Chinese', async () => {
      const f = await signedIn('zh-CN');
      const clock = manualClock(Date.now());
      const el = await mount(f, clock);
      const id = await send(f, el);
      const saying = said(el);
      f.backend.engine.rfqs.withdraw(id);
      await clock.advance(2000);
      await el.updateComplete;
      expect(saying).to.deep.equal([`询价单 ${numberOf(f, id)}：商家已撤回。`]);
      expect(text($(el, `[data-rfq="${id}"] [data-outcome]`))).to.equal('商家已撤回此询价单。如仍需要，请重新申请报价。');
    });

    it('keeps following a quote whose prices expired before the buyer accepted, and shows the merchant’s new prices without a reload', async () => {
      const f = await signedIn();
      const clock = manualClock(Date.now());
      const el = await mount(f, clock);
      const id = await send(f, el);
      const number = numberOf(f, id);
      const status = () => text($(el, `[data-rfq="${id}"] [data-status-text]`));
      f.backend.engine.rfqs.answer(id, { unitPrices: [cny(1700), cny(5900)], expiresAt: new Date(Date.now() + 1500).toISOString() });
      await clock.advance(2000);
      await waitUntil(() => status() === 'Prices offered', 'the offer is not shown');
      await new Promise((resolve) => setTimeout(resolve, 1600));
      const saying = said(el);
      await clock.advance(2000);
      await waitUntil(() => status() === 'Expired', 'not shown expired');
      expect(text($(el, `[data-rfq="${id}"] [data-outcome]`))).to.match(/^The offered prices expired on .+\. Ask for a new quote if you still need the goods\.$/);
      expect(clock.pending()).to.equal(1, 'still following: the merchant may answer it again');

      f.backend.engine.rfqs.answer(id, { unitPrices: [cny(1650), cny(5800)], expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
      await clock.advance(2000 + 4000);
      await waitUntil(() => status() === 'Prices offered', 'the new offer is not shown');
      expect(text($(el, `[data-rfq="${id}"] [data-offer-total]`))).to.equal('CN¥446.00');
      expect($(el, `[data-rfq="${id}"] [data-accept]`)).to.not.equal(null);
      expect(saying).to.deep.equal([`Request ${number}: Expired.`, `Request ${number}: Prices offered.`]);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('checks nothing once the element has left the page', async () => {
      const f = await signedIn();
      const clock = manualClock(Date.now());
      const el = await mount(f, clock);
      await send(f, el);
      const lists = countLists(f);
      el.remove();
      expect(clock.pending()).to.equal(0);
      await clock.advance(600_000);
      expect(lists.count).to.equal(0);
    });

    it('signs the shopper out, as My orders does, when the session expires while the list is shown', async () => {
      const f = await signedIn();
      const clock = manualClock(Date.now());
      const el = await mount(f, clock);
      await send(f, el);
      const errors: unknown[] = [];
      el.addEventListener('oz-error', (event) => errors.push(event));
      await f.backend.signOut(f.zone.account.$session.get()!.token);
      await clock.advance(2000);
      await waitUntil(() => $(el, '[data-signed-out]'), 'not signed out');
      expect(f.zone.account.$session.get()).to.equal(undefined);
      expect(f.zone.account.$notice.get()).to.equal('session_expired');
      expect($(el, '[data-list-error]')).to.equal(null);
      expect(errors).to.deep.equal([]);
      expect(f.zone.cart.toLineRequests().length).to.equal(2, 'the cart is kept');
      expect(clock.pending()).to.equal(0, 'nothing more is checked');
    });

    it('signs the shopper out when the session has expired before the list is shown', async () => {
      const f = await signedIn();
      await f.backend.signOut(f.zone.account.$session.get()!.token);
      const el = await fixture<QuoteRequests>(html`<quote-requests .zone=${f.zone}></quote-requests>`);
      await waitUntil(() => $(el, '[data-signed-out]'), 'not signed out');
      expect(f.zone.account.$notice.get()).to.equal('session_expired');
      expect(text($(el, '[data-signed-out] p'))).to.equal('Sign in to ask for a quote and to see your requests and the prices offered.');
    });
  });
});
