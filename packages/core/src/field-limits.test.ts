import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CatalogQuerySchema } from './catalog/catalog-schema.ts';
import { CHECKOUT_LIMITS } from './checkout/checkout-validation.ts';
import { CATALOG_SEARCH_TEXT_MAX_LENGTH, CONTACT_MAX_LENGTH, COUPON_CODE_MAX_LENGTH, EMAIL_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH } from './field-limits.ts';
import { OrderLookupRequestSchema, QuoteRequestSchema } from './order/order-schema.ts';

const quote = (couponCode: string, orderNumber?: string) => QuoteRequestSchema.safeParse({ currency: 'CNY', lines: [], couponCode, ...(orderNumber ? { orderNumber } : {}) }).success;

describe('field limits', () => {
  test('a quote takes a coupon code and an order number up to their limits, not one character more', () => {
    assert.deepEqual([quote('C'.repeat(COUPON_CODE_MAX_LENGTH)), quote('C'.repeat(COUPON_CODE_MAX_LENGTH + 1))], [true, false]);
    assert.deepEqual([quote('C', 'N'.repeat(ORDER_NUMBER_MAX_LENGTH)), quote('C', 'N'.repeat(ORDER_NUMBER_MAX_LENGTH + 1))], [true, false]);
  });

  test('an order lookup takes an order number and a contact up to their limits', () => {
    const lookup = (orderNumber: string, contact: string) => OrderLookupRequestSchema.safeParse({ orderNumber, contact }).success;
    const contact = `${'a'.repeat(CONTACT_MAX_LENGTH - '@example.com'.length)}@example.com`;
    assert.deepEqual([lookup('N'.repeat(ORDER_NUMBER_MAX_LENGTH), contact), lookup('N'.repeat(ORDER_NUMBER_MAX_LENGTH + 1), contact), lookup('N', `a${contact}`)], [true, false, false]);
  });

  test('a catalog search takes words up to its limit; the checkout takes an e-mail address up to the same limit as a contact', () => {
    const search = (text: string) => CatalogQuerySchema.safeParse({ text }).success;
    assert.deepEqual([search('w'.repeat(CATALOG_SEARCH_TEXT_MAX_LENGTH)), search('w'.repeat(CATALOG_SEARCH_TEXT_MAX_LENGTH + 1))], [true, false]);
    assert.deepEqual([CHECKOUT_LIMITS.email, CONTACT_MAX_LENGTH], [EMAIL_MAX_LENGTH, EMAIL_MAX_LENGTH]);
  });
});
