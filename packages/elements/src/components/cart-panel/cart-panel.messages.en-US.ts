/**
 * The English (en-US) messages of `cart-panel.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as priceSummaryMessages } from '../../parts/price-summary/price-summary.messages.en-US.ts';

/** The English (en-US) messages of `cartPanelMessages` (see `cart-panel.messages.ts`). */
export const messages: MessageCatalog = {
  ...priceSummaryMessages,
  'cartPanel.heading': 'Your cart',
  'cartPanel.items.one': '{count} item',
  'cartPanel.items.other': '{count} items',
  'cartPanel.close': 'Close cart',
  'cartPanel.empty_title': 'Your cart is empty',
  'cartPanel.empty_body': 'Browse the shop and add something you like: it will wait for you here.',
  'cartPanel.continue_shopping': 'Continue shopping',
  'cartPanel.lines_label': 'Items in your cart',
  'cartPanel.unit_price': '{price} each',
  'cartPanel.list_unit_price': 'Was {price} each',
  'cartPanel.quantity_label': 'Quantity of {title}',
  'cartPanel.decrease': 'Decrease quantity of {title}',
  'cartPanel.increase': 'Increase quantity of {title}',
  'cartPanel.line_total': 'Item total',
  'cartPanel.remove': 'Remove',
  'cartPanel.remove_label': 'Remove {title} from the cart',
  'cartPanel.removed': '{title} was removed from your cart.',
  'cartPanel.removed_bar': 'Item removed: {title}',
  'cartPanel.restored': '{title} is back in your cart.',
  'cartPanel.clear': 'Clear cart',
  'cartPanel.clear_question': 'Remove all items from your cart?',
  'cartPanel.clear_confirm': 'Yes, clear cart',
  'cartPanel.clear_cancel': 'Keep items',
  'cartPanel.cleared': 'Your cart has been cleared.',
  'cartPanel.problem': '{problem}. {hint}',
  'cartPanel.problem_hint.remove': 'Remove this item to check out.',
  'cartPanel.problem_hint.lower': 'Lower the quantity to check out.',
  'cartPanel.coupon_label': 'Coupon code',
  'cartPanel.coupon_apply': 'Apply',
  'cartPanel.coupon_remove': 'Remove coupon',
  'cartPanel.checkout': 'Checkout',
  'cartPanel.blocked_problems': 'Some items cannot be ordered as they are. Fix the marked items to check out.',
  'cartPanel.quote_failed': 'Prices could not be updated.',
  'cartPanel.hold_left': 'Held for {time}',
  'cartPanel.hold_announce.one': '{title} is held for you for {count} more minute.',
  'cartPanel.hold_announce.other': '{title} is held for you for {count} more minutes.',
  'cartPanel.hold_expired': 'Hold expired.',
  'cartPanel.hold_expired_hint': 'It is no longer reserved for you: check again to hold it, or remove it.',
  'cartPanel.hold_expired_announce': 'The hold on {title} has expired. Check again to keep it.',
  'cartPanel.booking_unavailable': 'No longer available.',
  'cartPanel.booking_unavailable_hint': 'Someone else booked it meanwhile. Remove it to check out.',
  'cartPanel.recheck': 'Check again',
  'cartPanel.recheck_label': 'Check again whether {title} is still free',
  'cartPanel.rechecking': 'Checking…',
  'cartPanel.recheck_held': '{title} is held for you again.',
  'cartPanel.recheck_gone': '{title} is no longer available. Remove it to check out.',
  'cartPanel.recheck_failed': 'Could not check again.',
  'cartPanel.blocked_bookings': 'Some bookings are no longer held for you. Check them again or remove them to check out.',
};
