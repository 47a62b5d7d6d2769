/**
 * The quantity stepper as a template part: −, a number input and +, moving in the product's steps
 * between the bounds the core's `quantityBounds` gives. It holds no rule of its own: what the shopper
 * types or steps to goes to `onChange`, and the input then shows the quantity the host settled on.
 * Rendered inside the shadow root of `<product-detail>` and `<cart-panel>`, so its parts are theirs;
 * both include `quantityStepperStyles` from `quantity-stepper.styles.ts`. A cart's goods lines write
 * the same markup in their own template (`cart-lines.ts`: no nested template per line, issue 16),
 * with {@link stepsAllowed} and {@link handleStepperEvent} from here: a change to the markup, its
 * parts or its names is made in both.
 *
 * Parts: `quantity` (the stepper), `quantity-input`, `quantity-button` (− and +).
 *
 * @module
 */
import type { QuantityBounds } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';

/** What the stepper says to assistive technology. */
export interface QuantityStepperLabels {
  /** Names the stepper as a `role="group"`; without it the stepper is not a group. */
  group?: string;
  /** The input's accessible name; omit when a visible `<label for=inputId>` names it. */
  input?: string;
  /** The − button's accessible name. */
  decrease: string;
  /** The + button's accessible name. */
  increase: string;
}

export interface QuantityStepperProps {
  /** The quantity in use. */
  quantity: number;
  /** The smallest and largest quantity allowed now, from the core's `quantityBounds`. */
  bounds: QuantityBounds;
  /** How far − and + move: the rule's `step`. */
  step: number;
  /** Disables the buttons and the input (a sold-out variant). */
  disabled: boolean;
  /** The input's id, for a `<label for>` outside the stepper. */
  inputId?: string;
  labels: QuantityStepperLabels;
  /** Ids of the elements that describe the input (rule hints, line problems), space-separated. */
  describedBy?: string;
  /** Sets `aria-invalid="true"` on the input when true; left off otherwise (false is what no attribute says). */
  invalid?: boolean;
  /**
   * The shopper asked for `requested` units (typed, or one step from the quantity in use). Returns
   * the quantity in use afterwards, which the input then shows (a typed value the host fitted or
   * capped is replaced at once). Omitted by a host that listens once for many steppers and hands
   * their events to {@link handleStepperEvent} (a long cart: no listeners per line).
   */
  onChange?(requested: number): number;
}

/** Hands a typed quantity to `onChange`; a value that is not a number brings back the quantity in use. */
function typed(input: HTMLInputElement, quantity: number, onChange: (requested: number) => number): void {
  const requested = input.valueAsNumber;
  input.value = String(Number.isNaN(requested) ? quantity : onChange(requested));
}

/**
 * For a host listening once (`click` and `change`) on an element holding many steppers rendered
 * without `onChange`: does what the stepper's own listeners do for an event from inside one of them
 * (a press of − or +, a typed quantity), `quantity` and `step` being that stepper's. Returns whether
 * the event was one.
 */
export function handleStepperEvent(event: Event, quantity: number, step: number, onChange: (requested: number) => number): boolean {
  const target = event.target as Element;
  if (event.type === 'change' && target instanceof HTMLInputElement && target.hasAttribute('data-quantity')) {
    typed(target, quantity, onChange);
    return true;
  }
  const button = event.type === 'click' ? target.closest('[data-step]') : null;
  if (!button) return false;
  onChange(button.getAttribute('data-step') === 'up' ? quantity + step : quantity - step);
  return true;
}

/** Whether − and + may step from `quantity` (each is disabled where it may not). */
export function stepsAllowed(quantity: number, bounds: QuantityBounds, step: number): { down: boolean; up: boolean } {
  return { down: quantity - step >= bounds.min, up: bounds.max === undefined || quantity + step <= bounds.max };
}

/**
 * Renders the stepper. One template with both buttons written in it (no nested template per
 * button) and no whitespace between tags: a long cart has one per line (issue 16). The − and + are
 * drawn by the stylesheet (`quantity-stepper.styles.ts`), not as SVG elements: four elements less
 * per stepper.
 */
export function renderQuantityStepper(p: QuantityStepperProps): TemplateResult {
  const { bounds, labels, step, onChange } = p;
  const steps = stepsAllowed(p.quantity, bounds, step);
  return html`<div class="stepper" part="quantity" role=${labels.group ? 'group' : nothing} aria-label=${labels.group ?? nothing}><button type="button" class="step-button" part="quantity-button" data-step="down" aria-label=${labels.decrease} ?disabled=${p.disabled || !steps.down} @click=${onChange ? () => onChange(p.quantity - step) : nothing}></button><input
      id=${p.inputId ?? nothing}
      class="quantity-input"
      part="quantity-input"
      data-quantity
      type="number"
      inputmode="numeric"
      min=${bounds.min}
      max=${bounds.max ?? nothing}
      step=${step === 1 ? nothing : step}
      aria-label=${labels.input ?? nothing}
      aria-describedby=${p.describedBy || nothing}
      aria-invalid=${p.invalid ? 'true' : nothing}
      ?disabled=${p.disabled}
      .value=${String(p.quantity)}
      @change=${onChange ? (e: Event) => typed(e.target as HTMLInputElement, p.quantity, onChange) : nothing}
    /><button type="button" class="step-button" part="quantity-button" data-step="up" aria-label=${labels.increase} ?disabled=${p.disabled || !steps.up} @click=${onChange ? () => onChange(p.quantity + step) : nothing}></button></div>`;
}
