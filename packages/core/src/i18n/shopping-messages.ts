/**
 * The core's browsing and cart messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';
import { messages as cartEn } from './cart-messages.en-US.ts';
import { messages as cartZh } from './cart-messages.zh-CN.ts';
import { messages as en } from './shopping-messages.en-US.ts';
import { messages as zh } from './shopping-messages.zh-CN.ts';

/**
 * The core's messages for browsing and the cart, in zh-CN and en-US: what every element may show,
 * so the elements of the first screen carry only these.
 * - `error.<code>` for every `OrderZoneError` code (`error.rate_limited` by plural, `{seconds}`),
 *   plus `error.rate_limited.minutes` (a wait of two minutes or more, `{minutes}`), `error.rate_limited.no_delay` (no `retryAfterSeconds` known), `error.out_of_stock.available` (`{available}`) and
 *   `error.conflict.booking` (a conflict about a booking, "just taken"; see `describeError`);
 * - the general `field.<code>` messages: `required`, `too_long` (`{max}`), `invalid` (for codes
 *   without a message of their own), `invalid_choice`, `invalid_quantity`, `unknown_field`;
 * - `cart.<notice>` (`quantity_capped.stock`/`.max`/`.cart_limit` and `quantity_adjusted.min`/`.step`/`.quoted` take
 *   `{allowed}` and `{requested}`; `lines_dropped` takes `{count}`);
 * - what an add amounted to when a limit stopped it (the cart's `outcome`, all with `{allowed}`):
 *   `cart.add_capped.stock`/`.max` (fewer units than asked went in) and
 *   `cart.add_refused.stock`/`.max`/`.step`/`.quoted` (nothing went in).
 *
 * `checkoutMessages` and `bookingMessages` hold the rest; `coreMessages` all three. Each language is
 * two modules: the errors (`@orderzone/core/messages/shopping.<language>`, what a first screen may
 * show) and the field problems and cart notices (`@orderzone/core/messages/cart.<language>`, shown by
 * the cart, an add's problems and the forms).
 */
export const shoppingMessages: MessageCatalogs = {
  'en-US': { ...en, ...cartEn },
  'zh-CN': { ...zh, ...cartZh },
};
