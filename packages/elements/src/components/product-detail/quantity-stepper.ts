/**
 * The quantity stepper of `<product-detail>` as a template part: −, a number input and +, moving in
 * the product's steps between its minimum and the lower of its maximum and the stock. The buttons
 * have spoken labels; the rule ("Minimum order: 10", "Sold in multiples of 5") is written below.
 *
 * Parts: `quantity`, `quantity-input`, `quantity-button`.
 *
 * @module
 */
import type { QuantityRule } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocaleController } from '../../controllers/locale-controller.ts';

export interface QuantityStepperProps {
  quantity: number;
  rule: QuantityRule;
  /** The highest quantity allowed now (rule maximum and stock), if any. */
  max: number | undefined;
  disabled: boolean;
  onChange(quantity: number): void;
}

/** The allowed quantity closest to `requested`: at least `min`, at most `max`, a whole number. */
export function clampQuantity(requested: number, rule: QuantityRule, max: number | undefined): number {
  let q = Number.isFinite(requested) ? Math.round(requested) : rule.min;
  if (max !== undefined && q > max) q = max;
  return Math.max(rule.min, q);
}

/** Renders the stepper with its rule hints. */
export function renderQuantityStepper(p: QuantityStepperProps, i18n: LocaleController): TemplateResult {
  const { rule } = p;
  const hints = [
    rule.min > 1 ? i18n.t('detail.quantity_min', { min: rule.min }) : '',
    rule.step > 1 ? i18n.t('detail.quantity_step', { step: rule.step }) : '',
    rule.max !== undefined ? i18n.t('detail.quantity_max', { max: rule.max }) : '',
  ].filter(Boolean);
  return html`<div class="quantity-field">
    <label class="label" for="quantity">${i18n.t('detail.quantity')}</label>
    <div class="stepper" part="quantity">
      <button
        type="button"
        class="step-button"
        part="quantity-button"
        aria-label=${i18n.t('detail.decrease')}
        ?disabled=${p.disabled || p.quantity - rule.step < rule.min}
        @click=${() => p.onChange(p.quantity - rule.step)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        id="quantity"
        class="quantity-input"
        part="quantity-input"
        type="number"
        inputmode="numeric"
        min=${rule.min}
        max=${p.max ?? nothing}
        step=${rule.step}
        aria-describedby=${hints.length ? 'quantity-hints' : nothing}
        ?disabled=${p.disabled}
        .value=${live(String(p.quantity))}
        @change=${(e: Event) => p.onChange(Number((e.target as HTMLInputElement).value))}
      />
      <button
        type="button"
        class="step-button"
        part="quantity-button"
        aria-label=${i18n.t('detail.increase')}
        ?disabled=${p.disabled || (p.max !== undefined && p.quantity + rule.step > p.max)}
        @click=${() => p.onChange(p.quantity + rule.step)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
    ${hints.length ? html`<p id="quantity-hints" class="quantity-hints muted">${hints.join(' · ')}</p>` : nothing}
  </div>`;
}
