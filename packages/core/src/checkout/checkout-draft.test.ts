import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../order/order-schema.ts';
import { draftForNextOrder, draftForOptions, emptyCheckoutDraft, trimAddress, updatedDraft, withoutPersonalData } from './checkout-draft.ts';
import { orderRequestOf, quoteRequestOf } from './checkout-requests.ts';
import { initialCheckoutState, patchedCheckoutState, totalChangeOf } from './checkout-state.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const filled = {
  contact: { name: ' 李雷 ', phone: '13800138000', email: 'li@example.com' },
  shippingAddress: { country: 'cn ', region: '上海市', city: '上海市', district: ' ', line1: ' 南京东路 1 号 ', postalCode: '200001' },
  paymentMethodId: 'alipay',
  shippingOptionId: 'express',
  couponCode: ' WELCOME ',
  note: '  ',
};

describe('checkout draft changes', () => {
  it('merges a patch field by field and names the fields it touched', () => {
    const { draft, touched, countryPicked } = updatedDraft(emptyCheckoutDraft(), { contact: { name: '韩梅梅' }, shippingAddress: { city: '北京' }, note: undefined });
    assert.equal(draft.contact.name, '韩梅梅');
    assert.equal(draft.contact.phone, '');
    assert.equal(draft.shippingAddress.city, '北京');
    assert.equal('note' in draft, false);
    assert.deepEqual(touched, ['note', 'contact.name', 'shippingAddress.city']);
    assert.equal(countryPicked, false);
    assert.equal(updatedDraft(draft, { shippingAddress: { country: 'US' } }).countryPicked, true);
  });

  it('takes the first offered country unless the shopper picked one that is offered', () => {
    const options = { paymentMethods: [], countries: ['US', 'CN'] };
    assert.equal(draftForOptions(emptyCheckoutDraft('CN'), options, false)?.shippingAddress.country, 'US');
    assert.equal(draftForOptions(emptyCheckoutDraft('CN'), options, true), undefined);
    assert.equal(draftForOptions(emptyCheckoutDraft('JP'), options, true)?.shippingAddress.country, 'US');
  });

  it('forgets personal data but keeps the country and choices; the next order drops coupon and note', () => {
    const forgotten = withoutPersonalData(filled);
    assert.deepEqual(forgotten.contact, { name: '', phone: '', email: '' });
    assert.equal(forgotten.shippingAddress.country, 'cn ');
    assert.equal(forgotten.paymentMethodId, 'alipay');
    assert.equal(forgotten.couponCode, undefined);
    const next = draftForNextOrder(filled);
    assert.equal(next.couponCode, undefined);
    assert.equal('note' in next, false);
    assert.equal(next.contact.name, ' 李雷 ');
  });

  it('trims the address as it is sent, leaving out empty optional fields', () => {
    assert.deepEqual(trimAddress(filled.shippingAddress), { country: 'CN', region: '上海市', city: '上海市', line1: '南京东路 1 号', postalCode: '200001' });
  });
});

describe('checkout requests', () => {
  const lines = [{ productId: 'tee', variantId: 'tee-m', quantity: 1, personalization: {} }];

  it('asks a quote with the trimmed coupon, the delivery option and the destination', () => {
    const request = quoteRequestOf(filled, 'CNY', lines);
    assert.equal(request.couponCode, 'WELCOME');
    assert.equal(request.shippingOptionId, 'express');
    assert.ok(request.destination);
    assert.equal(quoteRequestOf(emptyCheckoutDraft(), 'CNY', []).couponCode, undefined);
  });

  it('sends only what the order needs, with the quote total as the expected total', () => {
    const quote = { total: cny(12_300) } as Quote;
    const request = orderRequestOf(filled, { currency: 'CNY', lines, quote, needs: { address: 'none', shippingOption: false }, locale: 'zh-CN' });
    assert.deepEqual(request.expectedTotal, cny(12_300));
    assert.equal(request.contact.name, '李雷');
    assert.equal(request.shippingAddress, undefined);
    assert.equal(request.shippingOptionId, undefined);
    assert.equal(request.note, undefined);
    const shipped = orderRequestOf(filled, { currency: 'CNY', lines, quote, needs: { address: 'shipping', shippingOption: true }, locale: 'zh-CN' });
    assert.equal(shipped.shippingAddress?.country, 'CN');
    assert.equal(shipped.shippingOptionId, 'express');
  });
});

describe('checkout state', () => {
  it('starts resumable only after a submission that was not refused', () => {
    assert.deepEqual(initialCheckoutState(undefined), { phase: 'editing', fieldErrors: [], changes: [] });
    assert.equal(initialCheckoutState({ idempotencyKey: 'k', fingerprint: 'f', outcome: 'unknown' }).maybePlaced, true);
    assert.equal(initialCheckoutState({ idempotencyKey: 'k', fingerprint: 'f', outcome: 'rejected' }).maybePlaced, undefined);
  });

  it('removes what a patch sets to undefined', () => {
    const state = patchedCheckoutState({ phase: 'editing', fieldErrors: [], changes: [], resumable: true }, { resumable: undefined, phase: 'submitting' });
    assert.deepEqual(state, { phase: 'submitting', fieldErrors: [], changes: [] });
  });

  it('reports a total change only when the order total differs from the confirmed one', () => {
    const order = { orderNumber: 'OZ1', total: cny(100) } as never;
    assert.equal(totalChangeOf({ order, confirmedTotal: cny(100) }), undefined);
    assert.deepEqual(totalChangeOf({ order, confirmedTotal: cny(90), totalAccepted: true }), { orderNumber: 'OZ1', confirmed: cny(90), charged: cny(100), accepted: true });
  });
});
