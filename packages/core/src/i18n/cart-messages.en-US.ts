/**
 * The English (en-US) cart notices (`cart.*`) and general field problems (`field.*`) of `shopping-messages.ts`,
 * a module of their own: the first screen never shows them (the cart, an add's problems and the forms do), so
 * a page loads them with the code that shows them, in the language it shows, and the other language's only
 * when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The English (en-US) cart notices and general field problems of `shoppingMessages` (see `shopping-messages.ts`). */
export const messages: MessageCatalog = {
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
};
