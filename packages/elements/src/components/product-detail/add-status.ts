/**
 * What `<product-detail>`'s last "Add to cart" said, and the status and alert regions under the
 * buy row that say it: a success or a notice politely, a problem as an alert.
 *
 * Parts: `status`.
 *
 * @module
 */
import type { Translate } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';

/** What the last "Add to cart" said, re-translated on every render so a locale switch applies. */
export type AddStatus = { kind: 'added' | 'notice' | 'error'; text: (t: Translate) => string };

/** The status and alert regions under the buy row. */
export function renderAddStatus(status: AddStatus | undefined, t: Translate): TemplateResult {
  return html`<div class="status-region" role="status" aria-live="polite">
      ${status && status.kind !== 'error' ? html`<p class="status ${status.kind}" part="status">${status.text(t)}</p>` : nothing}
    </div>
    <div class="alert-region" role="alert">
      ${status?.kind === 'error' ? html`<p class="status error" part="status">${status.text(t)}</p>` : nothing}
    </div>`;
}
