/**
 * How the engine tells that two phone numbers or e-mail addresses are the same contact: the order
 * lookup by contact, the signed-in shopper's orders and the order-count risk rule all compare
 * normalised values.
 *
 * @module
 */

/** Digits of a phone number without a +86/0086 prefix, or a trimmed lower-case e-mail. */
export function normalizeContact(contact: string): string {
  const value = contact.trim();
  if (value.includes('@')) return value.toLowerCase();
  let digits = value.replace(/\D/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return digits;
}

/** True when `contact` (normalised) is the order contact's phone or e-mail. An empty contact matches nothing. */
export function isOrderContact(contact: string, order: { contact: { phone: string; email: string } }): boolean {
  return contact !== '' && (contact === normalizeContact(order.contact.phone) || contact === normalizeContact(order.contact.email));
}
