/**
 * `<quote-requests>`'s request form: the draft (the cart's quotable lines until the shopper changes
 * them, the target date, notes, the contact), each problem named at its field, and "Send request".
 *
 * @module
 */
import type { CartLine, FieldError, LocalizedText } from '@orderzone/core';
import { earliestRfqTargetDate } from '@orderzone/core/rfq';
import { describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { itemName } from './quote-list.ts';

/** A line of the request being written: the item as the cart shows it, and the quantity typed. */
export interface DraftLine {
  productId: string;
  variantId: string;
  title: LocalizedText;
  variantTitle?: LocalizedText;
  sku: string;
  quantity: string;
}

/** A cart line as a line of the draft. */
export const draftLine = (line: CartLine): DraftLine => ({
  productId: line.productId,
  variantId: line.variantId,
  title: line.seen.title,
  ...(line.seen.variantTitle ? { variantTitle: line.seen.variantTitle } : {}),
  sku: line.seen.sku,
  quantity: String(line.quantity),
});

/** The contact of a request. */
export interface QuoteContact {
  name: string;
  phone: string;
  email: string;
}

/** What the form shows and what it changes in `<quote-requests>`. */
export interface QuoteFormView {
  i18n: LocaleController;
  lines: DraftLine[];
  /** True once the shopper changed the lines: they no longer follow the cart. */
  edited: boolean;
  targetDate: string;
  note: string;
  contact: QuoteContact;
  fieldErrors: readonly FieldError[];
  sending: boolean;
  editLines: (change: (lines: DraftLine[]) => DraftLine[]) => void;
  /** The lines follow the cart again. */
  refill: () => void;
  setTargetDate: (value: string) => void;
  setNote: (value: string) => void;
  /** Changes some fields of the contact, keeping the others as they are now. */
  setContact: (change: Partial<QuoteContact>) => void;
  /** "Send request": the `submit` listener, called by Lit on the element. */
  submit: (event: Event) => Promise<void>;
}

/** The problem of `field`, in words: this element's sentence for it, else the core's. */
function fieldError(view: QuoteFormView, field: string): string | undefined {
  const error = view.fieldErrors.find((e) => e.field === field);
  if (!error) return undefined;
  const key = `quotes.field.${field.split('.').at(-1)}.${error.code}`;
  const own = view.i18n.t(key);
  return own === key ? describeFieldError(error, view.i18n.t) : own;
}

function input(view: QuoteFormView, id: string, field: string, label: string, value: string, set: (value: string) => void, attrs: { type?: string; hint?: string; autocomplete?: string; min?: string } = {}): TemplateResult {
  const error = fieldError(view, field);
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

function renderLines(view: QuoteFormView): TemplateResult {
  const t = view.i18n.t;
  const linesError = fieldError(view, 'lines');
  return html`<fieldset class="lines">
      <legend class="label">${t('quotes.lines')}</legend>
      ${view.lines.length === 0 ? html`<p class="muted" data-no-lines>${t('quotes.no_lines')}</p>` : nothing}
      ${linesError ? html`<p class="field-error" id="quote-lines-error">${linesError}</p>` : nothing}
      <ul class="draft-lines">
        ${view.lines.map((line, i) => {
          const title = itemName(view.i18n, line);
          const productError = fieldError(view, `lines.${i}.productId`);
          const quantityError = fieldError(view, `lines.${i}.quantity`);
          const error = productError ?? quantityError;
          return html`<li class="draft-line" data-line=${line.variantId}>
            <span class="draft-title">${title}<span class="muted sku">${line.sku}</span></span>
            <input
              class="input quantity"
              id="quote-line-${i}-quantity"
              type="number"
              inputmode="numeric"
              min="1"
              aria-label=${t('quotes.quantity_of', { title })}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `quote-line-${i}-error` : nothing}
              .value=${line.quantity}
              @input=${(e: Event) => view.editLines((all) => all.map((l, j) => (j === i ? { ...l, quantity: (e.target as HTMLInputElement).value } : l)))}
            />
            <button class="button small" type="button" data-remove aria-label=${t('quotes.remove_line', { title })} @click=${() => view.editLines((all) => all.filter((_, j) => j !== i))}>
              ${t('quotes.remove')}
            </button>
            ${error ? html`<p class="field-error line-error" id="quote-line-${i}-error">${error}</p>` : nothing}
          </li>`;
        })}
      </ul>
      ${view.edited ? html`<button class="button link" type="button" data-refill @click=${view.refill}>${t('quotes.refill')}</button>` : nothing}
    </fieldset>`;
}

/** The request form: its lines, target date, notes and contact, each with its problem, and "Send request". */
export function renderQuoteForm(view: QuoteFormView): TemplateResult {
  const t = view.i18n.t;
  const count = view.fieldErrors.length;
  const contact = view.contact;
  const noteError = fieldError(view, 'note');
  return html`<form part="form" aria-labelledby="quotes-heading" novalidate @submit=${view.submit}>
      <h2 id="quotes-heading">${t('quotes.heading')}</h2>
      <p class="muted">${t('quotes.intro')}</p>
      ${count > 0 ? html`<p class="notice error" role="alert" tabindex="-1" data-problems>${t('quotes.problems', { count })}</p>` : nothing}
      ${renderLines(view)}
      <div class="row">
        ${input(view, 'quote-target-date', 'targetDate', t('quotes.target_date'), view.targetDate, view.setTargetDate, { type: 'date', hint: t('quotes.target_date_hint'), min: earliestRfqTargetDate(new Date()) })}
      </div>
      <div class="field">
        <label class="label" for="quote-note">${t('quotes.note')}</label>
        <span class="hint muted" id="quote-note-hint">${t('quotes.note_hint')}</span>
        <textarea
          class="input"
          id="quote-note"
          name="note"
          aria-invalid=${noteError ? 'true' : 'false'}
          aria-describedby=${noteError ? 'quote-note-hint quote-note-error' : 'quote-note-hint'}
          .value=${view.note}
          @input=${(e: Event) => view.setNote((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${noteError ? html`<p class="field-error" id="quote-note-error">${noteError}</p>` : nothing}
      </div>
      <fieldset class="contact">
        <legend class="label">${t('quotes.contact')}</legend>
        <div class="row">
          ${input(view, 'quote-contact-name', 'contact.name', t('quotes.contact_name'), contact.name, (v) => view.setContact({ name: v }), { autocomplete: 'name' })}
          ${input(view, 'quote-contact-phone', 'contact.phone', t('quotes.contact_phone'), contact.phone, (v) => view.setContact({ phone: v }), { type: 'tel', autocomplete: 'tel' })}
          ${input(view, 'quote-contact-email', 'contact.email', t('quotes.contact_email'), contact.email, (v) => view.setContact({ email: v }), { type: 'email', autocomplete: 'email' })}
        </div>
      </fieldset>
      <div class="actions">
        <button class="button primary" part="submit-button" type="submit" data-submit ?disabled=${view.sending} aria-busy=${view.sending ? 'true' : 'false'}>
          ${t(view.sending ? 'quotes.sending' : 'quotes.submit')}
        </button>
      </div>
    </form>`;
}
