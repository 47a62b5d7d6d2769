/**
 * The filter panel of `<product-picker>`, rendered the first time it is shown (issue 16): until the
 * shopper opens it (or the picker is wide enough to show it beside the results) it is not in the
 * DOM, and its code and styles (`catalog-filters.ts`) are a chunk loaded then. Once rendered it stays, hidden
 * when closed, so what the shopper typed in it is kept. Opened by the shopper, it takes the focus
 * on its first field: it is not next to its button in the tab order.
 *
 * @module
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import type { CatalogFiltersProps } from './catalog-filters.ts';
import { joinStyles } from '../../styles/joined-styles.ts';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Renders the filter panel once it has been shown, loading its code the first time. */
export class FilterPanelController implements ReactiveController {
  private readonly host: Host;
  private module: typeof import('./catalog-filters.ts') | undefined;
  /** The panel's code on its way (until it fails). */
  private loading: Promise<void> | undefined;
  /** The panel has been shown once: from then on it is rendered (hidden while closed). */
  private wanted = false;
  /** Whether it was shown at the last render. */
  private shown = false;
  /** The shopper opened it: its first field takes the focus once it is there. */
  private focusPending = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /**
   * Whether the panel is in the DOM at a render where it is `shown` (or not): it has been (or is now)
   * shown and its code is here. Its toggle names it (`aria-controls`) only then: while the code is
   * on its way there is no panel to name.
   */
  isRendered(shown: boolean): boolean {
    return (this.wanted || shown) && this.module !== undefined;
  }

  /**
   * The panel, or nothing while it has never been shown (or its code is on its way).
   * `shown`: whether it shows now; `openedByShopper`: the shopper's choice is to show it.
   */
  render(shown: boolean, openedByShopper: boolean, props: () => CatalogFiltersProps, i18n: LocaleController): TemplateResult | typeof nothing {
    if (shown && !this.shown && openedByShopper) this.focusPending = true;
    if (!shown) this.focusPending = false;
    this.shown = shown;
    if (shown) this.wanted = true;
    if (!this.wanted) return nothing;
    if (this.module) return this.module.renderCatalogFilters(props(), i18n);
    this.load();
    return nothing;
  }

  private load(): void {
    this.loading ||= import('./catalog-filters.ts').then(
      (module) => {
        // Its styles join the picker's before it is first drawn.
        joinStyles(this.host.renderRoot, [module.catalogFiltersStyles]);
        this.module = module;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        console.error('OrderZone: could not load the filter panel code', error);
      },
    );
  }

  hostUpdated(): void {
    if (!this.focusPending || !this.module) return;
    this.focusPending = false;
    this.host.renderRoot.querySelector<HTMLElement>('#filters input')?.focus();
  }
}
