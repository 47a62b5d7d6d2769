/**
 * The page's default zone, used by an element that is not inside an `<order-zone>` and was given no
 * `zone` property. Created on first use from the configuration passed to {@link configure} (or the
 * embedded demo backend when none was given, loaded on its first call).
 *
 * @module
 */
import type { OrderZone, OrderZoneConfig } from '@orderzone/core';
import { createLightOrderZone } from '@orderzone/core/light-zone';
import { createLazyEmbeddedBackend } from './lazy-embedded-backend.ts';
import { pageLocale } from '../i18n/page-locale.ts';

let defaultConfig: Partial<OrderZoneConfig> = {};
let defaultZone: OrderZone | undefined;
const listeners = new Set<() => void>();

/**
 * Sets the page-wide configuration (adapter, shop id, currency, locale): the page's default zone
 * uses all of it; an `<order-zone>` uses its adapter and locale when it has no `adapter`, `api` or
 * `locale` of its own. Elements already using the old configuration switch to the new one.
 */
export function configure(config: Partial<OrderZoneConfig>): void {
  defaultConfig = { ...defaultConfig, ...config };
  if (defaultZone) {
    defaultZone.dispose();
    defaultZone = undefined;
  }
  for (const listener of listeners) listener();
}

/** The configuration given to {@link configure} so far. */
export function configured(): Readonly<Partial<OrderZoneConfig>> {
  return defaultConfig;
}

/** Calls `listener` after every {@link configure}; returns the function that stops it. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The page's default zone, created on first use, with `createLightOrderZone()`: the cart's code loads on
 * demand, so `await zone.load('cart')` before changing its cart (its `$itemCount` is right at once).
 */
export function getDefaultZone(): OrderZone {
  if (!defaultZone) {
    const shopId = defaultConfig.shopId ?? 'default';
    defaultZone = createLightOrderZone({
      ...defaultConfig,
      shopId,
      // Unconfigured, the locale comes from <html lang>, then the browser (normalised).
      locale: defaultConfig.locale ?? pageLocale(),
      adapter: defaultConfig.adapter ?? createLazyEmbeddedBackend(shopId),
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
