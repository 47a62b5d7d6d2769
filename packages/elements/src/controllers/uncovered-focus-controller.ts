/**
 * The controller that keeps every control focused inside an OrderZone element clear of the page's
 * sticky header. What it measures and scrolls (`uncovered-focus.ts`) is a chunk of its own (issue
 * 16): loaded once the page is idle after the first paint, and at the latest with the first focus,
 * which it then looks after as soon as it is here.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

let loading: Promise<typeof import('./uncovered-focus.ts')> | undefined;

/** Loads what measures and scrolls below the page's sticky header (once; a failed load is tried again on the next call). */
export function loadUncoveredFocus(): Promise<typeof import('./uncovered-focus.ts')> {
  loading ||= import('./uncovered-focus.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let preloading = false;

/** Loads it once the page is idle, so the first focus finds it here. */
function preloadWhenIdle(): void {
  if (preloading) return;
  preloading = true;
  const load = (): void => void loadUncoveredFocus().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 200);
}

/**
 * A controller that keeps every control focused inside its host (by Tab, a click on an error
 * link, or a script) clear of the page's sticky header: after the browser's own scroll, a control
 * still covered is scrolled just below the cover.
 */
export class UncoveredFocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment };
  private listening: EventTarget | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // On the shadow root: a move of focus inside it never reaches the host (to the page, the host
    // had focus before and after).
    this.listening = this.host.renderRoot ?? this.host.shadowRoot ?? this.host;
    this.listening.addEventListener('focusin', this.onFocusIn as EventListener);
    preloadWhenIdle();
  }

  hostDisconnected(): void {
    this.listening?.removeEventListener('focusin', this.onFocusIn as EventListener);
    this.listening = undefined;
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    // The browser scrolls a focused element into view after the focus events: look after that.
    setTimeout(() => {
      loadUncoveredFocus().then(
        ({ revealBelowCover }) => {
          if (target.isConnected && target.matches(':focus')) revealBelowCover(target);
        },
        (error: unknown) => console.warn('OrderZone: could not load the sticky-header check', error),
      );
    }, 0);
  };
}
