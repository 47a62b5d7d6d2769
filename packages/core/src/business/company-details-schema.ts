/**
 * The company an order is bought for (企业采购): its name, unified social credit code, the fapiao
 * (发票) it wants and the buyer's purchase order number.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * Which fapiao the company wants. Both kinds are issued electronically (数电发票) and sent to the
 * order's contact e-mail: `general` is a 增值税普通发票 (general VAT invoice), `special` a
 * 增值税专用发票 (special VAT invoice, whose input tax the buyer can deduct); `none`: no fapiao.
 */
export const InvoiceTypeSchema = z.enum(['none', 'general', 'special']);
/** The invoice (fapiao) a business buyer wants: `none`, an electronic general one or an electronic special VAT one. */
export type InvoiceType = z.infer<typeof InvoiceTypeSchema>;

/**
 * Company details given at checkout and carried on the order. The backend checks them with
 * `validateCompanyDetails` (`@orderzone/core/checkout`): name required, credit code valid per
 * GB 32100-2015 (stored normalized, e.g. `91350100M000100Y43`), an invoice title when a fapiao is
 * wanted.
 */
export const CompanyDetailsSchema = z.object({
  /** The company's registered name (企业名称). */
  name: z.string(),
  /** Its unified social credit code (统一社会信用代码, the taxpayer identification number): 18 characters. */
  creditCode: z.string(),
  invoiceType: InvoiceTypeSchema,
  /** The fapiao's title (发票抬头), usually the company name; required unless `invoiceType` is `none`. */
  invoiceTitle: z.optional(z.string()),
  /** The buyer's own purchase order number (采购单号), printed on the merchant's documents. */
  purchaseOrderNumber: z.optional(z.string()),
});
/** The company an order is bought for: name, unified social credit code, invoice type and title, purchase order number. */
export type CompanyDetails = z.infer<typeof CompanyDetailsSchema>;
