/**
 * Styles that join an element's own after its first render: those of a part whose code loads on
 * demand (issue 16), added to the element's shadow root when that code arrives, after the styles it
 * already has, so the part looks as it would with its styles among the element's `static styles`.
 *
 * @module
 */
import type { CSSResult } from 'lit';

/** Adds `styles` to the shadow root `root` (once each; constructed sheets: nothing inline, CSP-safe). */
export function joinStyles(root: Node, styles: readonly CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet))];
}
