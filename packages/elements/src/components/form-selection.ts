/**
 * What a merchant's own `<form>` around a building block chooses, read by field name, so a variant
 * `<select>`, a quantity input and personalization fields of the merchant's page drive the price,
 * the stock line and "Add to cart" without any script of theirs:
 *
 * | field name | meaning |
 * |---|---|
 * | `variant-id` | the variant, by id |
 * | `option.<group id>` | one option value per option group (size, colour...); the core finds the variant |
 * | `quantity` | how many |
 * | `personalization.<field id>` | a personalization value (text, or a choice's id) |
 *
 * Only what the form would submit counts (checked radios, the selected option, enabled fields).
 * Values are read as they are; the core judges them.
 *
 * @module
 */

/** What a form chooses, as its fields say it. */
export interface FormSelection {
  /** The `variant-id` field, when there is one. */
  variantId?: string;
  /** `option.<group id>` fields: group id → option value id. */
  options: Record<string, string>;
  /** The `quantity` field as typed, when there is one. */
  quantity?: string;
  /** `personalization.<field id>` fields with a value: field id → value. */
  personalization: Record<string, string>;
}

const OPTION = 'option.';
const PERSONALIZATION = 'personalization.';

/** Reads the fields of `form` that OrderZone understands. */
export function readFormSelection(form: HTMLFormElement): FormSelection {
  const selection: FormSelection = { options: {}, personalization: {} };
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    if (name === 'variant-id') selection.variantId = value;
    else if (name === 'quantity') selection.quantity = value;
    else if (name.startsWith(OPTION)) selection.options[name.slice(OPTION.length)] = value;
    else if (name.startsWith(PERSONALIZATION) && value.trim() !== '') selection.personalization[name.slice(PERSONALIZATION.length)] = value;
  }
  return selection;
}

/** The form field a core field error names (`personalization.engraving`, `quantity`, `variantId`), if the form has it. */
export function fieldOf(form: HTMLFormElement, field: string): HTMLElement | undefined {
  const name = field === 'variantId' ? 'variant-id' : field;
  const control = form.elements.namedItem(name);
  if (control instanceof RadioNodeList) return (control[0] as HTMLElement | undefined) ?? undefined;
  return control instanceof HTMLElement ? control : undefined;
}
