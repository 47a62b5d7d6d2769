/**
 * The English (en-US) messages of `checkout-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The English (en-US) messages of `checkoutMessages` (see `checkout-messages.ts`). */
export const messages: MessageCatalog = {
  'field.invalid_email': 'Please enter a valid email address, e.g. name@example.com.',
  'field.invalid_phone': 'Please enter a valid phone number (6–20 digits).',
  'field.invalid_phone_cn': 'Please enter a valid 11-digit mainland China mobile number.',
  'field.invalid_postal_code': 'Please enter a valid postal code.',
  'field.invalid_postal_code_cn': 'Please enter a 6-digit postal code.',
  'field.required_payment_method': 'Please choose a payment method.',
  'field.required_shipping_option': 'Please choose a delivery option.',
  'field.photo_type': 'This file type is not accepted. Please choose a {types} photo.',
  'field.photo_too_large': 'This photo is larger than {max} MB. Please choose a smaller one.',
  'field.too_many_photos.one': 'You can add at most {max} photo.',
  'field.too_many_photos.other': 'You can add at most {max} photos.',
  'field.unknown_photo': 'One of the photos didn’t finish uploading. Please add it again.',
  'field.not_in_order': 'This item isn’t in the order. Only quantities can change; to add items, place a new order.',
  'field.unknown_line': 'This line isn’t in the order any more. Reload the order and try again.',
  'field.price_differs': 'That choice costs a different amount. A booking can only be moved to one at the same price.',
  'field.nothing_chosen': 'Please choose at least one item.',
  'field.nothing_to_request': 'Nothing in this order can be asked for any more.',
  'field.duplicate_line': 'This item is named twice. Name each item once, with how many.',
  'field.too_many_units': 'At most {max} of this item can be included.',

  'coupon.applied': 'Coupon applied.',
  'coupon.unknown': 'This coupon code isn’t valid.',
  'coupon.expired': 'This coupon has expired.',
  'coupon.min_spend_not_met': 'Spend at least {minSpend} to use this coupon.',

  'line.out_of_stock': 'Sold out',
  'line.insufficient_stock': 'Only {available} left in stock',
  'line.unavailable': 'No longer available',
  'line.invalid_quantity': 'This quantity can’t be ordered',
  'line.invalid_personalization': 'Personalization needs to be completed',
  'line.rfq_expired': 'The quoted price has expired: remove this line, or add the item again at the list price',
  'line.rfq_unavailable': 'The quoted price no longer applies to this line',

  'field.code_format': 'Please enter the 6-digit code.',
  'field.code_wrong': 'That code isn’t right. Please check it and try again.',
  'field.invalid_order_number': 'This is not an order number: a character is mistyped or missing. Order numbers look like OZ-7KD4M-9QXT2.',
  'field.code_expired': 'This code has expired. Please ask for a new one.',
  'field.rfq_quantity': 'This item is at a quoted price for exactly {quantity}: keep {quantity} or remove it. For another quantity, ask for a new quote.',
  'verification.reason.large_amount': 'This is a large order, so we need to make sure it’s really you.',
  'verification.reason.many_orders': 'Several orders were placed with these details in a short time, so we need to make sure it’s really you.',
  'verification.reason.other': 'We need to make sure it’s really you before placing this order.',
  'verification.sent_to': 'We sent a 6-digit code to {destination}.',
  'verification.resend_in': 'You can ask for a new code in {time}.',
  'account.session_expired': 'You were signed out because your session expired. Sign in again to see your orders.',

  'field.edit_empty': 'An order needs at least one item. To remove everything, cancel the order instead.',
  'field.edit_unchanged': 'Nothing has changed yet.',
  'field.invalid_edit': 'This change cannot be made.',
  'field.country_changed': 'The address must stay in the same country as the order.',
  'field.too_large': 'This is too large: the most allowed is {max}.',
  'field.nothing_to_refund': 'Nothing is left to refund on this order.',
  'field.invalid_amount': 'The amount must be a positive whole number of minor units (fen, cents), at most {max}.',
  'field.pick_required': 'Please choose a new time first.',
  'field.booking_taken': 'Sorry, that time was just taken by someone else. Please choose another one.',
  'field.photos_uploading': 'Please wait until every photo has uploaded.',
};
