import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyCheckoutDraft } from '../checkout/checkout.ts';
import { checkoutDraftProblems } from '../checkout/draft-problems.ts';
import { normalizeCompanyDetails, validateCompanyDetails } from './company-validation.ts';

const company = { name: '厦门星辰贸易有限公司', creditCode: '91350100M000100Y43', invoiceType: 'special' as const, invoiceTitle: '厦门星辰贸易有限公司', purchaseOrderNumber: 'PO-2026-0117' };

describe('validateCompanyDetails', () => {
  it('accepts complete details', () => {
    assert.deepEqual(validateCompanyDetails(company), []);
    assert.deepEqual(validateCompanyDetails({ name: 'Acme', creditCode: '9144030071526726XG', invoiceType: 'none' }), []);
  });

  it('names every missing or wrong field, in form order', () => {
    assert.deepEqual(validateCompanyDetails({ name: ' ', creditCode: '', invoiceType: 'general', invoiceTitle: '' }), [
      { field: 'company.name', code: 'required' },
      { field: 'company.creditCode', code: 'required' },
      { field: 'company.invoiceTitle', code: 'required' },
    ]);
    assert.deepEqual(validateCompanyDetails({ ...company, creditCode: '91350100M000100Y44' }), [{ field: 'company.creditCode', code: 'invalid_credit_code_check' }]);
    assert.deepEqual(validateCompanyDetails({ ...company, creditCode: '9135010M000100Y43' }), [{ field: 'company.creditCode', code: 'invalid_credit_code' }]);
    assert.deepEqual(validateCompanyDetails({ ...company, invoiceType: 'paper' as never }), [{ field: 'company.invoiceType', code: 'invalid_choice' }]);
    assert.deepEqual(validateCompanyDetails({ ...company, purchaseOrderNumber: 'P'.repeat(65) }), [{ field: 'company.purchaseOrderNumber', code: 'too_long', params: { max: 64 } }]);
  });

  it('needs no invoice title when no fapiao is wanted', () => {
    assert.deepEqual(validateCompanyDetails({ name: 'Acme', creditCode: '91350100M000100Y43', invoiceType: 'none', invoiceTitle: '' }), []);
  });

  it('is part of the checkout draft’s problems when the draft has company details', () => {
    const draft = { ...emptyCheckoutDraft('CN'), company: { ...company, creditCode: '91350100M000100Y44' } };
    assert.ok(checkoutDraftProblems(draft).some((e) => e.field === 'company.creditCode' && e.code === 'invalid_credit_code_check'));
    assert.ok(!checkoutDraftProblems(emptyCheckoutDraft('CN')).some((e) => e.field.startsWith('company.')));
  });

  it('normalizes what is sent: trimmed, code upper-cased, no title without a fapiao', () => {
    assert.deepEqual(normalizeCompanyDetails({ name: ' Acme ', creditCode: '9135 0100 m000 100y 43', invoiceType: 'none', invoiceTitle: 'Acme', purchaseOrderNumber: ' ' }), {
      name: 'Acme',
      creditCode: '91350100M000100Y43',
      invoiceType: 'none',
    });
  });
});
