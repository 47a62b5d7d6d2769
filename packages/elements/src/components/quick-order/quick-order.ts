/**
 * `<quick-order>`: a business buyer pastes SKUs and quantities (or uploads a CSV file) and puts
 * them in the cart in one step.
 *
 * @module
 */
import { toOrderZoneError, type LoadedZone, type QuickOrderLine } from '@orderzone/core';
import { placeQuickOrder } from '@orderzone/core/business';
import { quickOrderProblemMessages } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from '../property-decorators.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { quickOrderByLanguage } from './quick-order.messages-by-language.ts';
import { quickOrderStyles } from './quick-order.styles.ts';

/**
 * Quick order for business buyers: one line per item, the SKU then the quantity (space, tab, comma
 * or semicolon between), typed, pasted from a spreadsheet or read from an uploaded CSV file (added
 * to what is in the box). "Add to cart" checks every line in the core against the catalog (unknown
 * SKU, below the minimum, not a whole pack, above the maximum, out of stock, what the cart already
 * holds) and puts every line that can be ordered in the cart at once; the lines that cannot stay in
 * the box as typed, each listed with what is wrong, so nothing typed is lost.
 *
 * @summary Paste SKUs and quantities (or upload a CSV) and add them to the cart in one step.
 *
 * @fires oz-error - The backend could not be asked (offline...): `{ error, message }`. The box keeps its text.
 *
 * @csspart form - The quick order form.
 * @csspart submit-button - The "Add to cart" button.
 * @csspart problems - The list of lines that could not be added.
 * @csspart status - What was added.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-quick-order-max-width=760px] - Maximum width.
 */
export class QuickOrder extends ZoneElement<'cart'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, quickOrderStyles];

  @state() private text = '';
  @state() private busy = false;
  @state() private problems: QuickOrderLine[] = [];
  @state() private status = '';
  @state() private error = '';

  constructor() {
    super([quickOrderProblemMessages, quickOrderByLanguage], ['cart']);
  }

  protected override zoneChanged(_zone: LoadedZone<'cart'>): void {
    this.problems = [];
    this.status = '';
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.error = '';
    this.status = '';
    if (this.text.trim() === '') {
      this.problems = [];
      this.error = this.t('quickOrder.empty');
      return;
    }
    this.busy = true;
    try {
      const zone = this.readyZone;
      const result = await placeQuickOrder(zone.adapter, zone.cart, this.text, { locale: this.i18n.locale });
      this.text = result.remainingText;
      this.problems = result.lines.filter((line) => line.problem);
      this.status = result.added > 0 ? this.t('quickOrder.added', { count: result.added }) : '';
      if (this.problems.length > 0) await this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#quick-order-text')?.focus());
    } catch (raw) {
      this.error = this.reportError(toOrderZoneError(raw));
    } finally {
      this.busy = false;
    }
  }

  private async readFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const content = (await file.text()).trim();
    // Added after what is already in the box: nothing typed is replaced.
    this.text = this.text.trim() === '' ? content : `${this.text.trimEnd()}\n${content}`;
    input.value = '';
  }

  private problemText(line: QuickOrderLine): string {
    const problem = line.problem!;
    const { code, ...params } = problem;
    return this.t(`quick_order.${code}`, params as Record<string, number>);
  }

  protected override render(): TemplateResult {
    const describedBy = ['quick-order-hint', this.problems.length > 0 ? 'quick-order-problems' : ''].filter(Boolean).join(' ');
    return html`<form part="form" aria-labelledby="quick-order-heading" novalidate @submit=${this.submit}>
      <h2 id="quick-order-heading">${this.t('quickOrder.heading')}</h2>
      <p class="muted">${this.t('quickOrder.intro')}</p>
      <div class="field">
        <label class="label" for="quick-order-text">${this.t('quickOrder.label')}</label>
        <span class="hint" id="quick-order-hint">${this.t('quickOrder.hint')}</span>
        <textarea
          class="input"
          id="quick-order-text"
          name="lines"
          spellcheck="false"
          autocomplete="off"
          aria-invalid=${this.problems.length > 0 ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${this.text}
          @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${this.problems.length > 0
        ? html`<div class="notice error" id="quick-order-problems" part="problems" data-problems>
            <p>${this.t('quickOrder.problems', { count: this.problems.length })}</p>
            <ul class="problems">
              ${this.problems.map(
                (line, i) => html`<li data-problem=${line.problem!.code}>${this.t('quickOrder.problem_line', { line: i + 1, text: line.entry.text })} — ${this.problemText(line)}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${this.error ? html`<p class="notice error" role="alert" data-error>${this.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" part="submit-button" type="submit" data-submit ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
          ${this.t(this.busy ? 'quickOrder.checking' : 'quickOrder.submit')}
        </button>
        <label class="button" for="quick-order-file">${this.t('quickOrder.file')}</label>
        <input class="visually-hidden" id="quick-order-file" type="file" accept=".csv,text/csv,text/plain" @change=${this.readFile} />
      </div>
      <p class="muted" part="status" role="status" data-status>${this.status}</p>
    </form>`;
  }
}
