/**
 * A postal address as text, for the order's confirmation and its detail page: street lines, then
 * region, city and district on one line, postal code, and the country's name in the page's language.
 *
 * @module
 */
import type { Address } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';

/** The address in an `<address>` element, one `<p>` a line; empty parts are left out. */
export function renderPostalAddress(address: Address, locale: string): TemplateResult {
  const country = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(address.country) ?? address.country;
  const locality = [address.region, address.city, address.district].filter((part) => part && part.trim() !== '').join(' ');
  return html`<address>
    <p>${address.line1}</p>
    ${address.line2 ? html`<p>${address.line2}</p>` : nothing}
    ${locality ? html`<p>${locality}</p>` : nothing}
    ${address.postalCode.trim() ? html`<p>${address.postalCode}</p>` : nothing}
    <p>${country}</p>
  </address>`;
}
