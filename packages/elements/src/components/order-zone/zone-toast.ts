/**
 * `<order-zone>`'s "Added to cart" notice as the first paint carries it: its live region, and where
 * the shopper last pressed (so the notice, when it shows, keeps clear of what they used). The
 * notice's code and styles (`added-toast.ts`) are a chunk of their own (issue 16), loaded after the
 * first screen or as the shopper points at the zone, and at the latest with the first add, which
 * shows the notice as soon as they are here.
 *
 * @module
 */
import type { Translate } from '@orderzone/core';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AddedToast, AddedToastOptions, LastPointer } from './added-toast.ts';

type ToastHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** The "Added to cart" notice of a host element, its code loaded on demand. */
export class ZoneToast {
  private toast: AddedToast | undefined;
  private loading: Promise<void> | undefined;
  /** An add asked for the notice before its code was here. */
  private showPending = false;
  private lastPointer: LastPointer | undefined;

  constructor(
    private readonly host: ToastHost,
    private readonly options: Omit<AddedToastOptions, 'lastPointer'>,
  ) {
    // Where the shopper last acted: a pointer press, or (after a key) the focused control.
    host.addEventListener('pointerdown', (e) => {
      const target = e.composedPath()[0];
      this.lastPointer = { y: e.clientY, target: target instanceof Element ? target : undefined };
    });
    host.addEventListener('keydown', () => {
      this.lastPointer = undefined;
    });
  }

  /** Loads the notice's code and styles (once; a failed load is tried again on the next call). */
  load(): Promise<void> {
    this.loading ||= import('./added-toast.ts').then(
      ({ AddedToast }) => {
        this.toast ??= new AddedToast(this.host, { ...this.options, lastPointer: () => this.lastPointer });
        if (this.showPending) {
          this.showPending = false;
          this.toast.show();
        }
      },
      (error: unknown) => {
        this.loading = undefined;
        this.showPending = false;
        console.error('OrderZone: could not load the "Added to cart" notice', error);
      },
    );
    return this.loading;
  }

  /** Waits for the notice an add asked for before its code was here. */
  get settled(): Promise<void> {
    return this.showPending && this.loading ? this.loading : Promise.resolve();
  }

  /** Shows the notice: at once when its code is here, else as soon as it is. */
  show(): void {
    if (this.toast) {
      this.toast.show();
      return;
    }
    this.showPending = true;
    void this.load();
  }

  /** Takes the notice away at once (another view replaces it). */
  clear(): void {
    this.showPending = false;
    this.toast?.clear();
  }

  /** The live region, always in the page (so a notice inserted into it is announced), with the notice while it shows. */
  render(t: Translate): TemplateResult {
    return html`<div class="toast-region ${this.toast?.atTopEdge ? 'top' : ''}" role="status">${this.toast?.render(t)}</div>`;
  }
}
