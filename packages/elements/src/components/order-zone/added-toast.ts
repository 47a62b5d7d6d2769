/**
 * `<order-zone>`'s "Added to cart" notice: shown where it does not cover what the shopper just
 * used, kept while it has the shopper's focus or pointer, and hidden after a while. A chunk of its
 * own with its styles, loaded after the first paint or with the first add (`zone-toast.ts`).
 *
 * @module
 */
import type { Translate } from '@orderzone/core';
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { closeGlyph } from '../../icons/glyph-icons.ts';
import { joinStyles } from '../../styles/joined-styles.ts';
import { addedToastStyles } from './added-toast.styles.ts';

const TOAST_MS = 6000;

const checkIcon = svg`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d="M4.5 10.5l3.5 3.5 7.5-8"/></svg>`;

type ToastHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** Where the shopper last pressed a pointer in the zone (viewport coordinates); `undefined` after a key. */
export interface LastPointer {
  y: number;
  target: Element | undefined;
}

/** What the notice reads from the zone: "View cart", the cart button, where the shopper last pressed. */
export interface AddedToastOptions {
  viewCart: () => void;
  cartButton: () => HTMLElement | null;
  lastPointer: () => LastPointer | undefined;
}

/**
 * The "Added to cart" notice of a host element, with "View cart" and a close button. Its styles
 * join the host's when it is created.
 */
export class AddedToast implements ReactiveController {
  private visible = false;
  /** The toast shows at the top edge rather than the bottom (see `atTop`). */
  private top = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ToastHost,
    private readonly options: AddedToastOptions,
  ) {
    host.addController(this);
    joinStyles(host.renderRoot, [addedToastStyles]);
  }

  /** Whether the notice shows at the top edge of the window rather than the bottom. */
  get atTopEdge(): boolean {
    return this.top;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private set(visible: boolean, top = this.top): void {
    this.visible = visible;
    this.top = top;
    this.host.requestUpdate();
  }

  /** Shows the notice. */
  show(): void {
    this.set(true, this.atTop());
    this.scheduleHide();
    void this.host.updateComplete.then(() => this.keepClear());
  }

  /** Takes the notice away at once (another view replaces it). */
  clear(): void {
    clearTimeout(this.timer);
    if (this.visible) this.set(false);
  }

  /**
   * The toast shows at the bottom edge, or at the top when the shopper just acted in the lower half
   * of the window (where they pressed, else the control that has focus): "Add to cart" stays in
   * view, even as the page moves a little after it.
   */
  private atTop(): boolean {
    let at = this.options.lastPointer()?.y;
    if (at === undefined) {
      // The focused control, when focus is inside this zone (down through the shadow roots).
      let active: Element | null = document.activeElement;
      let inside = active === this.host || this.host.contains(active);
      while (active?.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
        inside ||= active === this.host;
      }
      const rect = inside ? active?.getBoundingClientRect() : undefined;
      at = rect && (rect.top + rect.bottom) / 2;
    }
    return at !== undefined && at > window.innerHeight / 2;
  }

  /** The control the shopper just used: the one pressed, else the focused one (down through shadow roots). */
  private usedControl(): Element | undefined {
    const pressed = this.options.lastPointer()?.target;
    if (pressed?.isConnected) return pressed.closest('button, input, select, textarea, a, label, [role]') ?? pressed;
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active && active !== document.body ? active : undefined;
  }

  /**
   * Once the toast is drawn: if it lies over the control the shopper just used (a short window, a
   * tall toast), it moves to the other edge, where it is clear of it.
   */
  private keepClear(): void {
    const toast = this.host.renderRoot.querySelector('.toast');
    const control = this.usedControl();
    if (!toast || !control) return;
    const a = toast.getBoundingClientRect();
    const b = control.getBoundingClientRect();
    const overlaps = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    if (overlaps) this.set(this.visible, !this.top);
  }

  private scheduleHide(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const toast = this.host.renderRoot.querySelector('.toast');
      // Never pull the notice away from under the shopper's keyboard focus or pointer.
      if (toast && (toast.contains(this.host.shadowRoot?.activeElement ?? null) || toast.matches(':hover'))) this.scheduleHide();
      else this.set(false);
    }, TOAST_MS);
  }

  private hide(): void {
    clearTimeout(this.timer);
    const hadFocus = this.host.renderRoot.querySelector('.toast')?.contains(this.host.shadowRoot?.activeElement ?? null);
    this.set(false);
    if (hadFocus) this.options.cartButton()?.focus();
  }

  private viewCart(): void {
    this.hide();
    this.options.viewCart();
  }

  /** The notice while it shows, else nothing; `zone-toast.ts` renders the live region around it. */
  render(t: Translate): TemplateResult | typeof nothing {
    return this.visible
      ? html`<div class="toast" part="toast" @focusout=${() => this.scheduleHide()}>
          <span class="toast-icon">${checkIcon}</span>
          <span class="toast-text">${t('zone.added')}</span>
          <button type="button" class="button toast-action" @click=${() => this.viewCart()}>${t('zone.view_cart')}</button>
          <button type="button" class="toast-close" aria-label=${t('zone.dismiss')} @click=${() => this.hide()}>${closeGlyph}</button>
        </div>`
      : nothing;
  }
}
