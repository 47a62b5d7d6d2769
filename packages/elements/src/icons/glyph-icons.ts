/**
 * The glyphs of icon-only buttons (close, done) as inline SVG: drawn, not typed, so a button's
 * visible text is empty and its accessible name (`aria-label`) is its whole label. A typed "×" is
 * visible text that no name contains (axe `label-content-name-mismatch`). Each is 1em square in
 * `currentColor` and hidden from assistive technology. The quantity stepper's − and + are drawn
 * by its stylesheet instead (`quantity-stepper.styles.ts`): a long cart has two per line (issue 16).
 *
 * @module
 */
import { svg, type SVGTemplateResult } from 'lit';

const glyph = (path: string): SVGTemplateResult =>
  svg`<svg class="glyph" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false"><path d=${path} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`;

/** ×: closes or dismisses. */
export const closeGlyph = glyph('M3.5 3.5l9 9M12.5 3.5l-9 9');
/** ✓: done. */
export const checkGlyph = glyph('M3 8.5l3.2 3.2L13 4.8');

/** A shopping cart, 22 px, for cart buttons (`<order-zone>`'s header, `<cart-button>`). */
export const cartIcon: SVGTemplateResult = svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" d="M3 4h2l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2"/><circle cx="9.5" cy="20" r="1.3" fill="currentColor"/><circle cx="17.5" cy="20" r="1.3" fill="currentColor"/></svg>`;
