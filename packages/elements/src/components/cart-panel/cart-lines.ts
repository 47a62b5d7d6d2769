/**
 * The goods lines of `<cart-panel>`: image, title, personalization, unit price, "only N left", the
 * quantity stepper, Remove, the quote's problem and the line total, each rendered again only when
 * something it shows changed; and what the lines need of their element (`CartLineView`).
 *
 * @module
 */
import { quantityBounds, safeImageUrl, type CartLine, type CartNotice, type Product, type QuoteLine } from '@orderzone/core';
import { availableUnits, lineProblemRemedy, lowStockCount, struckListUnitPrice } from '@orderzone/core/checkout';
import { html, nothing, type TemplateResult } from 'lit';
import type { BookingRecheckController } from '../../controllers/booking-recheck.ts';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { handleStepperEvent, stepsAllowed } from '../../parts/quantity-stepper/quantity-stepper.ts';
import { describeCartNotice } from '../product-detail/cart-notice.ts';

/** What the cart's lines need of the element. */
export interface CartLineView {
  i18n: LocaleController;
  /** Now, on the element's clock (holds). */
  now(): Date;
  /** The product of a personalized line, once fetched (its personalization labels). */
  product(productId: string): Product | undefined;
  /** The notice the cart gave for a line's last change ("capped at 5"...). */
  notice(lineKey: string): CartNotice | undefined;
  /** The re-checks of lapsed booking lines: which run, why one failed. */
  rechecks: BookingRecheckController;
  /** The stepper asked for `requested` units; returns what the cart holds afterwards. */
  changeQuantity(line: CartLine, requested: number): number;
  remove(line: CartLine): void;
  recheck(line: CartLine): void;
}

/** The last render of each goods line, with what it showed (see {@link renderGoodsLine}). */
export type RenderedLines = WeakMap<CartLine, { shows: string; notice: CartNotice | undefined; product: Product | undefined; result: TemplateResult }>;

/**
 * What a goods line shows of its quote line, as one value: a new quote that says the same of a line
 * (a fresh object each time) does not render that line again.
 */
function quotedSignature(q: QuoteLine | undefined): string | undefined {
  if (!q) return undefined;
  return [q.unitPrice.amount, q.listUnitPrice?.amount, q.total.amount, q.total.currency, q.available, q.problem?.code, q.problem?.available].join('|');
}

/** The line's image, or the placeholder when it has none (or one whose URL may not be shown). */
export function renderLineImage(line: CartLine): TemplateResult {
  const url = safeImageUrl(line.seen.image?.url);
  return url
    ? html`<img class="line-image" part="line-image" src=${url} alt="" loading="lazy" />`
    : html`<span class="line-image" part="line-image" aria-hidden="true"></span>`;
}

/** The line's personalization values, with their fields' labels once its product is known. */
export function renderPersonalization(view: CartLineView, line: CartLine): TemplateResult | typeof nothing {
  const entries = Object.entries(line.personalization).filter(([, value]) => value !== '');
  if (entries.length === 0) return nothing;
  const product = view.product(line.productId);
  return html`
    <ul class="personalization">
      ${entries.map(([fieldId, value]) => {
        const field = product?.personalization.find((f) => f.id === fieldId);
        if (!field) return html`<li>${value}</li>`;
        const shown = field.kind === 'choice' ? view.i18n.text(field.choices?.find((c) => c.id === value)?.label ?? value) : value;
        return html`<li>${view.i18n.text(field.label)}: ${shown}</li>`;
      })}
    </ul>
  `;
}

/**
 * The variant's title and the personalization values under a line's title: one place in the line
 * (one comment marker for Lit) for the two, which most lines do not have (issue 16).
 */
function renderVariantAndPersonalization(view: CartLineView, line: CartLine, variantTitle: string): TemplateResult | typeof nothing {
  const personalization = renderPersonalization(view, line);
  // A variant alone (most lines that have either) is one template, not one nested in another.
  if (personalization === nothing) return variantTitle ? html`<p class="line-meta" .textContent=${variantTitle}></p>` : nothing;
  return variantTitle ? html`<p class="line-meta" .textContent=${variantTitle}></p>${personalization}` : personalization;
}

/**
 * A goods line, rendered again only when something it shows changed: the line, what the quote
 * says of it, its notice, its product's personalization labels or the language. Changing one
 * quantity in a long cart renders that line alone (the others give Lit the very template they gave
 * before, which it compares and leaves as it is).
 */
export function renderGoodsLine(view: CartLineView, rendered: RenderedLines, line: CartLine, quoteLine: QuoteLine | undefined): TemplateResult {
  const notice = view.notice(line.key);
  const product = view.product(line.productId);
  const shows = `${quotedSignature(quoteLine)}|${view.i18n.locale}|${view.i18n.messageLayers}`;
  const kept = rendered.get(line);
  if (kept?.shows === shows && kept.notice === notice && kept.product === product) return kept.result;
  const result = renderLine(view, line, quoteLine, notice);
  rendered.set(line, { shows, notice, product, result });
  return result;
}

/**
 * The goods lines' presses and typed quantities, listened for once on the list (`click` and
 * `change`) rather than on each line's −, +, quantity and Remove (four listeners and their closures
 * per line; issue 16): does what the line's controls ask of `view`. Booking lines have listeners of
 * their own.
 */
export function handleGoodsLineEvent(view: CartLineView, lines: readonly CartLine[], event: Event): void {
  const target = event.target as Element;
  const key = target.closest('[data-line-key]')?.getAttribute('data-line-key');
  const line = key === undefined || key === null ? undefined : lines.find((l) => l.key === key);
  if (!line || line.booking) return;
  if (event.type === 'click' && target.closest('[data-remove]')) view.remove(line);
  else handleStepperEvent(event, line.quantity, line.quantityRule.step, (requested) => view.changeQuantity(line, requested));
}

/*
 * Written without whitespace between tags: 200 lines are no empty text nodes; texts set as
 * `.textContent` properties, not child bindings (each a comment marker for Lit), wherever a line
 * shows the same elements whatever it holds, and what most lines do not show in pairs (variant and
 * personalization, problem and notice), one marker a pair (issue 16). The unit price is three
 * elements of the line's own (the text before the amount, the amount, the text after it) rather
 * than a nested template, and the quantity stepper is written in the line's template (its
 * markup, parts and `data-step`s as `renderQuantityStepper` writes them, its presses handled by
 * `handleStepperEvent`), without the bindings a line never sets (an input id, listeners, disabling
 * the input): one nested template less each, three per line in all.
 */
function renderLine(view: CartLineView, line: CartLine, quoteLine: QuoteLine | undefined, notice: CartNotice | undefined): TemplateResult {
  const title = view.i18n.text(line.seen.title);
  const variantTitle = line.seen.variantTitle === undefined ? '' : view.i18n.text(line.seen.variantTitle);
  const available = availableUnits(line, quoteLine);
  const lowStock = lowStockCount(line, quoteLine);
  const listPrice = struckListUnitPrice(quoteLine);
  const [beforePrice = '', unitPrice = '', ...afterPrice] = view.i18n.aroundMoney('cartPanel.unit_price', { price: quoteLine?.unitPrice ?? line.seen.unitPrice });
  const problem = quoteLine?.problem;
  const ids = { problem: `problem-${line.key}`, notice: `notice-${line.key}` };
  const describedBy = [problem ? ids.problem : '', notice ? ids.notice : ''].filter(Boolean).join(' ');
  const quantityLabel = view.i18n.t('cartPanel.quantity_label', { title });
  const step = line.quantityRule.step;
  const bounds = quantityBounds(line.quantityRule, available);
  const steps = stepsAllowed(line.quantity, bounds, step);
  const invalid = problem !== undefined && lineProblemRemedy(problem) === 'lower_quantity';
  const [beforeListPrice, ...afterListPrice] = listPrice ? view.i18n.aroundMoney('cartPanel.list_unit_price', { price: listPrice }) : [];
  // eslint-disable-next-line lit-a11y/accessible-name -- the title is the heading's .textContent (a property, no comment marker)
  return html`<li class="line ${problem ? 'has-problem' : ''}" part="line" data-line-key=${line.key}>${renderLineImage(line)}<div class="line-body"><h3 class="line-title" .textContent=${title}></h3>${renderVariantAndPersonalization(view, line, variantTitle)}<p class="line-meta">${listPrice
    ? html`<span class="price-was">${beforeListPrice}<span class="money" .textContent=${afterListPrice[0]}></span>${afterListPrice.slice(1).join('')}</span> `
    : nothing}<span data-unit-price><span .textContent=${beforePrice}></span><span class="money" .textContent=${unitPrice}></span><span .textContent=${afterPrice.join('')}></span></span>${lowStock !== undefined ? html` · <span .textContent=${view.i18n.t('stock.low_stock_count', { count: lowStock })}></span>` : nothing}</p><div class="line-controls"><div class="stepper" part="quantity" role="group" aria-label=${quantityLabel}><button type="button" class="step-button" part="quantity-button" data-step="down" aria-label=${view.i18n.t('cartPanel.decrease', { title })} ?disabled=${!steps.down}></button><input
      class="quantity-input"
      part="quantity-input"
      data-quantity
      type="number"
      inputmode="numeric"
      min=${bounds.min}
      max=${bounds.max ?? nothing}
      step=${step === 1 ? nothing : step}
      aria-label=${quantityLabel}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      .value=${String(line.quantity)}
    /><button type="button" class="step-button" part="quantity-button" data-step="up" aria-label=${view.i18n.t('cartPanel.increase', { title })} ?disabled=${!steps.up}></button></div><button class="button link" part="remove" type="button" data-remove aria-label=${view.i18n.t('cartPanel.remove_label', { title })} .textContent=${view.i18n.t('cartPanel.remove')}></button></div>${problem || notice ? html`${problem
    ? html`<p class="line-problem" id=${ids.problem} data-problem=${problem.code}><span aria-hidden="true">⚠ </span>${view.i18n.t('cartPanel.problem', {
        problem: view.i18n.t(`line.${problem.code}`, { available: problem.available ?? 0 }),
        hint: view.i18n.t(lineProblemRemedy(problem) === 'lower_quantity' ? 'cartPanel.problem_hint.lower' : 'cartPanel.problem_hint.remove'),
      })}</p>`
    : nothing}${notice ? html`<p class="line-notice" id=${ids.notice} data-notice=${notice.code}>${describeCartNotice(notice, view.i18n.t)}</p>` : nothing}` : nothing}</div><div class="line-price"><span class="visually-hidden" .textContent=${view.i18n.t('cartPanel.line_total')}></span><span class=${quoteLine ? 'line-total money' : 'calculating'} data-line-total .textContent=${quoteLine ? view.i18n.money(quoteLine.total) : view.i18n.t('summary.calculating')}></span></div></li>`;
}
