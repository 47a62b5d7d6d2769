/**
 * `<order-lookup>`: a guest finds an order by its number and the phone or e-mail given at checkout.
 *
 * @module
 */
import { CONTACT_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH, toOrderZoneError, type FieldError, type LoadedZone, type Order } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { checkOrderLookup } from '@orderzone/core/orders';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { property, state } from '../property-decorators.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { loadElement } from '../lazy-elements.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderLookupByLanguage } from './order-lookup.messages-by-language.ts';
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
    super([...flowMessages, orderLookupByLanguage], ['checkout']);
  }

  protected override zoneChanged(_zone: LoadedZone<'checkout'>): void {
    this.found = undefined;
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
          maxlength=${name === 'orderNumber' ? ORDER_NUMBER_MAX_LENGTH : CONTACT_MAX_LENGTH}
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
