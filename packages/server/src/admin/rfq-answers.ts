/**
 * The merchant's requests for quote in the admin API (business buying): the list (every request,
 * or those in one status now, newest first), the answer with a unit price per line and an expiry,
 * and the withdrawal, through the order service, so the rules are the core's (`rfq-rules.ts`).
 * Every answer and withdrawal is audit-logged with the status before and after and the offer's
 * total and expiry.
 *
 * @module
 */
import { OrderZoneError, type Rfq, type RfqStatus } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { writeAudit } from './audit-log.ts';

/** The service calls the admin API's requests for quote make (any `OrderService` has them). */
export type RfqCalls = Pick<OrderService, 'rfqs'>;

const STATUSES: readonly RfqStatus[] = ['requested', 'quoted', 'accepted', 'declined', 'expired', 'withdrawn'];

/** `GET /rfqs?status=`: `validation` for an unknown status. */
export async function listRfqsForMerchant(service: RfqCalls, query: Record<string, string>): Promise<{ rfqs: Rfq[] }> {
  const status = query.status || undefined;
  if (status !== undefined && !STATUSES.includes(status as RfqStatus)) {
    throw new OrderZoneError('validation', `status must be one of ${STATUSES.join(', ')}.`, { fieldErrors: [{ field: 'status', code: 'invalid_choice' }] });
  }
  return { rfqs: await service.rfqs.listAll(status ? { status: status as RfqStatus } : {}) };
}

/**
 * `PUT /rfqs/:rfqId/offer` with an `RfqOfferDraft` body (`unitPrices`, `expiresAt`, `note`), or
 * `POST /rfqs/:rfqId/withdraw`; audit-logged as `rfq.answer` / `rfq.withdraw`.
 */
export async function actOnRfqAsMerchant(db: Db, service: RfqCalls, actor: string, rfqId: string, action: 'answer' | 'withdraw', body?: unknown): Promise<Rfq> {
  const before = (await service.rfqs.listAll()).find((rfq) => rfq.id === rfqId);
  const after = action === 'answer' ? await service.rfqs.answer(rfqId, body) : await service.rfqs.withdraw(rfqId);
  await writeAudit(db, {
    actor,
    action: `rfq.${action}`,
    details: {
      rfqId,
      before: { status: before?.status ?? null },
      after: { status: after.status, total: after.offer?.total ?? null, expiresAt: after.offer?.expiresAt ?? null },
    },
  });
  return after;
}
