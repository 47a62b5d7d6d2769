/**
 * How a building block shows the cart or the checkout: it asks with a cancelable `oz-navigate`
 * (an enclosing `<order-zone>` shows the view and cancels it; so can the merchant's own router);
 * when nobody does, the page's own drawer and dialogs show it (`page-dialogs/`, fetched on first
 * use, so a page that never opens them never downloads them).
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';
import { emit } from '../events/events.ts';

/** The views a building block opens. */
export type PageView = 'cart' | 'checkout';

/** Shows `view` for `zone`, opened from `opener` (focus returns there when it closes). */
export function navigateFrom(opener: HTMLElement, zone: OrderZone, view: PageView): void {
  if (!emit(opener, 'oz-navigate', { view })) return;
  void import('../parts/page-dialogs/page-dialogs.ts').then(
    ({ showPageView }) => showPageView(zone, view, opener),
    (error: unknown) => console.error('OrderZone: could not load the', view, error),
  );
}
