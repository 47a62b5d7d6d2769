/**
 * The base class of OrderZone elements: finds the element's zone (property, `<order-zone>` context
 * or the page default), keeps a translator for its locale, and re-renders when the zone's locale
 * changes. Subclasses subscribe to the zone's stores in `zoneChanged()`.
 *
 * @module
 */
import type { MessageCatalogs, OrderZone, OrderZoneError } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { StoreController } from '../controllers/store-controller.ts';
import { ZoneController } from '../controllers/zone-controller.ts';
import { emit } from '../events/events.ts';

/** The values of the `theme` attribute. */
export type Theme = 'light' | 'dark' | 'auto';

export abstract class ZoneElement extends LitElement {
  /** The zone to use; by default the enclosing `<order-zone>`'s or the page's default zone. */
  @property({ attribute: false }) zone?: OrderZone;

  /** Overrides the zone's locale for this element (`zh-CN`, `en-US`...). */
  @property({ reflect: true }) locale?: string;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the default: the nearest themed ancestor, else the
   * system's `prefers-color-scheme`). OrderZone elements inside follow it.
   */
  @property({ reflect: true }) theme?: Theme;

  protected readonly zoneController: ZoneController;
  protected readonly i18n: LocaleController;
  private readonly localeStore = new StoreController<string>(this);

  constructor(messages: MessageCatalogs) {
    super();
    this.zoneController = new ZoneController(this, (zone) => {
      this.localeStore.setStore(zone.$locale);
      this.zoneChanged(zone);
    });
    this.i18n = new LocaleController(this, messages, () => this.locale ?? this.localeStore.value);
  }

  /** The zone in use. */
  protected get activeZone(): OrderZone {
    return this.zoneController.zone;
  }

  /** Called when the element gets a (new) zone; subscribe to its stores here. */
  protected abstract zoneChanged(zone: OrderZone): void;

  /** Shows nothing itself: dispatches `oz-error` with the translated sentence and returns it. */
  protected reportError(error: OrderZoneError): string {
    const message = describeError(error, this.i18n.t);
    emit(this, 'oz-error', { error, message });
    return message;
  }
}
