/**
 * Who to reach about an order and where it goes: the contact and the postal address of the order
 * contract (`order-schema.ts`).
 *
 * @module
 */
import * as z from 'zod/mini';

/** Who to reach about an order: the shopper's name, phone number and e-mail address. */
export const ContactSchema = z.object({
  name: z.string(),
  phone: z.string(),
  email: z.string(),
});
/** Who to reach about an order: the shopper's name, phone number and e-mail address. */
export type Contact = z.infer<typeof ContactSchema>;

/** A postal address: ISO 3166-1 alpha-2 country, region (province / state), city, optional district, street lines and postal code. */
export const AddressSchema = z.object({
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  /** Province / state. */
  region: z.string(),
  city: z.string(),
  /** District / county (区/县), optional outside CN. */
  district: z.optional(z.string()),
  line1: z.string(),
  line2: z.optional(z.string()),
  postalCode: z.string(),
});
/** A postal address: ISO 3166-1 alpha-2 country, region (province / state), city, optional district, street lines and postal code. */
export type Address = z.infer<typeof AddressSchema>;
