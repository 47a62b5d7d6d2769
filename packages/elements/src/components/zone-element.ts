/**
 * The base class of OrderZone elements: finds the element's zone (property, `<order-zone>` context
 * or the page default), keeps a translator for its locale, and re-renders when the zone's locale
 * changes. Subclasses subscribe to the zone's stores in `zoneChanged()`.
 *
 * An element that needs parts of the zone loaded on demand (the checkout, bookings, account) names
 * them to the constructor: it loads them, renders only once they are there, and shows what went
 * wrong (with "Try again") if their code cannot be fetched.
 *
 * @module
 */
import { OrderZoneError, toOrderZoneError, type LoadedZone, type OrderZone, type ZonePart } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, LitElement, render, type PropertyValues } from 'lit';
import { property } from './property-decorators.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import type { ElementMessages } from '../i18n/language-messages.ts';
import { StoreController } from '../controllers/store-controller.ts';
import { UncoveredFocusController } from '../controllers/uncovered-focus-controller.ts';
import { ZoneController } from '../controllers/zone-controller.ts';
import { emit } from '../events/events.ts';
import { runsDemoBackend } from '../context/lazy-embedded-backend.ts';
import { DemoMarkerController } from '../parts/demo-marker/demo-marker.ts';
import { warnObjectAttributes } from './object-attributes.ts';
import { tagName } from './tag-names.ts';

/** The values of the `theme` attribute. */
export type Theme = 'light' | 'dark' | 'auto';

/** The base class of OrderZone elements: finds the element's zone, keeps a translator for its locale, re-renders when the locale changes, and loads the zone parts it names before it renders. */
export abstract class ZoneElement<P extends ZonePart = never> extends LitElement {
  /**
   * False for the building blocks (a price, a button on a merchant's page): standing alone on the
   * demo backend they show no "Demo" marker of their own; the cart drawer and the checkout they
   * open say it where orders are placed.
   */
  protected static showsDemoMarker = true;

  /** The zone to use; by default the enclosing `<order-zone>`'s or the page's default zone. */
  @property({ attribute: false }) zone?: OrderZone;

  /** Overrides the zone's locale for this element (`zh-CN`, `en-US`...). */
  @property({ reflect: true }) locale?: string;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the shopper's system preference). Without it the
   * element follows its nearest themed ancestor, else what the page declares (`color-scheme` on the
   * root element or `<meta name="color-scheme">`): light when the page declares nothing.
   * OrderZone elements inside follow it.
   */
  @property({ reflect: true }) theme?: Theme;

  protected readonly zoneController: ZoneController;
  protected readonly i18n: LocaleController;
  private readonly localeStore = new StoreController<string>(this);
  private readonly parts: readonly P[];
  /** The zone whose parts are loaded and given to `zoneChanged()`; rendering waits for it. */
  private readyFor: OrderZone | undefined;
  /** The changes held back while the element's first language loads (property → its old value). */
  private heldChanges: Map<PropertyKey, unknown> | undefined;
  /** Where the "could not load" problem is rendered, outside the element's own template. */
  private problemBox: HTMLElement | undefined;

  /**
   * `messages`: the element's catalogs, later ones winning (`[...flowMessages, its own]` for an
   * element loaded on demand); `parts`: the parts of the zone this element needs loaded before it renders.
   */
  constructor(messages: ElementMessages | readonly ElementMessages[], parts: readonly P[] = []) {
    super();
    this.parts = parts;
    this.zoneController = new ZoneController(this, (zone) => {
      this.localeStore.setStore(zone.$locale);
      this.readyFor = undefined;
      if (this.parts.every((part) => zone.isLoaded(part))) this.partsLoaded(zone);
      else void this.loadParts(zone);
    });
    this.i18n = new LocaleController(this, messages, () => this.locale ?? this.localeStore.value);
    // A focused control (a wrong field, an error summary's link) never stays under the page's sticky header.
    new UncoveredFocusController(this);
    // Standing alone on the demo backend OrderZone fell back to: say so (inside an <order-zone>, or
    // inside another OrderZone element, that one says it).
    new DemoMarkerController(
      this,
      () => (this.constructor as typeof ZoneElement).showsDemoMarker && this.zoneController.fromPageDefault && runsDemoBackend(this.activeZone) && !insideOrderZoneElement(this),
      this.i18n.t,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warnObjectAttributes(this, ['zone']);
  }

  /** The message `key` in the element's language, `params` filled in (plural variants by `count`). */
  protected t(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** The zone in use. */
  protected get activeZone(): OrderZone {
    return this.zoneController.zone;
  }

  /**
   * The zone in use with this element's parts. Use it from rendering and event handlers: both run
   * only once the parts are loaded. Throws `OrderZoneError('config')` if called before.
   */
  protected get readyZone(): LoadedZone<P> {
    const zone = this.activeZone;
    if (zone !== this.readyFor) {
      throw new OrderZoneError('config', `<${this.localName}> used its zone before its ${this.parts.join(', ')} loaded.`);
    }
    return zone as LoadedZone<P>;
  }

  /** The zone in use once its parts are loaded, else `undefined` (for controllers that may run before). */
  protected get loadedZone(): LoadedZone<P> | undefined {
    return this.activeZone === this.readyFor ? (this.activeZone as LoadedZone<P>) : undefined;
  }

  /** Called when the element gets a (new) zone, its parts loaded; subscribe to its stores here. */
  protected abstract zoneChanged(zone: LoadedZone<P>): void;

  /**
   * Renders only with the zone's parts and its language's messages loaded (at once when they already
   * are). The changes that arrive while the messages load are given to the first render.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.zoneController.refresh();
    if (!this.i18n.hasText) {
      this.heldChanges = new Map([...changed, ...(this.heldChanges ?? [])]);
      return false;
    }
    if (this.heldChanges) {
      for (const [name, old] of this.heldChanges) if (!changed.has(name)) changed.set(name, old);
      this.heldChanges = undefined;
    }
    return this.readyFor === this.activeZone && super.shouldUpdate(changed);
  }

  /** Also waits for the messages of the element's language when they are still loading, and the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.i18n.settled(() => super.getUpdateComplete());
  }

  private partsLoaded(zone: OrderZone): void {
    this.readyFor = zone;
    this.showProblem(undefined);
    this.zoneChanged(zone as LoadedZone<P>);
  }

  private async loadParts(zone: OrderZone): Promise<void> {
    this.showProblem(undefined);
    try {
      await zone.load(...this.parts);
    } catch (error) {
      if (this.activeZone === zone) this.showProblem(toOrderZoneError(error));
      return;
    }
    if (this.activeZone !== zone || this.readyFor === zone) return;
    this.partsLoaded(zone);
    this.requestUpdate();
  }

  /** Shows (or with `undefined` removes) why the parts could not load, with "Try again". */
  private showProblem(error: OrderZoneError | undefined): void {
    if (!error) {
      this.problemBox?.remove();
      this.problemBox = undefined;
      return;
    }
    const message = this.reportError(error);
    this.problemBox ??= document.createElement('div');
    const t = this.i18n.t;
    render(
      html`<div class="load-problem" part="error" role="alert">
        <p>${message}</p>
        <button type="button" class="button primary" @click=${() => void this.loadParts(this.activeZone)}>${t('common.retry')}</button>
      </div>`,
      this.problemBox,
    );
    this.renderRoot.append(this.problemBox);
  }

  /** Shows nothing itself: dispatches `oz-error` with the translated sentence and returns it. */
  protected reportError(error: OrderZoneError): string {
    const message = describeError(error, this.i18n.t);
    emit(this, 'oz-error', { error, message });
    return message;
  }
}

/** True when `el` is rendered by another OrderZone element (in its shadow root, at any depth). */
function insideOrderZoneElement(el: Element): boolean {
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (root.host instanceof ZoneElement || root.host.localName === tagName('order-zone')) return true;
  }
  return false;
}
