/**
 * The order service with real payments: the engine's calls (the rules are all there), plus what a
 * payment provider adds around them.
 *
 * - An order awaiting payment gets its payment step from its provider: right after it is placed or
 *   edited, and again when it is opened while the step is missing (the provider did not answer:
 *   the engine's `unavailable`) or its QR code expired ("Get a new code"). A provider that fails
 *   never loses the order: its step stays `unavailable` and the shopper can try again.
 * - "I have paid: check now" (`getPaymentStatus` with `refresh`) asks the provider first, once the
 *   caller has proved access.
 * - Money goes back through the provider before the order says so: a merchant's refund approval
 *   refunds the payment first (a provider's refusal leaves the order as it was), exactly the amount
 *   the engine computes for the units approved (`previewRefund`: the core's rule), once per request
 *   (a repeated approval never refunds twice), and never more than was paid across partial
 *   refunds; a confirmed booking the shopper cancels inside its window (refunded at once by the
 *   engine) is refunded in full. An order paid another way (the merchant marked it paid) has no
 *   payment to refund.
 * - When the merchant marks an order paid another way (`markPaid`), its open payments are closed
 *   at their provider (`Payments.paidOffline`): the shopper's QR code can no longer be paid, and
 *   the sweep stops asking about it.
 *
 * @module
 */
import { OrderZoneError, isOrderZoneError, type Money, type Order, type PaymentAction, type PaymentMethod } from '@orderzone/core';
import type { Caller, OrderService } from '@orderzone/embedded-backend';
import type { Payments } from './payments.ts';
import { shopperDevice } from './shopper-device.ts';

/** What the server reports when a provider failed while the order itself went through. */
export type PaymentFailureReport = (event: { msg: string; orderNumber: string; error: unknown }) => void;

/**
 * The payment step the engine gives a new order on the server: nothing to do for cash on delivery
 * and bank transfer, else `unavailable` until the provider's step is set (see the module).
 */
export function serverPaymentAction(method: Pick<PaymentMethod, 'kind'>): PaymentAction {
  return method.kind === 'cash_on_delivery' || method.kind === 'bank_transfer' ? { type: 'none' } : { type: 'unavailable' };
}

/** True when an order awaiting payment needs a (new) step from its provider at `now`. */
function needsPaymentStep(order: Order, now: number): boolean {
  if (order.status !== 'pending_payment') return false;
  if (order.payment.type === 'unavailable') return true;
  return order.payment.type === 'qr_code' && order.payment.expiresAt !== undefined && Date.parse(order.payment.expiresAt) <= now;
}

/** `service` with payments through `payments` (see the module). */
export function withPayments(service: OrderService, payments: Payments, options: { now?: () => Date; report?: PaymentFailureReport } = {}): OrderService {
  const now = options.now ?? (() => new Date());
  const report = options.report ?? (() => undefined);

  /** The order with its provider's payment step, when it needs one and the provider answers. */
  async function withPaymentStep(order: Order, caller: Caller | undefined): Promise<Order> {
    if (!needsPaymentStep(order, now().getTime()) || !payments.providerFor(order.paymentMethod)) return order;
    try {
      const started = await payments.startPayment(order, {
        device: shopperDevice(caller?.userAgent),
        ...(caller?.clientId ? { clientIp: caller.clientId } : {}),
        ...(order.locale ? { locale: order.locale } : {}),
      });
      return await service.setPaymentAction(order.orderNumber, started.action);
    } catch (error) {
      // The order stands; its step stays as it was and the shopper can ask again.
      report({ msg: 'payment could not be started', orderNumber: order.orderNumber, error });
      return order;
    }
  }

  /**
   * Refunds `amount` (default: all that is left) of the payment that paid the order, once per
   * `key`; nothing to do when no payment did (paid another way).
   */
  async function refundPayment(orderNumber: string, amount?: Money, key?: string): Promise<void> {
    try {
      const refund = await payments.refund(orderNumber, amount?.amount, key ? { key } : {});
      if (refund.status === 'failed') {
        // The problem is recorded for the merchant (payment problems); the order stays as it was, and approving again tries again.
        throw new OrderZoneError('server', `The payment provider refused the refund of order ${orderNumber}${refund.failure ? `: ${refund.failure}` : ''}. The order was left as it was.`, {
          details: { orderNumber, refundId: refund.id, reason: 'refund_failed' },
        });
      }
      if (amount && refund.amount.amount !== amount.amount) {
        throw new OrderZoneError('conflict', `A refund of ${refund.amount.amount} ${refund.amount.currency} (minor units) was already sent for this request of order ${orderNumber}; the decision now refunds ${amount.amount}. Approve the units of that refund.`, {
          details: { orderNumber, refunded: refund.amount, asked: amount, reason: 'refund_already_sent' },
        });
      }
    } catch (error) {
      if (isOrderZoneError(error) && error.code === 'not_found') return;
      throw error;
    }
  }

  return {
    ...service,
    async submitOrder(request, idempotencyKey, verification, caller) {
      const placed = await service.submitOrder(request, idempotencyKey, verification, caller);
      return { ...placed, order: await withPaymentStep(placed.order, caller) };
    },
    async getOrder(orderNumber, access, caller) {
      return withPaymentStep(await service.getOrder(orderNumber, access, caller), caller);
    },
    async editOrder(orderNumber, access, request, caller) {
      return withPaymentStep(await service.editOrder(orderNumber, access, request, caller), caller);
    },
    async getPaymentStatus(orderNumber, access, caller, statusOptions) {
      // Access first: a stranger never makes the server ask a provider about an order.
      const known = await service.getPaymentStatus(orderNumber, access, caller);
      if (!statusOptions?.refresh || known.status !== 'pending') return known;
      await payments.checkPayment(known.orderNumber);
      return service.getPaymentStatus(orderNumber, access, caller);
    },
    async cancelOrder(orderNumber, access, caller) {
      const order = await service.cancelOrder(orderNumber, access, caller);
      if (order.status === 'refunded') {
        // The booking is cancelled either way; a refund the provider refused is the merchant's to follow up (payment problems).
        await refundPayment(order.orderNumber).catch((error: unknown) => report({ msg: 'refund of a cancelled booking failed', orderNumber: order.orderNumber, error }));
      }
      return order;
    },
    async markPaid(orderNumber) {
      const order = await service.markPaid(orderNumber);
      // Paid another way: the shopper's open payments are closed at their provider and no longer checked.
      await payments.paidOffline(order.orderNumber).catch((error: unknown) => report({ msg: 'open payments of an order paid offline could not be closed', orderNumber: order.orderNumber, error }));
      return order;
    },
    async approveRefund(orderNumber, decision) {
      // What the engine will refund for the units approved: exactly that goes back, once per request.
      const preview = await service.previewRefund(orderNumber, decision);
      if (preview.total.amount > 0) await refundPayment(preview.orderNumber, preview.total, preview.afterSaleId);
      return service.approveRefund(orderNumber, decision);
    },
  };
}
