/**
 * What a guest types to find an order (its number and the phone or e-mail given at checkout),
 * checked on the page before anything is sent.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import { parseOrderNumber } from './order-number.ts';
import type { OrderLookupRequest } from './order-schema.ts';

/**
 * The lookup to send (the order number canonical, the contact trimmed), or the field problems:
 * `orderNumber` `required` or `invalid_order_number` (a typo the check character caught, or not an
 * order number at all), `contact` `required`.
 */
export function checkOrderLookup(input: { orderNumber?: unknown; contact?: unknown }): { request?: OrderLookupRequest; fieldErrors: FieldError[] } {
  const typedNumber = typeof input?.orderNumber === 'string' ? input.orderNumber.trim() : '';
  const contact = typeof input?.contact === 'string' ? input.contact.trim() : '';
  const orderNumber = parseOrderNumber(typedNumber);
  const fieldErrors: FieldError[] = [];
  if (!typedNumber) fieldErrors.push({ field: 'orderNumber', code: 'required' });
  else if (!orderNumber) fieldErrors.push({ field: 'orderNumber', code: 'invalid_order_number' });
  if (!contact) fieldErrors.push({ field: 'contact', code: 'required' });
  return fieldErrors.length > 0 || !orderNumber ? { fieldErrors } : { request: { orderNumber, contact }, fieldErrors };
}
