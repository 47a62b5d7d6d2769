/**
 * The core zone `<order-zone>` creates from its attributes when it is given none: made again only
 * when its configuration changes, and the configuration error instead of a zone when it is wrong.
 *
 * @module
 */
import { toOrderZoneError, type BackendAdapter, type KeyValueStorage, type OrderZone, type OrderZoneError } from '@orderzone/core';
import { createLightOrderZone } from '@orderzone/core/light-zone';
import { configured } from '../../context/default-zone.ts';
import { createLazyEmbeddedBackend } from '../../context/lazy-embedded-backend.ts';
import { createLazyRestAdapter } from '../../context/lazy-rest-adapter.ts';

/** What the owned zone is made from: the element's attributes and properties. */
export interface OwnedZoneConfig {
  currency: string;
  api: string | undefined;
  shop: string;
  locale: string | undefined;
  adapter: BackendAdapter | undefined;
  storage: KeyValueStorage | undefined;
}

/** The zone an element owns (or the error its configuration gave), kept while the configuration stays. */
export class OwnedZone {
  /** The zone made from the configuration, unless it was wrong. */
  zone: OrderZone | undefined;
  /** Why the configuration gave no zone. */
  error: OrderZoneError | undefined;
  /** The configuration the zone (or the error) was made from. */
  private key = '';
  private adapter: BackendAdapter | undefined;
  private storage: KeyValueStorage | undefined;

  /**
   * Makes the zone again if `config` differs from the one it was made from. Without an adapter or
   * `api` of its own, the zone uses the adapter given to `configure()`; without either, the embedded
   * demo backend.
   */
  sync(config: OwnedZoneConfig, locale: () => string): void {
    const wanted = config.adapter ?? (config.api ? undefined : configured().adapter);
    const key = JSON.stringify([config.currency, config.api ?? null, config.shop, config.locale ? null : (configured().locale ?? null)]);
    const sameAdapter = this.adapter === wanted && this.storage === config.storage;
    if ((this.zone || this.error) && key === this.key && sameAdapter) return;
    this.zone?.dispose();
    this.zone = undefined;
    this.key = key;
    this.adapter = wanted;
    this.storage = config.storage;
    try {
      const adapter = wanted ?? (config.api ? createLazyRestAdapter({ baseUrl: config.api }) : createLazyEmbeddedBackend(config.shop));
      this.zone = createLightOrderZone({
        adapter,
        shopId: config.shop,
        currency: config.currency,
        locale: locale(),
        ...(config.storage ? { storage: config.storage } : {}),
      });
      this.error = undefined;
    } catch (error) {
      this.error = toOrderZoneError(error);
    }
  }

  /** Disposes of the zone and forgets its configuration (the `zone` property is used instead, or the element left the page). */
  drop(): void {
    this.zone?.dispose();
    this.zone = undefined;
    this.key = '';
  }
}
