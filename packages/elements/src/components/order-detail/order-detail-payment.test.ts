import { expect } from '@open-wc/testing';
import { backendOrder, createOrderFixture, placeOrder } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { switchLanguage } from '../../testing/language-switch.ts';
import type { OrderDetail } from './order-detail.ts';

// The test runner's page loads hundreds of modules: keep the timing of every fetch, not the first 250.
performance.setResourceTimingBufferSize(100_000);

/** True once the page has fetched the live payment step's code (its watch, QR code and countdown). */
function paymentStepFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith('/parts/payment-step/payment-step.ts'));
}

/** True once the page has fetched the live payment step's messages in `language` (any language when not given): they load with its code. */
function paymentStepMessagesFetched(language = '[a-zA-Z-]+'): boolean {
  return performance.getEntriesByType('resource').some((entry) => new RegExp(`/parts/payment-step/payment-step\\.messages\\.${language}\\.ts$`).test(new URL(entry.name).pathname));
}

// The first test of this file must run before any order awaiting payment was shown: the page has not loaded the live step yet.
describe('<order-detail> payment step, loaded for an order awaiting payment only', () => {
  it('shows a paid order without loading the live payment step', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    f.backend.engine.markPaid(order.orderNumber);
    const el = await mountOrderDetail(f, await backendOrder(f, order.orderNumber));
    expect(text($(el, '[data-status]'))).to.equal('Paid');
    expect(text($(el, '[part="items"]'))).to.contain('Mug');
    expect($(el, '[part="payment"]')).to.equal(null);
    expect(paymentStepFetched()).to.equal(false);
    expect(paymentStepMessagesFetched()).to.equal(false);
  });

  it('shows an unpaid order with its QR code at once, the order never drawn without its payment step', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = document.createElement('order-detail') as OrderDetail;
    Object.assign(el, { zone: f.zone, order });
    const drawn: boolean[] = [];
    document.body.append(el);
    // Each time the shadow root changes: is the order on show, and is its payment step with it?
    const observer = new MutationObserver(() => {
      if ($(el, '[part="base"]')) drawn.push($(el, '[data-payment="qr_code"]') !== null);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await el.updateComplete;
      expect($(el, '[data-payment="qr_code"] [data-qr-payload]')).not.to.equal(null);
      expect(text($(el, '[data-payment="qr_code"]'))).to.contain('Scan with Alipay');
      await new Promise((resolve) => setTimeout(resolve));
      expect(drawn.length).to.be.greaterThan(0);
      expect(drawn).not.to.include(false);
      expect(paymentStepFetched()).to.equal(true);
      expect(paymentStepMessagesFetched()).to.equal(true);
    } finally {
      observer.disconnect();
      el.remove();
      f.zone.dispose();
    }
  });

  // Its messages are no longer in the element's catalog: a key (payment.scan.alipay) would show without them.
  it('shows the live payment step in Chinese after a switch from English, its Chinese messages fetched on the switch, never a key on the way', async () => {
    const f = await createOrderFixture({ locale: 'en-US' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    expect(text($(el, '[data-payment="qr_code"]'))).to.contain('Scan with Alipay');
    expect(paymentStepMessagesFetched('zh-CN')).to.equal(false);
    const { settled } = await switchLanguage(el, 'zh-CN', (shown) => ({ payment: text($(shown as OrderDetail, '[data-payment="qr_code"]')) }));
    expect(settled.payment).to.contain('请使用支付宝扫码付款');
    expect(settled.payment).not.to.contain('Alipay');
    expect(paymentStepMessagesFetched('zh-CN')).to.equal(true);
    el.remove();
    f.zone.dispose();
  });

  it('shows an unpaid order on a Chinese page with its pay text in Chinese', async () => {
    const f = await createOrderFixture({ locale: 'zh-CN' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    expect(text($(el, '.qr-label'))).to.equal('请使用支付宝扫码付款');
    expect(text($(el, '[data-payment="qr_code"]'))).not.to.match(/payment\.[a-z_.]+/);
    el.remove();
    f.zone.dispose();
  });
});
