/**
 * The English (en-US) messages of `product-recommendations.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `productRecommendationsMessages` (see `product-recommendations.messages.ts`). */
export const messages: MessageCatalog = {
  'recommendations.heading.related': 'You may also like',
  'recommendations.heading.bought_together': 'Frequently bought together',
  'recommendations.heading.recently_viewed': 'Recently viewed',
  'recommendations.heading.for_you': 'Picked for you',
  'recommendations.reason.similar': 'Similar to {name}',
  'recommendations.reason.bought_together': 'Often bought with {name}',
  'recommendations.reason.viewed': 'Because you viewed {name}',
  'recommendations.reason.purchased': 'Because you bought {name}',
  'recommendations.reason.recently_viewed': 'You viewed this',
  'recommendations.reason.best_seller': 'Best seller in {name}',
  'recommendations.reason.best_seller.shop': 'Best seller',
  'recommendations.reason.similar.shop': 'You may like this',
  'recommendations.clear_history': 'Clear browsing history',
  'recommendations.history_cleared': 'Browsing history cleared.',
  'recommendations.history_note': 'Kept on this device only.',
  'recommendations.history_note.account': 'Kept with your account.',
};
