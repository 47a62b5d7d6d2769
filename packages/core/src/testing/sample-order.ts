/**
 * Test helper: a small valid goods order (one shirt of the tests' own shop, `test-shop.ts`).
 * Test-only; not part of the published package.
 */
import type { Order } from '../order/order-schema.ts';

export function sampleOrder(patch: Partial<Order> = {}): Order {
  const money = (amount: number) => ({ amount, currency: 'CNY' });
  return {
    orderNumber: 'OZ250314000001',
    status: 'pending_payment',
    createdAt: '2025-03-14T08:00:00Z',
    currency: 'CNY',
    lines: [
      {
        productId: 'shirt',
        variantId: 'shirt-navy-m',
        sku: 'SHIRT-NAVY-M',
        title: { 'en-US': 'Test shirt', 'zh-CN': '测试衬衫' },
        quantity: 1,
        personalization: {},
        unitPrice: money(9900),
        total: money(9900),
        available: 10,
      },
    ],
    subtotal: money(9900),
    adjustments: [],
    total: money(9900),
    contact: { name: 'Wang Fang', phone: '13900139000', email: 'wang@example.com' },
    shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
    shippingOption: { id: 'standard', label: { 'en-US': 'Standard' }, price: money(0) },
    paymentMethod: { id: 'alipay', kind: 'alipay', label: { 'en-US': 'Alipay' } },
    payment: { type: 'qr_code', payload: 'https://qr.alipay.com/demo' },
    history: [{ status: 'pending_payment', at: '2025-03-14T08:00:00Z' }],
    ...patch,
  };
}
