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
export * from './booking/booking-client.ts';
export * from './booking/booking-support.ts';
export * from './booking/time-slots.ts';
export * from './booking/booking-windows.ts';
export * from './booking/booking-price.ts';
export * from './booking/stay-pricing.ts';
export * from './booking/seat-map.ts';
export * from './booking/calendar-date.ts';
export * from './booking/time-zone.ts';
export * from './booking/holds.ts';
