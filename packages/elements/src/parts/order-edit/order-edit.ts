/**
 * The "Edit order" part of `<order-detail>`: the lines of an unpaid order with a quantity stepper
 * and a Remove button each (a booking line can only be removed), a removed line with "Put back",
 * each kept line's price and problem from the backend's quote of the new lines, the current and the
 * new total, and what stops the edit (every line removed: cancel the order instead; the total
 * changed while saving). It holds no rule and no price: its host keeps the draft, asks the core
 * (`OrderActions.quoteEdit`, `checkEditQuantities`) and passes the answers in.
 *
 * Rendered in the shadow root of `<order-detail>`, so its parts are the host's: `edit-lines`,
 * `edit-line`, `edit-totals`, plus the stepper's `quantity`, `quantity-input`, `quantity-button`.
 * Text lives in order-edit.messages.ts, styles in order-edit.styles.ts.
 *
 * @module
 */
import { type EditQuote, type FieldError, type Money, type Order } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { editQuoteLine } from '@orderzone/core/orders';
import { html, nothing, type TemplateResult } from 'lit';
import { renderBookingDetails } from '../booking-details/booking-details.ts';
import { renderPriceSummary, type SummaryFormatters } from '../price-summary/price-summary.ts';
import { renderQuantityStepper } from '../quantity-stepper/quantity-stepper.ts';

export interface OrderEditProps {
  order: Order;
  /** The draft: one quantity per order line, 0 for a removed line. */
  quantities: readonly number[];
  /** The backend's quote of the draft (from the core, with the order line of each quote line); absent while unchanged or not asked yet. */
  quote?: EditQuote;
  /** True while the quote of the draft is being fetched. */
  quoting: boolean;
  /** Why the draft could not be quoted (already translated). */
  quoteError?: string;
  /**
   * Problems with the draft from the core, `<i>` being the order line: `lines` (edit_empty,
   * edit_unchanged...), `lines.<i>` (not_in_order) and `lines.<i>.quantity`.
   */
  errors: readonly FieldError[];
  /** Set when saving answered `price_changed`: the total the shopper saw and the backend's. */
  priceChanged?: { from: Money; to: Money };
  busy: boolean;
  onQuantity(index: number, requested: number): number;
  onRemove(index: number): void;
  onRestore(index: number): void;
  /** "Cancel the order instead", offered when the shopper tried to remove every line. */
  onCancelOrder?: () => void;
}

/** The id of the element that describes the edit's whole-order problem. */
export const EDIT_PROBLEM_ID = 'edit-problem';

/** The id of line `index`'s quantity input. */
export function editQuantityId(index: number): string {
  return `edit-quantity-${index}`;
}

/** The problem with order line `index` (`lines.<index>` or one of its fields), if any. */
function lineError(errors: readonly FieldError[], index: number): FieldError | undefined {
  return errors.find((e) => e.field === `lines.${index}` || e.field.startsWith(`lines.${index}.`));
}

/**
 * What to focus for a problem with the draft: the whole-order problem for `lines`, line `<i>`'s
 * quantity input for `lines.<i>` and its fields (its Remove button when it has no stepper: a
 * booking), else the form's heading. A selector in the host's shadow root.
 */
export function editErrorTarget(field: string): string {
  if (field === 'lines') return `#${EDIT_PROBLEM_ID}`;
  const line = /^lines\.(\d+)(\.|$)/.exec(field)?.[1];
  return line === undefined ? '#action-form-heading' : `#${editQuantityId(Number(line))}, [data-edit-line="${line}"] [data-edit-remove]`;
}

/** Renders the edit list and totals. */
export function renderOrderEdit(p: OrderEditProps, f: SummaryFormatters): TemplateResult {
  const problem = p.errors.find((e) => e.field === 'lines');
  return html`<ul class="edit-lines" part="edit-lines" aria-label=${f.t('edit.lines')}>
      ${p.order.lines.map((line, index) => {
        const title = f.text(line.title);
        const quantity = p.quantities[index] ?? line.quantity;
        const removed = quantity === 0;
        const quoteLine = removed ? undefined : editQuoteLine(p.quote, index);
        const error = lineError(p.errors, index);
        const ids = { problem: `edit-line-problem-${index}`, error: `edit-line-error-${index}` };
        const describedBy = [quoteLine?.problem ? ids.problem : '', error ? ids.error : ''].filter(Boolean).join(' ');
        return html`<li class="edit-line ${removed ? 'removed' : ''}" part="edit-line" data-edit-line=${index} data-removed=${removed ? 'true' : 'false'}>
          <div class="edit-line-text">
            <span class="edit-line-title">${title}</span>
            ${line.variantTitle ? html`<span class="muted">${f.text(line.variantTitle)}</span>` : nothing}
            ${line.booking ? renderBookingDetails(line.booking, f) : nothing}
            ${removed ? html`<span class="muted" data-removed-note>${f.t('edit.removed')}</span>` : nothing}
          </div>
          <div class="edit-line-controls">
            ${removed
              ? html`<button class="button" type="button" data-edit-restore ?disabled=${p.busy} aria-label=${f.t('edit.restore_label', { title })} @click=${() => p.onRestore(index)}>
                  ${f.t('edit.restore')}
                </button>`
              : html`${line.booking
                    ? nothing
                    : renderQuantityStepper({
                        quantity,
                        bounds: { min: 1, max: undefined },
                        step: 1,
                        disabled: p.busy,
                        inputId: editQuantityId(index),
                        labels: {
                          group: f.t('edit.quantity_label', { title }),
                          input: f.t('edit.quantity_label', { title }),
                          decrease: f.t('edit.decrease', { title }),
                          increase: f.t('edit.increase', { title }),
                        },
                        describedBy,
                        invalid: Boolean(error) || quoteLine?.problem !== undefined,
                        onChange: (requested) => p.onQuantity(index, requested),
                      })}
                  <button
                    class="button link"
                    type="button"
                    data-edit-remove
                    ?disabled=${p.busy}
                    aria-label=${f.t('edit.remove_label', { title })}
                    aria-describedby=${line.booking && describedBy ? describedBy : nothing}
                    @click=${() => p.onRemove(index)}
                  >
                    ${f.t('edit.remove')}
                  </button>`}
            ${!removed && quoteLine ? html`<span class="edit-line-total money" data-edit-line-total>${f.money(quoteLine.total)}</span>` : nothing}
          </div>
          ${quoteLine?.problem
            ? html`<p class="field-error" id=${ids.problem} data-edit-line-problem=${quoteLine.problem.code}>
                ${f.t(`line.${quoteLine.problem.code}`, { available: quoteLine.problem.available ?? 0 })}
              </p>`
            : nothing}
          ${error ? html`<p class="field-error" id=${ids.error}>${describeFieldError(error, f.t)}</p>` : nothing}
        </li>`;
      })}
    </ul>
    ${problem
      ? html`<div class="edit-problem" id=${EDIT_PROBLEM_ID} tabindex="-1" role=${problem.code === 'edit_empty' ? 'alert' : 'status'} data-edit-problem=${problem.code}>
          <p>${describeFieldError(problem, f.t)}</p>
          ${problem.code === 'edit_empty' && p.onCancelOrder
            ? html`<button class="button danger" type="button" data-edit-cancel-instead ?disabled=${p.busy} @click=${p.onCancelOrder}>${f.t('edit.cancel_instead')}</button>`
            : nothing}
        </div>`
      : nothing}
    ${p.priceChanged
      ? html`<p class="edit-price-changed" role="alert" tabindex="-1" data-price-changed>
          ${f.t('edit.price_changed', { from: f.money(p.priceChanged.from), to: f.money(p.priceChanged.to) })}
        </p>`
      : nothing}
    <div class="edit-totals" part="edit-totals">
      <p class="edit-total-row" data-current-total><span>${f.t('edit.current_total')}</span> <span>${f.money(p.order.total)}</span></p>
      ${p.quoteError ? html`<p class="field-error" role="alert" tabindex="-1" data-edit-quote-error>${p.quoteError}</p>` : nothing}
      ${p.quote || p.quoting
        ? html`<h5 class="edit-new-heading">${f.t('edit.new_total')}</h5>
            <div data-new-summary aria-live="polite">${renderPriceSummary(p.quote, f, { pending: p.quoting })}</div>`
        : problem?.code === 'edit_unchanged' || p.quoteError
          ? nothing
          : html`<p class="muted" data-edit-hint>${f.t('edit.hint')}</p>`}
    </div>`;
}
