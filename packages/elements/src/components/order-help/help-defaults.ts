/**
 * The page's help content: what every `<order-help>` without a `config` of its own shows, including
 * those other elements place in their shadow roots (`<order-zone>`'s order views).
 *
 * @module
 */
import type { HelpConfig } from './help-config.ts';

let pageHelp: HelpConfig | string | undefined;
const listeners = new Set<() => void>();

/**
 * Sets the help content (FAQ entries and contact channels) for every `<order-help>` on the page that
 * has no `config` of its own, e.g. the ones `<order-zone>` shows where a shopper gets stuck. Accepts
 * the object or JSON text; it is checked by each element, which names bad entries in the console.
 * Elements already on the page pick the change up at once.
 */
export function configureHelp(config: HelpConfig | string | undefined): void {
  pageHelp = config;
  for (const listener of listeners) listener();
}

/** The help content given to {@link configureHelp}, if any. */
export function pageHelpConfig(): HelpConfig | string | undefined {
  return pageHelp;
}

/** Calls `listener` after every {@link configureHelp}; returns the function that stops it. */
export function onHelpConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
