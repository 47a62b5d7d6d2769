/**
 * How a cart is kept in storage: `{ version: 1, currency, lines }`, checked on every read so a
 * corrupt or foreign value never breaks the page and never silently disappears.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ImageSchema, LocalizedTextSchema, MoneySchema, QuantityRuleSchema } from '../catalog/catalog-schema.ts';
import type { CartLine } from './cart.ts';
import { cartLineKey, normalizePersonalization } from './cart-line-key.ts';

/** The version of the stored format written by this code. */
export const STORED_CART_VERSION = 1;

const StoredLineSchema = z.object({
  productId: z.string().check(z.minLength(1)),
  variantId: z.string().check(z.minLength(1)),
  quantity: z.int().check(z.minimum(1)),
  personalization: z.record(z.string(), z.string()),
  seen: z.object({
    title: LocalizedTextSchema,
    variantTitle: z.optional(LocalizedTextSchema),
    image: z.optional(ImageSchema),
    sku: z.string(),
    unitPrice: MoneySchema,
  }),
  quantityRule: QuantityRuleSchema,
  stock: z.nullable(z.int().check(z.minimum(0))),
  addedAt: z.number(),
});

const StoredCartSchema = z.object({
  version: z.literal(STORED_CART_VERSION),
  currency: z.string(),
  lines: z.array(z.unknown()),
});

/** The outcome of reading a stored cart. */
export type StoredCartRead =
  /** Nothing stored. */
  | { status: 'empty' }
  /** Read; `dropped` lines were invalid and left out. */
  | { status: 'ok'; lines: CartLine[]; dropped: number }
  /** Unreadable (not JSON, unknown version, another currency): nothing can be kept. */
  | { status: 'corrupt' };

/**
 * Parses a stored cart. Lines are checked one by one; each line's key is recomputed (never trusted)
 * and lines that turn out identical are merged.
 */
export function readStoredCart(raw: string | null, currency: string): StoredCartRead {
  if (raw === null) return { status: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  const cart = StoredCartSchema.safeParse(json);
  if (!cart.success || cart.data.currency !== currency) return { status: 'corrupt' };
  const lines: CartLine[] = [];
  let dropped = 0;
  for (const candidate of cart.data.lines) {
    const parsed = StoredLineSchema.safeParse(candidate);
    if (!parsed.success || parsed.data.seen.unitPrice.currency !== currency) {
      dropped += 1;
      continue;
    }
    const data = parsed.data;
    const personalization = normalizePersonalization(data.personalization);
    const line: CartLine = { ...data, personalization, key: cartLineKey(data.productId, data.variantId, personalization) };
    const same = lines.findIndex((l) => l.key === line.key);
    if (same === -1) lines.push(line);
    else lines[same] = { ...lines[same]!, quantity: lines[same]!.quantity + line.quantity };
  }
  return { status: 'ok', lines, dropped };
}

/** The stored form of a cart. */
export function writeStoredCart(currency: string, lines: readonly CartLine[]): string {
  return JSON.stringify({ version: STORED_CART_VERSION, currency, lines });
}
