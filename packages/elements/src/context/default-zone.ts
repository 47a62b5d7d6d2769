/**
 * The page's default zone, used by an element that is not inside an `<order-zone>` and was given no
 * `zone` property. Created on first use from the configuration passed to {@link configure} (or the
 * embedded demo backend when none was given).
 *
 * @module
 */
import { createOrderZone, type OrderZone, type OrderZoneConfig } from '@orderzone/core';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';

let defaultConfig: Partial<OrderZoneConfig> = {};
let defaultZone: OrderZone | undefined;

/**
 * Sets the configuration of the page's default zone (adapter, shop id, currency, locale). Elements
 * already using the default zone keep the old one; call before they connect.
 */
export function configure(config: Partial<OrderZoneConfig>): void {
  defaultConfig = { ...defaultConfig, ...config };
  if (defaultZone) {
    defaultZone.dispose();
    defaultZone = undefined;
  }
}

/** The page's default zone, created on first use. */
export function getDefaultZone(): OrderZone {
  if (!defaultZone) {
    const shopId = defaultConfig.shopId ?? 'default';
    defaultZone = createOrderZone({
      ...defaultConfig,
      shopId,
      adapter: defaultConfig.adapter ?? createEmbeddedBackend({ shopId }),
    });
  }
  return defaultZone;
}

/** Forgets the default zone (tests). */
export function resetDefaultZone(): void {
  defaultZone?.dispose();
  defaultZone = undefined;
  defaultConfig = {};
}
