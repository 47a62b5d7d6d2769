import { createOrderZone, memoryStorage } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addToCart } from '../../testing/zone-fixture.ts';
import { placeOrder } from '../../testing/order-fixture.ts';
import { createCodeFixture, type CodeFixture } from '../../testing/code-fixture.ts';
import type { OrderList } from '../order-list/order-list.ts';
import type { SignIn } from '../sign-in/sign-in.ts';
import { OrderZoneElement } from './order-zone.ts';
import '../../testing/define-all.ts';
import { forgetZoneRoute } from '../../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

let flow: CodeFixture | undefined;
let mounted: OrderZoneElement | undefined;
afterEach(() => {
  mounted?.remove();
  mounted = undefined;
  flow?.zone.dispose();
});

function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const PERSONAL = ['Han Meimei', '13900139000', 'han@example.com', 'Jianguo', 'token-'];

describe('<order-zone>: accounts', () => {
  it('has no account buttons when the shop offers no sign-in', async () => {
    const f = (flow = await createCodeFixture({ withSignIn: false }));
    mounted = await fixture<OrderZoneElement>(html`<order-zone .zone=${f.zone}></order-zone>`);
    expect($(mounted, '[data-sign-in]')).to.equal(null);
    expect($(mounted, '[data-find-order]')).to.not.equal(null);
  });

  it('loads the account for its header after the first paint, and again for a zone that replaces it', async () => {
    const f = (flow = await createCodeFixture());
    const fresh = () => createOrderZone({ adapter: f.zone.adapter, storage: memoryStorage(), shopId: 't', locale: 'en-US' });
    const first = fresh();
    mounted = await fixture<OrderZoneElement>(html`<order-zone .zone=${first}></order-zone>`);
    const el = mounted;
    expect(first.account, 'not loaded for the first paint').to.equal(undefined);
    expect($(el, '[data-cart]') ?? $(el, '[part="cart-button"]'), 'the header shows at once').to.not.equal(null);
    await waitUntil(() => $(el, '[data-sign-in]'), '"Sign in" appears once the account has loaded');
    expect(first.account?.supported).to.equal(true);

    const second = fresh();
    el.zone = second;
    await el.updateComplete;
    await waitUntil(() => second.account !== undefined && $(el, '[data-sign-in]'), 'the new zone gets its account too');
    first.dispose();
    second.dispose();
  });

  it('does not load the account for an element removed before the first screen settled', async () => {
    const f = (flow = await createCodeFixture());
    const gone = createOrderZone({ adapter: f.zone.adapter, storage: memoryStorage(), shopId: 't', locale: 'en-US' });
    const kept = createOrderZone({ adapter: f.zone.adapter, storage: memoryStorage(), shopId: 't', locale: 'en-US' });
    const removed = await fixture<OrderZoneElement>(html`<order-zone .zone=${gone}></order-zone>`);
    removed.remove();
    mounted = await fixture<OrderZoneElement>(html`<order-zone .zone=${kept}></order-zone>`);
    await waitUntil(() => kept.account !== undefined, 'the element still on the page loads its account');
    expect(gone.account === undefined, 'the removed one does not').to.equal(true);
    gone.dispose();
    kept.dispose();
  });

  it('signs in from the header, shows "My orders", then signs out after saying what is removed, leaving no personal data in storage', async () => {
    const f = (flow = await createCodeFixture());
    const order = await placeOrder(f.zone);
    f.zone.checkout.update({ contact: { name: 'Han Meimei' }, shippingAddress: { line1: '88 Jianguo Road' } });
    mounted = await fixture<OrderZoneElement>(html`<order-zone .zone=${f.zone}></order-zone>`);
    mounted.style.setProperty('--oz-transition', '0s');
    const el = mounted;

    ($(el, '[data-sign-in]') as HTMLButtonElement).click();
    await waitUntil(() => el.view === 'sign-in' && $(el, 'sign-in'));
    const signIn = $(el, 'sign-in') as SignIn;
    await signIn.updateComplete;
    await waitUntil(() => deepActive()?.id === 'sign-in-heading');
    (signIn.shadowRoot!.querySelector('#sign-in-destination') as HTMLInputElement).focus();
    await sendKeys({ type: '13900139000' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'sign-in-code');
    await sendKeys({ type: f.state.code });
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => el.view === 'orders');
    const list = $(el, 'order-list') as OrderList;
    await waitUntil(() => list.shadowRoot?.querySelector(`[data-order="${order.orderNumber}"]`));
    expect($(el, '[data-my-orders]')?.getAttribute('aria-current')).to.equal('page');
    await expect(el).shadowDom.to.be.accessible();

    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
    ($(el, '[data-sign-out]') as HTMLButtonElement).click();
    await waitUntil(() => ($(el, 'dialog[data-sign-out-dialog]') as HTMLDialogElement | null)?.open);
    expect(text($(el, '#sign-out-text'))).to.equal(
      'Signing out removes your session, your contact details and address, your last order and your list of orders from this device. It also empties the cart on this device (2 items).',
    );
    expect(deepActive()?.hasAttribute('data-sign-out-cancel')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog[data-sign-out-dialog]'));
    expect(f.zone.account.$session.get()?.token).to.equal('token-1');

    ($(el, '[data-sign-out]') as HTMLButtonElement).click();
    await waitUntil(() => ($(el, 'dialog[data-sign-out-dialog]') as HTMLDialogElement | null)?.open);
    ($(el, '[data-sign-out-confirm]') as HTMLButtonElement).click();
    await waitUntil(() => el.view === 'sign-in');
    expect($(el, '[data-sign-in]')).to.not.equal(null);
    expect(f.zone.cart.$itemCount.get()).to.equal(0);
    const stored = ['cart', 'checkout', 'pending-submit', 'last-order', 'session'].map((name) => f.storage.get(`orderzone:t:${name}`) ?? '').join('\n');
    for (const value of PERSONAL) expect(stored.includes(value), `storage still holds ${value}`).to.equal(false);
    expect(f.zone.checkout.$lastOrder.get()).to.equal(undefined);
  });
});
