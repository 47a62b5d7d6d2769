/**
 * The English (en-US) errors of `shopping-messages.ts` (`error.*`; its cart notices and field problems are in
 * `cart-messages.en-US.ts`), a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The English (en-US) errors of `shoppingMessages` (see `shopping-messages.ts`): what the first screen may show. */
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

  'error.conflict.booking': 'Sorry, that was just taken by someone else. Please choose another.',

  'error.verification_required': 'To protect your order, please enter the code we just sent you.',
};
