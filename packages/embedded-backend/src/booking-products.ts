/**
 * A bookable product as the booking ledger reads it: looked up and checked to be bookable, its
 * slots with the capacity its resources give, its room types, today in its zone.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { generateSlots, utcToZoned } from '@orderzone/core/bookings';
import type { BookableProduct, Product, StayProduct, TimeSlot, TimeSlotProduct } from '@orderzone/core';
import { validationError as validation } from './request-validation.ts';

/** Looks a product up by id (with current stock), as the engine does. */
export type BookingProductLookup = (productId: string) => Product | undefined;

/** True for a product that is booked (time slot, stay, seats) rather than shipped. */
export function isBookableProduct(product: Product): product is BookableProduct {
  return product.kind !== 'goods';
}

/** Today's date in the merchant's zone. */
export function merchantToday(now: Date, timeZone: string): string {
  return utcToZoned(now.toISOString(), timeZone).date;
}

/** The product's slots on the merchant-zone dates `from`…`to`; with resources, each slot takes one booking per resource. */
export function slotsOf(product: TimeSlotProduct, from: string, to: string): TimeSlot[] {
  const { schedule, timeZone, resources } = product.booking;
  const slots = generateSlots(schedule, from, to, timeZone);
  return resources && resources.length > 0 ? slots.map((slot) => ({ ...slot, capacity: resources.length })) : slots;
}

export function roomTypeOf(product: StayProduct, variantId: string | undefined) {
  const roomType = variantId === undefined ? product.booking.roomTypes[0] : product.booking.roomTypes.find((r) => r.variantId === variantId);
  if (!roomType) throw new OrderZoneError('not_found', `Stay "${product.id}" has no room type "${String(variantId)}".`, { details: { productId: product.id, variantId } });
  const variant = product.variants.find((v) => v.id === roomType.variantId);
  if (!variant) throw new OrderZoneError('config', `Room type "${roomType.variantId}" of stay "${product.id}" is not one of its variants.`);
  return { roomType, variant };
}

/** The bookable product `productId`, or `not_found`; `validation` for goods. */
export function requireBookable(products: BookingProductLookup, productId: string): BookableProduct {
  const product = products(productId);
  if (!product) throw new OrderZoneError('not_found', `There is no product "${productId}".`, { details: { productId } });
  if (!isBookableProduct(product)) {
    throw validation(`Product "${productId}" is shipped, not booked: it has no availability or holds.`, [{ field: 'productId', code: 'not_bookable' }]);
  }
  return product;
}
