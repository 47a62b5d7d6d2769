/**
 * A zone whose cart's code loads on demand, as `createLightOrderZone()` makes it, except that the
 * code arrives only when the test says so: to see what happens before it is here.
 *
 * @module
 */
import { createCartOnDemand } from '../cart/cart-on-demand.ts';
import { createZone, type OrderZone, type OrderZoneConfig } from '../zone/order-zone.ts';

/** The zone, and the test's hands on its cart's code: `release()` lets it arrive, `fail()` makes its fetch fail. */
export interface HeldBackCartZone {
  zone: OrderZone;
  release(): void;
  fail(): void;
  /** How many times the cart's code was asked for. */
  fetches(): number;
}

/** A light zone whose cart's code is held back until `release()` (each fetch waits for its own release or failure). */
export function zoneWithHeldBackCart(config: OrderZoneConfig): HeldBackCartZone {
  let fetches = 0;
  let release = (): void => undefined;
  let fail = (): void => undefined;
  const zone = createZone(config, (options) =>
    createCartOnDemand({
      ...options,
      loadCode: () => {
        fetches += 1;
        return new Promise((resolve, reject) => {
          release = () => resolve(import('../cart/cart.ts'));
          fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
        });
      },
    }),
  );
  return { zone, release: () => release(), fail: () => fail(), fetches: () => fetches };
}
