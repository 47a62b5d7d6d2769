/**
 * `<quote-requests>`: a signed-in business buyer asks for prices (询价) for the goods in the cart,
 * and follows the requests: the merchant's prices and expiry, Accept (the lines go into the cart at
 * the quoted prices) or Decline.
 *
 * @module
 */
import { toOrderZoneError, type FieldError, type LoadedZone, type LocalizedText, type Rfq, type Session, type AsyncState, type CartLine } from '@orderzone/core';
import { allowedRfqBuyerActions, createRfqRequests, earliestRfqTargetDate, quotableCartLines, rfqStatusAt, rfqStatusTone, type RfqRequests } from '@orderzone/core/rfq';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { ZoneElement } from '../zone-element.ts';
import { quoteRequestsByLanguage } from './quote-requests.messages-by-language.ts';
import { quoteRequestsStyles } from './quote-requests.styles.ts';
import { formatCalendarDate, formatInstant } from '../../i18n/date-format.ts';

/** A line of the request being written: the item as the cart shows it, and the quantity typed. */
interface DraftLine {
  productId: string;
  variantId: string;
  title: LocalizedText;
  variantTitle?: LocalizedText;
  sku: string;
  quantity: string;
}

const draftLine = (line: CartLine): DraftLine => ({
  productId: line.productId,
  variantId: line.variantId,
  title: line.seen.title,
  ...(line.seen.variantTitle ? { variantTitle: line.seen.variantTitle } : {}),
  sku: line.seen.sku,
  quantity: String(line.quantity),
});

/**
 * Requests for quote for business buyers. The form asks a price for the goods in the cart (each
 * line's quantity can be changed or the line removed; bookings and personalized goods cannot be
 * quoted and are left out), a target date, notes and the contact (prefilled from the session);
 * "Send request" checks everything in the core by the backend's own rules and names each problem
 * at its field, losing nothing typed. Below, the shopper's requests, newest first: the status, the
 * lines with the list price and the merchant's unit price (formatted from minor units), the quoted
 * total and until when it holds; while quoted, "Accept and add to cart" (the lines go into the cart
 * carrying the request's id, so checkout is priced at the quote until it expires) and "Decline". An
 * expired or withdrawn request says so. A guest is asked to sign in.
 *
 * @summary Ask for a quote for the cart's goods, and accept or decline the merchant's prices.
 *
 * @fires oz-navigate - "Sign in" (a guest: `{ view: 'sign-in' }`) or "View cart" after accepting (`{ view: 'cart' }`) was chosen.
 * @fires oz-error - The backend could not be asked (offline, a refusal): `{ error, message }`. Nothing typed is lost.
 *
 * @csspart base - The whole element.
 * @csspart form - The request form.
 * @csspart submit-button - The "Send request" button.
 * @csspart list - The list of the shopper's requests.
 * @csspart request - One request in the list.
 * @csspart status - The status badge of a request.
 * @csspart accept-button - "Accept and add to cart" of a quoted request.
 * @csspart decline-button - "Decline" (or "Withdraw request") of a request.
 * @csspart empty - The "sign in" message of a guest.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-quote-requests-max-width=880px] - Maximum width.
 */
export class QuoteRequests extends ZoneElement<'account'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, statusBadgeStyles, quoteRequestsStyles];

  @state() private lines: DraftLine[] = [];
  /** True once the shopper changed the lines: they no longer follow the cart. */
  @state() private edited = false;
  @state() private targetDate = '';
  @state() private note = '';
  @state() private contact = { name: '', phone: '', email: '' };
  @state() private fieldErrors: FieldError[] = [];
  @state() private sending = false;
  /** The request being accepted or declined. */
  @state() private busyId?: string;
  @state() private status = '';
  /** The request `status` speaks of (it shows in that request), else the form's. */
  @state() private statusOf?: string;
  @state() private showCart = false;
  @state() private error = '';

  private readonly session = new StoreController<Session | undefined>(this);
  private readonly cartLines = new StoreController<readonly CartLine[]>(this);
  private readonly rfqs = new StoreController<AsyncState<Rfq[]>>(this);
  private requests?: RfqRequests;
  private shownSession?: string;
  private stopFollowing?: () => void;
  private focusAfterRender?: string;

  constructor() {
    super([...flowMessages, quoteRequestsByLanguage], ['account']);
  }

  protected override zoneChanged(zone: LoadedZone<'account'>): void {
    this.session.setStore(zone.account.$session);
    this.cartLines.setStore(zone.cart.$lines);
    this.stopFollowing?.();
    this.shownSession = undefined;
    this.stopFollowing = zone.account.$session.subscribe((session) => this.sessionChanged(zone, session));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.shownSession = undefined;
  }

  /** A new session (or none): its own requests, loaded; the contact prefilled from it. */
  private sessionChanged(zone: LoadedZone<'account'>, session: Session | undefined): void {
    if (session?.token === this.shownSession && this.requests) return;
    this.shownSession = session?.token;
    this.requests = createRfqRequests({
      adapter: zone.adapter,
      cart: zone.cart,
      sessionToken: () => zone.account.$session.get()?.token,
      locale: () => this.i18n.locale,
    });
    this.rfqs.setStore(this.requests.$rfqs);
    this.fieldErrors = [];
    this.status = '';
    this.error = '';
    this.contact = { name: '', phone: session?.shopper.phone ?? '', email: session?.shopper.email ?? '' };
    if (session && this.requests.supported) void this.requests.load();
  }

  /** The lines of the form: the cart's quotable goods until the shopper changes them. */
  private get formLines(): DraftLine[] {
    return this.edited ? this.lines : quotableCartLines(this.cartLines.value ?? []).map(draftLine);
  }

  private editLines(change: (lines: DraftLine[]) => DraftLine[]): void {
    this.lines = change(this.formLines.map((line) => ({ ...line })));
    this.edited = true;
  }

  protected override updated(): void {
    const rfqs = this.rfqs.value;
    if (rfqs?.status === 'error' && rfqs.error !== this.reported) {
      this.reported = rfqs.error;
      this.reportError(rfqs.error);
    }
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  private reported: unknown;

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.requests) return;
    this.status = '';
    this.statusOf = undefined;
    this.error = '';
    this.showCart = false;
    const lines = this.formLines;
    const note = this.note.trim();
    this.sending = true;
    try {
      const result = await this.requests.send({
        lines: lines.map((line) => ({ productId: line.productId, variantId: line.variantId, quantity: Number(line.quantity.trim() === '' ? NaN : line.quantity) })),
        targetDate: this.targetDate,
        ...(note ? { note } : {}),
        contact: this.contact,
      });
      if (result.fieldErrors) {
        this.fieldErrors = result.fieldErrors;
        this.focusAfterRender = '[data-problems]';
        return;
      }
      this.fieldErrors = [];
      this.lines = [];
      this.edited = false;
      this.targetDate = '';
      this.note = '';
      this.status = this.t('quotes.sent', { id: result.rfq.id });
      this.focusAfterRender = `[data-rfq="${CSS.escape(result.rfq.id)}"]`;
    } catch (raw) {
      this.error = this.reportError(toOrderZoneError(raw));
    } finally {
      this.sending = false;
    }
  }

  private async decide(rfq: Rfq, action: 'accept' | 'decline' | 'checkout'): Promise<void> {
    if (this.busyId || !this.requests) return;
    this.busyId = rfq.id;
    this.status = '';
    this.statusOf = rfq.id;
    this.error = '';
    this.showCart = false;
    try {
      if (action === 'decline') {
        await this.requests.decline(rfq.id);
        this.status = this.t('quotes.declined_done', { id: rfq.id });
      } else {
        const added = action === 'accept' ? (await this.requests.accept(rfq.id)).added : await this.requests.addToCart(rfq);
        this.status = this.t('quotes.added', { count: added });
        this.showCart = added > 0;
      }
    } catch (raw) {
      this.error = this.reportError(toOrderZoneError(raw));
    } finally {
      this.busyId = undefined;
    }
  }

  /** The problem of `field`, in words: this element's sentence for it, else the core's. */
  private fieldError(field: string): string | undefined {
    const error = this.fieldErrors.find((e) => e.field === field);
    if (!error) return undefined;
    const key = `quotes.field.${field.split('.').at(-1)}.${error.code}`;
    const own = this.t(key);
    return own === key ? describeFieldError(error, this.i18n.t) : own;
  }

  /** An instant (`withTime`: with the time) or a calendar date (`YYYY-MM-DD`) in the shown language; as given if neither. */
  private formatDate(iso: string, withTime = false): string {
    return formatCalendarDate(iso, this.i18n.locale) ?? formatInstant(iso, this.i18n.locale, withTime ? 'dateTime' : 'date') ?? iso;
  }

  private itemName(line: { title: LocalizedText; variantTitle?: LocalizedText }): string {
    const variant = line.variantTitle ? this.i18n.text(line.variantTitle) : '';
    return variant ? `${this.i18n.text(line.title)} · ${variant}` : this.i18n.text(line.title);
  }

  private input(id: string, field: string, label: string, value: string, set: (value: string) => void, attrs: { type?: string; hint?: string; autocomplete?: string; min?: string } = {}): TemplateResult {
    const error = this.fieldError(field);
    const described = [attrs.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label class="label" for=${id}>${label}</label>
      ${attrs.hint ? html`<span class="hint muted" id="${id}-hint">${attrs.hint}</span>` : nothing}
      <input
        class="input"
        id=${id}
        name=${field}
        type=${attrs.type ?? 'text'}
        min=${attrs.min ?? nothing}
        autocomplete=${attrs.autocomplete ?? nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  private renderLines(lines: DraftLine[]): TemplateResult {
    const linesError = this.fieldError('lines');
    return html`<fieldset class="lines">
      <legend class="label">${this.t('quotes.lines')}</legend>
      ${lines.length === 0 ? html`<p class="muted" data-no-lines>${this.t('quotes.no_lines')}</p>` : nothing}
      ${linesError ? html`<p class="field-error" id="quote-lines-error">${linesError}</p>` : nothing}
      <ul class="draft-lines">
        ${lines.map((line, i) => {
          const title = this.itemName(line);
          const productError = this.fieldError(`lines.${i}.productId`);
          const quantityError = this.fieldError(`lines.${i}.quantity`);
          const error = productError ?? quantityError;
          return html`<li class="draft-line" data-line=${line.variantId}>
            <span class="draft-title">${title}<span class="muted sku">${line.sku}</span></span>
            <input
              class="input quantity"
              id="quote-line-${i}-quantity"
              type="number"
              inputmode="numeric"
              min="1"
              aria-label=${this.t('quotes.quantity_of', { title })}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `quote-line-${i}-error` : nothing}
              .value=${line.quantity}
              @input=${(e: Event) => this.editLines((all) => all.map((l, j) => (j === i ? { ...l, quantity: (e.target as HTMLInputElement).value } : l)))}
            />
            <button class="button small" type="button" data-remove aria-label=${this.t('quotes.remove_line', { title })} @click=${() => this.editLines((all) => all.filter((_, j) => j !== i))}>
              ${this.t('quotes.remove')}
            </button>
            ${error ? html`<p class="field-error line-error" id="quote-line-${i}-error">${error}</p>` : nothing}
          </li>`;
        })}
      </ul>
      ${this.edited ? html`<button class="button link" type="button" data-refill @click=${() => ((this.edited = false), (this.lines = []), (this.fieldErrors = []))}>${this.t('quotes.refill')}</button>` : nothing}
    </fieldset>`;
  }

  private renderForm(): TemplateResult {
    const lines = this.formLines;
    const count = this.fieldErrors.length;
    return html`<form part="form" aria-labelledby="quotes-heading" novalidate @submit=${this.submit}>
      <h2 id="quotes-heading">${this.t('quotes.heading')}</h2>
      <p class="muted">${this.t('quotes.intro')}</p>
      ${count > 0 ? html`<p class="notice error" role="alert" tabindex="-1" data-problems>${this.t('quotes.problems', { count })}</p>` : nothing}
      ${this.renderLines(lines)}
      <div class="row">
        ${this.input('quote-target-date', 'targetDate', this.t('quotes.target_date'), this.targetDate, (v) => (this.targetDate = v), { type: 'date', hint: this.t('quotes.target_date_hint'), min: earliestRfqTargetDate(new Date()) })}
      </div>
      <div class="field">
        <label class="label" for="quote-note">${this.t('quotes.note')}</label>
        <span class="hint muted" id="quote-note-hint">${this.t('quotes.note_hint')}</span>
        <textarea
          class="input"
          id="quote-note"
          name="note"
          aria-invalid=${this.fieldError('note') ? 'true' : 'false'}
          aria-describedby=${this.fieldError('note') ? 'quote-note-hint quote-note-error' : 'quote-note-hint'}
          .value=${this.note}
          @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.fieldError('note') ? html`<p class="field-error" id="quote-note-error">${this.fieldError('note')}</p>` : nothing}
      </div>
      <fieldset class="contact">
        <legend class="label">${this.t('quotes.contact')}</legend>
        <div class="row">
          ${this.input('quote-contact-name', 'contact.name', this.t('quotes.contact_name'), this.contact.name, (v) => (this.contact = { ...this.contact, name: v }), { autocomplete: 'name' })}
          ${this.input('quote-contact-phone', 'contact.phone', this.t('quotes.contact_phone'), this.contact.phone, (v) => (this.contact = { ...this.contact, phone: v }), { type: 'tel', autocomplete: 'tel' })}
          ${this.input('quote-contact-email', 'contact.email', this.t('quotes.contact_email'), this.contact.email, (v) => (this.contact = { ...this.contact, email: v }), { type: 'email', autocomplete: 'email' })}
        </div>
      </fieldset>
      <div class="actions">
        <button class="button primary" part="submit-button" type="submit" data-submit ?disabled=${this.sending} aria-busy=${this.sending ? 'true' : 'false'}>
          ${this.t(this.sending ? 'quotes.sending' : 'quotes.submit')}
        </button>
      </div>
    </form>`;
  }

  /**
   * What the last action said (and "View cart" after lines went into it), and what went wrong:
   * under the form for sending, in the request acted on for the others. The status region is
   * always there, so that a screen reader hears what appears in it.
   */
  private renderFeedback(rfqId: string | undefined): TemplateResult {
    const mine = this.statusOf === rfqId;
    return html`<div class="feedback" role="status" data-feedback=${rfqId ?? 'form'}>
        ${mine && this.status ? html`<p class="notice success">${this.status}</p>` : nothing}
        ${mine && this.showCart ? html`<button class="button" type="button" data-view-cart @click=${() => emit(this, 'oz-navigate', { view: 'cart' })}>${this.t('quotes.view_cart')}</button>` : nothing}
      </div>
      ${mine && this.error ? html`<p class="notice error" role="alert" data-error>${this.error}</p>` : nothing}`;
  }

  /** What the status of `rfq` means for the shopper now, under its lines. */
  private renderOutcome(rfq: Rfq, status: string): TemplateResult | typeof nothing {
    const expires = rfq.offer ? this.formatDate(rfq.offer.expiresAt, true) : '';
    if (rfq.orderNumber) return html`<p class="notice success" data-outcome>${this.t('quotes.ordered', { orderNumber: rfq.orderNumber })}</p>`;
    switch (status) {
      case 'accepted': return html`<p class="notice success" data-outcome>${this.t('quotes.accepted_note', { date: expires })}</p>`;
      case 'expired': return html`<p class="notice error" data-outcome>${this.t('quotes.expired_note', { date: expires })}</p>`;
      case 'withdrawn': return html`<p class="notice error" data-outcome>${this.t('quotes.withdrawn_note')}</p>`;
      case 'declined': return html`<p class="muted" data-outcome>${this.t('quotes.declined_note')}</p>`;
      default: return nothing;
    }
  }

  private renderRequest(rfq: Rfq, now: Date): TemplateResult {
    const status = rfqStatusAt(rfq, now);
    const actions = allowedRfqBuyerActions(rfq, now);
    const busy = this.busyId === rfq.id;
    const headingId = `rfq-${rfq.id}-heading`;
    return html`<li class="request" part="request" data-rfq=${rfq.id} data-status=${status} tabindex="-1" aria-labelledby=${headingId}>
      <div class="request-head">
        <h4 id=${headingId}>${this.t('quotes.request', { id: rfq.id })}</h4>
        <span class="badge" part="status" data-tone=${rfqStatusTone(status)} data-status-text>${this.t(`quotes.status.${status}`)}</span>
      </div>
      <p class="muted small">${this.t('quotes.sent_on', { date: this.formatDate(rfq.createdAt), target: this.formatDate(rfq.targetDate) })}</p>
      <table class="request-lines">
        <thead>
          <tr>
            <th scope="col">${this.t('quotes.col.item')}</th>
            <th scope="col" class="num">${this.t('quotes.col.quantity')}</th>
            <th scope="col" class="num list-price">${this.t('quotes.col.list_price')}</th>
            <th scope="col" class="num">${this.t('quotes.col.quoted_price')}</th>
          </tr>
        </thead>
        <tbody>
          ${rfq.lines.map(
            (line) => html`<tr data-line=${line.variantId}>
              <th scope="row">${this.itemName(line)}<span class="muted sku">${line.sku}</span></th>
              <td class="num">${line.quantity}</td>
              <td class="num money list-price">${this.i18n.money(line.listUnitPrice)}</td>
              <td class="num money quoted" data-quoted>${line.unitPrice ? this.i18n.money(line.unitPrice) : this.t('quotes.not_quoted')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${rfq.offer
        ? html`<div class="offer">
            <p class="offer-total">${this.t('quotes.offer_total')} <strong class="money" data-offer-total>${this.i18n.money(rfq.offer.total)}</strong></p>
            <p class="muted" data-expires>${this.t('quotes.valid_until', { date: this.formatDate(rfq.offer.expiresAt, true) })}</p>
          </div>
          ${rfq.offer.note ? html`<p class="note" data-merchant-note>${this.t('quotes.merchant_note', { note: rfq.offer.note })}</p>` : nothing}`
        : nothing}
      ${rfq.note ? html`<p class="muted note">${this.t('quotes.your_note', { note: rfq.note })}</p>` : nothing}
      ${this.renderOutcome(rfq, status)}
      ${this.renderFeedback(rfq.id)}
      ${actions.length > 0
        ? html`<div class="actions">
            ${actions.includes('accept')
              ? html`<button class="button primary" part="accept-button" type="button" data-accept ?disabled=${busy} @click=${() => void this.decide(rfq, 'accept')}>${this.t('quotes.accept')}</button>`
              : nothing}
            ${actions.includes('checkout')
              ? html`<button class="button" type="button" data-add-again ?disabled=${busy} @click=${() => void this.decide(rfq, 'checkout')}>${this.t('quotes.add_again')}</button>`
              : nothing}
            ${actions.includes('decline')
              ? html`<button class="button" part="decline-button" type="button" data-decline ?disabled=${busy} @click=${() => void this.decide(rfq, 'decline')}>
                  ${this.t(status === 'requested' ? 'quotes.withdraw' : 'quotes.decline')}
                </button>`
              : nothing}
          </div>`
        : nothing}
    </li>`;
  }

  private renderList(): TemplateResult {
    const rfqs = this.rfqs.value ?? { status: 'idle' };
    const list = rfqs.status === 'idle' ? undefined : rfqs.data;
    const now = new Date();
    let body: TemplateResult;
    if (list && list.length > 0) body = html`<ul class="requests">${list.map((rfq) => this.renderRequest(rfq, now))}</ul>`;
    else if (rfqs.status === 'error') body = html``;
    else if (rfqs.status === 'ready') body = html`<p class="muted" data-none>${this.t('quotes.none')}</p>`;
    else body = html`<p class="muted" role="status">${this.t('quotes.loading')}</p>`;
    return html`<section class="list" part="list" aria-labelledby="quotes-list-heading" aria-busy=${rfqs.status === 'loading' ? 'true' : 'false'}>
      <h3 id="quotes-list-heading">${this.t('quotes.list_heading')}</h3>
      ${rfqs.status === 'error'
        ? html`<div class="notice error" role="alert" data-list-error>
            <p>${describeError(rfqs.error, this.i18n.t)}</p>
            <button class="button" type="button" @click=${() => void this.requests?.load()}>${this.t('common.retry')}</button>
          </div>`
        : nothing}
      ${body}
    </section>`;
  }

  protected override render(): TemplateResult {
    const session = this.session.value;
    if (!session) {
      return html`<section class="quotes" part="base" aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">${this.t('quotes.heading')}</h2>
        <div class="empty" part="empty" data-signed-out>
          <p>${this.t('quotes.signed_out')}</p>
          <button class="button primary" type="button" data-sign-in @click=${() => emit(this, 'oz-navigate', { view: 'sign-in' })}>${this.t('quotes.sign_in')}</button>
        </div>
      </section>`;
    }
    if (!this.requests?.supported) {
      return html`<section class="quotes" part="base" aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">${this.t('quotes.heading')}</h2>
        <p class="muted" data-unsupported>${this.t('quotes.unsupported')}</p>
      </section>`;
    }
    return html`<div class="quotes" part="base">
      ${this.renderForm()}
      ${this.renderFeedback(undefined)}
      ${this.renderList()}
    </div>`;
  }
}
