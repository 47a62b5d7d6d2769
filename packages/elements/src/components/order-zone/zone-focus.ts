/**
 * Where `<order-zone>` moves focus when it shows another view: to the new view's heading once it is
 * drawn, after the cart drawer has closed when a navigation closed it; to the cart button when the
 * drawer closes by itself (Escape, its Close button).
 *
 * @module
 */
import type { OrderZone } from '@orderzone/core';
import type { LitElement } from 'lit';
import { loadUncoveredFocus } from '../../controllers/uncovered-focus-controller.ts';
import { tagName } from '../tag-names.ts';
import { cartButtonIn } from './cart-drawer.ts';
import { loadView } from './zone-loading.ts';
import type { ZonePage } from './zone-route.ts';

/** What the focus moves read from `<order-zone>`. */
export interface ViewFocusHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly activeZone: OrderZone | undefined;
}

/** The focus moves of `<order-zone>` between its views and its cart drawer. */
export class ViewFocus {
  /** Set when the view changed so focus moves to the new view's heading. */
  pending = false;
  /** Set while the cart drawer closes because of a navigation. */
  private drawerClosing = false;
  /** Counts page navigations, so a late focus move never undoes a newer one. */
  private navigations = 0;

  constructor(
    private readonly host: ViewFocusHost,
    private readonly page: () => ZonePage,
  ) {}

  /** A navigation to another page; `closesDrawer`: it closes the open cart drawer; `focus`: focus moves to the page's heading. */
  navigating(closesDrawer: boolean, focus: boolean): void {
    if (closesDrawer) this.drawerClosing = true;
    this.navigations += 1;
    this.pending = focus;
  }

  /** After a render: a pending move to a new page's heading, unless the drawer is open or still closing. */
  updated(viewChanged: boolean, drawerOpen: boolean): void {
    if (viewChanged && this.pending && !drawerOpen && !this.drawerClosing) {
      this.pending = false;
      void this.toView();
    }
  }

  /** The drawer closed (Escape, its Close button, or a navigation from inside it). */
  drawerClosed(): void {
    const moveToView = this.drawerClosing;
    this.drawerClosing = false;
    const navigations = this.navigations;
    // After the panel has returned focus to its opener; unless the shopper has moved on since.
    setTimeout(() => {
      if (navigations !== this.navigations) return;
      if (moveToView) {
        this.pending = false;
        void this.toView();
      } else {
        cartButtonIn(this.host.renderRoot)?.focus();
      }
    }, 0);
  }

  /** Moves focus to the main heading of the current view, so keyboard and screen-reader users land there. */
  private async toView(): Promise<void> {
    const host = this.host;
    await host.updateComplete;
    const child = host.renderRoot.querySelector<HTMLElement>(`[data-view="${this.page()}"]`);
    if (!child) return;
    const navigations = this.navigations;
    await loadView(this.page(), host.activeZone);
    if (navigations !== this.navigations) return;
    await (child as Partial<LitElement>).updateComplete;
    // What measures the page's sticky header (loaded after the first paint; here by now, as a rule).
    const revealBelowCover = await loadUncoveredFocus().then((module) => module.revealBelowCover, () => undefined);
    if (navigations !== this.navigations) return;
    const root = child.shadowRoot;
    let heading = root?.querySelector<HTMLElement>('h1[tabindex="-1"], h2[tabindex="-1"]') ?? root?.querySelector<HTMLElement>('h1, h2') ?? null;
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading ??= host.renderRoot.querySelector<HTMLElement>('.view');
    // Without that code (it could not load), the browser's own scroll to the focused heading.
    heading?.focus({ preventScroll: revealBelowCover !== undefined });
    if (!revealBelowCover) return;
    // The zone's top (its header) in view, below the page's own sticky header if it has one.
    if (host.getBoundingClientRect().top < 0 || (heading ?? child).getBoundingClientRect().bottom > window.innerHeight) revealBelowCover(host, 'start');
    else revealBelowCover(heading ?? child);
  }
}

/** "Skip to products": past the header, categories and filters, to the first product. */
export function focusProducts(root: ParentNode): void {
  const picker = root.querySelector<HTMLElement & { focusResults?: () => void }>(tagName('product-picker'));
  picker?.focusResults?.();
}
