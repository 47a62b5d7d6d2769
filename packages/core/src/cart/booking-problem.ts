/**
 * What a quote line says about its booking, in the cart's words. Kept apart from the cart so the
 * cart, the checkout and the quote comparison read a quote line's booking problem one way.
 *
 * @module
 */
import type { QuoteLine } from '../order/order-schema.ts';
import type { CartBookingProblem } from './cart-line.ts';

/**
 * The booking problem a quote line reports: `hold_expired` or `booking_unavailable`, else
 * `undefined` (no problem, or one that is not about the booking, such as `out_of_stock`).
 */
export function quoteBookingProblem(quoteLine: Pick<QuoteLine, 'problem'> | undefined): CartBookingProblem | undefined {
  const code = quoteLine?.problem?.code;
  return code === 'hold_expired' || code === 'booking_unavailable' ? code : undefined;
}
