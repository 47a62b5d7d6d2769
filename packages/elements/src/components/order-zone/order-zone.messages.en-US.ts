/**
 * The English (en-US) messages of `order-zone.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `orderZoneMessages` (see `order-zone.messages.ts`). */
export const messages: MessageCatalog = {
  'zone.shop': 'Shop',
  'zone.cart': 'Cart',
  'zone.cart_button.one': 'Cart, {count} item',
  'zone.cart_button.other': 'Cart, {count} items',
  'zone.cart_count.one': 'Cart: {count} item',
  'zone.cart_count.other': 'Cart: {count} items',
  'zone.added': 'Added to cart',
  'zone.view_cart': 'View cart',
  'zone.dismiss': 'Dismiss',
  'zone.config_error_detail': 'Details for the site owner:',
  'zone.find_order': 'Find my order',
  'zone.sign_in': 'Sign in',
  'zone.my_orders': 'My orders',
  'zone.sign_out': 'Sign out',
  'zone.sign_out_heading': 'Sign out?',
  'zone.sign_out_removes': 'Signing out removes your session, your contact details and address, your last order and your list of orders from this device.',
  'zone.sign_out_cart.one': 'It also empties the cart on this device ({count} item).',
  'zone.sign_out_cart.other': 'It also empties the cart on this device ({count} items).',
  'zone.sign_out_confirm': 'Sign out',
  'zone.sign_out_cancel': 'Stay signed in',
  'zone.signed_out': 'You are signed out. Your personal details were removed from this device.',
  'zone.skip_to_products': 'Skip to products',
  'zone.back_to_products': 'Back to products',
  'zone.view_nav': 'Back to shopping',
  'zone.help_intro': 'Questions about an order?',
  'zone.help': 'Help and contact',
};
