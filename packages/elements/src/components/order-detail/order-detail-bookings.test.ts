import { OrderZoneError, type BookableProduct, type BookingSelection, type Order } from '@orderzone/core';
import { addDays, utcToZoned, zonedDateTimeToUtc } from '@orderzone/core/bookings';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backendOrder, createOrderFixture, placeCleaningVisit, type OrderFixture } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { manualClock } from '../../../../core/src/testing/manual-clock.ts';
import { defineElement } from '../define-element.ts';
import { StayPicker } from '../stay-picker/stay-picker.ts';
import { OrderDetail } from './order-detail.ts';

defineElement('stay-picker', StayPicker);

const today = utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;
/** Two nights, three days from now; the same weekdays a week later cost the same. */
const stay: BookingSelection = { type: 'stay', checkIn: addDays(today, 3), checkOut: addDays(today, 5) };
const weekLater: BookingSelection = { type: 'stay', checkIn: addDays(today, 10), checkOut: addDays(today, 12) };

/** Places a paid (so confirmed) order of one stay in the test hotel's standard room. */
async function confirmedStay(f: OrderFixture): Promise<Order> {
  const zone = f.zone;
  const product = (await zone.catalog.getProduct('hotel')) as BookableProduct;
  await zone.bookings.addToCart({ product, variantId: 'standard', booking: stay });
  zone.checkout.update({ contact: { name: '韩梅梅', phone: '13900139000', email: 'han@example.com' }, paymentMethodId: 'alipay' });
  await zone.checkout.loadOptions();
  await zone.checkout.refreshQuote();
  const order = await zone.checkout.submit();
  if (!order) throw new Error(`no order: ${JSON.stringify(zone.checkout.$state.get())}`);
  f.backend.engine.markPaid(order.orderNumber);
  return backendOrder(f, order.orderNumber);
}

function actionLabels(el: OrderDetail): string[] {
  return [...el.shadowRoot!.querySelectorAll('[data-action]')].map((b) => text(b));
}

/** The picker reports a pick, as it does when the shopper picks (its own tests cover picking). */
async function pick(el: OrderDetail, f: OrderFixture, selection: BookingSelection): Promise<void> {
  await waitUntil(() => $(el, '[part~="reschedule"] stay-picker')?.shadowRoot?.querySelector('.picker[aria-busy="false"]'), 'the stay picker shows its availability');
  const picker = $(el, '[part~="reschedule"] stay-picker')!;
  const product = (await f.zone.catalog.getProduct('hotel')) as BookableProduct;
  const preview = f.zone.bookings.preview(product, 'standard', selection);
  picker.dispatchEvent(new CustomEvent('oz-booking-change', { detail: { selection, preview }, bubbles: true, composed: true }));
  await el.updateComplete;
}

/** "Tue, 12 May 2026, 10:00"-style text in Shanghai, as the element writes it. */
function inShanghai(iso: string): string {
  const zoneName = new Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Asia/Shanghai';
  return new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(zoneName ? { timeZoneName: 'short' as const } : {}),
  }).format(new Date(iso));
}

describe('<order-detail>: bookings', () => {
  it('shows each booking’s windows in the merchant’s zone, and reschedules by keyboard', async () => {
    const f = await createOrderFixture();
    const order = await confirmedStay(f);
    expect(order.status).to.equal('confirmed');
    const el = await mountOrderDetail(f, order);
    const checkIn = zonedDateTimeToUtc(stay.checkIn, '14:00', 'Asia/Shanghai');
    const dayBefore = new Date(Date.parse(checkIn) - 24 * 3_600_000).toISOString();
    const until = order.lines[0]!.booking!.cancelUntil ?? dayBefore;
    expect(text($(el, '[data-window="cancel"]'))).to.equal(`Free cancellation until ${inShanghai(until)}`);
    expect(text($(el, '[data-window="reschedule"]'))).to.contain('Can be rescheduled until');
    expect(actionLabels(el)).to.deep.equal(['Cancel booking']);
    await expect(el).shadowDom.to.be.accessible();

    const button = $(el, '[data-reschedule="0"]')!;
    expect(text(button)).to.equal('Reschedule');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('reschedule-heading');
    // Confirming with nothing picked says what to do.
    ($(el, '[part~="reschedule"] [data-submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#reschedule-error'))).to.equal('Please choose a new time first.');
    await pick(el, f, weekLater);
    expect($(el, '[data-new-pick]')).not.to.equal(null);
    expect($(el, '#reschedule-error')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();

    const acted = oneEvent(el, 'oz-order-action');
    $(el, '[part~="reschedule"] [data-submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await acted;
    expect(detail.action).to.equal('reschedule');
    await el.updateComplete;
    expect(text($(el, '[part="notice"]'))).to.equal('Your booking was moved to the new time.');
    // The history names each event: the booking moved, and when, instead of a second "Confirmed".
    const history = [...el.shadowRoot!.querySelectorAll('[part="timeline"] li')];
    expect(history.map((li) => text(li.querySelector('.timeline-status')))).to.deep.equal(['Order placed', 'Payment received', 'Booking moved']);
    expect(history.at(-1)!.querySelector('time')!.getAttribute('datetime')).to.equal(detail.order.history.at(-1).at);
    expect(detail.order.lines[0].booking.checkIn).to.equal(weekLater.checkIn);
    expect((await backendOrder(f, order.orderNumber)).lines[0]!.booking).to.include({ checkIn: weekLater.checkIn });
  });

  it('calls the address of a booking at home the service address, as the checkout did, and says when it changed', async () => {
    const f = await createOrderFixture();
    const order = await placeCleaningVisit(f.zone);
    const el = await mountOrderDetail(f, order);
    expect(text($(el, '[data-shipping-address] h3'))).to.equal('Service address');
    expect(actionLabels(el)).to.include('Change service address');
    expect(actionLabels(el).join(' ')).not.to.contain('shipping');
    $(el, '[data-action="change_address"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#action-form-heading'))).to.equal('New service address');
    const line1 = el.shadowRoot!.querySelector<HTMLInputElement>('[part="action-form"] input[name="line1"]')!;
    line1.value = '建国路 99 号';
    line1.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const acted = oneEvent(el, 'oz-order-action');
    ($(el, '[part="action-form"] [data-submit]') as HTMLButtonElement).click();
    await acted;
    await el.updateComplete;
    expect(text($(el, '[part="notice"]'))).to.equal('The service address was changed.');
    const statuses = [...el.shadowRoot!.querySelectorAll('[part="timeline"] .timeline-status')].map((node) => text(node));
    expect(statuses).to.deep.equal(['Order placed', 'Service address changed']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows why instead of the buttons once the windows have closed', async () => {
    const f = await createOrderFixture();
    const order = await confirmedStay(f);
    const checkIn = Date.parse(zonedDateTimeToUtc(stay.checkIn, '14:00', 'Asia/Shanghai'));
    const el = await mountOrderDetail(f, order, manualClock(checkIn - 3_600_000));
    expect($(el, '[data-reschedule]')).to.equal(null);
    expect($(el, '[data-window="reschedule"]')!.getAttribute('data-open')).to.equal('false');
    expect(text($(el, '[data-window="reschedule"]'))).to.match(/^Rescheduling ended .+: this booking can no longer be moved\.$/);
    expect(text($(el, '[data-window="cancel"]'))).to.match(/^Free cancellation ended .+: this booking can no longer be cancelled\.$/);
    expect(actionLabels(el)).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps the form when the new time was just taken, and refuses a pick at another price before sending', async () => {
    const f = await createOrderFixture();
    const order = await confirmedStay(f);
    const sent: unknown[] = [];
    f.override({
      rescheduleBooking: async (_n, _a, request) => {
        sent.push(request);
        throw new OrderZoneError('conflict', 'taken', { details: { reason: 'booking_taken' } });
      },
    });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-reschedule="0"]')!.click();
    await el.updateComplete;
    // Friday and Saturday nights cost more: the difference is shown, and confirming is refused.
    const friday = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(today, 3 + d)).find((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 5)!;
    await pick(el, f, { type: 'stay', checkIn: friday, checkOut: addDays(friday, 2) });
    expect(text($(el, '[data-price-differs]'))).to.match(/^This choice costs .+, not .+\. Please choose one at the same price\.$/);
    ($(el, '[part~="reschedule"] [data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#reschedule-error'));
    expect(text($(el, '#reschedule-error'))).to.equal('Only a choice at the same price can be taken. Please choose another one.');
    expect(sent).to.deep.equal([]);
    // Taken meanwhile: said in the form, which stays open.
    await pick(el, f, weekLater);
    ($(el, '[part~="reschedule"] [data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#reschedule-error'));
    expect(text($(el, '#reschedule-error'))).to.equal('Sorry, that time was just taken by someone else. Please choose another one.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('reschedule-error');
    expect(sent.length).to.equal(1);
    expect($(el, '[part~="reschedule"]')).not.to.equal(null);
    // The picker loads what is free now (its days are dimmed while it loads).
    await waitUntil(() => $(el, '[part~="reschedule"] stay-picker')?.shadowRoot?.querySelector('.picker[aria-busy="false"]'), 'the picker reloaded');
    await expect(el).shadowDom.to.be.accessible();
    // Back closes it and gives focus back to the button.
    ($(el, '[part~="reschedule"] [data-back]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part~="reschedule"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-reschedule')).to.equal('0');
  });

  it('cancels a confirmed booking inside its window, saying what is refunded', async () => {
    const f = await createOrderFixture();
    const order = await confirmedStay(f);
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="cancel"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="action-form"] h4'))).to.equal('Cancel this booking?');
    expect(text($(el, '[part="action-form"] p'))).to.contain('refunded');
    expect(text($(el, '[data-back]'))).to.equal('Keep booking');
    const acted = oneEvent(el, 'oz-order-action');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await acted;
    await el.updateComplete;
    expect(text($(el, '[data-status]'))).to.equal('Refunded');
    expect(text($(el, '[part="notice"]'))).to.equal('Your booking was cancelled. The refund is on its way.');
  });

  it('says the payment was received when a paid (so confirmed) booking is opened again', async () => {
    const f = await createOrderFixture();
    const order = await confirmedStay(f);
    // A backend that keeps the payment step on the paid order (this one clears it): the page is reloaded, so it never saw the payment itself.
    const el = await mountOrderDetail(f, { ...order, payment: { type: 'qr_code', payload: 'https://qr.alipay.example/paid' } });
    expect(text($(el, '[data-status]'))).to.equal('Confirmed');
    expect(text($(el, '[data-payment="paid"]'))).to.contain('Payment received');
    expect($(el, '[data-payment="qr_code"]')).to.equal(null);
  });
});
