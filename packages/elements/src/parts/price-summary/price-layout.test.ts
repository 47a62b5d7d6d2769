// On a phone, an order of a stay (the test hotel's suite: CN¥800.00 a night) and goods: every amount of money
// reads on one line, never "CN¥800.0" / "0", so does the status pill, and what the booking books
// gets the width of the line, not the few words beside the image and the total.
import { type BookableProduct, type BookingSelection, type Order } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { checkOut, createOrderFixture, type OrderFixture } from '../../testing/order-fixture.ts';
import { addToCart } from '../../testing/zone-fixture.ts';
import { defineElement } from '../../components/define-element.ts';
import { OrderConfirmation } from '../../components/order-confirmation/order-confirmation.ts';
import { OrderDetail } from '../../components/order-detail/order-detail.ts';

defineElement('order-confirmation', OrderConfirmation);
defineElement('order-detail', OrderDetail);

let flow: OrderFixture | undefined;
afterEach(async () => {
  flow?.zone.dispose();
  flow = undefined;
  await setViewport({ width: 800, height: 600 });
});

const today = utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;
const twoNights: BookingSelection = { type: 'stay', checkIn: addDays(today, 3), checkOut: addDays(today, 5) };

/** An order of two nights in the test hotel's suite and a shirt. */
async function suiteAndTee(f: OrderFixture): Promise<Order> {
  const zone = f.zone;
  const hotel = (await zone.catalog.getProduct('hotel')) as BookableProduct;
  await zone.bookings.addToCart({ product: hotel, variantId: 'suite', booking: twoNights });
  await addToCart(zone, 'shirt', 'shirt-navy-m', 1);
  return checkOut(zone);
}

/** The amounts of money shown in `root`: the line totals, the summary's amounts, the nights' prices. */
function amounts(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.money, .price-summary dd')];
}

/** True when the element's text is laid out on one line (an inline box broken over lines has several boxes). */
function oneLine(el: HTMLElement): boolean {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size === 1;
}

for (const [tag, width] of [
  ['order-confirmation', 320],
  ['order-confirmation', 390],
  ['order-detail', 320],
  ['order-detail', 390],
] as const) {
  it(`<${tag}> at ${width} px: amounts and the status pill on one line, booking details as wide as the line`, async () => {
    await setViewport({ width, height: 800 });
    flow = await createOrderFixture();
    const order = await suiteAndTee(flow);
    const el = await fixture<HTMLElement & { order?: Order }>(
      tag === 'order-confirmation'
        ? html`<order-confirmation style="display:block;padding:0 16px" .zone=${flow.zone} .order=${order}></order-confirmation>`
        : html`<order-detail style="display:block;padding:0 16px" .zone=${flow.zone} .order=${order}></order-detail>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    const shown = amounts(root).filter((a) => a.getClientRects().length > 0);
    expect(shown.length).to.be.greaterThan(3);
    for (const amount of shown) expect(oneLine(amount), `"${amount.textContent!.trim()}" is broken over lines`).to.equal(true);
    expect(shown.map((a) => a.textContent!.trim())).to.include('CN¥1,600.00');
    const pill = root.querySelector<HTMLElement>('[data-status]')!;
    expect(pill.textContent!.trim()).to.equal('Awaiting payment');
    expect(oneLine(pill), 'the status pill wraps').to.equal(true);

    const line = root.querySelector<HTMLElement>('.summary-line.booking')!;
    const details = line.querySelector<HTMLElement>('.summary-line-booking')!;
    const image = line.querySelector<HTMLElement>('img, .image-placeholder')!;
    expect(details.getBoundingClientRect().width, 'the booking details are squeezed').to.be.at.least(line.getBoundingClientRect().width - image.getBoundingClientRect().width - 24);
    expect(details.getBoundingClientRect().top, 'under the title and the total').to.be.at.least(line.querySelector('.summary-line-total')!.getBoundingClientRect().bottom - 1);
    // Nothing sticks out of the element.
    expect(root.querySelector('[part="base"], .detail, .confirmation')!.scrollWidth).to.be.at.most(el.clientWidth);
  });
}
