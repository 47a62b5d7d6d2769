import { createOrderZone, memoryStorage, type BookableProduct, type BookingSelection } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addToCart, overridableAdapter, persistentMemoryStorage, translator, type ZoneFixture, ALL_PARTS, type TestZone } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { defineElement } from '../define-element.ts';
import { CheckoutForm } from './checkout-form.ts';
import { checkoutFormMessages } from './checkout-form.messages.ts';

defineElement('checkout-form', CheckoutForm);

const t = translator('en-US', checkoutFormMessages);
/** The optional company section (business buying): a fieldset of its own before the note. */
const COMPANY = 'Company details';
const MINUTE = 60_000;

let flow: ZoneFixture;
afterEach(() => flow?.zone.dispose());

/**
 * A zone over an embedded backend whose clock runs `offset.ms` away from the page's: a backend 11
 * minutes behind places holds that have already lapsed by the page's clock.
 */
async function bookingFixture(offset: { ms: number }): Promise<ZoneFixture> {
  const backend = createEmbeddedBackend({ storage: memoryStorage(), shopId: 't', seed: testShop(), now: () => new Date(Date.now() + offset.ms) });
  const { adapter, override } = overridableAdapter(backend);
  const zone = await createOrderZone({ adapter, storage: persistentMemoryStorage(), shopId: 't', locale: 'en-US' }).load(...ALL_PARTS);
  flow = { zone, backend, adapter, override, orderCount: () => backend.engine.snapshot().orders.length };
  return flow;
}

const today = utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;

async function book(zone: TestZone, productId: string, variantId: string, booking: BookingSelection): Promise<void> {
  const product = (await zone.catalog.getProduct(productId)) as BookableProduct;
  await zone.bookings.addToCart({ product, variantId, booking });
}

const stay: BookingSelection = { type: 'stay', checkIn: addDays(today, 3), checkOut: addDays(today, 5) };

/** The tests' cleaning visit two days ahead at 11:00 in Shanghai (03:00 UTC; its slots start at 09:00, every 2 hours). */
function cleaningSlot(): BookingSelection {
  const start = new Date(`${addDays(today, 2)}T03:00:00.000Z`);
  return { type: 'time_slot', start: start.toISOString() };
}

async function mount(f: ZoneFixture): Promise<CheckoutForm> {
  return fixture<CheckoutForm>(html`<checkout-form style="--oz-transition: 0s" .zone=${f.zone}></checkout-form>`);
}

function $<T extends HTMLElement = HTMLElement>(el: CheckoutForm, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function legends(el: CheckoutForm): string[] {
  return [...el.shadowRoot!.querySelectorAll('fieldset > legend')].map((l) => text(l).replace(/\s*\*$/, ''));
}

async function ready(el: CheckoutForm, f: ZoneFixture): Promise<void> {
  await waitUntil(() => f.zone.checkout.$options.get().status === 'ready' && f.zone.checkout.$quote.get().status === 'ready' && $(el, '#payment-method-0') !== null, 'options and quote did not load', {
    timeout: 4000,
  });
  await el.updateComplete;
}

function fillContact(zone: TestZone): void {
  zone.checkout.update({ contact: { name: '李雷', phone: '138 0013 8000', email: 'li.lei@example.com' }, paymentMethodId: 'alipay' });
}

describe('<checkout-form> with bookings', () => {
  it('asks for no address and no delivery for a stay, and places the order without them', async () => {
    const f = await bookingFixture({ ms: 0 });
    await book(f.zone, 'hotel', 'standard', stay);
    const el = await mount(f);
    await ready(el, f);
    expect(legends(el)).to.deep.equal([t('checkoutForm.contact'), t('checkoutForm.payment'), COMPANY, t('checkoutForm.note')]);
    expect($(el, '#address-line1') === null).to.equal(true);
    // The order summary says what is booked.
    expect(text($(el, '.order-summary [data-booking-row="check-in"] dt'))).to.equal(t('bookingDetails.check_in'));
    await expect(el).shadowDom.to.be.accessible();

    fillContact(f.zone);
    await el.updateComplete;
    const created = oneEvent(el, 'oz-order-created');
    $<HTMLButtonElement>(el, '[data-submit]')!.click();
    const { order } = (await created).detail;
    expect(order.shippingAddress).to.equal(undefined);
    expect(order.shippingOption).to.equal(undefined);
    expect(order.lines[0]!.booking?.type).to.equal('stay');
  });

  it('asks for a "Service address" and no delivery when only an on-site service needs one', async () => {
    const f = await bookingFixture({ ms: 0 });
    await book(f.zone, 'cleaning', 'cleaning-2h', cleaningSlot());
    const el = await mount(f);
    await ready(el, f);
    expect(legends(el)).to.deep.equal([t('checkoutForm.contact'), t('checkoutForm.service_address'), t('checkoutForm.payment'), COMPANY, t('checkoutForm.note')]);
    expect(text($(el, '.section-hint'))).to.equal(t('checkoutForm.service_address_hint'));
    await expect(el).shadowDom.to.be.accessible();
    // Submitting without the address says what is missing, for the service address.
    fillContact(f.zone);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-error-summary]'), 'no error summary');
    expect(text($(el, '[data-error-summary]'))).to.contain(t('checkoutForm.line1'));
  });

  it('asks for the shipping address and delivery when goods ship with a booking', async () => {
    const f = await bookingFixture({ ms: 0 });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    await book(f.zone, 'hotel', 'standard', stay);
    const el = await mount(f);
    await ready(el, f);
    await waitUntil(() => $(el, '#shipping-option-0'), 'no delivery options');
    expect(legends(el)).to.deep.equal([t('checkoutForm.contact'), t('checkoutForm.address'), t('checkoutForm.delivery'), t('checkoutForm.payment'), COMPANY, t('checkoutForm.note')]);
  });

  it('blocks the order while a hold has lapsed, and "Check again" (keyboard) holds it again', async () => {
    const offset = { ms: -11 * MINUTE };
    const f = await bookingFixture(offset);
    await book(f.zone, 'hotel', 'standard', stay);
    const el = await mount(f);
    await ready(el, f);
    fillContact(f.zone);
    await el.updateComplete;
    const issues = $(el, '[data-booking-issues]')!;
    expect(text(issues.querySelector('h3'))).to.equal(t('checkoutForm.bookings_blocked'));
    expect(text(issues.querySelector('li span'))).to.equal(t('checkoutForm.booking_problem.hold_expired', { title: 'Lakeside Hotel' }));
    const submit = $<HTMLButtonElement>(el, '[data-submit]')!;
    expect(submit.disabled).to.equal(true);
    expect(submit.getAttribute('aria-describedby')).to.equal('booking-issues-heading');
    await expect(el).shadowDom.to.be.accessible();

    offset.ms = 0;
    issues.querySelector<HTMLButtonElement>('[data-recheck]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[data-booking-issues]') === null, 'the booking was not held again');
    // The line is held as soon as the hold is back; the announcement follows the re-price.
    const held = t('checkoutForm.recheck_held', { title: 'Lakeside Hotel' });
    await waitUntil(() => text($(el, '[role="status"]')) === held, `"${held}" was not announced`);
    expect($<HTMLButtonElement>(el, '[data-submit]')!.disabled).to.equal(false);
    await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-submit'), 'focus did not move on to Place order');
  });

  it('offers to remove a booking taken meanwhile, keeping the rest of the order', async () => {
    const offset = { ms: -11 * MINUTE };
    const f = await bookingFixture(offset);
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    // The tests' hotel has one suite: once this shopper's hold lapsed, another shopper holds the same nights.
    await book(f.zone, 'hotel', 'suite', stay);
    const el = await mount(f);
    await ready(el, f);
    offset.ms = 0;
    await f.backend.placeHold!({ productId: 'hotel', variantId: 'suite', booking: stay });
    $<HTMLButtonElement>(el, '[data-booking-issues] [data-recheck]')!.click();
    await waitUntil(() => $(el, '[data-booking-issues] [data-remove-booking]'), 'no Remove offered');
    expect(text($(el, '[data-booking-issues] li span'))).to.equal(t('checkoutForm.booking_problem.booking_unavailable', { title: 'Lakeside Hotel' }));
    $<HTMLButtonElement>(el, '[data-remove-booking]')!.click();
    await el.updateComplete;
    expect($(el, '[data-booking-issues]') === null).to.equal(true);
    expect(f.zone.cart.$lines.get().map((l) => l.productId)).to.deep.equal(['shirt']);
  });
});
