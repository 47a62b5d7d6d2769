/**
 * The variant choice of `<product-detail>` as a template part: one radio group per option group
 * (size, colour…), as buttons or colour swatches. Native radio inputs give the arrow-key behaviour
 * of a radio group; values that cannot be bought with the other choices are disabled and say
 * "Sold out" in text. Swatches show their colour next to the written name, never instead of it.
 *
 * Parts: `options`, `option-group`, `option`, `swatch`.
 *
 * @module
 */
import type { Product } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../directives/css-properties.ts';
import { live } from 'lit/directives/live.js';
import type { LocaleController } from '../../controllers/locale-controller.ts';

export interface OptionGroupsProps {
  product: Product;
  selected: Readonly<Record<string, string>>;
  /** Group id → value ids that cannot be chosen (from the core's `unavailableOptionValues`). */
  unavailable: Readonly<Record<string, readonly string[]>>;
  onChoose(groupId: string, valueId: string): void;
}

/** Renders one fieldset per option group; nothing for a product without options. */
export function renderOptionGroups(p: OptionGroupsProps, i18n: LocaleController): TemplateResult | typeof nothing {
  if (p.product.optionGroups.length === 0) return nothing;
  return html`<div class="options" part="options">
    ${p.product.optionGroups.map((group) => {
      const chosen = group.values.find((v) => v.id === p.selected[group.id]);
      const disabled = new Set(p.unavailable[group.id] ?? []);
      return html`<fieldset class="option-group ${group.display}" part="option-group" role="radiogroup">
        <legend class="option-legend">
          <span class="option-name">${i18n.text(group.name)}</span>
          ${chosen ? html`<span class="option-chosen">${i18n.text(chosen.label)}</span>` : nothing}
        </legend>
        <div class="option-values">
          ${group.values.map((value) => {
            const id = `opt-${group.id}-${value.id}`;
            const soldOut = disabled.has(value.id);
            const label = i18n.text(value.label);
            return html`<span class="option-value">
              <input
                class="option-input"
                type="radio"
                id=${id}
                name="opt-${group.id}"
                value=${value.id}
                .checked=${live(p.selected[group.id] === value.id)}
                ?disabled=${soldOut}
                @change=${() => p.onChoose(group.id, value.id)}
              />
              <label class="option ${soldOut ? 'sold-out' : ''}" part="option" for=${id}>
                ${group.display === 'swatches' && value.swatch
                  ? html`<span class="swatch" part="swatch" aria-hidden="true" ${cssProperties({ '--_swatch': value.swatch })}></span>`
                  : nothing}
                <span class="option-label">${label}</span>
                ${soldOut ? html`<span class="option-sold-out">${i18n.t('detail.option_value_sold_out')}</span>` : nothing}
              </label>
            </span>`;
          })}
        </div>
      </fieldset>`;
    })}
  </div>`;
}
