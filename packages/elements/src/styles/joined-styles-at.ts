/**
 * Styles that join an element's own after its first render at a place of their own in its cascade:
 * the positional variant of `joinStyles` (`joined-styles.ts`), for an element whose parts loaded on
 * demand must sit among its `static styles`, where a static list would have them (`<order-detail>`'s
 * action forms and live payment step). A module apart so that the first paint, which holds
 * `joinStyles`, does not carry it.
 *
 * @module
 */
import type { CSSResult } from 'lit';

/**
 * Adds `styles` to the shadow root `root` (once each; constructed sheets: nothing inline, CSP-safe)
 * right before `before` when the root has it, else after every style it has. Styles another part
 * joined since (`joinStyles`, appended) stay after them.
 */
export function joinStylesAt(root: Node, styles: readonly CSSResult[], before: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = [...root.adoptedStyleSheets];
  const at = sheets.indexOf(before.styleSheet!);
  sheets.splice(at < 0 ? Infinity : at, 0, ...styles.map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined && !sheets.includes(sheet)));
  root.adoptedStyleSheets = sheets;
}
