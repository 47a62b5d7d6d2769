/**
 * `<rfq-desk>`: the console's requests for quote (询价, admin API `GET /rfqs`,
 * `PUT /rfqs/:id/offer`, `POST /rfqs/:id/withdraw`). Without `rfqId`: the list, newest first, with a
 * status filter and each request's status as it stands now. With `rfqId`: one request, what the
 * buyer asked (lines, quantities, list prices, target date, note, contact, company), and the
 * merchant's answer: a unit price per line typed as a decimal in the shop's currency (turned into
 * integer minor units by the core's `parseMoney`, never a float) and an expiry, or the withdrawal.
 * What the merchant may do in each status, and what an answer must hold, are the core's rules
 * (`allowedRfqMerchantActions`, `rfqOfferProblems`); the server applies the same ones. Loaded by
 * `import()` only when the merchant opens the page.
 */
import { formatMoney, isOrderZoneError, localize, parseMoney, toDecimalString, toOrderZoneError, type FieldError, type Money, type Translate } from '@orderzone/core';
import { coreMessages, createTranslator, describeError, describeFieldError } from '@orderzone/core/messages';
import { allowedRfqMerchantActions, rfqOfferProblems, rfqReference, rfqStatusAt, RfqStatusSchema, type Rfq, type RfqOfferDraft, type RfqStatus } from '@orderzone/core/rfq';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient } from './admin-client.ts';
import { consoleMessages } from './console-messages.ts';
import { formatCalendarDate, formatDateTime } from './order-view.ts';
import { rfqConsoleMessages } from './rfq-messages.ts';

/** How long the prices hold unless the merchant says otherwise: a week. */
export const DEFAULT_OFFER_DAYS = 7;

/** `date` as a `datetime-local` input value, in the browser's time zone. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The currency of a request: its lines' list prices are in the shop's currency. */
function currencyOf(rfq: Rfq): string {
  return rfq.lines[0]!.listUnitPrice.currency;
}

/**
 * The merchant's answer from the form's text: each unit price parsed in `currency` (an amount that is
 * not a decimal, or has more decimals than the currency, is a field error `unitPrices.<i>`
 * `invalid_amount`), then the core's `rfqOfferProblems`. Either the draft or its problems.
 */
export function offerFromForm(rfq: Rfq, form: { unitPrices: readonly string[]; expiresAt: string; note: string }, now: Date): { draft: RfqOfferDraft } | { problems: FieldError[] } {
  const currency = currencyOf(rfq);
  const problems: FieldError[] = [];
  const unitPrices: Money[] = form.unitPrices.map((text, index) => {
    try {
      return parseMoney(text, currency);
    } catch {
      problems.push({ field: `unitPrices.${index}`, code: 'invalid_amount' });
      return { amount: 0, currency };
    }
  });
  const expires = new Date(form.expiresAt);
  const note = form.note.trim();
  const draft: RfqOfferDraft = { unitPrices, expiresAt: Number.isNaN(expires.getTime()) ? form.expiresAt : expires.toISOString(), ...(note ? { note } : {}) };
  problems.push(...rfqOfferProblems(rfq, draft, currency, now).filter((p) => !problems.some((q) => q.field === p.field)));
  return problems.length > 0 ? { problems } : { draft };
}

export class RfqDesk extends LitElement {
  /** The admin API of the console. */
  @property({ attribute: false }) client?: AdminClient;
  @property() locale = 'zh-CN';
  /** The request shown; the list when unset. */
  @property({ attribute: false }) rfqId: string | undefined;

  @state() private rfqs: Rfq[] | undefined;
  @state() private filter: RfqStatus | 'all' = 'all';
  @state() private failure: string | undefined;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private actionError: string | undefined;
  @state() private busy = false;
  @state() private announcement = '';
  private loads = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get t(): Translate {
    return createTranslator(this.locale, coreMessages, consoleMessages, rfqConsoleMessages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rfqId')) {
      this.fieldErrors = {};
      this.actionError = undefined;
    }
    if ((changed.has('client') || changed.has('rfqId')) && this.client) void this.load();
  }

  /** The list as the server has it now (every request: the filter applies to the status at this moment). */
  private async load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const load = ++this.loads;
    try {
      const rfqs = await client.listRfqs();
      if (load !== this.loads) return;
      this.rfqs = rfqs;
      this.failure = undefined;
    } catch (error) {
      if (load === this.loads) this.failure = describeError(toOrderZoneError(error), this.t);
    }
  }

  private statusOf(rfq: Rfq): RfqStatus {
    return rfqStatusAt(rfq, new Date());
  }

  private money(m: Money): string {
    return formatMoney(m, this.locale);
  }

  // ---- actions

  private async answer(rfq: Rfq, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string): string => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const form = { unitPrices: rfq.lines.map((_, i) => text(`unitPrice-${i}`)), expiresAt: text('expiresAt'), note: text('note') };
    const result = offerFromForm(rfq, form, new Date());
    if ('problems' in result) {
      this.showProblems(rfq, result.problems);
      return;
    }
    await this.act(rfq, () => client.answerRfq(rfq.id, result.draft), 'answer');
  }

  private async act(rfq: Rfq, call: () => Promise<Rfq>, action: 'answer' | 'withdraw'): Promise<void> {
    this.busy = true;
    this.fieldErrors = {};
    this.actionError = undefined;
    try {
      const saved = await call();
      this.rfqs = (this.rfqs ?? []).map((r) => (r.id === saved.id ? saved : r));
      this.announcement = this.t(`rfq.done.${action}`);
    } catch (error) {
      const problem = toOrderZoneError(error);
      if (isOrderZoneError(problem) && problem.fieldErrors?.length) this.showProblems(rfq, problem.fieldErrors);
      else this.actionError = describeError(problem, this.t);
      if (problem.code === 'conflict') void this.load();
    } finally {
      this.busy = false;
    }
  }

  /** Field errors beside their fields, the first one focused. */
  private showProblems(rfq: Rfq, problems: readonly FieldError[]): void {
    const t = this.t;
    const example = toDecimalString({ amount: 1990, currency: currencyOf(rfq) });
    const errors: Record<string, string> = {};
    for (const problem of problems) {
      const field = problem.field.replace(/^unitPrices\.(\d+)$/, 'unitPrice-$1').replace(/^unitPrices$/, 'unitPrice-0');
      errors[field] ??= problem.code === 'invalid_amount' ? t('rfq.amount_invalid', { example }) : describeFieldError(problem, t);
    }
    this.fieldErrors = errors;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  // ---- rendering

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div class="visually-hidden" role="status" aria-live="polite" data-rfq-announcement>${this.announcement}</div>
      ${this.rfqId === undefined ? this.renderList(t) : this.renderOne(this.rfqId, t)}`;
  }

  private statusBadge(rfq: Rfq, t: Translate): TemplateResult {
    const status = this.statusOf(rfq);
    return html`<span class="status rfq-status-${status}" data-rfq-status=${status}>${t(`rfq.status.${status}`)}</span>`;
  }

  private renderList(t: Translate): TemplateResult {
    const shown = this.rfqs?.filter((rfq) => this.filter === 'all' || this.statusOf(rfq) === this.filter);
    return html`<section class="rfqs" aria-labelledby="rfq-heading" data-rfqs>
      <h2 id="rfq-heading" tabindex="-1">${t('rfq.heading')}</h2>
      <p class="muted">${t('rfq.intro')}</p>
      <div class="search">
        <div class="field">
          <label for="rfq-filter">${t('rfq.filter')}</label>
          <select id="rfq-filter" data-rfq-filter @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as RfqStatus | 'all')}>
            <option value="all" ?selected=${this.filter === 'all'}>${t('rfq.filter.all')}</option>
            ${RfqStatusSchema.options.map((status) => html`<option value=${status} ?selected=${this.filter === status}>${t(`rfq.status.${status}`)}</option>`)}
          </select>
        </div>
      </div>
      ${this.failure
        ? html`<p class="card-error" role="alert">${t('rfq.failed', { message: this.failure })}</p>`
        : shown === undefined
          ? html`<p class="muted">${t('rfq.loading')}</p>`
          : shown.length === 0
            ? html`<p class="empty" data-rfqs-empty>${t('rfq.empty')}</p>`
            : html`<ol class="orders" role="list">
                ${shown.map(
                  (rfq) => html`<li>
                    <article class="order-card summary" aria-labelledby="rfq-${rfq.id}" data-rfq=${rfq.id}>
                      <header class="order-header">
                        <h3 id="rfq-${rfq.id}"><a href="#rfq/${encodeURIComponent(rfq.id)}">${t('rfq.title', { number: rfqReference(rfq) })}</a></h3>
                        ${this.statusBadge(rfq, t)}
                      </header>
                      <p class="summary-line">
                        <span>${rfq.company?.name ?? rfq.contact.name}</span>
                        <span>${t('rfq.summary', { count: rfq.lines.length, targetDate: formatCalendarDate(rfq.targetDate, this.locale) })}</span>
                        ${rfq.offer ? html`<span>${t('rfq.offer_total')}: ${this.money(rfq.offer.total)}</span>` : nothing}
                        <span class="muted small">${formatDateTime(rfq.createdAt, this.locale)}</span>
                      </p>
                    </article>
                  </li>`,
                )}
              </ol>`}
    </section>`;
  }

  private renderOne(id: string, t: Translate): TemplateResult {
    const back = html`<p class="back"><a href="#rfqs">← ${t('rfq.back')}</a></p>`;
    if (this.failure) return html`${back}<p class="card-error" role="alert">${t('rfq.failed', { message: this.failure })}</p>`;
    if (this.rfqs === undefined) return html`${back}<p class="muted">${t('rfq.loading')}</p>`;
    const rfq = this.rfqs.find((r) => r.id === id);
    if (!rfq) return html`${back}<p class="empty" data-rfq-missing>${t('rfq.missing', { id })}</p>`;
    const actions = allowedRfqMerchantActions(rfq, new Date());
    const currency = currencyOf(rfq);
    const canAnswer = actions.includes('answer');
    const expiry = rfq.offer && Date.parse(rfq.offer.expiresAt) > Date.now() ? new Date(rfq.offer.expiresAt) : new Date(Date.now() + DEFAULT_OFFER_DAYS * 86_400_000);
    const error = (name: string) => this.fieldErrors[name];
    const fact = (label: string, value: unknown, row: string) => html`<dt>${t(label)}</dt><dd data-row=${row}>${value}</dd>`;
    return html`${back}
      <article class="order-card rfq" aria-labelledby="rfq-title" data-rfq=${rfq.id}>
        <header class="order-header">
          <h2 id="rfq-title" tabindex="-1">${t('rfq.title', { number: rfqReference(rfq) })}</h2>
          ${this.statusBadge(rfq, t)}
        </header>
        <dl class="facts">
          ${fact('rfq.sent', formatDateTime(rfq.createdAt, this.locale), 'sent')}
          ${fact('rfq.buyer', `${rfq.contact.name} · ${rfq.contact.phone} · ${rfq.contact.email}`, 'buyer')}
          ${rfq.company ? fact('rfq.company', `${rfq.company.name} · ${rfq.company.creditCode}`, 'company') : nothing}
          ${fact('rfq.target_date', formatCalendarDate(rfq.targetDate, this.locale), 'target-date')}
          ${rfq.note ? fact('rfq.note', rfq.note, 'note') : nothing}
          ${rfq.offer ? fact('rfq.offer_total', this.money(rfq.offer.total), 'offer-total') : nothing}
          ${rfq.offer ? fact('rfq.expires', formatDateTime(rfq.offer.expiresAt, this.locale), 'expires') : nothing}
          ${rfq.offer?.note ? fact('rfq.your_note', rfq.offer.note, 'offer-note') : nothing}
          ${rfq.orderNumber ? fact('rfq.order', html`<a href="#order/${encodeURIComponent(rfq.orderNumber)}">${rfq.orderNumber}</a>`, 'order') : nothing}
        </dl>
        <form class="rfq-offer" novalidate @submit=${(e: SubmitEvent) => void this.answer(rfq, e)}>
          <table class="figures rfq-lines">
            <thead>
              <tr><th scope="col">${t('rfq.product')}</th><th scope="col">${t('rfq.quantity')}</th><th scope="col">${t('rfq.list_price')}</th><th scope="col">${t('rfq.unit_price', { currency })}</th></tr>
            </thead>
            <tbody>
              ${rfq.lines.map((line, i) => {
                const title = [localize(line.title, this.locale), line.variantTitle ? localize(line.variantTitle, this.locale) : undefined].filter(Boolean).join(' · ');
                const name = `unitPrice-${i}`;
                return html`<tr data-rfq-line=${i}>
                  <th scope="row">${title} <span class="muted small">${line.sku}</span></th>
                  <td>${line.quantity}</td>
                  <td>${this.money(line.listUnitPrice)}</td>
                  <td>
                    ${canAnswer
                      ? html`<input
                            name=${name}
                            inputmode="decimal"
                            autocomplete="off"
                            size="10"
                            aria-label=${t('rfq.unit_price_for', { title, currency })}
                            aria-invalid=${error(name) ? 'true' : 'false'}
                            aria-describedby=${error(name) ? `${name}-error` : nothing}
                            .value=${line.unitPrice ? toDecimalString(line.unitPrice) : ''}
                            placeholder=${toDecimalString(line.listUnitPrice)}
                          />
                          ${error(name) ? html`<span class="field-error" id="${name}-error" data-field-error=${name}>${error(name)}</span>` : nothing}`
                      : line.unitPrice
                        ? html`<span data-quoted-price>${this.money(line.unitPrice)}</span>`
                        : html`<span class="muted">—</span>`}
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
          ${canAnswer
            ? html`<div class="fields">
                  <div class="field">
                    <label for="rfq-expires">${t('rfq.expires_at')}</label>
                    <input id="rfq-expires" name="expiresAt" type="datetime-local" required .value=${localInputValue(expiry)} aria-invalid=${error('expiresAt') ? 'true' : 'false'} aria-describedby=${error('expiresAt') ? 'expiresAt-error' : nothing} />
                    ${error('expiresAt') ? html`<span class="field-error" id="expiresAt-error" data-field-error="expiresAt">${error('expiresAt')}</span>` : nothing}
                  </div>
                  <div class="field wide">
                    <label for="rfq-note">${t('rfq.offer_note')}</label>
                    <textarea id="rfq-note" name="note" rows="2" maxlength="500" .value=${rfq.offer?.note ?? ''} aria-invalid=${error('note') ? 'true' : 'false'}></textarea>
                    ${error('note') ? html`<span class="field-error" data-field-error="note">${error('note')}</span>` : nothing}
                  </div>
                </div>
                <div class="form-actions">
                  <button type="submit" class="button primary" data-rfq-action="answer" ?disabled=${this.busy}>${t(rfq.status === 'quoted' ? 'rfq.revise' : 'rfq.answer')}</button>
                  ${actions.includes('withdraw')
                    ? html`<button type="button" class="button" data-rfq-action="withdraw" ?disabled=${this.busy} @click=${() => void this.act(rfq, () => this.client!.withdrawRfq(rfq.id), 'withdraw')}>${t('rfq.withdraw')}</button>`
                    : nothing}
                </div>`
            : html`<p class="muted" data-rfq-no-actions>${t('rfq.no_actions')}</p>`}
          ${this.actionError ? html`<p class="card-error" role="alert" data-rfq-error>${this.actionError}</p>` : nothing}
        </form>
      </article>`;
  }
}

customElements.define('rfq-desk', RfqDesk);

declare global {
  interface HTMLElementTagNameMap {
    'rfq-desk': RfqDesk;
  }
}
