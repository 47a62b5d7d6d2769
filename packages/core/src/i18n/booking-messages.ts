/**
 * The core's booking messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';
import { messages as en } from './booking-messages.en-US.ts';
import { messages as zh } from './booking-messages.zh-CN.ts';

/**
 * The core's messages for bookings, in zh-CN and en-US:
 * - the booking rules' `field.<code>` messages (stays, seats, slots, sessions, resources) and the
 *   codes a backend adds when it checks a pick against the clock and its ledger;
 * - the booking line problems `line.hold_expired`, `line.booking_unavailable`, `line.invalid_booking`;
 * - `booking.*` (`held_for` takes `{time}`, e.g. `9:41`) and `checkout.no_address_needed` /
 *   `checkout.service_address` for bookings in the cart and at checkout.
 */
export const bookingMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
