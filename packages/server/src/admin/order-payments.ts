/**
 * An order's money in the admin API: the payments and refunds `GET /orders/:orderNumber` shows
 * beside the order, and, while the simulated provider is on (the demo, development),
 * `POST /orders/:orderNumber/simulate-payment`, the merchant console's stand-in for a shopper
 * scanning the QR code. It pays the order's simulated payment at "the provider", whose signed
 * notification then goes through the same path as a real provider's (`Payments.simulatePayment`):
 * the order is paid by the money, not by the merchant's word (that is `mark-paid`). Audit-logged as
 * `payment.simulate`.
 *
 * @module
 */
import { OrderZoneError, type Order } from '@orderzone/core';
import type { Db } from '../db/database.ts';
import type { PaymentView, RefundView } from '../payments/payment-records.ts';
import type { Payments } from '../payments/payments.ts';
import { SIMULATED_PROVIDER_NAME } from '../payments/providers/simulated.ts';
import { writeAudit } from './audit-log.ts';
import { orderChanges } from './order-actions.ts';
import { readOrder } from './order-search.ts';

/** What the admin API uses of the payments module. */
export type AdminPayments = Pick<Payments, 'providers' | 'listPayments' | 'listRefunds' | 'simulatePayment'>;

/** An order's payments and refunds, oldest first. */
export interface OrderMoney {
  payments: PaymentView[];
  refunds: RefundView[];
}

/** True when `payments` has the simulated provider, so `simulate-payment` is offered. */
export function simulatesPayments(payments: AdminPayments | undefined): payments is AdminPayments {
  return payments?.providers.includes(SIMULATED_PROVIDER_NAME) ?? false;
}

/** The payments and refunds of the order `orderNumber` (as stored). */
export async function orderMoney(payments: AdminPayments, orderNumber: string): Promise<OrderMoney> {
  const [paid, refunds] = await Promise.all([payments.listPayments(orderNumber), payments.listRefunds(orderNumber)]);
  return { payments: paid, refunds };
}

/**
 * The simulated provider pays (`status: 'paid'`, the default) or declines (`'failed'`) the order's
 * latest simulated payment; answers the order afterwards. `conflict` when the order does not await
 * payment, `not_found` when it has no simulated payment (cash on delivery, a bank transfer),
 * `validation` for another `status`.
 */
export async function simulateOrderPayment(db: Db, payments: AdminPayments, actor: string, orderNumber: string, body: Record<string, unknown>): Promise<Order> {
  const status = body.status ?? 'paid';
  if (status !== 'paid' && status !== 'failed') {
    throw new OrderZoneError('validation', 'status must be "paid" or "failed".', { fieldErrors: [{ field: 'status', code: 'invalid' }] });
  }
  const before = await readOrder(db, orderNumber);
  if (!before) throw new OrderZoneError('not_found', `There is no order ${orderNumber}.`);
  if (before.status !== 'pending_payment') {
    throw new OrderZoneError('conflict', `Order ${before.orderNumber} does not await payment (it is ${before.status}).`, { details: { status: before.status } });
  }
  const answer = await payments.simulatePayment(before.orderNumber, { status });
  if (answer.result !== 'processed' && answer.result !== 'repeat') {
    throw new OrderZoneError('server', `The simulated provider's notification was not processed (${answer.result}: ${answer.detail}).`);
  }
  const after = (await readOrder(db, before.orderNumber))!;
  await writeAudit(db, { actor, action: 'payment.simulate', orderNumber: after.orderNumber, details: { ...orderChanges(before, after), status, outcome: answer.detail } });
  return after;
}
