/**
 * The "Demo: no real orders or payments" marker: shown by an `<order-zone>` and by a standalone
 * element whose zone runs on the demo backend OrderZone fell back to (no `api`, no adapter), so a
 * merchant who forgot or misspelled `api` sees it. A small line in the flow of the element, above
 * its content, covering nothing; styled by `--oz-demo-marker-bg`, `--oz-demo-marker-text` and
 * `::part(demo-marker)` (its styles are in the shared controls).
 *
 * @module
 */
import { html, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The marker's template (text `demo.marker`). */
export function renderDemoMarker(t: Translate): TemplateResult {
  return html`<p class="demo-marker" part="demo-marker" data-demo-marker>${t('demo.marker')}</p>`;
}

/**
 * Puts the marker at the top of a host's shadow root, outside its own template, after every update
 * while `shown()` says so, and removes it otherwise.
 */
export class DemoMarkerController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly shown: () => boolean;
  private readonly t: Translate;
  private box: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, shown: () => boolean, t: Translate) {
    this.host = host;
    this.shown = shown;
    this.t = t;
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || !this.shown()) {
      this.box?.remove();
      this.box = undefined;
      return;
    }
    this.box ??= document.createElement('div');
    render(renderDemoMarker(this.t), this.box);
    if (root.firstChild !== this.box) root.prepend(this.box);
  }
}
