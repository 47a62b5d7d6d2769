/**
 * The quantity field of `<product-detail>` as a template part: a visible "Quantity" label, the
 * shared quantity stepper, and the product's rule written below it ("Minimum order: 10", "Sold in
 * multiples of 5"), which describes the input.
 *
 * Parts: those of the stepper (`quantity`, `quantity-input`, `quantity-button`).
 *
 * @module
 */
import type { QuantityBounds, QuantityRule } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { renderQuantityStepper } from '../../parts/quantity-stepper/quantity-stepper.ts';

export interface QuantityFieldProps {
  quantity: number;
  rule: QuantityRule;
  /** The quantities allowed now: the core's `quantityBounds` for the rule and the variant's stock. */
  bounds: QuantityBounds;
  disabled: boolean;
  /** The id of the element saying why the quantity in use is not the one typed, while it says so: it describes the input too. */
  noticeId?: string;
  /** The shopper asked for `requested` units; returns the quantity in use afterwards. */
  onChange(requested: number): number;
}

/** Renders the label, the stepper and the rule hints. */
export function renderQuantityField(p: QuantityFieldProps, i18n: LocaleController): TemplateResult {
  const { rule } = p;
  const hints = [
    rule.min > 1 ? i18n.t('detail.quantity_min', { min: rule.min }) : '',
    rule.step > 1 ? i18n.t('detail.quantity_step', { step: rule.step }) : '',
    rule.max !== undefined ? i18n.t('detail.quantity_max', { max: rule.max }) : '',
  ].filter(Boolean);
  const describedBy = [hints.length ? 'quantity-hints' : '', p.noticeId ?? ''].filter(Boolean).join(' ');
  return html`<div class="quantity-field">
    <label class="label" for="quantity">${i18n.t('detail.quantity')}</label>
    ${renderQuantityStepper({
      quantity: p.quantity,
      bounds: p.bounds,
      step: rule.step,
      disabled: p.disabled,
      inputId: 'quantity',
      labels: { decrease: i18n.t('detail.decrease'), increase: i18n.t('detail.increase') },
      describedBy: describedBy || undefined,
      onChange: p.onChange,
    })}
    ${hints.length ? html`<p id="quantity-hints" class="quantity-hints muted">${hints.join(' · ')}</p>` : nothing}
  </div>`;
}
