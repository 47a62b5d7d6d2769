/**
 * Template parts every booking picker shows the same way.
 *
 * @module
 */
import { type OrderZoneError, type Translate } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, type TemplateResult } from 'lit';

/**
 * Availability that could not be loaded: what went wrong (`booking.load_failed` and the error's
 * message) with a retry button, announced as an alert. Part `error`.
 */
export function renderAvailabilityError(error: OrderZoneError, t: Translate, retry: () => void): TemplateResult {
  return html`<div class="error-state" part="error" role="alert">
    <p>${t('booking.load_failed')} ${describeError(error, t)}</p>
    <button type="button" class="button retry" @click=${retry}>${t('common.retry')}</button>
  </div>`;
}
