/**
 * What pressing `<add-to-cart-button>` does, fetched when the shopper first comes near the button
 * (points at it, focuses it, or changes the form around it), so a page that only shows the button
 * does not download it: the checks the core makes before adding (a choice missing, personalization
 * it refuses), the add itself, the sentence saying what happened, the events, and marking the
 * merchant's form field a problem belongs to.
 *
 * @module
 */
import { OrderZoneError, isBookable, toOrderZoneError, validatePersonalization, type OrderZone, type Product } from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { emit } from '../../events/events.ts';
import { fieldOf } from '../form-selection.ts';
import type { ProductChoice } from '../product-block.ts';
import { describeCartAdd } from '../product-detail/cart-notice.ts';

export { navigateFrom } from '../page-navigation.ts';
/** The core's cart notices and field problems (with its other flows' messages), which what a press says reads from: loaded with this module. */
export { flowMessages } from '../../i18n/flow-messages.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What a press said, re-translated on every render so a locale switch applies. */
export interface Outcome {
  kind: 'added' | 'notice' | 'error';
  text: (t: Translate) => string;
}

/** What a press works with. */
export interface AddRequest {
  /** The button: events come from it. */
  host: HTMLElement;
  zone: OrderZone;
  product: Product;
  choice: ProductChoice;
  /** The options the form has chosen (`option.<group id>` fields), to name the missing ones. */
  chosenOptions: Record<string, string>;
  /** The `personalization` attribute (`engraving=Ada&gift-wrap=box`). */
  personalization: string | undefined;
  form: HTMLFormElement | null;
  i18n: LocaleController;
  /** Dispatches `oz-error` from the button. */
  report(error: OrderZoneError): void;
}

type Control = HTMLElement & { setCustomValidity(message: string): void; reportValidity(): boolean; name?: string };

/** Marks a form field with `message` (the browser says it there, and focuses it) until the shopper changes it. */
function flag(form: HTMLFormElement, field: HTMLElement | undefined, message: string): void {
  if (!field || !('setCustomValidity' in field)) return;
  const control = field as Control;
  control.setCustomValidity(message);
  control.setAttribute('aria-invalid', 'true');
  control.reportValidity();
  const clear = (event: Event): void => {
    const changed = event.target as Control;
    if (changed !== control && !(control.name && changed.name === control.name)) return;
    control.setCustomValidity('');
    control.removeAttribute('aria-invalid');
    form.removeEventListener('input', clear);
    form.removeEventListener('change', clear);
  };
  form.addEventListener('input', clear);
  form.addEventListener('change', clear);
}

/** Puts the chosen product in the cart (or says why not) and returns what to tell the shopper. */
export function addChosen(request: AddRequest): Outcome {
  const { host, zone, product, choice, form, i18n } = request;
  const refuse = (text: (t: Translate) => string, field?: string): Outcome => {
    if (form && field) flag(form, fieldOf(form, field), text(i18n.t));
    return { kind: 'error', text };
  };
  if (isBookable(product)) {
    request.report(new OrderZoneError('config', `Product "${product.id}" is booked (${product.kind}): use <book-button product-id="${product.id}">, not <add-to-cart-button>.`));
    return { kind: 'error', text: (t) => t('addToCart.bookable') };
  }
  if (!choice.variant) {
    const missing = product.optionGroups.filter((group) => !request.chosenOptions[group.id]);
    const names = (missing.length > 0 ? missing : product.optionGroups).map((group) => i18n.text(group.name));
    const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(names);
    return refuse((t) => t('addToCart.choose', { options: list }), missing[0] && `option.${missing[0].id}`);
  }
  const own = [...new URLSearchParams(request.personalization ?? '')].filter(([, value]) => value.trim() !== '');
  const personalization = { ...Object.fromEntries(own), ...choice.personalization };
  const [problem] = validatePersonalization(product, personalization);
  if (problem) return refuse((t) => describeFieldError(problem, t), problem.field);
  const cart = zone.cart;
  try {
    const result = cart.add({ product, variantId: choice.variant.id, quantity: choice.quantity, personalization });
    const { line, notice } = result;
    if (result.outcome === 'refused' || !line) return { kind: 'notice', text: (t) => describeCartAdd(result, t) };
    const title = i18n.text(product.title);
    emit(host, 'oz-cart-add', notice ? { line, notice } : { line });
    emit(host, 'oz-cart-change', { lines: cart.$lines.get(), itemCount: cart.$itemCount.get(), reason: 'add' });
    return {
      kind: notice ? 'notice' : 'added',
      text: (t) => [t('addToCart.added', { quantity: result.added, title }), describeCartAdd(result, t)].filter(Boolean).join(' '),
    };
  } catch (error) {
    const err = toOrderZoneError(error);
    request.report(err);
    const fieldError = err.fieldErrors[0];
    return fieldError ? refuse((t) => describeFieldError(fieldError, t), fieldError.field) : { kind: 'error', text: (t) => describeError(err, t) };
  }
}
