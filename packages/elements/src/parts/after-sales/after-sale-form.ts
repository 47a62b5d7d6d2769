/**
 * The line picker of `<order-detail>`'s refund and return forms: each order line with a quantity
 * stepper from 0 to what may still be asked for, what the chosen units give back, why a line cannot
 * be chosen (refunded, asked for, declined, a booking that is not returned), and the total the
 * request asks for, shipping included when the chosen units are all that is left. It computes
 * nothing itself: the units that may be asked for, each line's amount and the total are the core's
 * (`lineAfterSales`, `afterSaleRefund` of `@orderzone/core/orders`); its host keeps the draft.
 *
 * Rendered in the shadow root of `<order-detail>`, so its parts are the host's: `after-sale-lines`,
 * `after-sale-line`, `after-sale-total`, plus the stepper's `quantity`, `quantity-input`,
 * `quantity-button`. Text lives in after-sales.messages.ts, styles in after-sales.styles.ts.
 *
 * @module
 */
import type { AfterSaleKind, AfterSaleQuantities, FieldError, LineAfterSales, Order } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { afterSaleRefund, chosenLinesOf, lineAfterSales } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryFormatters } from '../price-summary/price-summary.ts';
import { renderQuantityStepper } from '../quantity-stepper/quantity-stepper.ts';

export interface AfterSaleFormProps {
  order: Order;
  kind: AfterSaleKind;
  /** The draft: one quantity per order line, 0 leaves a line out. */
  quantities: AfterSaleQuantities;
  /** Problems with the choice from the core or the backend: `lines`, `lines.<i>`, `lines.<i>.quantity` (`<i>` the order line). */
  errors: readonly FieldError[];
  busy: boolean;
  /** The shopper asked for `requested` units of line `index`; answers the quantity in use afterwards. */
  onQuantity(index: number, requested: number): number;
}

/** The id of the element that describes a problem with the whole choice. */
export const AFTER_SALE_PROBLEM_ID = 'after-sale-problem';

/** The id of line `index`'s quantity input. */
export function afterSaleQuantityId(index: number): string {
  return `after-sale-quantity-${index}`;
}

/** What to focus for a problem with the choice: line `<i>`'s input, else the whole choice's problem. A selector in the host's shadow root. */
export function afterSaleErrorTarget(field: string): string {
  const line = /^lines\.(\d+)(\.|$)/.exec(field)?.[1];
  return line === undefined ? `#${AFTER_SALE_PROBLEM_ID}` : `#${afterSaleQuantityId(Number(line))}, #${AFTER_SALE_PROBLEM_ID}`;
}

/** Why a line offers nothing to choose, as a message key (read off the core's numbers). */
function unavailableKey(kind: AfterSaleKind, state: LineAfterSales, shipped: boolean): string {
  if (kind === 'return' && !shipped) return 'after_sale.line.not_returned';
  if (state.refunded >= state.quantity) return 'after_sale.line.refunded';
  if (state.open > 0) return 'after_sale.line.asked';
  if (state.declined[kind] > 0) return 'after_sale.line.declined';
  return 'after_sale.line.unavailable';
}

/** Renders the lines to choose from and the total asked for. */
export function renderAfterSaleLines(p: AfterSaleFormProps, f: SummaryFormatters): TemplateResult {
  const states = lineAfterSales(p.order);
  const refund = afterSaleRefund(p.order, chosenLinesOf(p.quantities));
  const problem = p.errors.find((e) => e.field === 'lines');
  return html`<fieldset class="after-sale-choice" aria-describedby=${problem ? AFTER_SALE_PROBLEM_ID : nothing}>
    <legend class="label">${f.t(`after_sale.choose.${p.kind}`)}</legend>
    <ul class="after-sale-lines" part="after-sale-lines">
      ${p.order.lines.map((line, index) => {
        const state = states[index]!;
        const max = state.requestable[p.kind];
        const title = f.text(line.title);
        const quantity = Math.min(p.quantities[index] ?? 0, max);
        const amount = refund.lines.find((l) => l.lineIndex === index)?.amount;
        const error = p.errors.find((e) => e.field === `lines.${index}` || e.field.startsWith(`lines.${index}.`));
        const errorId = `after-sale-line-error-${index}`;
        return html`<li class="after-sale-line ${max === 0 ? 'unavailable' : ''}" part="after-sale-line" data-after-sale-line=${index}>
          <div class="after-sale-line-text">
            <span class="after-sale-line-title">${title}</span>
            ${line.variantTitle ? html`<span class="muted">${f.text(line.variantTitle)}</span>` : nothing}
            <span class="muted">${f.t('after_sale.ordered', { quantity: line.quantity, price: f.money(line.unitPrice) })}</span>
          </div>
          <div class="after-sale-line-controls">
            ${max === 0
              ? html`<span class="muted" data-unavailable>${f.t(unavailableKey(p.kind, state, line.shipped !== false))}</span>`
              : html`${renderQuantityStepper({
                    quantity,
                    bounds: { min: 0, max },
                    step: 1,
                    disabled: p.busy,
                    inputId: afterSaleQuantityId(index),
                    labels: {
                      group: f.t(`after_sale.quantity.${p.kind}`, { title }),
                      input: f.t(`after_sale.quantity.${p.kind}`, { title }),
                      decrease: f.t('after_sale.decrease', { title }),
                      increase: f.t('after_sale.increase', { title }),
                    },
                    ...(error ? { describedBy: errorId } : {}),
                    invalid: Boolean(error),
                    onChange: (requested) => p.onQuantity(index, requested),
                  })}
                  <span class="muted after-sale-of">${f.t('after_sale.of', { max })}</span>
                  <span class="after-sale-line-amount" data-after-sale-amount>${quantity > 0 && amount ? f.money(amount) : nothing}</span>`}
          </div>
          ${error ? html`<p class="field-error" id=${errorId}>${describeFieldError(error, f.t)}</p>` : nothing}
        </li>`;
      })}
    </ul>
    ${problem ? html`<p class="field-error" id=${AFTER_SALE_PROBLEM_ID} tabindex="-1" role="alert" data-after-sale-problem=${problem.code}>${describeFieldError(problem, f.t)}</p>` : nothing}
  </fieldset>
  <div class="after-sale-total" part="after-sale-total" data-after-sale-total>
    <span>${f.t(`after_sale.total.${p.kind}`)}</span>
    <strong aria-live="polite">${f.money(refund.total)}</strong>
    ${refund.shipping.amount > 0 ? html`<span class="muted" data-after-sale-shipping>${f.t('after_sale.with_shipping', { shipping: f.money(refund.shipping) })}</span>` : nothing}
  </div>
  <p class="hint">${f.t('after_sale.rule')}</p>`;
}
