/**
 * The providers' pages served by the server (WeChat JSAPI's bridge, the simulated provider's
 * payment page), the notifications those pages send a moment later, and the demo console's
 * simulated payment.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { providerPayment } from './payment-records.ts';
import type { Payments } from './payments-api.ts';
import { htmlAnswer, type PaymentsContext } from './payments-context.ts';
import type { HandleNotification } from './payment-notifications.ts';
import type { SimulatedPaymentProvider } from './providers/simulated.ts';

/** The provider pages of the payments module over `ctx`. */
export function createProviderPages(ctx: PaymentsContext, handleNotification: HandleNotification): Pick<Payments, 'handlePage' | 'simulatePayment' | 'idle'> {
  const { records, byName, iso, notifyUrl, pageUrl, options, simulated } = ctx;
  const deliveries = new Set<Promise<unknown>>();

  return {
    async handlePage(providerName, paymentId, request) {
      const provider = byName.get(providerName);
      const payment = await records.payment(paymentId);
      if (!provider?.page || !payment || payment.provider !== provider.name || !payment.reference) return htmlAnswer(404, '页面不存在。· Not found.');
      const answer = await provider.page({
        method: request.method.toUpperCase(),
        url: new URL(request.url),
        ...(request.form ? { form: request.form } : {}),
        payment: {
          ...providerPayment(payment),
          status: payment.status,
          returnUrl: payment.returnUrl,
          notifyUrl: notifyUrl(provider.name),
          pageUrl: pageUrl(provider.name, payment.id),
          ...(payment.expiresAt ? { expiresAt: new Date(payment.expiresAt) } : {}),
        },
      });
      if (answer.data) await records.updatePayment(payment.id, { data: { ...((payment.data ?? {}) as Record<string, unknown>), ...answer.data }, updatedAt: iso() });
      if (answer.notification) {
        // The provider notifies a moment later, through the webhook path, as a real one would.
        const notification = answer.notification;
        const delivery = new Promise((resolve) => setTimeout(resolve, options.pageNotificationDelayMs ?? 500)).then(() => handleNotification(provider.name, notification));
        deliveries.add(delivery);
        void delivery.finally(() => deliveries.delete(delivery));
      }
      return { status: answer.status, headers: answer.headers, body: answer.body };
    },

    async simulatePayment(orderNumber, simulation = {}) {
      const provider = simulated as SimulatedPaymentProvider | undefined;
      if (!provider) throw new OrderZoneError('config', 'The simulated payment provider is not enabled.');
      const payment = (await records.paymentsOfOrder(orderNumber)).find((row) => row.provider === provider.name && row.reference);
      if (!payment?.reference) throw new OrderZoneError('not_found', `Order ${orderNumber} has no simulated payment.`);
      const notification = provider.simulate(payment.reference, { status: simulation.status ?? 'paid', ...(simulation.amount ? { amount: simulation.amount } : {}) });
      return handleNotification(provider.name, notification);
    },

    async idle() {
      while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
    },
  };
}
