import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CheckoutDraft } from './checkout.ts';
import { validateCheckoutDraft } from './checkout-validation.ts';

function cnDraft(): CheckoutDraft {
  return {
    contact: { name: '张三', phone: '13800138000', email: 'zhang@example.com' },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道 100 号', postalCode: '200120' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
  };
}

function usDraft(): CheckoutDraft {
  return {
    contact: { name: 'Jane Doe', phone: '+1 (415) 555-0100', email: 'jane@example.com' },
    shippingAddress: { country: 'US', region: 'CA', city: 'San Francisco', line1: '1 Market St', postalCode: '94105' },
    shippingOptionId: 'ground',
    paymentMethodId: 'card',
  };
}

/** The errors for one field after changing the draft. */
function errorsFor(draft: CheckoutDraft, field: string) {
  return validateCheckoutDraft(draft).filter((e) => e.field === field);
}

function withContact(base: CheckoutDraft, contact: Partial<CheckoutDraft['contact']>): CheckoutDraft {
  return { ...base, contact: { ...base.contact, ...contact } };
}

function withAddress(base: CheckoutDraft, address: Partial<CheckoutDraft['shippingAddress']>): CheckoutDraft {
  return { ...base, shippingAddress: { ...base.shippingAddress, ...address } };
}

describe('validateCheckoutDraft', () => {
  test('complete CN and US drafts are valid', () => {
    assert.deepEqual(validateCheckoutDraft(cnDraft()), []);
    assert.deepEqual(validateCheckoutDraft(usDraft()), []);
  });

  test('an empty draft lists every required field in form order', () => {
    const empty: CheckoutDraft = {
      contact: { name: '', phone: '', email: '' },
      shippingAddress: { country: 'CN', region: '', city: '', district: '', line1: '', postalCode: '' },
    };
    assert.deepEqual(validateCheckoutDraft(empty), [
      { field: 'contact.name', code: 'required' },
      { field: 'contact.phone', code: 'required' },
      { field: 'contact.email', code: 'required' },
      { field: 'shippingAddress.region', code: 'required' },
      { field: 'shippingAddress.city', code: 'required' },
      { field: 'shippingAddress.district', code: 'required' },
      { field: 'shippingAddress.line1', code: 'required' },
      { field: 'shippingAddress.postalCode', code: 'required' },
      { field: 'shippingOptionId', code: 'required_shipping_option' },
      { field: 'paymentMethodId', code: 'required_payment_method' },
    ]);
  });

  test('a missing country is required', () => {
    assert.deepEqual(errorsFor(withAddress(usDraft(), { country: ' ' }), 'shippingAddress.country'), [{ field: 'shippingAddress.country', code: 'required' }]);
  });

  test('blank-only values count as empty', () => {
    assert.deepEqual(errorsFor(withContact(cnDraft(), { name: '   ' }), 'contact.name'), [{ field: 'contact.name', code: 'required' }]);
  });

  test('name: 50 characters is fine, 51 is too long (Chinese characters count one each)', () => {
    assert.deepEqual(errorsFor(withContact(cnDraft(), { name: '王'.repeat(50) }), 'contact.name'), []);
    assert.deepEqual(errorsFor(withContact(cnDraft(), { name: '王'.repeat(51) }), 'contact.name'), [{ field: 'contact.name', code: 'too_long', params: { max: 50 } }]);
  });

  test('email: simple addresses pass, malformed ones are invalid_email', () => {
    for (const email of ['a@b.co', 'first.last+tag@mail.example.cn', '  jane@example.com  ']) {
      assert.deepEqual(errorsFor(withContact(usDraft(), { email }), 'contact.email'), [], email);
    }
    for (const email of ['jane', 'jane@', '@example.com', 'jane@example', 'jane@example.c', 'ja ne@example.com', 'a@b@c.com']) {
      assert.deepEqual(errorsFor(withContact(usDraft(), { email }), 'contact.email'), [{ field: 'contact.email', code: 'invalid_email' }], email);
    }
  });

  test('CN phone: mainland mobiles with optional +86 and separators', () => {
    for (const phone of ['13800138000', '+86 138 0013 8000', '86-19912345678', '+8615012345678', '138-0013-8000']) {
      assert.deepEqual(errorsFor(withContact(cnDraft(), { phone }), 'contact.phone'), [], phone);
    }
    for (const phone of ['12800138000', '1380013800', '138001380001', '010-12345678', '+1 415 555 0100', '1380013800a']) {
      assert.deepEqual(errorsFor(withContact(cnDraft(), { phone }), 'contact.phone'), [{ field: 'contact.phone', code: 'invalid_phone_cn' }], phone);
    }
  });

  test('other countries: 6 to 20 digits with +, spaces, hyphens and parentheses', () => {
    for (const phone of ['123456', '1'.repeat(20), '+44 (20) 7946-0958']) {
      assert.deepEqual(errorsFor(withContact(usDraft(), { phone }), 'contact.phone'), [], phone);
    }
    for (const phone of ['12345', '1'.repeat(21), '555-CALL-NOW', '12+345678', '415.555.0100']) {
      assert.deepEqual(errorsFor(withContact(usDraft(), { phone }), 'contact.phone'), [{ field: 'contact.phone', code: 'invalid_phone' }], phone);
    }
  });

  test('district is required in CN only', () => {
    assert.deepEqual(errorsFor(withAddress(cnDraft(), { district: '' }), 'shippingAddress.district'), [{ field: 'shippingAddress.district', code: 'required' }]);
    assert.deepEqual(errorsFor(withAddress(cnDraft(), { district: undefined }), 'shippingAddress.district'), [{ field: 'shippingAddress.district', code: 'required' }]);
    assert.deepEqual(errorsFor(usDraft(), 'shippingAddress.district'), []);
  });

  test('line1: 200 characters is fine, 201 is too long', () => {
    assert.deepEqual(errorsFor(withAddress(cnDraft(), { line1: 'a'.repeat(200) }), 'shippingAddress.line1'), []);
    assert.deepEqual(errorsFor(withAddress(cnDraft(), { line1: 'a'.repeat(201) }), 'shippingAddress.line1'), [{ field: 'shippingAddress.line1', code: 'too_long', params: { max: 200 } }]);
  });

  test('CN postal codes are 6 digits', () => {
    assert.deepEqual(errorsFor(withAddress(cnDraft(), { postalCode: '100000' }), 'shippingAddress.postalCode'), []);
    for (const postalCode of ['10000', '1000000', '10000a']) {
      assert.deepEqual(errorsFor(withAddress(cnDraft(), { postalCode }), 'shippingAddress.postalCode'), [{ field: 'shippingAddress.postalCode', code: 'invalid_postal_code_cn' }], postalCode);
    }
  });

  test('US ZIP codes are 5 digits or ZIP+4, and required', () => {
    for (const postalCode of ['94105', '94105-1234']) assert.deepEqual(errorsFor(withAddress(usDraft(), { postalCode }), 'shippingAddress.postalCode'), [], postalCode);
    for (const postalCode of ['9410', '941051234', '94105-12', 'ABCDE']) {
      assert.deepEqual(errorsFor(withAddress(usDraft(), { postalCode }), 'shippingAddress.postalCode'), [{ field: 'shippingAddress.postalCode', code: 'invalid_postal_code' }], postalCode);
    }
    assert.deepEqual(errorsFor(withAddress(usDraft(), { postalCode: '' }), 'shippingAddress.postalCode'), [{ field: 'shippingAddress.postalCode', code: 'required' }]);
  });

  test('elsewhere the postal code is optional, but when given 2–10 letters, digits, spaces or hyphens', () => {
    const gb = withAddress(usDraft(), { country: 'GB', postalCode: '' });
    assert.deepEqual(errorsFor(gb, 'shippingAddress.postalCode'), []);
    for (const postalCode of ['SW1A 1AA', 'AB', '1234567890']) assert.deepEqual(errorsFor(withAddress(gb, { postalCode }), 'shippingAddress.postalCode'), [], postalCode);
    for (const postalCode of ['A', '12345678901', 'SW1A_1AA', '-1234']) {
      assert.deepEqual(errorsFor(withAddress(gb, { postalCode }), 'shippingAddress.postalCode'), [{ field: 'shippingAddress.postalCode', code: 'invalid_postal_code' }], postalCode);
    }
  });

  test('note: 500 characters is fine, 501 is too long', () => {
    assert.deepEqual(errorsFor({ ...cnDraft(), note: '留'.repeat(500) }, 'note'), []);
    assert.deepEqual(errorsFor({ ...cnDraft(), note: '留'.repeat(501) }, 'note'), [{ field: 'note', code: 'too_long', params: { max: 500 } }]);
  });

  test('a blank shipping option or payment method is not a choice', () => {
    assert.deepEqual(validateCheckoutDraft({ ...cnDraft(), shippingOptionId: ' ', paymentMethodId: '' }), [
      { field: 'shippingOptionId', code: 'required_shipping_option' },
      { field: 'paymentMethodId', code: 'required_payment_method' },
    ]);
  });
});
