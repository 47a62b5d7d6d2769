/**
 * The merchant's stock changes: a restock or a count correction (`adjustStock`, by a number of
 * units) and a stocktake (`setStock`, to a number). Stock never goes below zero: a decrease larger
 * than what is there is a `conflict` and changes nothing. Each change is one `UPDATE` of the row, so
 * orders placed meanwhile (the engine store also writes stock as changes) are never lost. Each is
 * audit-logged with the quantity before and after.
 *
 * Only variants that track stock have a row; starting or stopping tracking is a product edit.
 *
 * @module
 */
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { OrderZoneError } from '@orderzone/core';
import type { Db } from '../db/database.ts';
import { products, stock } from '../db/schema.ts';
import { writeAudit } from './audit-log.ts';

/** A variant's stock row. */
export interface StockLevelRow {
  variantId: string;
  productId: string;
  quantity: number;
}

/** The largest stock of one variant (PostgreSQL `integer`). */
export const MAX_STOCK = 2_147_483_647;

/** Why a variant has no row: it does not exist (`not_found`) or does not track stock (`conflict`). */
async function missingRow(db: Db, variantId: string): Promise<OrderZoneError> {
  const [owner] = await db
    .select({ id: products.id })
    .from(products)
    .where(sql`${products.data} -> 'variants' @> ${JSON.stringify([{ id: variantId }])}::jsonb`)
    .limit(1);
  return owner
    ? new OrderZoneError('conflict', `The variant ${variantId} of ${owner.id} does not track stock; edit the product to give it a stock number.`)
    : new OrderZoneError('not_found', `There is no variant ${variantId}.`);
}

function wholeNumber(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || Math.abs(value) > MAX_STOCK) {
    throw new OrderZoneError('validation', `${field} must be a whole number${min === 0 ? ' of 0 or more' : ''}.`, { fieldErrors: [{ field, code: 'invalid' }] });
  }
  return value;
}

/**
 * Adds `delta` units (negative: removes them) to a variant's stock. `conflict` (with
 * `details.available`) when that would go below zero.
 */
export async function adjustStock(db: Db, variantId: string, delta: unknown, actor: string): Promise<StockLevelRow> {
  const change = wholeNumber(delta, 'delta', -MAX_STOCK);
  if (change === 0) throw new OrderZoneError('validation', 'delta must not be 0.', { fieldErrors: [{ field: 'delta', code: 'invalid' }] });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(stock)
      .set({ quantity: sql`${stock.quantity} + ${change}` })
      .where(and(eq(stock.variantId, variantId), gte(sql`${stock.quantity} + ${change}`, 0)))
      .returning();
    if (!row) {
      const [current] = await tx.select().from(stock).where(eq(stock.variantId, variantId));
      if (!current) throw await missingRow(tx, variantId);
      throw new OrderZoneError('conflict', `The variant ${variantId} has ${current.quantity} in stock; removing ${-change} would go below zero.`, { details: { available: current.quantity } });
    }
    await writeAudit(tx, { actor, action: 'stock.adjust', details: { variantId, productId: row.productId, delta: change, before: { quantity: row.quantity - change }, after: { quantity: row.quantity } } });
    return row;
  });
}

/** Sets a variant's stock to `quantity` (0 or more). */
export async function setStock(db: Db, variantId: string, quantity: unknown, actor: string): Promise<StockLevelRow> {
  const value = wholeNumber(quantity, 'quantity', 0);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(stock).where(eq(stock.variantId, variantId)).for('update');
    if (!current) throw await missingRow(tx, variantId);
    const [row] = await tx.update(stock).set({ quantity: value }).where(eq(stock.variantId, variantId)).returning();
    await writeAudit(tx, { actor, action: 'stock.set', details: { variantId, productId: current.productId, before: { quantity: current.quantity }, after: { quantity: value } } });
    return row!;
  });
}

/** Stock rows, of one product or all, by variant id. */
export async function listStock(db: Db, productId?: string): Promise<StockLevelRow[]> {
  return db
    .select()
    .from(stock)
    .where(productId === undefined ? undefined : eq(stock.productId, productId))
    .orderBy(asc(stock.productId), asc(stock.variantId));
}
