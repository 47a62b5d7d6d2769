import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atom } from 'nanostores';
import type { OrderAccess } from '../backend/backend-adapter.ts';
import { manualClock, settle } from '../testing/manual-clock.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import { fetchOrder, paymentCard, watchOrderPayment, type OrderReadingZone } from './payment-step.ts';

const money = (amount: number) => ({ amount, currency: 'CNY' });
const qr = { type: 'qr_code' as const, payload: 'pay-me' };

describe('paymentCard', () => {
  it('offers the way to pay while the order awaits payment, and no card once it moved on', () => {
    assert.equal(paymentCard(sampleOrder({ status: 'pending_payment', payment: qr })), 'pay');
    assert.equal(paymentCard(sampleOrder({ status: 'cancelled', payment: qr })), 'none');
    assert.equal(paymentCard(sampleOrder({ status: 'shipped', payment: qr })), 'none');
  });

  it('says "received" once the backend says paid, or this page saw the payment go through', () => {
    assert.equal(paymentCard(sampleOrder({ status: 'paid', payment: qr })), 'received');
    assert.equal(paymentCard(sampleOrder({ status: 'pending_payment', payment: qr }), undefined, true), 'received');
  });

  it('says "received" for a paid booking (its order is confirmed, not paid) after a reload', () => {
    assert.equal(paymentCard(sampleOrder({ status: 'confirmed', payment: qr })), 'received');
    assert.equal(paymentCard(sampleOrder({ status: 'fulfilled', payment: qr })), 'none');
  });

  it('has nothing to do for an order without a payment step just placed (cash on delivery), and no card later', () => {
    assert.equal(paymentCard(sampleOrder({ status: 'pending_shipment', payment: { type: 'none' } })), 'nothing_to_do');
    assert.equal(paymentCard(sampleOrder({ status: 'shipped', payment: { type: 'none' } })), 'none');
  });

  it('asks to accept a changed total first, for this order only, until accepted', () => {
    const order = sampleOrder({ status: 'pending_payment', payment: qr });
    const change = { orderNumber: order.orderNumber, confirmed: money(9900), charged: money(10900), accepted: false };
    assert.equal(paymentCard(order, change), 'accept_total');
    assert.equal(paymentCard(order, { ...change, accepted: true }), 'pay');
    assert.equal(paymentCard(order, { ...change, orderNumber: 'OZ-OTHER' }), 'pay');
    assert.equal(paymentCard(sampleOrder({ status: 'pending_shipment', payment: { type: 'none' } }), change), 'accept_total');
  });
});

describe('fetchOrder and watchOrderPayment', () => {
  function zoneRecording() {
    const calls: { method: string; orderNumber: string; access: OrderAccess; locale?: string | undefined }[] = [];
    const zone = {
      $locale: atom('zh-CN'),
      checkout: { orderAccess: (orderNumber: string) => ({ accessToken: `token-of-${orderNumber}` }) },
      adapter: {
        getOrder: async (orderNumber: string, access: OrderAccess, ctx?: { locale?: string }) => {
          calls.push({ method: 'getOrder', orderNumber, access, locale: ctx?.locale });
          return sampleOrder({ orderNumber });
        },
        getPaymentStatus: async (orderNumber: string, access: OrderAccess) => {
          calls.push({ method: 'getPaymentStatus', orderNumber, access });
          return { status: 'paid' as const };
        },
      },
    } as unknown as OrderReadingZone;
    return { zone, calls };
  }

  it('fetches the order with this browser\'s proof of access, in the zone\'s language', async () => {
    const { zone, calls } = zoneRecording();
    const order = await fetchOrder(zone, 'OZ1');
    assert.equal(order.orderNumber, 'OZ1');
    assert.deepEqual(calls, [{ method: 'getOrder', orderNumber: 'OZ1', access: { accessToken: 'token-of-OZ1' }, locale: 'zh-CN' }]);
  });

  it('watches the payment with the same proof, and reports its status', async () => {
    const { zone, calls } = zoneRecording();
    const statuses: string[] = [];
    const clock = manualClock();
    const watch = watchOrderPayment(zone, 'OZ2', { clock, visibility: { hidden: () => false, subscribe: () => () => undefined }, onStatus: (s) => statuses.push(s) });
    await clock.advance(10_000);
    await settle();
    watch.stop();
    assert.deepEqual(statuses, ['paid']);
    assert.deepEqual(calls[0], { method: 'getPaymentStatus', orderNumber: 'OZ2', access: { accessToken: 'token-of-OZ2' } });
  });
});
