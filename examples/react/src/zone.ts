/**
 * The page's one OrderZone, created with the core alone and handed to every element through its
 * `zone` property, so the elements and the Vue cart badge share one cart.
 */
import { createOrderZone } from '@orderzone/core';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';

const shopId = 'react-example';

// The cart badge shows the checkout's quote from the start, so the page loads the checkout part
// with the zone (elements load the parts they need themselves).
export const zone = await createOrderZone({
  adapter: createEmbeddedBackend({ shopId }),
  shopId,
  currency: 'CNY',
  locale: 'en-US',
}).load('checkout');
