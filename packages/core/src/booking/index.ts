/**
 * `@orderzone/core/bookings`: the booking client a zone loads on demand (`await zone.load('bookings')`),
 * and the scheduling rules backends use: slot generation and availability, and the windows in which
 * a booking may still be changed or cancelled; the price rules (`priceBooking`, `priceStay`, seat
 * maps), calendar dates and time zones. The main entry `@orderzone/core` exports their types, and
 * the holds the cart checks.
 *
 * ```ts
 * import { generateSlots, bookingWindows, priceBooking, describeZones } from '@orderzone/core/bookings';
 * ```
 *
 * @packageDocumentation
 */
export * from './booking-client.ts';
export * from './booking-support.ts';
export * from './time-slots.ts';
export * from './booking-windows.ts';
export * from './booking-price.ts';
export * from './stay-pricing.ts';
export * from './seat-map.ts';
export * from './calendar-date.ts';
export * from './time-zone.ts';
export * from './holds.ts';
