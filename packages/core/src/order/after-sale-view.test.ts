import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AfterSale, AfterSaleLine } from './order-schema.ts';
import { afterSaleLineAmount, afterSaleSum, declinedRequest, partlyAccepted, pendingReturnInstructions } from './after-sale-view.ts';
import { returnPhotosFull, RETURN_PHOTO_MAX_COUNT } from './return-photo-limits.ts';

const money = (amount: number) => ({ amount, currency: 'CNY' });
const shopAddress = { name: 'Returns desk', address: { country: 'CN', region: '广东省', city: '深圳市', line1: '科技园路1号', postalCode: '518057' } } as unknown as NonNullable<AfterSale['returnInstructions']>;
const otherAddress = { ...shopAddress, name: 'Warehouse' } as NonNullable<AfterSale['returnInstructions']>;

function sale(kind: AfterSale['kind'], status: AfterSale['status'], extra: Partial<AfterSale> = {}): AfterSale {
  return { id: `${kind}-${status}`, kind, status, lines: [], amount: money(100), photos: [], requestedAt: '2026-01-01T00:00:00Z', ...extra } as AfterSale;
}

describe('pendingReturnInstructions', () => {
  it('gives where to send goods only while the latest return is approved, its own address first', () => {
    assert.equal(pendingReturnInstructions({ afterSales: [sale('return', 'requested')], returnInstructions: shopAddress }), undefined);
    assert.equal(pendingReturnInstructions({ afterSales: [sale('return', 'approved')], returnInstructions: shopAddress }), shopAddress);
    assert.equal(pendingReturnInstructions({ afterSales: [sale('return', 'approved', { returnInstructions: otherAddress })], returnInstructions: shopAddress }), otherAddress);
    assert.equal(pendingReturnInstructions({ afterSales: [sale('return', 'approved'), sale('return', 'received')], returnInstructions: shopAddress }), undefined);
    assert.equal(pendingReturnInstructions({ afterSales: [sale('return', 'approved'), sale('refund', 'requested')], returnInstructions: shopAddress }), shopAddress);
  });

  it('keeps the order\'s instructions from a backend that does not record requests by line', () => {
    assert.equal(pendingReturnInstructions({ returnInstructions: shopAddress }), shopAddress);
  });
});

describe('declinedRequest', () => {
  it('names the declined request while the order stands declined', () => {
    assert.equal(declinedRequest({ status: 'refund_rejected' }), 'refund');
    assert.equal(declinedRequest({ status: 'return_rejected' }), 'return');
    assert.equal(declinedRequest({ status: 'paid' }), undefined);
  });
});

describe('request lines', () => {
  const line = (status: AfterSaleLine['status'], extra: Partial<AfterSaleLine> = {}): AfterSaleLine => ({ lineIndex: 0, quantity: 2, status, amount: money(200), ...extra }) as AfterSaleLine;

  it('tells a line the shop accepted only in part', () => {
    assert.equal(partlyAccepted(line('approved', { accepted: 1 })), true);
    assert.equal(partlyAccepted(line('approved', { accepted: 2 })), false);
    assert.equal(partlyAccepted(line('approved')), false);
    assert.equal(partlyAccepted(line('requested', { accepted: 1 })), false);
    assert.equal(partlyAccepted(line('rejected', { accepted: 0 })), false);
  });

  it('shows what was refunded, else what is asked, and nothing for a declined line or request', () => {
    assert.deepEqual(afterSaleLineAmount(line('refunded', { refunded: money(150) })), money(150));
    assert.deepEqual(afterSaleLineAmount(line('requested')), money(200));
    assert.equal(afterSaleLineAmount(line('rejected')), undefined);
    assert.equal(afterSaleSum(sale('refund', 'refunded', { refunded: money(100) })), 'refunded');
    assert.equal(afterSaleSum(sale('refund', 'requested')), 'asked');
    assert.equal(afterSaleSum(sale('refund', 'rejected')), undefined);
  });
});

describe('returnPhotosFull', () => {
  it('is full at the limit, not before', () => {
    assert.equal(returnPhotosFull(RETURN_PHOTO_MAX_COUNT - 1), false);
    assert.equal(returnPhotosFull(RETURN_PHOTO_MAX_COUNT), true);
  });
});
