/**
 * Starting a payment at the order's provider: stored before the provider is asked (so a
 * notification that overtakes the answer finds it), with the action the shopper takes now.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import type { Payments } from './payments-api.ts';
import { AWAITING_PAYMENT, randomCode, type PaymentsContext } from './payments-context.ts';
import { PaymentProviderError } from './provider.ts';

/** `startPayment` of the payments module over `ctx`. */
export function createPaymentStart(ctx: PaymentsContext): Pick<Payments, 'startPayment'> {
  const { records, byName, now, iso, ttl, notifyUrl, pageUrl, returnUrlOf, providerFor } = ctx;
  return {
    async startPayment(order, shopper) {
      if (order.status !== AWAITING_PAYMENT) throw new OrderZoneError('conflict', `Order ${order.orderNumber} is ${order.status}: it does not await payment.`);
      const name = providerFor(order.paymentMethod);
      const provider = name ? byName.get(name) : undefined;
      if (!provider) throw new OrderZoneError('config', `No payment provider takes payment method "${order.paymentMethod.id}" (${order.paymentMethod.kind}).`);
      if (provider.currencies && !provider.currencies.includes(order.total.currency)) {
        throw new OrderZoneError('config', `${provider.name} does not take ${order.total.currency}.`);
      }
      if (!Number.isSafeInteger(order.total.amount) || order.total.amount <= 0) throw new OrderZoneError('conflict', `Order ${order.orderNumber} has nothing to pay.`);
      const created = now();
      const expiresAt = new Date(created.getTime() + ttl);
      const paymentId = `${order.orderNumber.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}_${randomCode(8)}`;
      const returnUrl = returnUrlOf(order.orderNumber);
      // Stored before the provider is asked, so a notification that overtakes the answer finds it.
      await records.insertPayment({
        id: paymentId,
        orderNumber: order.orderNumber,
        provider: provider.name,
        methodId: order.paymentMethod.id,
        status: 'creating',
        amount: order.total.amount,
        currency: order.total.currency,
        device: shopper.device,
        returnUrl,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      let answer;
      try {
        answer = await provider.createPayment({
          paymentId,
          orderNumber: order.orderNumber,
          amount: order.total,
          description: `OrderZone ${order.orderNumber}`,
          shopper,
          returnUrl,
          notifyUrl: notifyUrl(provider.name),
          pageUrl: pageUrl(provider.name, paymentId),
          createdAt: created,
          expiresAt,
        });
      } catch (error) {
        await records.advancePayment(paymentId, 'failed', { at: iso() });
        const retryable = !(error instanceof PaymentProviderError) || error.retryable;
        throw new OrderZoneError('server', `The payment could not be started at ${provider.name}: ${(error as Error).message}`, {
          details: { provider: provider.name, retryable, ...(error instanceof PaymentProviderError && error.providerCode ? { providerCode: error.providerCode } : {}) },
          cause: error,
        });
      }
      await records.updatePayment(paymentId, { reference: answer.reference, action: answer.action, data: answer.data ?? {}, updatedAt: iso() });
      await records.advancePayment(paymentId, 'pending', { at: iso() });
      return { paymentId, provider: provider.name, action: answer.action, expiresAt: expiresAt.toISOString() };
    },
  };
}
