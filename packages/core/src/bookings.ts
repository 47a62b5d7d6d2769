/**
 * `@orderzone/core/bookings`: the booking client a zone loads on demand (`await zone.load('bookings')`),
 * and the scheduling rules backends use: slot generation and availability, and the windows in which
 * a booking may still be changed or cancelled. The main entry `@orderzone/core` exports their
 * types, and the booking price rules the cart needs (`priceBooking`, `priceStay`, holds, dates and
 * time zones).
 *
 * ```ts
 * import { generateSlots, bookingWindows } from '@orderzone/core/bookings';
 * ```
 *
 * @packageDocumentation
 */
export * from './booking/booking-client.ts';
export * from './booking/booking-support.ts';
export * from './booking/time-slots.ts';
export * from './booking/booking-windows.ts';
