import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateCheckoutDraft } from '../checkout/checkout-validation.ts';
import { emptyCheckoutDraft } from '../checkout/checkout-draft.ts';
import { OrderRequestSchema } from './order-schema.ts';
import { ORDER_TEXT_MAX_LENGTH, OrderTextSchema, measureText, textLength } from './order-text.ts';

const emoji = '😀'.repeat(ORDER_TEXT_MAX_LENGTH);

describe('the order text limit', () => {
  it('counts characters as a shopper does: an emoji or a rare CJK character once', () => {
    assert.equal(textLength('😀𠀀a'), 3);
    assert.equal(emoji.length, 1000);
    assert.equal(textLength(emoji), 500);
  });

  it('measures a text for a counter in characters: within the limit, or how many over', () => {
    assert.deepEqual(measureText(emoji, ORDER_TEXT_MAX_LENGTH), { count: 500, max: 500, over: 0 });
    assert.deepEqual(measureText(`${emoji}𠀀a`, ORDER_TEXT_MAX_LENGTH), { count: 502, max: 500, over: 2 });
    assert.deepEqual(measureText('', 20), { count: 0, max: 20, over: 0 });
  });

  it('lets the contract accept 500 emoji and refuse 501 characters with the limit', () => {
    assert.equal(OrderTextSchema.safeParse(emoji).success, true);
    const refused = OrderTextSchema.safeParse(`${emoji}a`);
    assert.equal(refused.success, false);
    assert.deepEqual(refused.error?.issues.map((issue) => [issue.code, 'maximum' in issue ? issue.maximum : undefined]), [['too_big', ORDER_TEXT_MAX_LENGTH]]);
    const request = { currency: 'CNY', lines: [{ productId: 'tee', variantId: 'tee-m', quantity: 1, personalization: {} }], contact: { name: 'a', phone: '1', email: 'a@b.cn' }, paymentMethodId: 'p', expectedTotal: { amount: 1, currency: 'CNY' } };
    assert.equal(OrderRequestSchema.safeParse({ ...request, note: emoji }).success, true, JSON.stringify(OrderRequestSchema.safeParse({ ...request, note: emoji }).error?.issues));
    assert.equal(OrderRequestSchema.safeParse({ ...request, note: `${emoji}a` }).success, false);
  });

  it('counts the checkout note the same way', () => {
    const errorsOf = (note: string) => validateCheckoutDraft({ ...emptyCheckoutDraft(), note }).filter((error) => error.field === 'note');
    assert.deepEqual(errorsOf(emoji), []);
    assert.deepEqual(errorsOf(`${emoji}a`), [{ field: 'note', code: 'too_long', params: { max: 500 } }]);
  });
});
