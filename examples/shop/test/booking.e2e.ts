/**
 * End to end: in one order, a shopper books a housekeeping slot, a two-night hotel stay and two
 * cinema seats, and buys a T-shirt, driving the pickers with the keyboard; the order on the demo's
 * server then holds all four lines, each booking with its details.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { fill, focused, tabTo } from './keyboard.ts';
import { useShop, snap } from './shop-harness.ts';

const shop = useShop();

/** The merchant's calendar date `days` after today (the demo shop is in Asia/Shanghai). */
function merchantDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The `data-*` attribute of the deepest focused element. */
function focusedData(page: Page, name: string): Promise<string | null> {
  return page.evaluate((attr) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute(attr) ?? null;
  }, `data-${name}`);
}

/** With focus in a calendar grid, moves it day by day (as a keyboard user would) to `date`, then presses Enter. */
async function pickDate(page: Page, date: string): Promise<void> {
  for (let i = 0; i < 90; i++) {
    const at = await focusedData(page, 'date');
    assert.ok(at, 'focus is on a day of the calendar');
    if (at === date) {
      await page.keyboard.press('Enter');
      await page.waitForFunction((day) => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('data-date') === day && el.getAttribute('aria-selected') === 'true';
      }, date);
      return;
    }
    const days = Math.round((Date.parse(date) - Date.parse(at)) / 86_400_000);
    await page.keyboard.press(Math.abs(days) >= 7 ? (days > 0 ? 'ArrowDown' : 'ArrowUp') : days > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  assert.fail(`could not reach ${date} in the calendar`);
}

/** With focus on a seat, moves it with the arrow keys to seat `id` (rows are letters, seats numbers), then presses Space. */
async function toggleSeat(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const at = await focusedData(page, 'seat');
    assert.ok(at, 'focus is on a seat');
    if (at === id) {
      await page.keyboard.press('Space');
      return;
    }
    const [row, col] = [at.charCodeAt(0), Number(at.slice(1))];
    const [targetRow, targetCol] = [id.charCodeAt(0), Number(id.slice(1))];
    await page.keyboard.press(row !== targetRow ? (targetRow > row ? 'ArrowDown' : 'ArrowUp') : targetCol > col ? 'ArrowRight' : 'ArrowLeft');
  }
  assert.fail(`could not reach seat ${id}`);
}

/** From anywhere: back to the grid if needed, search for `query`, then Tab to the product's card and open it. */
async function openProduct(page: Page, title: string, query: string): Promise<void> {
  const back = page.getByRole('button', { name: 'Back to products' });
  if (await back.isVisible().catch(() => false)) {
    await tabTo(page, (f) => f.name === 'Back to products', { backwards: true });
    await page.keyboard.press('Enter');
  }
  await fill(page, /^Search products/, query);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: title }).waitFor();
  await tabTo(page, (f) => f.tag === 'button' && f.name === title, { max: 120 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function addToCart(page: Page, expected: RegExp): Promise<void> {
  await tabTo(page, (f) => f.tag === 'button' && /^Add to cart$/.test(f.name));
  await page.keyboard.press('Enter');
  await page.getByText(expected).first().waitFor();
}

describe('demo shop bookings, keyboard first', () => {
  it('books a housekeeping slot, a two-night stay and two seats with a T-shirt in one order', async () => {
    const { page, errors } = await shop.newPage({ locale: 'en-US' });
    await page.goto(shop.url);
    await page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).waitFor();

    // 1. Housekeeping: a day two days ahead, its first free time, any housekeeper.
    await openProduct(page, 'Home cleaning visit (2 hours)', 'cleaning');
    // The grid shows before its month's availability; a day can be picked once it has loaded.
    await page.locator('booking-picker [role="grid"][aria-busy="false"] td[tabindex="0"]').waitFor();
    await tabTo(page, (f) => f.tag === 'td');
    await pickDate(page, merchantDate(2));
    await tabTo(page, (f) => f.type === 'radio' && /–/.test(f.name));
    await page.keyboard.press('Space');
    assert.equal((await focused(page))?.checked, true, 'Space chooses the slot');
    await snap(page, 'booking-1-slot');
    await addToCart(page, /^Added to your cart: Home cleaning visit \(2 hours\)\. It is held for you for 10 minutes\.$/);

    // 2. Hotel: queen room, check in three days ahead, two nights.
    await openProduct(page, 'Lakeside boutique hotel', 'hotel');
    await page.locator('stay-picker [role="grid"][aria-busy="false"] td[tabindex="0"]').waitFor();
    await tabTo(page, (f) => f.tag === 'td');
    await pickDate(page, merchantDate(3));
    await pickDate(page, merchantDate(5));
    await page.getByText('Total for your stay').waitFor();
    await snap(page, 'booking-2-stay');
    await addToCart(page, /^Added to your cart: Lakeside boutique hotel\./);

    // 3. Cinema: the first session, seats C4 and C5 (premium).
    await openProduct(page, 'Film: “Homeward Among the Stars”', 'cinema');
    await page.locator('seat-picker button[data-seat][tabindex="0"]').waitFor();
    await tabTo(page, (f) => f.tag === 'button' && /^Row [A-G], seat \d/.test(f.name));
    await toggleSeat(page, 'C4');
    await toggleSeat(page, 'C5');
    await page.getByText('Total for your seats').waitFor();
    await snap(page, 'booking-3-seats');
    await addToCart(page, /^Added to your cart: Film: “Homeward Among the Stars”\./);

    // 4. A T-shirt in size M.
    await openProduct(page, 'Cotton crew-neck T-shirt', 'T-shirt');
    await tabTo(page, (f) => f.type === 'radio' && f.name.startsWith('S'));
    await page.keyboard.press('ArrowRight');
    await addToCart(page, /Added to your cart: 1 × Cotton crew-neck T-shirt/);

    // The cart: four lines, three held with a countdown and their details.
    await tabTo(page, (f) => f.tag === 'button' && /^Cart, 4 items/.test(f.name), { backwards: true });
    await page.keyboard.press('Enter');
    const cart = page.getByRole('dialog');
    await cart.getByText('Total', { exact: true }).waitFor();
    assert.equal(await cart.locator('[data-hold-timer]').count(), 3, 'each booking shows how long it is held');
    assert.match((await cart.locator('[data-hold-timer]').first().textContent())!.trim(), /^Held for \d+:\d\d$/);
    await cart.getByText('Row C, seat 4 (Premium)').waitFor();
    await cart.getByText('2 nights', { exact: false }).first().waitFor();
    await snap(page, 'booking-4-cart');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Checkout');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();

    // Checkout: the T-shirt ships and the housekeeper comes, so one shipping address.
    await fill(page, /^Full name/, 'Li Lei');
    await fill(page, /^Mobile phone/, '138 0013 8000');
    await fill(page, /^Email/, 'li.lei@example.com');
    await fill(page, /^Province/, 'Zhejiang');
    await fill(page, /^City/, 'Hangzhou');
    await fill(page, /^District/, 'Xihu');
    await fill(page, /^Street address/, '18 Wensan Road');
    await fill(page, /^Postal code/, '310012');
    await tabTo(page, (f) => f.type === 'radio' && /Alipay/.test(f.name));
    await page.keyboard.press('Space');
    // The summary beside the form (the one at the top is for phones).
    await page.locator('checkout-form [data-booking-row="seats"]').filter({ visible: true }).waitFor();
    await snap(page, 'booking-5-checkout');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Place order');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Thank you for your order!' }).waitFor();
    const orderNumber = (await page.getByText(/^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/).first().textContent())!.trim();
    await snap(page, 'booking-6-confirmation');

    const stored = await page.evaluate(
      async ({ number, contact }) => {
        const zone = document.querySelector('order-zone')!.activeZone!;
        const { order } = await zone.adapter.lookupOrder({ orderNumber: number, contact });
        return {
          lines: order.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, booking: l.booking })),
          shipping: order.shippingOption?.id,
          itemsLeftInCart: zone.cart.$itemCount.get(),
        };
      },
      { number: orderNumber, contact: 'li.lei@example.com' },
    );
    assert.deepEqual(
      stored.lines.map((l) => l.productId),
      ['home-cleaning', 'lakeside-hotel', 'cinema-night', 'cotton-tee'],
    );
    const [slot, stay, seats, tee] = stored.lines;
    assert.equal(slot!.booking?.type, 'time_slot');
    if (slot!.booking?.type === 'time_slot') {
      assert.equal(slot!.booking.onSite, true);
      assert.equal(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(slot!.booking.start)), merchantDate(2));
      assert.equal(Date.parse(slot!.booking.end) - Date.parse(slot!.booking.start), 2 * 3_600_000, 'a 2-hour slot');
    }
    assert.equal(stay!.booking?.type, 'stay');
    if (stay!.booking?.type === 'stay') {
      assert.deepEqual([stay!.booking.checkIn, stay!.booking.checkOut], [merchantDate(3), merchantDate(5)]);
      assert.equal(stay!.booking.nights.length, 2);
    }
    assert.equal(seats!.booking?.type, 'seats');
    if (seats!.booking?.type === 'seats') assert.deepEqual(seats!.booking.seats.map((s) => s.id), ['C4', 'C5']);
    assert.equal(tee!.booking, undefined);
    assert.equal(tee!.quantity, 1);
    assert.ok(stored.shipping, 'the T-shirt has a delivery option');
    assert.equal(stored.itemsLeftInCart, 0);
    assert.deepEqual(errors, [], 'no errors in the console');
  });
});
