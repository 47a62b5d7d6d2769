/**
 * A zone whose cart's code, like the checkout's, is fetched on first use: for a page whose first
 * paint only browses (the `<order-zone>` script tag), so the cart's rules, stored-cart checks and
 * line keys are not part of it.
 *
 * @module
 */
import { createCartOnDemand } from '../cart/cart-on-demand.ts';
import { createZone, type OrderZone, type OrderZoneConfig } from './order-zone.ts';

/**
 * Creates a zone as `createOrderZone()` does (the same configuration and errors), except that the
 * cart's code is fetched on demand: `zone.cart`'s stores are there at once (`$itemCount` counts the
 * stored cart, for a badge; `$lines` is empty until the code is here), and its methods need
 * `await zone.load('cart')` first (loading any other part loads the cart too). A method called
 * before throws `OrderZoneError('config')` and starts fetching the code; `addBooking` waits for it.
 * `zone.load('cart')` rejects `OrderZoneError('network')` when the code cannot be fetched (nothing
 * is lost: the stored cart stays; call again to retry).
 *
 * @example
 * ```ts
 * const zone = createLightOrderZone({ adapter, shopId: 'tea-house' });
 * badge.textContent = String(zone.cart.$itemCount.get()); // the stored count, at once
 * const { cart } = await zone.load('cart');
 * cart.add({ product, variantId, quantity: 1 });
 * ```
 */
export function createLightOrderZone(config: OrderZoneConfig): OrderZone {
  return createZone(config, (options) => createCartOnDemand({ ...options, loadCode: () => import('../cart/cart.ts') }));
}
