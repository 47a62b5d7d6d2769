// Icon buttons and marked-up numbers as assistive technology meets them: a drawn glyph leaves the
// button's name (its aria-label) its whole label, so axe has nothing to review
// (label-content-name-mismatch), and no attribute is used where ARIA does not allow it
// (aria-prohibited-attr).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { testShop } from '../../../core/src/testing/test-shop.ts';
import { axeFindings } from '../testing/axe-review.ts';
import { createOrderFixture, placeOrder } from '../testing/order-fixture.ts';
import { addToCart, createZoneFixture, type ZoneFixture } from '../testing/zone-fixture.ts';
import '../testing/define-all.ts';
import { forgetZoneRoute } from '../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

const RULES = ['label-content-name-mismatch', 'aria-prohibited-attr', 'color-contrast'];

let flow: ZoneFixture | undefined;
afterEach(() => flow?.zone.dispose());

describe('accessible names and what axe leaves to review', () => {
  it('the cart drawer’s close, − and + buttons name what they show', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    await addToCart(flow.zone, 'shirt', 'shirt-navy-m', 2);
    const cart = await fixture<HTMLElement>(html`<cart-panel mode="drawer" open style="--oz-transition: 0s" .zone=${flow.zone}></cart-panel>`);
    await waitUntil(() => cart.shadowRoot!.querySelector('dialog[open] .step-button'), 'no stepper');
    const buttons = [...cart.shadowRoot!.querySelectorAll('.icon-button, .step-button')];
    const names = buttons.map((b) => b.getAttribute('aria-label') ?? '');
    expect(names[0]).to.equal('Close cart');
    expect(names.slice(1).map((n) => n.replace(/ of .*$/, ''))).to.deep.equal(['Decrease quantity', 'Increase quantity']);
    // Nothing typed to see: the glyph is drawn.
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['', '', '']);
    expect(await axeFindings(cart.shadowRoot!.querySelector('dialog')!, RULES)).to.deep.equal([]);
  });

  it('the product page’s stepper, and the toast’s close button, name what they show', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const zone = await fixture<HTMLElement>(html`<order-zone style="--oz-transition: 0s" locale="en-US" .adapter=${flow.adapter}></order-zone>`);
    zone.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'shirt' }, bubbles: true, composed: true }));
    const detail = () => zone.shadowRoot!.querySelector('product-detail')!;
    await waitUntil(() => detail()?.shadowRoot?.querySelector('.detail.ready'), 'product never loaded');
    detail().shadowRoot!.querySelector<HTMLButtonElement>('.add-button')!.click();
    await waitUntil(() => zone.shadowRoot!.querySelector('.toast'), 'no toast');
    await Promise.all(zone.shadowRoot!.querySelector('.toast')!.getAnimations().map((a) => a.finished));
    expect(await axeFindings(zone, RULES)).to.deep.equal([]);
  });

  it('the confirmation shows its order number and check mark with nothing for axe to question', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await fixture<HTMLElement>(html`<order-confirmation style="--oz-transition: 0s" .zone=${f.zone} .order=${order}></order-confirmation>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-order-number]'), 'no order number');
    expect(el.shadowRoot!.querySelector('[data-order-number]')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(await axeFindings(el, RULES)).to.deep.equal([]);
    f.zone.dispose();
  });
});
