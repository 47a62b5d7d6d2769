/**
 * `createOrderZone()`: a zone with the cart's code there from the start, so `zone.cart`'s methods
 * answer at once. In a module of its own, apart from the zone's assembly (`order-zone.ts`), so a
 * bundle that only makes zones with `createLightOrderZone()` does not take the cart's code in with it.
 *
 * @module
 */
import { createCart } from '../cart/cart.ts';
import { createZone, type OrderZone, type OrderZoneConfig } from './order-zone.ts';

/**
 * Creates a zone. Throws `OrderZoneError('config')` with a specific message for a missing or
 * incomplete adapter, an unknown currency, an invalid shop id, an incomplete storage or a
 * malformed locale.
 */
export function createOrderZone(config: OrderZoneConfig): OrderZone {
  return createZone(config, (options) => {
    const cart = createCart(options);
    return { cart, loaded: true, load: () => Promise.resolve(cart) };
  });
}
