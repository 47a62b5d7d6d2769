/**
 * When `<order-zone>` loads what it shows: a view's element with the zone's parts it needs, and work
 * held back until after the first screen.
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';
import type { ZoneView } from '../../events/events.ts';
import { loadElement } from '../lazy-elements.ts';
import { VIEW_PARTS, VIEW_TAGS } from './zone-views.ts';

/**
 * Loads the element of `view` if it is registered lazily, and starts loading the zone's parts it
 * needs at the same time. A failed load is reported, never thrown (the element shows a failed part
 * itself, with "Try again").
 */
export function loadView(view: ZoneView, zone: OrderZone | undefined): Promise<void> {
  const parts = VIEW_PARTS[view];
  if (zone && parts) void zone.load(...parts).catch(() => undefined);
  return loadElement(VIEW_TAGS[view]).catch((error: unknown) => console.error('OrderZone: could not load', VIEW_TAGS[view], error));
}

/** How long the first screen may take before what follows it loads anyway, in ms. */
const FIRST_SCREEN_MS = 3000;

/**
 * Runs `task` after the first screen: once the zone's catalog has answered (or after
 * {@link FIRST_SCREEN_MS} for a page that shows no catalog) and the page is idle, so it never
 * competes with what the first paint needs. Returns a function that cancels it.
 */
export function afterFirstScreen(zone: OrderZone, task: () => void): () => void {
  let waiting = true;
  let cancelled = false;
  const idle = (): void => {
    if (!waiting) return;
    waiting = false;
    stop();
    clearTimeout(timer);
    const run = (): void => {
      if (!cancelled) task();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  };
  const timer = setTimeout(idle, FIRST_SCREEN_MS);
  const stop = zone.catalog.$categories.subscribe((state) => {
    if (state.status === 'ready' || state.status === 'error') queueMicrotask(idle);
  });
  return () => {
    cancelled = true;
    waiting = false;
    stop();
    clearTimeout(timer);
  };
}
