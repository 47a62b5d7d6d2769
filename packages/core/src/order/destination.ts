/**
 * Where an order goes, as a quote request names it.
 *
 * @module
 */
import type { Address, Destination } from './order-schema.ts';

/**
 * The destination of an address for pricing: its country (trimmed, in capitals) with its region
 * and postal code when they are filled in; `undefined` until the country is a two-letter code.
 * The checkout's quotes and an edited order's quotes both name their destination this way.
 */
export function destinationOf(address: Pick<Address, 'country' | 'region' | 'postalCode'>): Destination | undefined {
  const country = address.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return undefined;
  const destination: Destination = { country };
  const region = address.region.trim();
  const postalCode = address.postalCode.trim();
  if (region) destination.region = region;
  if (postalCode) destination.postalCode = postalCode;
  return destination;
}
