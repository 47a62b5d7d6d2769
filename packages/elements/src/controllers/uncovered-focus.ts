/**
 * Keeps what OrderZone shows or focuses clear of what the host page fixes to the top of the window
 * (a sticky or fixed header): the browser scrolls a focused control just into view, which puts it
 * under such a header; the checkout's first wrong field, an error summary or a new view's heading
 * would then be hidden.
 *
 * The covered height is measured where it is needed: the bottom edge of the fixed or sticky boxes
 * found at the top of the window above the element (never the element's own ancestors, so a drawer
 * or dialog does not count). A page can set it instead with `--oz-scroll-margin-top` (a length), for
 * a header the measurement cannot see (one that slides in only while scrolling up).
 *
 * A chunk of its own in the script-tag bundle (issue 16): the elements' controller
 * (`uncovered-focus-controller.ts`) loads it once the page is idle after the first paint, or with
 * the first focus.
 *
 * @module
 */

/** Room left between the cover's edge and the element, in px. */
const GAP_PX = 12;

/** The element's parent across shadow roots (the host of a shadow root). */
function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return ((node as Element | Text).assignedSlot ?? null) || node.parentNode;
}

/** True when `ancestor` contains `node` across shadow roots and slots. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}

/** The box fixed or sticky to the window that `hit` belongs to, if any. */
function pinnedBox(hit: Element): Element | undefined {
  for (let current: Node | null = hit; current instanceof Element; current = composedParent(current)) {
    const position = getComputedStyle(current).position;
    if (position === 'fixed' || position === 'sticky') return current;
  }
  return undefined;
}

/** A length from `--oz-scroll-margin-top` set on or above `target`, in px; `undefined` when unset. */
function themedMargin(target: Element): number | undefined {
  const value = getComputedStyle(target).getPropertyValue('--oz-scroll-margin-top').trim();
  if (!value) return undefined;
  const probe = document.createElement('div');
  probe.style.cssText = `position:absolute;visibility:hidden;height:${value}`;
  (target.parentNode ?? document.body).appendChild(probe);
  const px = probe.getBoundingClientRect().height;
  probe.remove();
  return Number.isFinite(px) ? px : undefined;
}

/**
 * How many px at the top of the window are covered, above `target`, by the page's fixed or sticky
 * boxes (`--oz-scroll-margin-top` when set).
 */
export function coveredTop(target: Element): number {
  const themed = themedMargin(target);
  if (themed !== undefined) return themed;
  const rect = target.getBoundingClientRect();
  const xs = [rect.left + 1, (rect.left + rect.right) / 2, rect.right - 1].map((x) => Math.min(Math.max(x, 0), window.innerWidth - 1));
  let bottom = 0;
  for (const x of xs) {
    for (const hit of document.elementsFromPoint(x, 1)) {
      if (composedContains(hit, target)) break;
      const box = pinnedBox(hit);
      if (!box || composedContains(box, target)) continue;
      const boxRect = box.getBoundingClientRect();
      // A sticky box counts once it is stuck at the top (its top at or near the window's top).
      if (boxRect.top <= 1 && boxRect.bottom > bottom && boxRect.bottom < window.innerHeight / 2) bottom = boxRect.bottom;
      break;
    }
  }
  return bottom;
}

/**
 * Scrolls `target` into view below what covers the top of the window: `start` puts its top just
 * below the cover (a new view), `nearest` (default) scrolls only when it is covered or out of view.
 */
export function revealBelowCover(target: Element, block: 'start' | 'nearest' = 'nearest'): void {
  const cover = coveredTop(target);
  const rect = target.getBoundingClientRect();
  const hidden = rect.top < cover + (block === 'start' ? GAP_PX : 0) || rect.top >= window.innerHeight;
  if (block === 'nearest' && !hidden) return;
  const style = (target as HTMLElement).style;
  const before = style?.scrollMarginTop ?? '';
  if (style) style.scrollMarginTop = `${Math.round(cover + GAP_PX)}px`;
  target.scrollIntoView({ block: block === 'start' || rect.top < cover ? 'start' : 'nearest' });
  if (style) style.scrollMarginTop = before;
}
