/**
 * The browsing history of `<product-detail>`: each product shown is recorded on this device, which
 * is what recommendations go by.
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';

/** Adds the product to the browsing history on this device (what recommendations go by); fetched after the product shows. */
export function recordView(zone: OrderZone, productId: string): void {
  void import('@orderzone/core/recommendations').then(
    ({ recommendationsFor }) => recommendationsFor(zone).history.record(productId),
    () => undefined,
  );
}
