/**
 * The cursors of the admin API's pages (orders, outbox, reviews): the position of a page's last row, its
 * time and id, opaque to the client. The next page starts strictly after it, so rows added
 * meanwhile never shift a page.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';

/** The cursor after a row placed at `time` (ISO 8601 or a database timestamp) with id `id`. */
export function encodeCursor(time: string, id: string): string {
  return Buffer.from(JSON.stringify([new Date(time).toISOString(), id])).toString('base64url');
}

/** The time and id of a cursor; `validation` (field `cursor`) for one this server did not give. */
export function decodeCursor(cursor: string): [time: string, id: string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !Number.isNaN(Date.parse(value[0]))) return [value[0], value[1]];
  } catch {
    // Falls through to the error below.
  }
  throw new OrderZoneError('validation', 'cursor is not one this server gave: pass the nextCursor of the page before.', { fieldErrors: [{ field: 'cursor', code: 'invalid' }] });
}
