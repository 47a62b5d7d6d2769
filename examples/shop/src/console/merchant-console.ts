/**
 * `<merchant-console>`: the demo's merchant side. Lists the orders of the embedded backend in this
 * browser, newest first, and per order the merchant actions the core's transition table allows now;
 * above them, the one-time codes the backend "sent" by SMS or e-mail (its outbox), so a person
 * playing the demo can sign in or confirm a large order.
 * Re-reads the orders whenever another tab (the shop) changes the stored state. Rendered in the
 * light DOM so the page's stylesheet styles it.
 */
import {
  browserStorage,
  formatMoney,
  isOrderZoneError,
  localize,
  type MerchantAction,
  type Order,
  type Translate,
} from '@orderzone/core';
import { coreMessages, createTranslator, describeFieldError } from '@orderzone/core/messages';
import { allowedMerchantActions, openAfterSale } from '@orderzone/core/orders';
import { DEMO_RISK_RULES, type EmbeddedBackend, type OutboxMessage } from '@orderzone/embedded-backend';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consoleMessages } from './console-messages.ts';
import { acceptedLines, actionLabelKey, decidedLines, formOf, initialValues, lineField, runAction, type ActionForm, type FormValues } from './merchant-actions.ts';

/** An action form the merchant has open. */
interface OpenForm {
  orderNumber: string;
  action: MerchantAction;
  form: ActionForm;
  values: FormValues;
  /** Form field → error sentence. */
  fieldErrors: Record<string, string>;
}

/** A refusal shown on an order's card. */
interface CardError {
  orderNumber: string;
  message: string;
  detail: string;
}

/** A field of an action form. */
interface FormField {
  name: string;
  /** Message key, or the label itself for a line (already translated). */
  label: string;
  multiline?: boolean;
  required?: boolean;
  autocomplete?: string;
  /** A number of units, 0 to `max` (the lines of an approval). */
  units?: { max: number };
}

/** The fields of each form: name, message key, input type and whether the backend requires it. */
const FORM_FIELDS: Record<ActionForm, FormField[]> = {
  ship: [
    { name: 'carrier', label: 'console.field.carrier', required: true },
    { name: 'number', label: 'console.field.tracking_number', required: true },
  ],
  approve_return: [
    { name: 'recipient', label: 'console.field.recipient', required: true },
    { name: 'phone', label: 'console.field.phone', autocomplete: 'tel' },
    { name: 'region', label: 'console.field.region', required: true },
    { name: 'city', label: 'console.field.city', required: true },
    { name: 'district', label: 'console.field.district' },
    { name: 'line1', label: 'console.field.line1', required: true },
    { name: 'postalCode', label: 'console.field.postal_code' },
    { name: 'note', label: 'console.field.note', multiline: true },
  ],
  reject_refund: [{ name: 'note', label: 'console.field.reason', multiline: true }],
  reject_return: [{ name: 'note', label: 'console.field.reason', multiline: true }],
  approve_refund: [{ name: 'note', label: 'console.field.note', multiline: true }],
};

/** The merchant console of the demo shop. */
export class MerchantConsole extends LitElement {
  /** The embedded backend whose orders are shown (the shop's, same storage key). */
  @property({ attribute: false }) backend!: EmbeddedBackend;

  /** `zh-CN` or `en-US`. */
  @property() locale = 'zh-CN';

  @state() private open: OpenForm | undefined;
  @state() private error: CardError | undefined;
  @state() private announcement = '';
  /** Bumped when the stored state changes in another tab. */
  @state() private revision = 0;

  private stopSync?: () => void;
  private focusAfterUpdate?: string;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The backend replaces its engine on the same storage event; Lit renders after both listeners ran.
    let newest = this.backend.engine.outbox()[0]?.id;
    this.stopSync = browserStorage().subscribe(this.backend.storageKey, () => {
      this.revision++;
      // The backend's own listener ran first (it subscribed first), so its engine has the new state.
      const message = this.backend.engine.outbox()[0];
      const sent = message !== undefined && message.id !== newest;
      newest = message?.id;
      this.announcement = sent
        ? this.t('console.outbox.new', { channel: this.t(`console.outbox.channel.${message.channel}`), destination: message.destination, code: message.code })
        : this.t('console.updated');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSync?.();
  }

  private get t(): Translate {
    return createTranslator(this.locale, coreMessages, consoleMessages);
  }

  private orders(): Order[] {
    return [...this.backend.engine.snapshot().orders].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.orderNumber.localeCompare(a.orderNumber)));
  }

  private formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  private start(order: Order, action: MerchantAction): void {
    this.error = undefined;
    const form = formOf(action, order);
    if (!form) {
      this.perform(order.orderNumber, action, {});
      return;
    }
    this.open = { orderNumber: order.orderNumber, action, form, values: initialValues(form, order), fieldErrors: {} };
    this.focusAfterUpdate = `#field-${order.orderNumber}-${this.formFields(form, order)[0]!.name}`;
  }

  private cancel(): void {
    const open = this.open;
    this.open = undefined;
    if (open) this.focusAfterUpdate = `[data-order="${open.orderNumber}"] [data-action="${open.action}"]`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const open = this.open;
    if (open) this.perform(open.orderNumber, open.action, open.values);
  }

  private perform(orderNumber: string, action: MerchantAction, values: FormValues): void {
    const t = this.t;
    try {
      runAction(this.backend.engine, orderNumber, action, values);
      this.open = undefined;
      this.error = undefined;
      this.announcement = t(`console.done.${action}`, { orderNumber });
      this.focusAfterUpdate = `#order-${orderNumber}`;
    } catch (error) {
      const code = isOrderZoneError(error) ? error.code : 'other';
      const messageKey = ['conflict', 'validation', 'not_found'].includes(code) ? `console.error.${code}` : 'console.error.other';
      const detail = error instanceof Error ? error.message : String(error);
      this.error = { orderNumber, message: t(messageKey), detail: t('console.error.detail', { message: detail }) };
      if (this.open && isOrderZoneError(error) && error.fieldErrors.length > 0) {
        const fieldErrors: Record<string, string> = {};
        const order = this.orders().find((o) => o.orderNumber === orderNumber);
        const lineNames = order ? decidedLines(order).map((line) => lineField(line.lineIndex)) : [];
        for (const fieldError of error.fieldErrors) {
          // `lines.<i>…` is order line i's field; `lines` (nothing accepted) the first line's.
          const line = /^lines(?:\.(\d+))?/.exec(fieldError.field);
          const name = line ? (line[1] !== undefined ? lineField(Number(line[1])) : (lineNames[0] ?? 'lines')) : fieldError.field.split('.').pop()!;
          fieldErrors[name] ??= describeFieldError(fieldError, t);
        }
        this.open = { ...this.open, fieldErrors };
        const first = order && this.formFields(this.open.form, order).find((field) => fieldErrors[field.name]);
        if (first) this.focusAfterUpdate = `#field-${orderNumber}-${first.name}`;
      } else if (this.open) {
        // Not about a field (the order changed meanwhile): the form cannot help any more.
        this.open = undefined;
        this.focusAfterUpdate = `#order-${orderNumber}`;
      }
    }
    this.revision++;
  }

  /** The fields of `form` for `order`: an approval starts with one field per line of the open request. */
  private formFields(form: ActionForm, order: Order): FormField[] {
    if (form !== 'approve_refund' && form !== 'approve_return') return FORM_FIELDS[form];
    const lines = decidedLines(order).map(({ lineIndex, units }): FormField => {
      const line = order.lines[lineIndex];
      const title = line ? localize(line.title, this.locale) : `#${lineIndex + 1}`;
      return { name: lineField(lineIndex), label: this.t('console.field.accept_units', { title, max: units }), units: { max: units } };
    });
    return [...lines, ...FORM_FIELDS[form]];
  }

  /** What refunding the units of the open form gives back now (the engine's preview), or nothing while they cannot be refunded. */
  private refundPreview(order: Order, values: FormValues): string | undefined {
    try {
      const preview = this.backend.engine.previewRefund(order.orderNumber, acceptedLines(values));
      return this.t('console.refund_preview', { amount: formatMoney(preview.total, this.locale) });
    } catch {
      return undefined;
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const orders = this.orders();
    return html`
      <div class="console-heading">
        <h1 id="console-title">${t('console.title')}</h1>
        <p class="muted">${t('console.intro')}</p>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" data-announcement>${this.announcement}</div>
      ${this.renderOutbox(t)}
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading">
          ${t('console.orders')} <span class="count">(${t('console.count', { count: orders.length })})</span>
        </h2>
        ${orders.length === 0
          ? html`<p class="empty" data-empty>${t('console.empty')} <a href="./">${t('console.back_to_shop')}</a></p>`
          : html`<ol class="orders" role="list">${orders.map((order) => html`<li>${this.renderOrder(order, t)}</li>`)}</ol>`}
      </section>
    `;
  }

  /** The codes the backend "sent", newest first. */
  private renderOutbox(t: Translate): TemplateResult {
    const messages = this.backend.engine.outbox();
    const now = Date.now();
    return html`<section class="outbox" aria-labelledby="outbox-heading" data-outbox>
      <h2 id="outbox-heading">
        ${t('console.outbox')} <span class="count">(${t('console.outbox.count', { count: messages.length })})</span>
      </h2>
      <p class="muted">${t('console.outbox.intro')}</p>
      ${messages.length === 0
        ? html`<p class="muted" data-outbox-empty>${t('console.outbox.empty', { threshold: formatMoney(DEMO_RISK_RULES.amountThreshold, this.locale) })}</p>`
        : html`<ol class="messages" role="list">
            ${messages.map((message) => this.renderMessage(message, now, t))}
          </ol>`}
    </section>`;
  }

  private renderMessage(message: OutboxMessage, now: number, t: Translate): TemplateResult {
    const to = t('console.outbox.to', { channel: t(`console.outbox.channel.${message.channel}`), destination: message.destination });
    const expired = Date.parse(message.expiresAt) <= now;
    return html`<li class="message ${expired ? 'expired' : ''}" data-message data-purpose=${message.purpose}>
      <p class="message-to"><strong>${to}</strong> · ${t(`console.outbox.purpose.${message.purpose}`)}</p>
      <p class="message-code">${t('console.outbox.code')} <span class="code" data-code>${message.code}</span>${expired ? html` <span class="muted">(${t('console.outbox.expired')})</span>` : nothing}</p>
      <p class="muted">${t('console.outbox.times', { sentAt: this.formatDate(message.sentAt), expiresAt: this.formatTime(message.expiresAt) })}</p>
    </li>`;
  }

  private formatTime(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }).format(date);
  }

  private renderOrder(order: Order, t: Translate): TemplateResult {
    const actions = allowedMerchantActions(order);
    const status = t(`console.status.${order.status}`);
    const open = this.open?.orderNumber === order.orderNumber ? this.open : undefined;
    const error = this.error?.orderNumber === order.orderNumber ? this.error : undefined;
    const refundReason = [...(order.history ?? [])].reverse().find((entry) => entry.action === 'request_refund')?.note;
    const request = openAfterSale(order);
    return html`<article class="order-card" aria-labelledby="order-${order.orderNumber}" data-order=${order.orderNumber}>
      <header class="order-header">
        <h3 id="order-${order.orderNumber}" tabindex="-1">${t('console.order', { orderNumber: order.orderNumber })}</h3>
        <span class="status status-${order.status}" data-status>${status}</span>
      </header>
      <dl class="facts">
        <div><dt>${t('console.placed')}</dt><dd>${this.formatDate(order.createdAt)}</dd></div>
        <div><dt>${t('console.total')}</dt><dd data-total>${formatMoney(order.total, this.locale)}</dd></div>
        <div><dt>${t('console.contact')}</dt><dd>${order.contact.name} · ${order.contact.phone} · ${order.contact.email}</dd></div>
        <div><dt>${t('console.payment')}</dt><dd>${localize(order.paymentMethod.label, this.locale)}</dd></div>
        <div>
          <dt>${t('console.items')}</dt>
          <dd>
            <ul class="items">
              ${order.lines.map((line) => html`<li>${line.quantity} × ${localize(line.title, this.locale)}${line.variantTitle ? html` <span class="muted">(${localize(line.variantTitle, this.locale)})</span>` : nothing}</li>`)}
            </ul>
          </dd>
        </div>
        ${order.tracking ? html`<div><dt>${t('console.tracking')}</dt><dd data-tracking>${t('console.tracking_value', { carrier: order.tracking.carrier, number: order.tracking.number })}</dd></div>` : nothing}
        ${request
          ? html`<div>
              <dt>${t(`console.request.${request.kind}`)}</dt>
              <dd>
                <ul class="items" data-request>
                  ${request.lines.map((line) => {
                    const orderLine = order.lines[line.lineIndex];
                    const title = orderLine ? localize(orderLine.title, this.locale) : `#${line.lineIndex + 1}`;
                    return html`<li data-request-line=${line.lineIndex}>${t(`console.request_line.${line.status}`, { quantity: line.quantity, accepted: line.accepted ?? line.quantity, title, amount: formatMoney(line.amount, this.locale) })}</li>`;
                  })}
                </ul>
              </dd>
            </div>`
          : nothing}
        ${order.refunded ? html`<div><dt>${t('console.refunded')}</dt><dd data-refunded>${formatMoney(order.refunded, this.locale)}</dd></div>` : nothing}
        ${refundReason ? html`<div><dt>${t('console.refund_reason')}</dt><dd>${refundReason}</dd></div>` : nothing}
        ${order.returnRequest
          ? html`<div><dt>${t('console.return_reason')}</dt><dd data-return-reason>${order.returnRequest.reason}</dd></div>
              ${order.returnRequest.photos.length > 0
                ? html`<div>
                    <dt>${t('console.return_photos')}</dt>
                    <dd class="photos">
                      ${order.returnRequest.photos.map((photo, index) => html`<img src=${photo.url} alt=${t('console.return_photo_alt', { index: index + 1, orderNumber: order.orderNumber })} data-return-photo />`)}
                    </dd>
                  </div>`
                : nothing}`
          : nothing}
        ${order.returnInstructions
          ? html`<div>
              <dt>${t('console.return_address')}</dt>
              <dd>
                ${order.returnInstructions.recipient}${order.returnInstructions.phone ? ` · ${order.returnInstructions.phone}` : ''} ·
                ${[order.returnInstructions.address.region, order.returnInstructions.address.city, order.returnInstructions.address.district, order.returnInstructions.address.line1, order.returnInstructions.address.postalCode].filter(Boolean).join(' ')}
              </dd>
            </div>`
          : nothing}
      </dl>
      ${actions.length > 0
        ? html`<div class="actions" role="group" aria-label=${t('console.actions', { orderNumber: order.orderNumber })}>
            ${actions.map((action) => {
              const primary = action === actions[0];
              return html`<button
                type="button"
                class="button ${primary ? 'primary' : ''}"
                data-action=${action}
                aria-expanded=${formOf(action, order) ? String(open?.action === action) : nothing}
                ?disabled=${open !== undefined && open.action !== action}
                @click=${() => (open?.action === action ? this.cancel() : this.start(order, action))}
              >
                ${t(actionLabelKey(action, order))}
              </button>`;
            })}
            ${actions.includes('confirm_payment') ? html`<span class="muted hint">${t('console.action.confirm_payment.hint')}</span>` : nothing}
          </div>`
        : html`<p class="muted" data-no-actions>${t('console.no_actions', { status })}</p>`}
      ${open ? this.renderForm(order, open, actions, t) : nothing}
      ${error
        ? html`<div class="card-error" role="alert" data-error>
            <p>${error.message}</p>
            <p class="muted">${error.detail}</p>
          </div>`
        : nothing}
    </article>`;
  }

  private renderForm(order: Order, open: OpenForm, actions: MerchantAction[], t: Translate): TemplateResult {
    if (!actions.includes(open.action)) {
      return html`<p class="card-error" role="alert">${t('console.changed', { status: t(`console.status.${order.status}`) })}</p>`;
    }
    const id = (name: string): string => `field-${order.orderNumber}-${name}`;
    const submitKey = open.form === 'approve_refund' ? 'console.submit.approve_refund' : `console.submit.${open.form}`;
    const preview = open.form === 'approve_refund' ? this.refundPreview(order, open.values) : undefined;
    const decides = open.form === 'approve_refund' || open.form === 'approve_return';
    return html`<form class="action-form" aria-label=${t(`console.form.${open.form}`, { orderNumber: order.orderNumber })} novalidate @submit=${this.submit} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancel()} data-form=${open.form}>
      <div class="fields">
        ${this.formFields(open.form, order).map((field) => {
          const fieldError = open.fieldErrors[field.name];
          const input = (e: Event): void => {
            this.open = { ...open, values: { ...open.values, [field.name]: (e.target as HTMLInputElement).value } };
          };
          return html`<div class="field ${field.multiline ? 'wide' : ''}">
            <label for=${id(field.name)}>${field.units ? field.label : t(field.label)}${field.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
            ${field.units
              ? html`<input id=${id(field.name)} name=${field.name} type="number" inputmode="numeric" min="0" max=${field.units.max} step="1" .value=${open.values[field.name] ?? ''} aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id(field.name)}-error` : nothing} @input=${input} data-accept-line />`
              : field.multiline
              ? html`<textarea id=${id(field.name)} name=${field.name} rows="2" maxlength="500" .value=${open.values[field.name] ?? ''} aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id(field.name)}-error` : nothing} @input=${input}></textarea>`
              : html`<input id=${id(field.name)} name=${field.name} .value=${open.values[field.name] ?? ''} ?required=${field.required} autocomplete=${field.autocomplete ?? 'off'} aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? `${id(field.name)}-error` : nothing} @input=${input} />`}
            ${fieldError ? html`<p class="field-error" id="${id(field.name)}-error">${fieldError}</p>` : nothing}
          </div>`;
        })}
      </div>
      ${decides ? html`<p class="muted">${t('console.decide_hint')}</p>` : nothing}
      ${preview ? html`<p class="refund-preview" aria-live="polite" data-refund-preview><strong>${preview}</strong></p>` : nothing}
      <div class="form-actions">
        <button type="submit" class="button primary" data-submit>${t(submitKey)}</button>
        <button type="button" class="button" @click=${this.cancel}>${t('console.cancel')}</button>
      </div>
    </form>`;
  }
}

customElements.define('merchant-console', MerchantConsole);

declare global {
  interface HTMLElementTagNameMap {
    'merchant-console': MerchantConsole;
  }
}
