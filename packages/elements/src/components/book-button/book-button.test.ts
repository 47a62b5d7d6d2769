// <book-button>: the right picker for a bookable product in a dialog over the merchant's page; the
// booking goes into the shared cart behind a hold; "View cart" opens the cart.
import type { BookingSelection } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeFindings } from '../../testing/axe-review.ts';
import { createZoneFixture, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import '../../testing/define-all.ts';
import type { BookButton } from './book-button.ts';
import { bookButtonMessages } from './book-button.messages.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';

const t = translator('en-US', bookButtonMessages);
let flow: ZoneFixture;
afterEach(() => {
  flow?.zone.dispose();
  document.querySelectorAll('[data-orderzone-dialogs]').forEach((host) => host.remove());
});

const today = utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;
const button = (el: BookButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const pageHost = () => document.querySelector('[data-orderzone-dialogs]')?.shadowRoot ?? null;
const dialog = () => pageHost()?.querySelector('dialog') ?? null;
const detail = () => dialog()?.querySelector('product-detail') ?? null;
const titleOf = (id: string) => {
  const title = testShop().products.find((p) => p.id === id)!.title;
  return typeof title === 'string' ? title : title['en-US']!;
};

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function opened(el: BookButton): Promise<void> {
  await waitUntil(() => (el as unknown as { product?: unknown }).product, 'the product loads');
  await el.updateComplete;
  button(el).click();
  await waitUntil(() => dialog()?.open && detail()?.shadowRoot?.querySelector('.detail.ready'), 'the dialog opens with the product');
}

describe('<book-button>', () => {
  it('says how each kind is booked and opens the right picker in a dialog named after the product', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    for (const [id, picker, label] of [
      ['cleaning', 'booking-picker', 'bookButton.time_slot'],
      ['hotel', 'stay-picker', 'bookButton.stay'],
      ['cinema', 'seat-picker', 'bookButton.seats'],
    ] as const) {
      const el = await fixture<BookButton>(html`<book-button .zone=${flow.zone} product-id=${id}><a href="/book">Book</a></book-button>`);
      await opened(el);
      expect(button(el).textContent!.trim()).to.equal(t(label));
      expect(dialog()!.getAttribute('aria-label')).to.equal(titleOf(id));
      expect(detail()!.hasAttribute('compact')).to.equal(true);
      expect(detail()!.shadowRoot!.querySelector('.picker')!.localName).to.equal(picker);
      expect(detail()!.shadowRoot!.querySelector('.gallery, .more'), 'only what booking takes').to.equal(null);
      pageHost()!.querySelector<HTMLButtonElement>('[part="close"]')!.click();
      await waitUntil(() => !dialog()!.open, 'closed');
    }
  });

  it('puts the pick in the shared cart behind a hold, and “View cart” opens the cart', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<BookButton>(html`<book-button .zone=${flow.zone} product-id="hotel"></book-button>`);
    await opened(el);
    const product = detail()!;
    const picker = product.shadowRoot!.querySelector<HTMLElement & { product: never; variantId: string }>('.picker')!;
    const selection: BookingSelection = { type: 'stay', checkIn: addDays(today, 3), checkOut: addDays(today, 5) };
    const preview = flow.zone.bookings.preview(picker.product, picker.variantId, selection);
    picker.dispatchEvent(new CustomEvent('oz-booking-change', { detail: { selection, preview }, bubbles: true, composed: true }));
    await product.updateComplete;
    const added = oneEvent(el, 'oz-cart-add');
    product.shadowRoot!.querySelector<HTMLButtonElement>('[data-add-booking]')!.click();
    const line = (await added).detail.line;
    expect(line.booking).to.deep.equal(selection);
    expect(line.hold, 'held while the shopper checks out').to.not.equal(undefined);
    expect(flow.zone.cart.$lines.get()).to.have.length(1);

    [...pageHost()!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === 'View cart')!.click();
    await waitUntil(() => pageHost()!.querySelector('cart-panel')?.shadowRoot?.querySelector('dialog')?.open, 'the cart drawer opens');
    expect(dialog()!.open, 'the booking dialog closed').to.equal(false);
  });

  it('closes with Escape and gives focus back to the button', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<BookButton>(html`<book-button .zone=${flow.zone} product-id="cleaning"></book-button>`);
    await waitUntil(() => (el as unknown as { product?: unknown }).product, 'the product loads');
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog()?.open && detail()?.shadowRoot?.querySelector('.detail.ready'), 'Enter opens it');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog()!.open, 'Escape closes it');
    await waitUntil(() => deepActive() === button(el), 'focus is back on the Book button');
  });

  it('refuses a product that is not booked, with a typed error, and says so', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<BookButton>(html`<book-button .zone=${flow.zone} product-id="shirt"></book-button>`);
    await waitUntil(() => (el as unknown as { product?: unknown }).product, 'the product loads');
    const failed = oneEvent(el, 'oz-error');
    button(el).click();
    expect((await failed).detail.error.code).to.equal('config');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(t('bookButton.not_bookable'));
    expect(dialog()).to.equal(null);
  });

  it('speaks Chinese and passes axe', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    const el = await fixture<BookButton>(html`<book-button .zone=${flow.zone} product-id="hotel"></book-button>`);
    await waitUntil(() => (el as unknown as { product?: unknown }).product, 'the product loads');
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal(translator('zh-CN', bookButtonMessages)('bookButton.stay'));
    await expect(el).shadowDom.to.be.accessible();
    expect(await axeFindings(el, ['color-contrast', 'label-content-name-mismatch'])).to.deep.equal([]);
  });
});
