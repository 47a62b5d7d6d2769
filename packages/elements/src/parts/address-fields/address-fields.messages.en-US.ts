/**
 * The English (en-US) messages of `address-fields.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `addressFieldsMessages` (see `address-fields.messages.ts`). */
export const messages: MessageCatalog = {
  'address.country': 'Country or region',
  'address.region': 'State / Province',
  'address.region_cn': 'Province',
  'address.city': 'City',
  'address.district': 'District',
  'address.line1': 'Street address',
  'address.line2': 'Apartment, suite, floor',
  'address.postalCode': 'Postal code',
  'address.optional': '(optional)',
};
