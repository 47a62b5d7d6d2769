/**
 * Gives an element its {@link OrderZone}: the element's own `zone` property if set, else the one
 * provided by an enclosing `<order-zone>` through context, else the page's default zone.
 *
 * @module
 */
import { ContextConsumer } from '@lit/context';
import type { OrderZone } from '@orderzone/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultZone, onConfigure } from '../context/default-zone.ts';
import { zoneContext } from '../context/zone-context.ts';

type Host = ReactiveControllerHost & HTMLElement & { zone?: OrderZone | undefined };

export class ZoneController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof zoneContext, Host>;
  private readonly onChange: (zone: OrderZone) => void;
  private current: OrderZone | undefined;
  private stopListening: (() => void) | undefined;

  /** `onChange` runs whenever the zone the host should use changes (first connection included). */
  constructor(host: Host, onChange: (zone: OrderZone) => void) {
    this.host = host;
    this.onChange = onChange;
    this.consumer = new ContextConsumer(host, { context: zoneContext, subscribe: true, callback: () => this.resolve() });
    host.addController(this);
  }

  /** The zone in use. */
  get zone(): OrderZone {
    return this.host.zone ?? this.consumer.value ?? getDefaultZone();
  }

  /** True when the zone in use is the page's default zone: no `zone` property, no enclosing `<order-zone>`. */
  get fromPageDefault(): boolean {
    return !this.host.zone && !this.consumer.value;
  }

  hostConnected(): void {
    // A `configure()` replaces the default zone: re-resolve on the next update.
    this.stopListening = onConfigure(() => this.host.requestUpdate());
    // Before its first update an element upgraded late (registered on demand, or a clone of a
    // template) still holds a `zone` set before the upgrade aside, until Lit restores it in that
    // update: resolve there (the host calls `refresh()`), never the page's default zone meanwhile.
    if ((this.host as { hasUpdated?: boolean }).hasUpdated !== false) this.resolve();
  }

  hostUpdate(): void {
    // Picks up a `zone` property set after connection.
    this.resolve();
  }

  /** Re-resolves the zone now (for a host that has not rendered yet, so gets no `hostUpdate`). */
  refresh(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.current = undefined;
  }

  private resolve(): void {
    if (!this.host.isConnected) return;
    const zone = this.zone;
    if (zone !== this.current) {
      this.current = zone;
      this.onChange(zone);
    }
  }
}
