/**
 * The optional "buying for a company" section of `<checkout-form>`: a checkbox that opens the
 * company name, unified social credit code, fapiao type and title, and purchase order number. What
 * is required and what is wrong comes from the core (`validateCompanyDetails` through the checkout
 * draft); this part only renders it, with the host's fields, labels and error styles.
 *
 * @module
 */
import type { CompanyDetails, FieldError, InvoiceType } from '@orderzone/core';
import { COMPANY_LIMITS, emptyCompanyDetails, validateCompanyDetails } from '@orderzone/core/checkout';
import { html, nothing, type TemplateResult } from 'lit';

/** The company fields by the core's field path: the id of their control and the key of their label. */
export const COMPANY_FORM_FIELDS: Readonly<Record<string, { id: string; label: string }>> = {
  'company.name': { id: 'company-name', label: 'company.name' },
  'company.creditCode': { id: 'company-credit-code', label: 'company.credit_code' },
  'company.invoiceType': { id: 'company-invoice-type', label: 'company.invoice_type' },
  'company.invoiceTitle': { id: 'company-invoice-title', label: 'company.invoice_title' },
  'company.purchaseOrderNumber': { id: 'company-purchase-order', label: 'company.purchase_order' },
};

const INVOICE_TYPES: readonly InvoiceType[] = ['none', 'general', 'special'];

/** A text field as the host renders it (label, required marker or "optional", hint, error). */
export interface CompanyTextField {
  field: string;
  label: string;
  value: string;
  autocomplete: string;
  /** Only for codes of digits and letters: fields the core limits in characters have none (see text-counter.ts). */
  maxlength?: number;
  required: boolean;
  hint?: string;
  onInput: (value: string) => void;
}

/** What the section needs from its host. */
export interface CompanyFieldsContext {
  /** The draft's company details; `undefined` while the shopper is not buying for a company. */
  company: CompanyDetails | undefined;
  t: (key: string, params?: Record<string, string | number>) => string;
  textField: (spec: CompanyTextField) => TemplateResult;
  /** The problem to show for a field, if any. */
  error: (field: string) => FieldError | undefined;
  describe: (error: FieldError) => string;
  /** Changes the draft's company details; `undefined` stops buying for a company. */
  update: (company: Partial<CompanyDetails> | undefined) => void;
}

/** The company fields the core requires for this fapiao choice: those it reports missing when empty. */
function requiredCompanyFields(invoiceType: InvoiceType): Set<string> {
  return new Set(validateCompanyDetails({ ...emptyCompanyDetails(), invoiceType }).filter((e) => e.code === 'required').map((e) => e.field));
}

/** The section: the checkbox, and the fields once it is ticked. */
export function renderCompanyFields(context: CompanyFieldsContext): TemplateResult {
  const { company, t } = context;
  return html`
    <fieldset class="section company" part="section" data-company-section>
      <legend class="visually-hidden">${t('company.heading')}</legend>
      <label class="choice company-toggle">
        <input id="company-toggle" type="checkbox" .checked=${company !== undefined} @change=${(e: Event) => context.update((e.target as HTMLInputElement).checked ? {} : undefined)} />
        <span class="choice-text"><span class="choice-label">${t('company.buying_for')}</span></span>
      </label>
      ${company ? renderFields(company, context) : nothing}
    </fieldset>
  `;
}

function renderFields(company: CompanyDetails, context: CompanyFieldsContext): TemplateResult {
  const { t } = context;
  const required = requiredCompanyFields(company.invoiceType);
  const text = (field: keyof typeof COMPANY_LIMITS | 'creditCode', spec: Pick<CompanyTextField, 'autocomplete' | 'hint' | 'maxlength'>): TemplateResult =>
    context.textField({
      field: `company.${field}`,
      label: t(COMPANY_FORM_FIELDS[`company.${field}`]!.label),
      value: company[field] ?? '',
      required: required.has(`company.${field}`),
      onInput: (value) => context.update({ [field]: value }),
      ...spec,
    });
  const typeError = context.error('company.invoiceType');
  return html`
    ${text('name', { autocomplete: 'organization' })}
    ${text('creditCode', { autocomplete: 'off', maxlength: 24, hint: t('company.credit_code_hint') })}
    <div class="field">
      <label class="label" for="company-invoice-type">${t('company.invoice_type')}</label>
      <span class="hint" id="company-invoice-type-hint">${t('company.invoice_hint')}</span>
      <select
        class="input"
        id="company-invoice-type"
        name="company.invoiceType"
        aria-describedby="company-invoice-type-hint${typeError ? ' company-invoice-type-error' : ''}"
        aria-invalid=${typeError ? 'true' : 'false'}
        @change=${(e: Event) => context.update({ invoiceType: (e.target as HTMLSelectElement).value as InvoiceType })}
      >
        ${INVOICE_TYPES.map((type) => html`<option value=${type} ?selected=${type === company.invoiceType}>${t(`company.invoice_type.${type}`)}</option>`)}
      </select>
      ${typeError ? html`<p class="field-error" id="company-invoice-type-error">${context.describe(typeError)}</p>` : nothing}
    </div>
    ${company.invoiceType === 'none' ? nothing : text('invoiceTitle', { autocomplete: 'organization', hint: t('company.invoice_title_hint') })}
    ${text('purchaseOrderNumber', { autocomplete: 'off' })}
  `;
}
