/**
 * How an order is paid, in the order contract (`order-schema.ts`): the payment methods and
 * countries the checkout offers, what the shopper must do to pay, and where a payment stands.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../catalog/primitive-schemas.ts';

/** A way to pay that the merchant's backend offers. */
export const PaymentMethodSchema = z.object({
  id: z.string(),
  kind: z.enum(['alipay', 'wechat_pay', 'unionpay', 'card', 'paypal', 'bank_transfer', 'cash_on_delivery', 'other']),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});
/** A way to pay that the merchant's backend offers: an id to submit, its kind and a label in the shopper's language. */
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

/** What the checkout form offers: payment methods and the countries shipped to. */
export const CheckoutOptionsSchema = z.object({
  paymentMethods: z.array(PaymentMethodSchema).check(z.minLength(1)),
  /** ISO 3166-1 alpha-2 codes, first one the default. */
  countries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1)),
});
/** What the checkout form offers: at least one payment method and the countries shipped to (ISO 3166-1 alpha-2, the first one the default). */
export type CheckoutOptions = z.infer<typeof CheckoutOptionsSchema>;

/**
 * What the shopper must do to pay after submitting: follow a redirect, scan a QR code, or nothing
 * (cash on delivery, already paid). The SDK never collects card numbers itself.
 */
export const PaymentActionSchema = z.union([
  z.object({ type: z.literal('none') }),
  /**
   * The payment could not be started yet (the payment provider did not answer): the storefront
   * offers to try again, which fetches the order, and with it a new attempt.
   */
  z.object({ type: z.literal('unavailable') }),
  z.object({ type: z.literal('redirect'), url: z.string() }),
  z.object({
    type: z.literal('qr_code'),
    /** The payload to encode as a QR code (e.g. a `weixin://` or `https://qr.alipay.com/...` URL). */
    payload: z.string(),
    /** A ready-made QR image, when the backend renders one. */
    imageUrl: z.optional(z.string()),
    /** ISO 8601 date-time after which the code no longer works. */
    expiresAt: z.optional(z.string()),
  }),
]);
/** What the shopper must do to pay after submitting: nothing (`none`), try again later (`unavailable`), follow a `redirect` or scan a `qr_code`. */
export type PaymentAction = z.infer<typeof PaymentActionSchema>;

/** Where an order's payment stands, as the backend reports it while the shopper pays: `pending`, `paid`, `failed` or `expired`. */
export const PaymentStatusSchema = z.object({
  orderNumber: z.string(),
  status: z.enum(['pending', 'paid', 'failed', 'expired']),
});
/** Where an order's payment stands, as the backend reports it while the shopper pays: `pending`, `paid`, `failed` or `expired`. */
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;
