/**
 * The checkout draft: what the shopper has typed and chosen, and the pure changes made to it (an
 * update, options loaded, personal data forgotten, a reset), and the address as it is sent.
 *
 * @module
 */
import type { Address, CheckoutOptions, Contact } from '../order/order-schema.ts';
import type { CompanyDetails } from '../business/company-details-schema.ts';
import { emptyCompanyDetails } from '../business/company-validation.ts';

/** What the shopper has typed and chosen so far. Survives reloads. */
export interface CheckoutDraft {
  contact: Contact;
  shippingAddress: Address;
  shippingOptionId?: string;
  paymentMethodId?: string;
  couponCode?: string;
  note?: string;
  /** Present when the shopper buys for a company (business buying): sent with the order as `company`. */
  company?: CompanyDetails;
}

/** A change to the draft, as `Checkout.update` takes it: nested objects merge field by field. */
export interface CheckoutDraftPatch {
  contact?: Partial<Contact>;
  shippingAddress?: Partial<Address>;
  shippingOptionId?: string;
  paymentMethodId?: string;
  couponCode?: string;
  note?: string;
  /** `undefined` stops buying for a company; an object changes the fields it names. */
  company?: Partial<CompanyDetails>;
}

/** The draft of a shopper who has typed nothing yet. */
export function emptyCheckoutDraft(country = 'CN'): CheckoutDraft {
  return {
    contact: { name: '', phone: '', email: '' },
    shippingAddress: { country, region: '', city: '', district: '', line1: '', postalCode: '' },
  };
}

/**
 * The draft after `patch`, the fields it touched (`contact.name`, `shippingAddress.city`, `note`...,
 * whose errors are then cleared) and whether the shopper picked a country.
 */
export function updatedDraft(draft: CheckoutDraft, patch: CheckoutDraftPatch): { draft: CheckoutDraft; touched: string[]; countryPicked: boolean } {
  const next: CheckoutDraft = {
    ...draft,
    contact: { ...draft.contact, ...patch.contact },
    shippingAddress: { ...draft.shippingAddress, ...patch.shippingAddress },
  };
  const touched: string[] = [];
  for (const name of ['shippingOptionId', 'paymentMethodId', 'couponCode', 'note'] as const) {
    if (name in patch) {
      touched.push(name);
      const value = patch[name];
      if (value === undefined) delete next[name];
      else next[name] = value;
    }
  }
  if ('company' in patch) {
    if (patch.company === undefined) delete next.company;
    else next.company = { ...(draft.company ?? emptyCompanyDetails()), ...patch.company };
    for (const name of Object.keys(patch.company ?? draft.company ?? {})) touched.push(`company.${name}`);
  }
  for (const name of Object.keys(patch.contact ?? {})) touched.push(`contact.${name}`);
  for (const name of Object.keys(patch.shippingAddress ?? {})) touched.push(`shippingAddress.${name}`);
  return { draft: next, touched, countryPicked: patch.shippingAddress?.country !== undefined };
}

/**
 * The draft once the checkout options are known: its country becomes the first one offered, unless
 * the shopper picked one that is offered; `undefined` when it stays as it is.
 */
export function draftForOptions(draft: CheckoutDraft, options: CheckoutOptions, countryChosen: boolean): CheckoutDraft | undefined {
  const first = options.countries[0];
  const country = draft.shippingAddress.country;
  if (first && ((!countryChosen && country !== first) || !options.countries.includes(country))) {
    return { ...draft, shippingAddress: { ...draft.shippingAddress, country: first } };
  }
  return undefined;
}

/** The draft without the shopper's personal details: the country and the delivery and payment choices stay. */
export function withoutPersonalData(draft: CheckoutDraft): CheckoutDraft {
  const next = emptyCheckoutDraft(draft.shippingAddress.country);
  if (draft.shippingOptionId) next.shippingOptionId = draft.shippingOptionId;
  if (draft.paymentMethodId) next.paymentMethodId = draft.paymentMethodId;
  return next;
}


/** The draft for the next order after a completed one: contact and address stay, the coupon and the note go. */
export function draftForNextOrder(draft: CheckoutDraft): CheckoutDraft {
  const next: CheckoutDraft = { ...draft };
  delete next.couponCode;
  delete next.note;
  return next;
}

/** The address as an order sends it: every field trimmed, the country upper-cased, empty optional fields left out. */
export function trimAddress(address: Address): Address {
  const result: Address = {
    country: address.country.trim().toUpperCase(),
    region: address.region.trim(),
    city: address.city.trim(),
    line1: address.line1.trim(),
    postalCode: address.postalCode.trim(),
  };
  const district = address.district?.trim();
  if (district) result.district = district;
  const line2 = address.line2?.trim();
  if (line2) result.line2 = line2;
  return result;
}
