import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressConventions } from './address-conventions.ts';
import { emptyCheckoutDraft } from './checkout-draft.ts';
import { validateCheckoutDraft } from './checkout-validation.ts';

/** The codes the core's checks give a draft of `country` with this phone and postal code. */
function codes(country: string, phone: string, postalCode: string): string[] {
  const draft = emptyCheckoutDraft(country);
  draft.contact.phone = phone;
  draft.shippingAddress.postalCode = postalCode;
  return validateCheckoutDraft(draft)
    .filter((e) => e.field === 'contact.phone' || e.field === 'shippingAddress.postalCode')
    .map((e) => e.code);
}

describe('addressConventions', () => {
  it('gives mainland China its district, province, mainland mobile and 6-digit postal code; the US its postal code; others none', () => {
    const mainland = { required: new Set(['region', 'city', 'line1', 'district', 'postalCode']), regionIsProvince: true, mainlandMobile: true, sixDigitPostalCode: true };
    assert.deepEqual(addressConventions('CN'), mainland);
    assert.deepEqual(addressConventions(' cn '), mainland);
    assert.deepEqual(addressConventions('US'), { required: new Set(['region', 'city', 'line1', 'postalCode']), regionIsProvince: false, mainlandMobile: false, sixDigitPostalCode: false });
    for (const country of ['DE', 'HK', 'TW', 'JP', '']) {
      assert.deepEqual(addressConventions(country), { required: new Set(['region', 'city', 'line1']), regionIsProvince: false, mainlandMobile: false, sixDigitPostalCode: false }, country);
    }
  });

  it('says what the checks of the same country then ask for', () => {
    for (const country of ['CN', 'cn', 'US', 'DE', 'HK']) {
      const { required, mainlandMobile, sixDigitPostalCode } = addressConventions(country);
      const missing = validateCheckoutDraft(emptyCheckoutDraft(country)).filter((e) => e.code === 'required' && e.field.startsWith('shippingAddress.'));
      assert.deepEqual(new Set(missing.map((e) => e.field.slice('shippingAddress.'.length)).filter((f) => f !== 'country')), required, `${country} required`);
      // A foreign number and a 5-digit code: refused with the mainland's codes exactly where the conventions say so.
      const refused = codes(country, '+1 415 555 0100', '12345');
      assert.equal(refused.includes('invalid_phone_cn'), mainlandMobile, `${country} phone`);
      assert.equal(refused.includes('invalid_postal_code_cn'), sixDigitPostalCode, `${country} postal code`);
    }
  });
});
