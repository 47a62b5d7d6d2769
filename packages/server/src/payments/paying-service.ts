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
 *   refunds the payment first (a provider's refusal leaves the order as it was), and a confirmed
 *   booking the shopper cancels inside its window (refunded at once by the engine) is refunded.
 *   An order paid another way (the merchant marked it paid) has no payment to refund.
 *
 * @module
 */
import { isOrderZoneError, type Order, type PaymentAction, type PaymentMethod } from '@orderzone/core';
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

  /** Refunds the payment that paid the order; nothing to do when none did (paid another way). */
  async function refundPayment(orderNumber: string): Promise<void> {
    try {
      await payments.refund(orderNumber);
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
    async approveRefund(orderNumber, decision) {
      await refundPayment(orderNumber);
      return service.approveRefund(orderNumber, decision);
    },
  };
}
