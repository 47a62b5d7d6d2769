/**
 * Validation of the company details given at checkout, per field, with message codes the UI
 * translates. One rule, used by the checkout (as the buyer types) and by the backends (on submit).
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import type { CompanyDetails } from './company-details-schema.ts';
import { COMPANY_LIMITS } from './company-limits.ts';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.ts';

/**
 * Every problem in company details, in form order, with fields `company.name`,
 * `company.creditCode`, `company.invoiceType`, `company.invoiceTitle`, `company.purchaseOrderNumber`.
 * Codes: `required`, `too_long` (`{ max }`), `invalid_credit_code` (not 18 characters of digits and
 * the letters GB 32100-2015 allows), `invalid_credit_code_check` (the 18th character does not match
 * the first 17: a typo), `invalid_choice` (an invoice type that does not exist). Values are judged
 * after trimming; the credit code after removing spaces and hyphens, upper-cased.
 */
export function validateCompanyDetails(company: CompanyDetails): FieldError[] {
  const errors: FieldError[] = [];
  const text = (field: keyof typeof COMPANY_LIMITS, required: boolean): void => {
    const value = (company[field] ?? '').trim();
    if (value === '') {
      if (required) errors.push({ field: `company.${field}`, code: 'required' });
    } else if ([...value].length > COMPANY_LIMITS[field]) {
      errors.push({ field: `company.${field}`, code: 'too_long', params: { max: COMPANY_LIMITS[field] } });
    }
  };
  text('name', true);
  const code = normalizeCreditCode(company.creditCode ?? '');
  if (code === '') errors.push({ field: 'company.creditCode', code: 'required' });
  else {
    const problem = creditCodeProblem(code);
    if (problem) errors.push({ field: 'company.creditCode', code: problem === 'format' ? 'invalid_credit_code' : 'invalid_credit_code_check' });
  }
  const type = company.invoiceType;
  if (type !== 'none' && type !== 'general' && type !== 'special') errors.push({ field: 'company.invoiceType', code: 'invalid_choice' });
  text('invoiceTitle', type === 'general' || type === 'special');
  text('purchaseOrderNumber', false);
  return errors;
}

/**
 * Company details as they are sent and stored: values trimmed, the credit code normalized, empty
 * optional values and the title of no fapiao left out.
 */
export function normalizeCompanyDetails(company: CompanyDetails): CompanyDetails {
  const result: CompanyDetails = { name: company.name.trim(), creditCode: normalizeCreditCode(company.creditCode), invoiceType: company.invoiceType };
  const title = company.invoiceTitle?.trim();
  if (title && company.invoiceType !== 'none') result.invoiceTitle = title;
  const po = company.purchaseOrderNumber?.trim();
  if (po) result.purchaseOrderNumber = po;
  return result;
}

/** Company details with nothing typed yet: no fapiao. */
export function emptyCompanyDetails(): CompanyDetails {
  return { name: '', creditCode: '', invoiceType: 'none' };
}
