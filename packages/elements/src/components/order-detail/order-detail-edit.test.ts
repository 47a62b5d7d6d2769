import { OrderZoneError, type EditOrderRequest, type Order, type OrderAccess } from '@orderzone/core';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backendOrder, createOrderFixture, placeOrder, type OrderFixture } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { OrderDetail } from './order-detail.ts';

const cny = (amount: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(amount / 100);

/**
 * An `editOrder` that prices the new lines with the backend's own quote and answers like a backend:
 * `price_changed` (with the quote) when the expected total differs, else the order with the new lines.
 */
function editingBackend(f: OrderFixture, calls: EditOrderRequest[]): (n: string, a: OrderAccess, request: EditOrderRequest) => Promise<Order> {
  return async (orderNumber, access, request) => {
    calls.push(request);
    const order = await f.backend.getOrder(orderNumber, access);
    const quote = await f.backend.quote({
      currency: order.currency,
      lines: request.lines,
      ...(order.shippingOption ? { shippingOptionId: order.shippingOption.id } : {}),
      ...(order.shippingAddress ? { destination: { country: order.shippingAddress.country } } : {}),
    });
    if (quote.total.amount !== request.expectedTotal.amount) throw new OrderZoneError('price_changed', 'changed', { details: { quote } });
    return { ...order, lines: quote.lines, subtotal: quote.subtotal, adjustments: quote.adjustments, total: quote.total };
  };
}

/** Waits until the new total is calculated, and returns the summary's total row. */
async function newTotal(el: OrderDetail): Promise<string> {
  await waitUntil(() => $(el, '[data-new-summary] [part="summary"][aria-busy="false"]'), 'the new total is shown');
  return text($(el, '[data-new-summary] [part~="summary-total"]'));
}

describe('<order-detail>: editing an unpaid order', () => {
  it('edits by keyboard: steppers and Remove, the backend’s new total shown before saving, then saved', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    // The embedded backend's own editOrder, recorded.
    const calls: EditOrderRequest[] = [];
    const real = f.backend.editOrder!.bind(f.backend);
    f.override({ editOrder: (n, a, request, ctx) => (calls.push(request), real(n, a, request, ctx)) });
    const el = await mountOrderDetail(f, order);
    expect(text($(el, '[data-action="edit"]'))).to.equal('Edit order');
    $(el, '[data-action="edit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('action-form-heading');
    expect(text($(el, '[data-current-total]'))).to.contain(cny(order.total.amount));
    expect(text($(el, '[data-edit-hint]'))).to.equal('Change a quantity or remove an item to see the new total.');
    await expect(el).shadowDom.to.be.accessible();

    // One more tee, with the keyboard.
    const plus = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-edit-line="0"] [part="quantity-button"]')[1]!;
    expect(plus.getAttribute('aria-label')).to.match(/^One more /);
    plus.focus();
    await sendKeys({ press: 'Enter' });
    const total = await newTotal(el);
    const quote = await f.backend.quote({ currency: 'CNY', lines: [{ ...lineOf(order, 0), quantity: 2 }, lineOf(order, 1)], shippingOptionId: order.shippingOption!.id, destination: { country: 'CN' } });
    expect(total).to.contain(cny(quote.total.amount));
    expect(($(el, '#edit-quantity-0') as HTMLInputElement).value).to.equal('2');

    // Remove the mug by keyboard; focus moves to "Put back".
    $(el, '[data-edit-line="1"] [data-edit-remove]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[data-edit-line="1"]')!.getAttribute('data-removed')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-edit-restore')).to.equal(true);
    await newTotal(el);
    await expect(el).shadowDom.to.be.accessible();

    const acted = oneEvent(el, 'oz-order-action');
    $(el, '[data-submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await acted;
    expect(detail.action).to.equal('edit');
    expect(calls.length).to.equal(1);
    expect(calls[0]!.lines.map((l) => `${l.productId}×${l.quantity}`)).to.deep.equal(['shirt×2']);
    await el.updateComplete;
    expect($(el, '[part="action-form"]')).to.equal(null);
    expect(text($(el, '[part="notice"]'))).to.equal(`Your order was changed. The new total is ${cny(detail.order.total.amount)}.`);
    expect(el.shadowRoot!.querySelectorAll('[part="items"] li').length).to.equal(1);
    const stored = await backendOrder(f, order.orderNumber);
    expect(stored.lines.map((l) => `${l.productId}×${l.quantity}`)).to.deep.equal(['shirt×2']);
    expect(stored.total).to.deep.equal(detail.order.total);
  });

  it('refuses to remove the last item and suggests cancelling the order instead', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    f.override({ editOrder: editingBackend(f, []) });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    $(el, '[data-edit-line="0"] [data-edit-remove]')!.click();
    await el.updateComplete;
    $(el, '[data-edit-line="1"] [data-edit-remove]')!.click();
    await el.updateComplete;
    expect($(el, '[data-edit-line="1"]')!.getAttribute('data-removed')).to.equal('false', 'the last line stays');
    const problem = $(el, '[data-edit-problem="edit_empty"]')!;
    expect(text(problem)).to.contain('An order needs at least one item. To remove everything, cancel the order instead.');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(problem);
    await expect(el).shadowDom.to.be.accessible();
    // "Cancel the order instead" opens the cancel confirmation.
    $(el, '[data-edit-cancel-instead]')!.click();
    await el.updateComplete;
    expect($(el, '[part="action-form"]')!.getAttribute('data-form')).to.equal('cancel');
  });

  it('shows the old and the new total when the price changed while saving, and saves with the new one', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const calls: EditOrderRequest[] = [];
    const real = editingBackend(f, []);
    let first = true;
    f.override({
      editOrder: async (n, a, request) => {
        if (first) {
          first = false;
          // The shop raised a price meanwhile: the backend's quote is 10.00 more.
          const quote = await f.backend.quote({ currency: 'CNY', lines: request.lines, shippingOptionId: order.shippingOption!.id, destination: { country: 'CN' } });
          calls.push(request);
          throw new OrderZoneError('price_changed', 'changed', { details: { quote: { ...quote, total: { ...quote.total, amount: quote.total.amount + 1000 } } } });
        }
        calls.push(request);
        return real(n, a, { ...request, expectedTotal: { ...request.expectedTotal, amount: request.expectedTotal.amount - 1000 } });
      },
    });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    $(el, '[data-edit-line="1"] [data-edit-remove]')!.click();
    const seen = await newTotal(el);
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-price-changed]'), 'the price change is shown');
    const changed = $(el, '[data-price-changed]')!;
    const expectedTotal = calls[0]!.expectedTotal.amount;
    expect(seen).to.contain(cny(expectedTotal));
    expect(text(changed)).to.equal(`The total changed from ${cny(expectedTotal)} to ${cny(expectedTotal + 1000)} while you were editing. Please check the new total and save again.`);
    expect(changed.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(changed);
    // The focused alert says it; the status region does not say it a second time.
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '[data-status-announcement]'))).to.not.contain('Prices have changed');
    expect(text($(el, '[data-new-summary] [part~="summary-total"]'))).to.contain(cny(expectedTotal + 1000));
    expect($(el, '[data-edit-line="1"]')!.getAttribute('data-removed')).to.equal('true', 'the draft is kept');
    await expect(el).shadowDom.to.be.accessible();
    const acted = oneEvent(el, 'oz-order-action');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await acted;
    expect(calls[1]!.expectedTotal.amount).to.equal(expectedTotal + 1000);
  });

  it('shows the backend’s problems with a line on that line, even after a removed line, and focuses it', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    // The request holds the kept lines only: after removing the shirt, the mug is its line 0.
    const answers = [
      new OrderZoneError('validation', 'refused', { status: 400, fieldErrors: [{ field: 'lines.0.quantity', code: 'booking_quantity' }] }),
      new OrderZoneError('validation', 'refused', { status: 400, fieldErrors: [{ field: 'lines.0', code: 'not_in_order' }] }),
    ];
    const calls: EditOrderRequest[] = [];
    f.override({
      editOrder: async (_n, _a, request) => {
        calls.push(request);
        throw answers.shift()!;
      },
    });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    $(el, '[data-edit-line="0"] [data-edit-remove]')!.click();
    await el.updateComplete;
    ($(el, '#edit-quantity-1') as HTMLInputElement).value = '3';
    $(el, '#edit-quantity-1')!.dispatchEvent(new Event('change'));
    await newTotal(el);
    // The quote of the kept line (the mug alone) is shown on the mug's line.
    const quote = await f.backend.quote({ currency: 'CNY', lines: [{ ...lineOf(order, 1), quantity: 3 }], shippingOptionId: order.shippingOption!.id, destination: { country: 'CN' } });
    expect(text($(el, '[data-edit-line="1"] [data-edit-line-total]'))).to.equal(cny(quote.lines[0]!.total.amount));
    expect($(el, '[data-edit-line="0"] [data-edit-line-total]')).to.equal(null);

    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#edit-line-error-1'), 'the problem is shown on the mug');
    expect(calls[0]!.lines.map((l) => l.productId)).to.deep.equal([order.lines[1]!.productId]);
    expect(text($(el, '#edit-line-error-1'))).to.equal('A booking can only be kept or removed.');
    expect($(el, '[data-edit-line="0"] .field-error')).to.equal(null, 'not on the removed tee');
    expect(el.shadowRoot!.activeElement?.id).to.equal('edit-quantity-1');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-describedby')).to.contain('edit-line-error-1');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).shadowDom.to.be.accessible();

    // A problem with the whole line (`lines.<i>`) is shown on it too.
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => text($(el, '#edit-line-error-1')).includes('isn’t in the order'), 'the line’s problem is shown');
    expect(text($(el, '#edit-line-error-1'))).to.equal('This item isn’t in the order. Only quantities can change; to add items, place a new order.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('edit-quantity-1');
    expect($(el, '[part="action-form"]')).to.not.equal(null, 'the draft stays open');
  });

  it('shows and focuses the quote’s error when the price changed and the new total cannot be had', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const real = f.backend.quote.bind(f.backend);
    let quoteWorks = true;
    f.override({
      quote: (request, ctx) => (quoteWorks ? real(request, ctx) : Promise.reject(new OrderZoneError('server', 'down', { status: 503 }))),
      editOrder: async () => {
        quoteWorks = false;
        // A price change without the new quote: the element has to ask for it, and that fails.
        throw new OrderZoneError('price_changed', 'changed');
      },
    });
    const el = await mountOrderDetail(f, order);
    const errors: string[] = [];
    el.addEventListener('oz-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    $(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    $(el, '[data-edit-line="1"] [data-edit-remove]')!.click();
    await newTotal(el);
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-edit-quote-error]'), 'the quote’s error is shown');
    await el.updateComplete;
    const problem = $(el, '[data-edit-quote-error]')!;
    expect(text(problem)).to.equal('Something went wrong on our side. Please try again in a moment.');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-edit-quote-error')).to.equal(true, 'the quote’s error is focused');
    expect($(el, '[data-price-changed]')).to.equal(null);
    expect(errors).to.deep.equal(['Something went wrong on our side. Please try again in a moment.']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('drops a quote still on its way when it leaves the page: the request is aborted, nothing is reported', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    let signal: AbortSignal | undefined;
    let fail: (error: unknown) => void = () => {};
    f.override({
      quote: (_request, ctx) => {
        signal = ctx?.signal;
        return new Promise((_resolve, reject) => {
          fail = reject;
        });
      },
    });
    const el = await mountOrderDetail(f, order);
    const errors: unknown[] = [];
    el.addEventListener('oz-error', (e) => errors.push(e));
    $(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    $(el, '[data-edit-line="1"] [data-edit-remove]')!.click();
    await waitUntil(() => signal, 'the quote is asked for');
    const parent = el.parentElement!;
    el.remove();
    expect(signal!.aborted).to.equal(true, 'the quote request is aborted');
    // The backend answers anyway, with a failure.
    fail(new OrderZoneError('server', 'down', { status: 503 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).to.deep.equal([]);
    // Back on the page: no half-open edit, no stale error.
    parent.append(el);
    await el.updateComplete;
    expect($(el, '[part="action-form"]')).to.equal(null);
    expect($(el, '[data-edit-quote-error]')).to.equal(null);
    expect($(el, '[data-action="edit"]')).to.not.equal(null);
  });

  it('says so and shows the fresh order when it was paid meanwhile (conflict)', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    ($(el, '#edit-quantity-1') as HTMLInputElement).value = '3';
    $(el, '#edit-quantity-1')!.dispatchEvent(new Event('change'));
    await newTotal(el);
    f.backend.engine.markPaid(order.orderNumber);
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    expect(text($(el, '[part="notice"]'))).to.contain('now “Paid”');
    expect(text($(el, '[data-status]'))).to.equal('Paid');
    expect($(el, '[part="action-form"]')).to.equal(null);
    expect($(el, '[data-action="edit"]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('is not offered when the backend cannot edit orders', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    f.override({ editOrder: undefined });
    const el = await mountOrderDetail(f, order);
    expect($(el, '[data-action="edit"]')).to.equal(null);
  });
});

function lineOf(order: Order, index: number) {
  const line = order.lines[index]!;
  return { productId: line.productId, variantId: line.variantId, quantity: line.quantity, personalization: line.personalization };
}
