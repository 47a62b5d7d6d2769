/**
 * Personalization inputs of `<product-detail>` as a template part: a text input with its length
 * limit and a live character count, or a select of choices; price surcharges written next to the
 * label; required fields marked in words; the problem found by the core's `validatePersonalization`
 * shown under the field and linked with `aria-describedby`.
 *
 * Parts: `personalization`, `field`.
 *
 * @module
 */
import { isFreeCharge, type PersonalizationField } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { measureText } from '@orderzone/core/orders';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { textCounter } from '../../i18n/shared-messages.ts';

export interface PersonalizationProps {
  fields: readonly PersonalizationField[];
  values: Readonly<Record<string, string>>;
  /** Field id → translated problem, for the fields whose problems are shown now. */
  errors: Readonly<Record<string, string>>;
  onInput(fieldId: string, value: string): void;
  onBlur(fieldId: string): void;
}

/** The id of a field's input inside the host's shadow root (for focusing the first problem). */
export function personalizationInputId(fieldId: string): string {
  return `pf-${fieldId}`;
}


function renderField(field: PersonalizationField, p: PersonalizationProps, i18n: LocaleController): TemplateResult {
  const id = personalizationInputId(field.id);
  const value = p.values[field.id] ?? '';
  const error = p.errors[field.id];
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const describedBy = [field.kind === 'text' && field.maxLength ? countId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const delta = field.kind === 'text' && field.priceDelta && !isFreeCharge(field.priceDelta) ? i18n.t('detail.price_delta', { price: i18n.money(field.priceDelta) }) : '';
  return html`<div class="field pf-field" part="field">
    <label class="label pf-label" for=${id}>
      <span>${i18n.text(field.label)}</span>
      ${delta ? html`<span class="pf-delta">${delta}</span>` : nothing}
      <span class="pf-required ${field.required ? 'required' : ''}">${i18n.t(field.required ? 'detail.required' : 'detail.optional')}</span>
    </label>
    ${field.kind === 'text'
      ? html`<input
            id=${id}
            class="input"
            type="text"
            placeholder=${field.placeholder ? i18n.text(field.placeholder) : nothing}
            ?required=${field.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            .value=${live(value)}
            @input=${(e: Event) => p.onInput(field.id, (e.target as HTMLInputElement).value)}
            @blur=${() => p.onBlur(field.id)}
          />
          ${field.maxLength
            ? html`<span class="pf-count muted" id=${countId}>
                <span aria-hidden="true">${textCounter(measureText(value, field.maxLength), i18n.t, 'detail.char_count')}</span>
                <span class="visually-hidden">${textCounter(measureText(value, field.maxLength), i18n.t, 'detail.char_count_label')}</span>
              </span>`
            : nothing}`
      : html`<select
          id=${id}
          class="input"
          ?required=${field.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${live(value)}
          @change=${(e: Event) => {
            p.onInput(field.id, (e.target as HTMLSelectElement).value);
            p.onBlur(field.id);
          }}
        >
          <option value="" ?selected=${value === ''}>${i18n.t(field.required ? 'detail.choose' : 'detail.none')}</option>
          ${(field.choices ?? []).map(
            (choice) => html`<option value=${choice.id} ?selected=${value === choice.id}>
              ${i18n.text(choice.label)}${choice.priceDelta && !isFreeCharge(choice.priceDelta) ? ` (${i18n.t('detail.price_delta', { price: i18n.money(choice.priceDelta) })})` : ''}
            </option>`,
          )}
        </select>`}
    ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
  </div>`;
}

/** Renders the personalization fieldset; nothing for a product without personalization. */
export function renderPersonalizationFields(p: PersonalizationProps, i18n: LocaleController): TemplateResult | typeof nothing {
  if (p.fields.length === 0) return nothing;
  return html`<fieldset class="personalization" part="personalization">
    <legend class="section-legend">${i18n.t('detail.personalization')}</legend>
    ${p.fields.map((field) => renderField(field, p, i18n))}
  </fieldset>`;
}
