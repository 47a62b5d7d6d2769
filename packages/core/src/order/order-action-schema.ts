/**
 * Schemas of the order lifecycle's actions, for adapters that validate them on the wire. The actions
 * themselves are plain lists in `order-lifecycle.ts`, so the lifecycle carries no schema library.
 *
 * @module
 */
import * as z from 'zod/mini';
import { MERCHANT_ACTIONS, SHOPPER_ACTIONS, type MerchantAction, type ShopperAction } from './order-lifecycle.ts';

/** A {@link ShopperAction} on the wire. */
export const ShopperActionSchema: z.ZodMiniEnum<{ [A in ShopperAction]: A }> = z.enum(SHOPPER_ACTIONS);

/** A {@link MerchantAction} on the wire. */
export const MerchantActionSchema: z.ZodMiniEnum<{ [A in MerchantAction]: A }> = z.enum(MERCHANT_ACTIONS);
