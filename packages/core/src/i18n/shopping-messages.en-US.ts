/**
 * The English (en-US) messages of `shopping-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The English (en-US) messages of `shoppingMessages` (see `shopping-messages.ts`). */
export const messages: MessageCatalog = {
  'error.network': 'We couldn’t reach the shop. Check your connection and try again.',
  'error.timeout': 'The shop is taking too long to answer. Please try again.',
  'error.aborted': 'The request was cancelled.',
  'error.validation': 'Some details need correcting. Please check the highlighted fields.',
  'error.out_of_stock': 'Sorry, an item in your order has just sold out.',
  'error.out_of_stock.available': 'Sorry, only {available} left in stock.',
  'error.price_changed': 'Prices have changed since you last looked. Please review the new total.',
  'error.rate_limited.one': 'Too many attempts. Please wait {seconds} second and try again.',
  'error.rate_limited.other': 'Too many attempts. Please wait {seconds} seconds and try again.',
  'error.rate_limited.no_delay': 'Too many attempts. Please wait a moment and try again.',
  'error.rate_limited.minutes': 'Too many attempts. Please wait {minutes} minutes and try again.',
  'error.unauthorized': 'Your session has expired. Please reload the page and try again.',
  'error.not_found': 'We couldn’t find that item. It may no longer be available.',
  'error.conflict': 'This order was already submitted. Please check your order status before trying again.',
  'error.server': 'Something went wrong on our side. Please try again in a moment.',
  'error.bad_response': 'The shop sent an answer we couldn’t understand. Please try again later.',
  'error.config': 'This shop isn’t set up correctly yet. Please contact the merchant.',

  'field.required': 'Please fill in this field.',
  'field.too_long.one': 'Please use at most {max} character.',
  'field.too_long.other': 'Please use at most {max} characters.',
  'field.invalid': 'Please check this value.',
  'field.invalid_choice': 'Please choose one of the options offered.',
  'field.unknown_field': 'This field isn’t offered for this product.',
  'field.invalid_quantity': 'Please enter a valid quantity.',

  'cart.quantity_capped.stock': 'Only {allowed} in stock, so your quantity was reduced to {allowed}.',
  'cart.quantity_capped.max': 'You can order at most {allowed} of this item, so your quantity was reduced to {allowed}.',
  'cart.quantity_capped.cart_limit': 'Your cart can’t hold more items than that, so your quantity was reduced to {allowed}.',
  'cart.quantity_adjusted.min': 'This item is sold in quantities of at least {allowed}, so your quantity was raised to {allowed}.',
  'cart.quantity_adjusted.step': 'This item is sold in fixed pack sizes, so your quantity was changed to {allowed}.',
  'cart.add_capped.stock': 'Only {allowed} in stock, so your cart now has {allowed}.',
  'cart.add_capped.max': 'You can order at most {allowed} of this item, so your cart now has {allowed}.',
  'cart.add_refused.stock': 'Only {allowed} in stock and your cart already has {allowed}, so nothing was added.',
  'cart.add_refused.max': 'You can order at most {allowed} of this item and your cart already has {allowed}, so nothing was added.',
  'cart.add_refused.step': 'This item is sold in fixed pack sizes, so nothing was added. Choose a whole pack.',
  'cart.sold_out': 'Sorry, this item is sold out and wasn’t added to your cart.',
  'cart.recovered_corrupt': 'Your saved cart couldn’t be read completely, so we restored what we could.',
  'cart.lines_dropped.one': '{count} item in your saved cart is no longer available and was removed.',
  'cart.lines_dropped.other': '{count} items in your saved cart are no longer available and were removed.',
  'cart.memory_only': 'Your browser isn’t letting us save your cart. It will be emptied if you leave this page.',
  'cart.booking_quantity_fixed': 'A booking is always for one. To book more, choose another time, dates or seats.',
  'cart.booking_already_in_cart': 'This booking is already in your cart.',
  'cart.booking_unavailable': 'Sorry, someone else has just booked this. Please remove it and choose another.',
  'cart.quantity_adjusted.quoted': 'This item is at a quoted price for exactly {allowed}, so the quantity stays {allowed}. For another quantity, ask for a new quote.',
  'cart.add_refused.quoted': 'Your cart has this item at a quoted price for exactly {allowed}, so nothing was added. For more, ask for a new quote.',

  'error.conflict.booking': 'Sorry, that was just taken by someone else. Please choose another.',

  'error.verification_required': 'To protect your order, please enter the code we just sent you.',
};
