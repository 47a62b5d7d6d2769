/**
 * Text of the company details (business buying): what an order's company reads as (in
 * `<order-detail>` and `<checkout-form>`), and the checkout's company fields (only in `<checkout-form>`).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

/** The company details of an order: heading, labels and the fapiao kinds. */
export const companySummaryMessages: MessageCatalogs = {
  'en-US': {
    'company.heading': 'Company details',
    'company.credit_code': 'Unified social credit code',
    'company.invoice_type.none': 'No invoice',
    'company.invoice_type.general': 'Electronic general invoice (普通发票)',
    'company.invoice_type.special': 'Electronic special VAT invoice (增值税专用发票)',
    'company.purchase_order': 'Purchase order number',
  },
  'zh-CN': {
    'company.heading': '企业信息',
    'company.credit_code': '统一社会信用代码',
    'company.invoice_type.none': '不开发票',
    'company.invoice_type.general': '电子普通发票',
    'company.invoice_type.special': '电子增值税专用发票',
    'company.purchase_order': '采购单号',
  },
};

/** The checkout's company fields, beyond `companySummaryMessages`. */
export const companyFieldsMessages: MessageCatalogs = {
  'en-US': {
    'company.buying_for': 'I’m buying for a company (invoice, purchase order number)',
    'company.name': 'Company name',
    'company.credit_code_hint': '18 characters, as on the business licence',
    'company.invoice_type': 'Invoice (fapiao)',
    'company.invoice_hint': 'Electronic invoices are sent to the contact e-mail address.',
    'company.invoice_title': 'Invoice title',
    'company.invoice_title_hint': 'Usually the company name',
  },
  'zh-CN': {
    'company.buying_for': '我是企业采购（开具发票、填写采购单号）',
    'company.name': '企业名称',
    'company.credit_code_hint': '18 位，见营业执照',
    'company.invoice_type': '发票',
    'company.invoice_hint': '电子发票将发送至联系人邮箱。',
    'company.invoice_title': '发票抬头',
    'company.invoice_title_hint': '通常为企业名称',
  },
};
