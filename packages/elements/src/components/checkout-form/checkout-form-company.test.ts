import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Order } from '@orderzone/core';
import { addToCart, createZoneFixture, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { createOrderFixture, checkOut } from '../../testing/order-fixture.ts';
import { $ as detail$, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { defineElement } from '../define-element.ts';
import { CheckoutForm } from '../checkout-form/checkout-form.ts';
import { companyFieldsMessages, companySummaryMessages } from '../../parts/company-details/company-details.messages.ts';

defineElement('checkout-form', CheckoutForm);

let zoneFixture: ZoneFixture | undefined;
afterEach(() => zoneFixture?.zone.dispose());

const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function filledCheckout(locale = 'en-US'): Promise<{ f: ZoneFixture; el: CheckoutForm }> {
  const f = (zoneFixture = await createZoneFixture({ locale, seed: testShop() }));
  await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
  f.zone.checkout.update({
    contact: { name: 'Han Meimei', phone: '13900139000', email: 'han@example.com' },
    shippingAddress: { region: 'Beijing', city: 'Beijing', district: 'Chaoyang', line1: '88 Jianguo Road', postalCode: '100022' },
    paymentMethodId: 'alipay',
  });
  await f.zone.checkout.loadOptions();
  await f.zone.checkout.refreshQuote();
  const el = await fixture<CheckoutForm>(html`<checkout-form .zone=${f.zone}></checkout-form>`);
  return { f, el };
}

async function typeInto(el: Element, selector: string, value: string): Promise<void> {
  ($(el, selector) as HTMLInputElement).focus();
  await sendKeys({ type: value });
}

describe('company details (business buying)', () => {
  it('has Chinese text for every English message', () => {
    for (const catalogs of [companySummaryMessages, companyFieldsMessages]) {
      expect(Object.keys(catalogs['zh-CN']!).sort()).to.deep.equal(Object.keys(catalogs['en-US']!).sort());
    }
  });

  it('<checkout-form> opens the company fields on request, refuses a mistyped credit code by its check digit, and places the order with the details', async () => {
    const { f, el } = await filledCheckout();
    expect($(el, '#company-name')).to.equal(null, 'closed until the shopper asks');
    ($(el, '#company-toggle') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text($(el, 'label[for="company-name"]'))).to.equal('Company name *');
    expect(text($(el, 'label[for="company-credit-code"]'))).to.equal('Unified social credit code *');
    expect(text($(el, 'label[for="company-purchase-order"]'))).to.equal('Purchase order number (optional)');
    expect($(el, '#company-invoice-title')).to.equal(null, 'no title without a fapiao');

    await typeInto(el, '#company-name', '厦门星辰贸易有限公司');
    await typeInto(el, '#company-credit-code', '91350100M000100Y44');
    const select = $(el, '#company-invoice-type') as HTMLSelectElement;
    select.value = 'special';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, 'label[for="company-invoice-title"]'))).to.equal('Invoice title *');
    await typeInto(el, '#company-invoice-title', '厦门星辰贸易有限公司');
    await typeInto(el, '#company-purchase-order', 'PO-2026-0117');

    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#company-credit-code-error'));
    expect(text($(el, '#company-credit-code-error'))).to.equal(
      'This unified social credit code doesn’t add up: a character is probably mistyped. Please check it against the business licence.',
    );
    expect(text($(el, '[data-error-summary] li a'))).to.match(/^Unified social credit code: /);
    expect(f.orderCount()).to.equal(0);
    expect(($(el, '#company-purchase-order') as HTMLInputElement).value).to.equal('PO-2026-0117', 'nothing typed is lost');
    await expect(el).shadowDom.to.be.accessible();

    const code = $(el, '#company-credit-code') as HTMLInputElement;
    code.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    const created = oneEvent(el, 'oz-order-created');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    const { order } = (await created).detail as { order: Order };
    expect(order.company).to.deep.equal({
      name: '厦门星辰贸易有限公司',
      creditCode: '91350100M000100Y43',
      invoiceType: 'special',
      invoiceTitle: '厦门星辰贸易有限公司',
      purchaseOrderNumber: 'PO-2026-0117',
    });
  });

  it('<checkout-form> in Chinese: labels and the format message', async () => {
    const { el } = await filledCheckout('zh-CN');
    ($(el, '#company-toggle') as HTMLInputElement).click();
    await el.updateComplete;
    await typeInto(el, '#company-credit-code', '9135010');
    ($(el, '#company-name') as HTMLInputElement).focus();
    await el.updateComplete;
    expect(text($(el, '#company-credit-code-error'))).to.equal('请输入 18 位统一社会信用代码（数字和大写字母，不含 I、O、Z、S、V）。');
    expect(text($(el, 'label[for="company-credit-code"]'))).to.equal('统一社会信用代码 *');
  });

  it('<order-detail> shows the company an order was bought for, and nothing for a private order', async () => {
    const f = await createOrderFixture({ locale: 'zh-CN' });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    f.zone.checkout.update({ company: { name: '厦门星辰贸易有限公司', creditCode: '91350100M000100Y43', invoiceType: 'general', invoiceTitle: '厦门星辰贸易有限公司', purchaseOrderNumber: 'PO-7' } });
    const order = await checkOut(f.zone);
    const el = await mountOrderDetail(f, order);
    await waitUntil(() => detail$(el, '[data-company]'), 'the company summary loads for a business order');
    expect(text(detail$(el, '[data-company] h3'))).to.equal('企业信息');
    expect(text(detail$(el, '[data-company-name]'))).to.equal('厦门星辰贸易有限公司');
    expect(text(detail$(el, '[data-credit-code]'))).to.equal('91350100M000100Y43');
    expect(text(detail$(el, '[data-invoice]'))).to.equal('电子普通发票 · 厦门星辰贸易有限公司');
    expect(text(detail$(el, '[data-purchase-order]'))).to.equal('PO-7');

    el.order = { ...order, company: undefined };
    await el.updateComplete;
    expect(detail$(el, '[data-company]')).to.equal(null);
  });
});
