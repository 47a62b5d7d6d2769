/**
 * `<order-lookup>`: a guest finds an order by its number and the phone or e-mail given at checkout.
 *
 * @module
 */
import { toOrderZoneError, type FieldError, type LoadedZone, type Order } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { checkOrderLookup } from '@orderzone/core/orders';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { loadElement } from '../lazy-elements.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderLookupMessages } from './order-lookup.messages.ts';
import { orderLookupStyles } from './order-lookup.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

/**
 * Order lookup for guests: an order number plus the phone number or e-mail used at checkout. A
 * match shows the order in an `<order-detail>` (live, with its actions); a wrong pair says "not
 * found" and keeps what was typed. The backend decides whether the pair matches. A mistyped order
 * number is caught on the page by its check character, before any request; the contact travels in
 * a request body, never in a URL. After too many wrong tries the backend refuses for a while, and
 * the element says how long to wait.
 *
 * @summary Find an order by order number and phone or e-mail, then show it.
 *
 * @fires oz-order-found - An order matched: `{ order }`.
 * @fires oz-error - The lookup failed for another reason than "not found" (offline...): `{ error, message }`.
 *
 * @csspart base - The whole element.
 * @csspart form - The lookup form.
 * @csspart submit-button - The "Find order" button.
 * @csspart error - The "not found" or failure message.
 * @csspart detail - The `<order-detail>` of the order found.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-order-lookup-max-width=760px] - Maximum width.
 * @cssprop [--oz-color-primary=#c2410c] - Accent: primary buttons, links, selection (dark scheme: #fb923c).
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
 * @cssprop [--oz-color-muted=#6b6460] - Secondary text (dark: #b5aea9).
 * @cssprop [--oz-color-border=#e2ddd8] - Borders and dividers (dark: #44403c).
 * @cssprop [--oz-color-danger=#b91c1c] - Errors (dark: #f87171).
 * @cssprop [--oz-radius=10px] - Corner radius.
 * @cssprop [--oz-space=8px] - Spacing unit; gaps and paddings are multiples of it.
 * @cssprop [--oz-focus-ring=3px ring in the focus colour] - The whole focus ring (a box-shadow).
 * @cssprop [--oz-demo-marker-bg=a tint of --oz-color-warning] - The "Demo" marker (no backend configured): background.
 * @cssprop [--oz-demo-marker-text=var(--oz-color-text)] - The "Demo" marker: text.
 * @cssprop [--oz-badge-bg=var(--oz-color-primary)] - Badges: background.
 * @cssprop [--oz-badge-radius=999px] - Badges: corners.
 * @cssprop [--oz-badge-text=var(--oz-color-on-primary)] - Badges: text.
 * @cssprop [--oz-button-bg=var(--oz-color-surface)] - Secondary buttons: background.
 * @cssprop [--oz-button-border-color=var(--oz-color-border)] - Buttons: border.
 * @cssprop [--oz-button-font-weight=var(--oz-font-weight-semibold)] - Buttons: weight.
 * @cssprop [--oz-button-primary-bg=var(--oz-color-primary)] - Primary buttons: background.
 * @cssprop [--oz-button-primary-text=var(--oz-color-on-primary)] - Primary buttons: text.
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Buttons: corners.
 * @cssprop [--oz-button-text=var(--oz-color-text)] - Secondary buttons: text.
 * @cssprop [--oz-card-bg=var(--oz-color-surface)] - Cards: background.
 * @cssprop [--oz-card-border-color=var(--oz-color-border)] - Cards: border.
 * @cssprop [--oz-card-radius=var(--oz-radius)] - Cards: corners.
 * @cssprop [--oz-card-shadow=var(--oz-shadow)] - Cards: shadow.
 * @cssprop [--oz-color-canvas=transparent] - Background of the element itself (dark: #1c1917).
 * @cssprop [--oz-canvas-padding=16px] - Inner padding of the dark panel an element paints with `theme="dark"` (or `auto` in dark mode) on a light page.
 * @cssprop [--oz-color-on-primary=derived] - Text on the accent colour; by default white or near-black, whichever reads at 4.5:1 or more on it.
 * @cssprop [--oz-color-primary-text=derived] - The accent as text on surfaces (links, link buttons); by default the accent, darkened (light) or lightened (dark) to 4.5:1.
 * @cssprop [--oz-color-sale=#b91c1c] - Sale prices and badges (dark: #f87171).
 * @cssprop [--oz-color-success=#15803d] - In stock, discounts, success (dark: #4ade80).
 * @cssprop [--oz-color-surface=#ffffff] - Cards, inputs, panels (dark: #1c1917).
 * @cssprop [--oz-color-surface-alt=#f7f5f3] - Image placeholders, notices, summaries (dark: #292524).
 * @cssprop [--oz-color-warning=#a16207] - Low stock, notices, pending statuses (dark: #facc15).
 * @cssprop [--oz-control-height=44px] - Height of buttons and inputs (default 44px × density, at least 32px).
 * @cssprop [--oz-density=1] - Multiplies spacing and control height: 0.8 compact, 1.15 comfortable.
 * @cssprop [--oz-focus-color=var(--oz-color-primary)] - Colour of the keyboard focus ring.
 * @cssprop [--oz-font-family=system-ui, …] - Text font.
 * @cssprop [--oz-font-family-heading=var(--oz-font-family)] - Heading font.
 * @cssprop [--oz-font-family-mono=ui-monospace, …] - Codes and references.
 * @cssprop [--oz-font-size=15px] - Base size; the scale is relative to it.
 * @cssprop [--oz-font-size-lg=1.15em] - Totals and sub-headings.
 * @cssprop [--oz-font-size-sm=0.875em] - Small text: hints, meta, errors.
 * @cssprop [--oz-font-size-xl=1.6em] - Page headings.
 * @cssprop [--oz-font-weight-bold=700] - Prices and headings.
 * @cssprop [--oz-font-weight-medium=500] - Medium weight.
 * @cssprop [--oz-font-weight-semibold=600] - Labels, buttons, titles.
 * @cssprop [--oz-input-bg=var(--oz-color-surface)] - Inputs: background.
 * @cssprop [--oz-input-border-color=var(--oz-color-border)] - Inputs: border.
 * @cssprop [--oz-input-radius=calc(var(--oz-radius) * 0.8)] - Inputs: corners.
 * @cssprop [--oz-input-text=var(--oz-color-text)] - Inputs: text.
 * @cssprop [--oz-motion-duration=150ms] - Duration of hover and state transitions (0s under prefers-reduced-motion).
 * @cssprop [--oz-motion-easing=ease] - Easing of transitions.
 * @cssprop [--oz-shadow=soft two-layer shadow] - Raised cards and panels.
 * @cssprop [--oz-transition=150ms ease] - Shorthand overriding duration and easing together.
 */
export class OrderLookup extends ZoneElement<'checkout'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, orderLookupStyles];

  /** Prefills the order number field. */
  @property({ attribute: 'order-number' }) orderNumber = '';

  /** Prefills the phone or e-mail field. */
  @property() contact = '';

  @state() private found?: Order;
  @state() private busy = false;
  @state() private error?: string;
  @state() private fieldErrors: FieldError[] = [];

  private focusAfterRender?: string;

  constructor() {
    super([...flowMessages, orderLookupMessages], ['checkout']);
  }

  protected override zoneChanged(_zone: LoadedZone<'checkout'>): void {
    this.found = undefined;
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.error = undefined;
    // The core's check first, on the page: a mistyped number never leaves it.
    const { fieldErrors } = checkOrderLookup({ orderNumber: this.orderNumber, contact: this.contact });
    this.fieldErrors = fieldErrors;
    if (fieldErrors.length > 0) {
      this.focusAfterRender = `#lookup-${fieldErrors[0]!.field === 'orderNumber' ? 'number' : 'contact'}`;
      return;
    }
    this.busy = true;
    try {
      const zone = this.readyZone;
      const order = await zone.checkout.lookUpOrder({ orderNumber: this.orderNumber, contact: this.contact });
      await loadElement('order-detail');
      this.found = order;
      this.focusAfterRender = '[part="detail"]';
      emit(this, 'oz-order-found', { order });
    } catch (raw) {
      const error = toOrderZoneError(raw);
      this.found = undefined;
      if (error.code === 'validation' && error.fieldErrors.length > 0) {
        this.fieldErrors = error.fieldErrors;
        this.focusAfterRender = `#lookup-${error.fieldErrors[0]!.field === 'orderNumber' ? 'number' : 'contact'}`;
        return;
      }
      this.error = error.code === 'not_found' ? this.t('lookup.not_found') : this.reportError(error);
      this.focusAfterRender = '[part="error"]';
    } finally {
      this.busy = false;
    }
  }

  private another(): void {
    this.found = undefined;
    this.focusAfterRender = '#lookup-number';
  }

  protected override render(): TemplateResult {
    if (this.found) {
      return html`<div class="lookup" part="base">
        <${staticTag('order-detail')} part="detail" tabindex="-1" .zone=${this.zone} locale=${this.locale ?? nothing} .order=${this.found}></${staticTag('order-detail')}>
        <div class="again">
          <button class="button" type="button" data-another @click=${this.another}>${this.t('lookup.another')}</button>
        </div>
      </div>`;
    }
    const field = (name: 'orderNumber' | 'contact', id: string, autocomplete: string, hintKey?: string): TemplateResult => {
      const error = this.fieldErrors.find((e) => e.field === name);
      const describedBy = [hintKey ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      return html`<div class="field">
        <label class="label" for=${id}>${this.t(`lookup.${name}`)}<span class="required" aria-hidden="true"> *</span></label>
        ${hintKey ? html`<span class="hint" id="${id}-hint">${this.t(hintKey)}</span>` : nothing}
        <input
          class="input"
          id=${id}
          name=${name}
          autocomplete=${autocomplete}
          required
          maxlength="254"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${this[name]}
          @input=${(e: Event) => {
            this[name] = (e.target as HTMLInputElement).value;
            this.fieldErrors = this.fieldErrors.filter((f) => f.field !== name);
          }}
        />
        ${error ? html`<p class="field-error" id="${id}-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
      </div>`;
    };
    return html`<div class="lookup" part="base">
      <form class="card" part="form" aria-labelledby="lookup-heading" novalidate @submit=${this.submit}>
        <h2 id="lookup-heading" tabindex="-1">${this.t('lookup.heading')}</h2>
        <p class="muted">${this.t('lookup.intro')}</p>
        ${field('orderNumber', 'lookup-number', 'off')} ${field('contact', 'lookup-contact', 'email', 'lookup.contact_hint')}
        ${this.error ? html`<p class="notice error" part="error" role="alert" tabindex="-1" data-lookup-error>${this.error}</p>` : nothing}
        <button class="button primary" part="submit-button" type="submit" data-submit ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
          ${this.t(this.busy ? 'lookup.searching' : 'lookup.submit')}
        </button>
      </form>
    </div>`;
  }
}
