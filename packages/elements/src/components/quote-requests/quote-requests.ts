/**
 * `<quote-requests>`: a signed-in business buyer asks for prices (询价) for the goods in the cart,
 * and follows the requests: the merchant's prices and expiry, Accept (the lines go into the cart at
 * the quoted prices) or Decline.
 *
 * @module
 */
import { toOrderZoneError, type FieldError, type LoadedZone, type Rfq, type Session, type AsyncState, type CartLine, type Watch, type WatchClock } from '@orderzone/core';
import { createRfqRequests, quotableCartLines, rfqReference, rfqStatusAt, type RfqRequests } from '@orderzone/core/rfq';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { ZoneElement } from '../zone-element.ts';
import { quoteRequestsByLanguage } from './quote-requests.messages-by-language.ts';
import { quoteRequestsStyles } from './quote-requests.styles.ts';
import { draftLine, renderQuoteForm, type DraftLine } from './quote-form.ts';
import { renderQuoteList } from './quote-list.ts';

/**
 * Requests for quote for business buyers. The form asks a price for the goods in the cart (each
 * line's quantity can be changed or the line removed; bookings and personalized goods cannot be
 * quoted and are left out), a target date, notes and the contact (prefilled from the session);
 * "Send request" checks everything in the core by the backend's own rules and names each problem
 * at its field, losing nothing typed. Below, the shopper's requests, newest first, each headed by
 * its number ("Request RFQ-7KD4M-9QXT2"; the end of its id from a backend without numbers): the status, the
 * lines with the list price and the merchant's unit price (formatted from minor units), the quoted
 * total and until when it holds; while quoted, "Accept and add to cart" (the lines go into the cart
 * carrying the request's id, so checkout is priced at the quote until it expires) and "Decline". An
 * expired or withdrawn request says so. The list follows the merchant's answers live while one is
 * awaited, also a new answer to a quote whose prices lapsed before it was accepted (the core's
 * `follow()`: back-off, paused while the page is hidden, stopped when the element leaves the page
 * or nothing can change) and says each change once to screen readers. A guest is asked to sign in; a
 * session the backend no longer accepts signs the shopper out with a message, as in My orders.
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

  /** Timers of the list's live checks; for tests. Default: the real ones. */
  @property({ attribute: false }) clock?: WatchClock;

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
  /** What the last live check found, said once to screen readers. */
  @state() private news = '';

  private readonly session = new StoreController<Session | undefined>(this);
  private readonly cartLines = new StoreController<readonly CartLine[]>(this);
  private readonly rfqs = new StoreController<AsyncState<Rfq[]>>(this);
  private requests?: RfqRequests;
  private following?: Watch;
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
    this.following?.stop();
    this.following = undefined;
  }

  /** A new session (or none): its own requests, loaded and followed live; the contact prefilled from it. */
  private sessionChanged(zone: LoadedZone<'account'>, session: Session | undefined): void {
    if (session?.token === this.shownSession && this.requests) return;
    this.shownSession = session?.token;
    this.following?.stop();
    this.following = undefined;
    this.requests = createRfqRequests({
      adapter: zone.adapter,
      cart: zone.cart,
      sessionToken: () => zone.account.$session.get()?.token,
      locale: () => this.i18n.locale,
      sessionRefused: (token) => zone.account.sessionRefused(token),
    });
    this.rfqs.setStore(this.requests.$rfqs);
    this.fieldErrors = [];
    this.status = '';
    this.error = '';
    this.contact = { name: '', phone: session?.shopper.phone ?? '', email: session?.shopper.email ?? '' };
    if (session && this.requests.supported) {
      void this.requests.load();
      this.following = this.requests.follow({ clock: this.clock, onChange: (changed) => this.announce(changed) });
    }
  }

  /** Says what changed (a request's new status) in the live region, emptied first so the same words are said again. */
  private announce(changed: Rfq[]): void {
    const now = new Date();
    const message = changed.map((rfq) => this.t('quotes.changed', { number: rfqReference(rfq), status: this.t(`quotes.status.${rfqStatusAt(rfq, now)}`) })).join(' ');
    this.news = '';
    void this.updateComplete.then(() => (this.news = message));
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
      this.status = this.t('quotes.sent', { number: rfqReference(result.rfq) });
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
        this.status = this.t('quotes.declined_done', { number: rfqReference(rfq) });
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
      <p class="visually-hidden" aria-live="polite" data-news>${this.news}</p>
      ${renderQuoteForm({
        i18n: this.i18n,
        lines: this.formLines,
        edited: this.edited,
        targetDate: this.targetDate,
        note: this.note,
        contact: this.contact,
        fieldErrors: this.fieldErrors,
        sending: this.sending,
        editLines: (change) => this.editLines(change),
        refill: () => ((this.edited = false), (this.lines = []), (this.fieldErrors = [])),
        setTargetDate: (value) => (this.targetDate = value),
        setNote: (value) => (this.note = value),
        setContact: (change) => (this.contact = { ...this.contact, ...change }),
        submit: this.submit,
      })}
      ${this.renderFeedback(undefined)}
      ${renderQuoteList({
        i18n: this.i18n,
        rfqs: this.rfqs.value ?? { status: 'idle' },
        busyId: this.busyId,
        decide: (rfq, action) => void this.decide(rfq, action),
        retry: () => void this.requests?.load(),
        feedback: (rfqId) => this.renderFeedback(rfqId),
      })}
    </div>`;
  }
}
