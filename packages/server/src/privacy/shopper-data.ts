/**
 * A shopper's data on request (PIPL, GDPR): everything the shop holds about a phone number or
 * e-mail address, exported as JSON, or deleted.
 *
 * "Everything" is: the orders placed with that contact (matched as the engine matches contacts:
 * phone digits without +86, e-mail in lower case), and the sign-in sessions, one-time codes and
 * messages of the shopper's contacts: the one given and the other phone number or e-mail address
 * on those orders (a shopper who ordered with an e-mail and signed in by SMS is one person), and
 * the requests for quote and signed-in browsing history of those contacts (`shopper-rfqs.ts`:
 * requests that led to an order are anonymised with it, the others deleted). Deleting keeps the orders for the merchant's accounting but
 * anonymises them (`anonymise-orders.ts`), and deletes the sessions (with the browsing history of the account, `viewed_products`), codes and messages. Both are
 * audit-logged without the contact itself (the log would otherwise keep what was deleted).
 *
 * @module
 */
import { eq, inArray, or, sql } from 'drizzle-orm';
import { OrderZoneError, type Order, type OrderStatus, type Rfq } from '@orderzone/core';
import { isTerminalStatus } from '@orderzone/core/orders';
import { normalizeContact, type OutboxMessage, type StoredSession } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { oneTimeCodes, orders, outbox, sessions, viewedProducts } from '../db/schema.ts';
import { engineLockKey, lockEngineKeys } from '../store/pg-engine-store.ts';
import { CLI_ACTOR, writeAudit } from '../admin/audit-log.ts';
import { anonymiseOrders, TOMBSTONE } from './anonymise-orders.ts';
import { eraseShopperRfqs, rfqsOfContacts, viewedProductsOfContacts, type ExportedViewedProducts } from './shopper-rfqs.ts';

/** What {@link exportShopperData} answers. */
export interface ShopperDataExport {
  format: 'orderzone-shopper-data';
  version: 1;
  /** The contact as the shop matches it (phone digits, or the e-mail in lower case). */
  contact: string;
  /** The shopper's contacts: `contact` and the others on their orders. */
  contacts: string[];
  /** ISO 8601 date-time. */
  exportedAt: string;
  /** Every order placed with the contact, oldest first. */
  orders: Order[];
  /** Sign-in sessions of the contact (without their secret token). */
  sessions: Omit<StoredSession, 'token'>[];
  /** Messages sent to the contact, oldest first (without the codes they carried). */
  messages: Omit<OutboxMessage, 'code'>[];
  /** Requests for quote the shopper's contacts sent, oldest first. */
  rfqs: Rfq[];
  /** The signed-in browsing history of each of the shopper's contacts that has one. */
  viewedProducts: ExportedViewedProducts[];
}

/** What {@link deleteShopperData} removed. */
export interface ShopperDataDeletion {
  /** Orders anonymised (kept for accounting). */
  orders: string[];
  sessions: number;
  codes: number;
  messages: number;
  accessTokens: number;
  photos: number;
  /** Requests for quote deleted (never ordered). */
  rfqs: number;
  /** Requests for quote kept with their order, anonymised. */
  rfqsAnonymised: number;
  /** Signed-in browsing histories deleted (one per contact). */
  viewedProducts: number;
}

/** The contact as the shop stores it; `validation` when it is neither a phone number nor an e-mail address. */
function contactKey(contact: string): string {
  const key = normalizeContact(contact);
  if (key === '' || key === TOMBSTONE || (!key.includes('@') && key.length < 5)) {
    throw new OrderZoneError('validation', 'Give a phone number or an e-mail address.', { fieldErrors: [{ field: 'contact', code: 'invalid' }] });
  }
  return key;
}

/**
 * Statuses in which an order's business is done: nothing is left to ship, and no request is open
 * (`completed` and `return_rejected` still allow a return of what is left).
 */
export function isClosedStatus(status: OrderStatus): boolean {
  return isTerminalStatus(status) || status === 'completed' || status === 'return_rejected';
}

/** The outbox rows sent to `key`, however the shopper typed it. */
async function messagesTo(db: Db, key: string): Promise<{ id: string; data: OutboxMessage }[]> {
  const candidates = key.includes('@')
    ? await db.select({ id: outbox.id, destination: outbox.destination, data: outbox.data }).from(outbox).where(sql`lower(trim(${outbox.destination})) = ${key}`)
    : await db
        .select({ id: outbox.id, destination: outbox.destination, data: outbox.data })
        .from(outbox)
        .where(sql`regexp_replace(${outbox.destination}, '\\D', '', 'g') in (${key}, ${`86${key}`}, ${`0086${key}`})`);
  return candidates.filter((row) => normalizeContact(row.destination) === key).map((row) => ({ id: row.id, data: row.data as OutboxMessage }));
}

function ordersOf(key: string) {
  return or(eq(orders.contactPhone, key), eq(orders.contactEmail, key))!;
}

/** The contact given and the other contacts on its orders (anonymised ones left out). */
function contactsOf(key: string, found: readonly { contactPhone: string; contactEmail: string }[]): string[] {
  const contacts = new Set([key]);
  for (const row of found) for (const contact of [row.contactPhone, row.contactEmail]) if (contact !== '' && contact !== TOMBSTONE) contacts.add(contact);
  return [...contacts];
}

/** Everything the shop holds about `contact` (a phone number or e-mail address), as JSON. Audit-logged. */
export async function exportShopperData(db: Db, contact: string, options: { actor?: string; now?: Date } = {}): Promise<ShopperDataExport> {
  const key = contactKey(contact);
  return db.transaction(
    async (tx) => {
      const orderRows = await tx
        .select({ data: orders.data, contactPhone: orders.contactPhone, contactEmail: orders.contactEmail })
        .from(orders)
        .where(ordersOf(key))
        .orderBy(orders.createdAt, orders.orderNumber);
      const contacts = contactsOf(key, orderRows);
      const sessionRows = await tx.select({ data: sessions.data }).from(sessions).where(inArray(sessions.destination, contacts));
      const messages: OutboxMessage[] = [];
      for (const contact of contacts) messages.push(...(await messagesTo(tx, contact)).map((row) => row.data));
      messages.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
      const rfqList = await rfqsOfContacts(tx, contacts);
      const viewed = await viewedProductsOfContacts(tx, contacts);
      const exported: ShopperDataExport = {
        format: 'orderzone-shopper-data',
        version: 1,
        contact: key,
        contacts,
        exportedAt: (options.now ?? new Date()).toISOString(),
        orders: orderRows.map((row) => row.data as Order),
        sessions: sessionRows.map((row) => {
          const { token: _token, ...session } = row.data as StoredSession;
          return session;
        }),
        messages: messages.map(({ code: _code, ...message }) => message),
        rfqs: rfqList,
        viewedProducts: viewed,
      };
      await writeAudit(tx, {
        actor: options.actor ?? CLI_ACTOR,
        action: 'shopper.export',
        details: { orders: exported.orders.map((o) => o.orderNumber), sessions: exported.sessions.length, messages: exported.messages.length, rfqs: exported.rfqs.length, viewedProducts: exported.viewedProducts.length },
      });
      return exported;
    },
    { isolationLevel: 'repeatable read' },
  );
}

/**
 * Deletes what the shop holds about `contact`: anonymises its orders and deletes its sessions,
 * one-time codes and messages (see the module), in one transaction. An order still in progress
 * (paid, not shipped yet...) needs its address: without `includeOpenOrders` the deletion is refused
 * (`conflict`, `details.openOrders` naming them) and nothing changes. Audit-logged.
 */
export async function deleteShopperData(db: Db, contact: string, options: { actor?: string; includeOpenOrders?: boolean } = {}): Promise<ShopperDataDeletion> {
  const key = contactKey(contact);
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ orderNumber: orders.orderNumber, status: orders.status, contactPhone: orders.contactPhone, contactEmail: orders.contactEmail })
      .from(orders)
      .where(ordersOf(key));
    const contacts = contactsOf(key, found);
    const open = found.filter((row) => !isClosedStatus(row.status as OrderStatus)).map((row) => row.orderNumber);
    if (open.length > 0 && !options.includeOpenOrders) {
      throw new OrderZoneError('conflict', `${open.length} ${open.length === 1 ? 'order is' : 'orders are'} still in progress (${open.join(', ')}) and need the shopper's address: finish them first, or delete anyway.`, {
        details: { openOrders: open },
      });
    }
    const anonymised = await anonymiseOrders(tx, found.map((row) => row.orderNumber));

    const sessionRows = await tx.select({ token: sessions.token }).from(sessions).where(inArray(sessions.destination, contacts));
    await lockEngineKeys(tx, [...contacts.map(engineLockKey.codes), ...contacts.map(engineLockKey.viewed), ...sessionRows.map((row) => engineLockKey.session(row.token))]);
    // The browsing history of the contact's account goes with its sessions.
    const removedViewed = await tx.delete(viewedProducts).where(inArray(viewedProducts.shopper, contacts)).returning({ shopper: viewedProducts.shopper });
    const erasedRfqs = await eraseShopperRfqs(tx, contacts);
    const removedSessions = await tx.delete(sessions).where(inArray(sessions.destination, contacts)).returning({ token: sessions.token });
    const removedCodes = await tx.delete(oneTimeCodes).where(inArray(oneTimeCodes.destination, contacts)).returning({ id: oneTimeCodes.id });
    const messageIds: string[] = [];
    for (const contact of contacts) messageIds.push(...(await messagesTo(tx, contact)).map((row) => row.id));
    if (messageIds.length > 0) await tx.delete(outbox).where(inArray(outbox.id, messageIds));

    const deletion: ShopperDataDeletion = {
      orders: anonymised.orderNumbers,
      sessions: removedSessions.length,
      codes: removedCodes.length,
      messages: messageIds.length,
      accessTokens: anonymised.accessTokens,
      photos: anonymised.photos,
      rfqs: erasedRfqs.deleted,
      rfqsAnonymised: erasedRfqs.anonymised,
      viewedProducts: removedViewed.length,
    };
    await writeAudit(tx, { actor: options.actor ?? CLI_ACTOR, action: 'shopper.delete', details: { ...deletion } });
    return deletion;
  });
}
