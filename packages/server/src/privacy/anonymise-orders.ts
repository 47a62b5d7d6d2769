/**
 * Anonymising orders: what a shopper's deletion request and the retention period do to orders.
 * Orders are kept (the merchant's accounting needs the amounts, items, dates and statuses) but
 * every field that says who the shopper is or what they wrote is replaced by {@link TOMBSTONE}:
 *
 * - the contact (name, phone, e-mail), also in the `contact_phone` / `contact_email` columns;
 * - the shipping address, all but its country (tax and accounting are per country);
 * - the order note, the reason of every refund and return request (`returnRequest`, `afterSales`),
 *   and the shopper's own notes in the history (refund and return reasons); the merchant's notes
 *   stay, and so do the requests' lines, amounts and decisions (accounting);
 * - the text typed into personalization fields (an engraving); chosen options stay;
 * - return photos: their files, the pending uploads and the requests' lists.
 *
 * With it go the order's access tokens and idempotency keys (a fingerprint of the request): nothing
 * opens the order as the shopper any more. The merchant's return instructions stay (they are the
 * merchant's own address).
 *
 * Each order is rewritten under the engine store's lock of that order, so a shopper's call running
 * at the same time never writes the old data back.
 *
 * @module
 */
import { inArray, sql } from 'drizzle-orm';
import type { Order, Product } from '@orderzone/core';
import { isShopperAction, type OrderAction } from '@orderzone/core/orders';
import type { Db } from '../db/database.ts';
import { idempotencyKeys, orderAccessTokens, orders, pendingReturnPhotos, photoFiles, products } from '../db/schema.ts';
import { ORDER_CHANGED_CHANNEL, engineLockKey, lockEngineKeys } from '../store/pg-engine-store.ts';

/** What replaces personal data. */
export const TOMBSTONE = '[deleted]';

/** The order with its personal data replaced (see the module); `productsById` says which personalization fields are free text. */
export function anonymiseOrder(order: Order, productsById: ReadonlyMap<string, Product>): Order {
  const copy = structuredClone(order);
  copy.contact = { name: TOMBSTONE, phone: TOMBSTONE, email: TOMBSTONE };
  if (copy.shippingAddress) {
    const address = copy.shippingAddress;
    copy.shippingAddress = {
      country: address.country,
      region: TOMBSTONE,
      city: TOMBSTONE,
      line1: TOMBSTONE,
      postalCode: TOMBSTONE,
      ...(address.district !== undefined ? { district: TOMBSTONE } : {}),
      ...(address.line2 !== undefined ? { line2: TOMBSTONE } : {}),
    };
  }
  if (copy.note !== undefined) copy.note = TOMBSTONE;
  if (copy.returnRequest) copy.returnRequest = { reason: TOMBSTONE, photos: [] };
  for (const sale of copy.afterSales ?? []) {
    sale.reason = TOMBSTONE;
    sale.photos = [];
  }
  for (const entry of copy.history ?? []) {
    if (entry.note !== undefined && entry.action !== undefined && isShopperAction(entry.action as OrderAction)) entry.note = TOMBSTONE;
  }
  for (const line of copy.lines) {
    const fields = productsById.get(line.productId)?.personalization;
    for (const fieldId of Object.keys(line.personalization)) {
      const field = fields?.find((f) => f.id === fieldId);
      // A choice's id is not personal; free text (or a field the catalog no longer knows) is.
      if (field?.kind !== 'choice' && line.personalization[fieldId] !== '') line.personalization[fieldId] = TOMBSTONE;
    }
  }
  return copy;
}

/** True when an order's contact was already replaced. */
export function isAnonymised(order: Pick<Order, 'contact'>): boolean {
  return order.contact.phone === TOMBSTONE && order.contact.email === TOMBSTONE;
}

/** What anonymising removed besides the orders' fields. */
export interface AnonymisedOrders {
  orderNumbers: string[];
  accessTokens: number;
  idempotencyKeys: number;
  photos: number;
}

/**
 * Anonymises the orders `orderNumbers` inside the transaction `tx` (under their locks), deletes
 * their tokens, idempotency keys and photos, and announces the change to watchers. Orders already
 * anonymised are left as they are.
 */
export async function anonymiseOrders(tx: Db, orderNumbers: readonly string[]): Promise<AnonymisedOrders> {
  const result: AnonymisedOrders = { orderNumbers: [], accessTokens: 0, idempotencyKeys: 0, photos: 0 };
  if (orderNumbers.length === 0) return result;
  await lockEngineKeys(tx, orderNumbers.map(engineLockKey.order));
  const rows = await tx.select({ orderNumber: orders.orderNumber, data: orders.data }).from(orders).where(inArray(orders.orderNumber, [...orderNumbers]));
  const productIds = [...new Set(rows.flatMap((row) => (row.data as Order).lines.map((line) => line.productId)))];
  const catalog = productIds.length > 0 ? await tx.select({ id: products.id, data: products.data }).from(products).where(inArray(products.id, productIds)) : [];
  const productsById = new Map(catalog.map((row) => [row.id, row.data as Product]));
  for (const row of rows.sort((a, b) => a.orderNumber.localeCompare(b.orderNumber))) {
    const order = row.data as Order;
    if (isAnonymised(order)) continue;
    const data = anonymiseOrder(order, productsById);
    await tx
      .update(orders)
      .set({ data, contactPhone: TOMBSTONE, contactEmail: TOMBSTONE, updatedAt: sql`now()` })
      .where(inArray(orders.orderNumber, [row.orderNumber]));
    result.orderNumbers.push(row.orderNumber);
  }
  const numbers = result.orderNumbers;
  if (numbers.length === 0) return result;
  result.accessTokens = (await tx.delete(orderAccessTokens).where(inArray(orderAccessTokens.orderNumber, numbers)).returning({ digest: orderAccessTokens.digest })).length;
  result.idempotencyKeys = (await tx.delete(idempotencyKeys).where(inArray(idempotencyKeys.orderNumber, numbers)).returning({ key: idempotencyKeys.key })).length;
  result.photos = (await tx.delete(photoFiles).where(inArray(photoFiles.orderNumber, numbers)).returning({ id: photoFiles.id })).length;
  await tx.delete(pendingReturnPhotos).where(inArray(pendingReturnPhotos.orderNumber, numbers));
  for (const number of numbers) await tx.execute(sql`select pg_notify(${ORDER_CHANGED_CHANNEL}, ${number})`);
  return result;
}
