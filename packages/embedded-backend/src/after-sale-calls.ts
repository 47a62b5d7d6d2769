/**
 * The engine's after-sale calls: refund and return requests from the shopper (with the photos of a
 * return), and the merchant's decisions on them (approve, in part or in full, preview, reject,
 * receive). The refund rule by line is in `after-sale-requests.ts`; these calls check the request,
 * apply it through the order's transition table and save.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { RETURN_PHOTO_MAX_COUNT, canReviewOrder, nextStatus, requestableUnits, selectionOfBooking, textLength } from '@orderzone/core/orders';
import { ReturnInstructionsSchema } from '@orderzone/core/schemas';
import type { ChosenLine, FieldError, Money, Order, OrderAccess, RefundRequest, ReturnInstructions, ReturnRequest, UploadedPhoto } from '@orderzone/core';
import { newAfterSale, receiptChanges, refundDecision, rejectionChanges, returnApprovalChanges, type RefundDecision } from './after-sale-requests.ts';
import { releaseLineBooking } from './booking-ledger.ts';
import type { EngineCore } from './engine-core.ts';
import type { EngineState } from './engine-state.ts';
import type { Caller } from './order-access.ts';
import { MAX_ORDER_NOTE_LENGTH, fieldErrorsFromIssues, noteText, trimAll, validationError } from './request-validation.ts';
import { MAX_PENDING_RETURN_PHOTOS, checkReturnPhoto, mediaTypeOf, nextReturnPhotoId, type ReturnPhotoFile } from './return-photos.ts';

/** A merchant's decision on a request. */
export interface MerchantDecision {
  /** Shown to the shopper in the order's history (at most 500 characters). */
  note?: string;
  /**
   * For an approval: the units accepted, per order line (each line once, at most what the request
   * still has of it); absent, every unit of the request. Units of the request left out are declined.
   */
  lines?: ChosenLine[];
}

/** What approving a refund would refund now (see {@link OrderEngine.previewRefund}). */
export interface RefundPreview {
  orderNumber: string;
  /** The request decided on (`order.afterSales[].id`). */
  afterSaleId: string;
  /** `approve_refund` (the order is then refunded in full) or `partial_refund`. */
  action: RefundDecision['action'];
  /** What goes back: each line's units and amount, the shipping, the total. */
  lines: (ChosenLine & { amount: Money })[];
  shipping: Money;
  total: Money;
}

export function requestRefund(core: EngineCore, orderNumber: string, access: OrderAccess, request: RefundRequest, caller?: Caller): Order {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  nextStatus(order.status, 'request_refund', order.orderNumber);
  const reason = noteText('reason', request?.reason, true)!;
  const sale = newAfterSale(order, 'refund', { reason, photos: [], lines: request?.lines, at: core.now() });
  return core.transition(order, 'request_refund', { afterSales: [...(order.afterSales ?? []), sale] }, { note: reason });
}

/** The refund of the open request `decision` makes, checked (`conflict` when the status allows no refund). */
function decideRefund(core: EngineCore, order: Order, decision: MerchantDecision | undefined): RefundDecision {
  nextStatus(order.status, 'approve_refund', order.orderNumber);
  return refundDecision(order, decision?.lines, core.now(), noteText('note', decision?.note, false));
}

export function approveRefund(core: EngineCore, orderNumber: string, decision: MerchantDecision | undefined): Order {
  const order = core.requireOrder(orderNumber);
  const refund = decideRefund(core, order, decision);
  const note = noteText('note', decision?.note, false);
  // A booking line refunded in full frees its slot, nights or seats (a full refund frees them all).
  if (refund.action === 'partial_refund' && refund.releasedLines.length > 0) {
    let released = core.ledger();
    for (const lineIndex of refund.releasedLines) {
      const line = order.lines[lineIndex]!;
      released = releaseLineBooking(released, order.orderNumber, { productId: line.productId, variantId: line.variantId, booking: selectionOfBooking(line.booking!) });
    }
    core.commit({ ...core.state(), bookings: released.bookings });
  }
  return core.transition(order, refund.action, refund.changes, note === undefined ? {} : { note });
}

export function previewRefund(core: EngineCore, orderNumber: string, decision: MerchantDecision | undefined): RefundPreview {
  const order = core.requireOrder(orderNumber);
  const { action, afterSaleId, refund } = decideRefund(core, order, decision);
  return structuredClone({ orderNumber: order.orderNumber, afterSaleId, action, lines: refund.lines, shipping: refund.shipping, total: refund.total });
}

export function rejectRefund(core: EngineCore, orderNumber: string, decision: MerchantDecision | undefined): Order {
  const order = core.requireOrder(orderNumber);
  nextStatus(order.status, 'reject_refund', order.orderNumber);
  const note = noteText('note', decision?.note, false);
  return core.transition(order, 'reject_refund', rejectionChanges(order, core.now(), note), note === undefined ? {} : { note });
}

/** Photos uploaded for `orderNumber` and not used by a return request yet. */
export function pendingPhotos(state: EngineState, orderNumber: string): UploadedPhoto[] {
  return state.returnPhotos?.[orderNumber] ?? [];
}

/** `state` with the pending photos of `orderNumber` replaced (dropped when empty). */
export function withPendingPhotos(state: EngineState, orderNumber: string, photos: UploadedPhoto[]): EngineState {
  const returnPhotos = { ...state.returnPhotos };
  if (photos.length > 0) returnPhotos[orderNumber] = photos;
  else delete returnPhotos[orderNumber];
  const next: EngineState = { ...state, returnPhotos };
  if (Object.keys(returnPhotos).length === 0) delete next.returnPhotos;
  return next;
}

/**
 * Keeps a photo for a return request or a review of the order (the same upload, checks and limits):
 * accepted while a return can be requested, or while the order can be reviewed (`canReviewOrder`),
 * so a booking that took place (nothing to return) or goods past returning still get review photos.
 */
export function uploadReturnPhoto(core: EngineCore, orderNumber: string, access: OrderAccess, file: ReturnPhotoFile, caller?: Caller): UploadedPhoto {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  if (!canReviewOrder(order)) {
    nextStatus(order.status, 'request_return', order.orderNumber);
    assertSomethingToReturn(order);
  }
  if (!file || typeof file !== 'object') throw validationError('A photo is required.', [{ field: 'photos', code: 'required' }]);
  checkReturnPhoto({ contentType: file.contentType, bytes: file.bytes });
  if (typeof file.url !== 'string' || file.url === '') throw validationError('The photo has no URL to show it by.', [{ field: 'photos', code: 'invalid' }]);
  const pending = pendingPhotos(core.state(), order.orderNumber);
  const photo: UploadedPhoto = { id: nextReturnPhotoId(order.orderNumber, pending), url: file.url, contentType: mediaTypeOf(file.contentType), bytes: file.bytes };
  core.store(withPendingPhotos(core.state(), order.orderNumber, [...pending, photo].slice(-MAX_PENDING_RETURN_PHOTOS)));
  return structuredClone(photo);
}

/** `conflict` when no unit of `order` may be returned any more (a photo would be of no use). */
function assertSomethingToReturn(order: Order): void {
  if (requestableUnits(order, 'return') > 0) return;
  throw new OrderZoneError('conflict', `Order ${order.orderNumber} has nothing left to return: every unit is refunded, returned or declined.`, {
    details: { status: order.status, action: 'request_return', orderNumber: order.orderNumber, reason: 'nothing_to_request' },
  });
}

export function requestReturn(core: EngineCore, orderNumber: string, access: OrderAccess, request: ReturnRequest, caller?: Caller): Order {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  nextStatus(order.status, 'request_return', order.orderNumber);
  const reason = noteText('reason', request?.reason, true)!;
  const rawIds: unknown = request?.photoIds ?? [];
  if (!Array.isArray(rawIds) || rawIds.some((id) => typeof id !== 'string')) throw validationError('photoIds must be a list of photo ids.', [{ field: 'photos', code: 'invalid' }]);
  const ids = [...new Set(rawIds as string[])];
  if (ids.length > RETURN_PHOTO_MAX_COUNT) {
    throw validationError(`A return request can have at most ${RETURN_PHOTO_MAX_COUNT} photos; got ${ids.length}.`, [{ field: 'photos', code: 'too_many_photos', params: { max: RETURN_PHOTO_MAX_COUNT } }]);
  }
  const pending = pendingPhotos(core.state(), order.orderNumber);
  const photos: UploadedPhoto[] = [];
  for (const id of ids) {
    const photo = pending.find((p) => p.id === id);
    if (!photo) {
      throw validationError(`There is no photo "${id}" uploaded for order ${order.orderNumber} (or it was replaced by newer uploads); upload it again.`, [
        { field: 'photos', code: 'unknown_photo', params: { id } },
      ]);
    }
    photos.push(photo);
  }
  const sale = newAfterSale(order, 'return', { reason, photos, lines: request?.lines, at: core.now() });
  core.commit(withPendingPhotos(core.state(), order.orderNumber, []));
  // `returnRequest` and `returnInstructions` keep describing the latest return (contract 2.0 readers).
  return core.transition(order, 'request_return', { returnRequest: { reason, photos }, returnInstructions: undefined, afterSales: [...(order.afterSales ?? []), sale] }, { note: reason });
}

export function approveReturn(core: EngineCore, orderNumber: string, rawInstructions: ReturnInstructions, decision?: Pick<MerchantDecision, 'lines'>): Order {
  const order = core.requireOrder(orderNumber);
  nextStatus(order.status, 'approve_return', order.orderNumber);
  if (!rawInstructions || typeof rawInstructions !== 'object') {
    throw validationError('Approving a return needs the address to send it to.', [{ field: 'returnInstructions', code: 'required' }]);
  }
  const trimmed = trimAll({ ...rawInstructions, ...(rawInstructions.address && typeof rawInstructions.address === 'object' ? { address: trimAll(rawInstructions.address) } : {}) });
  const parsed = ReturnInstructionsSchema.safeParse(trimmed);
  if (!parsed.success) {
    throw validationError('The return instructions are not valid.', fieldErrorsFromIssues(parsed.error.issues, trimmed, 'returnInstructions.'));
  }
  const instructions = parsed.data;
  // Optional texts left empty are left out.
  if (instructions.phone === '') delete instructions.phone;
  if (instructions.note === '') delete instructions.note;
  if (instructions.address.district === '') delete instructions.address.district;
  if (instructions.address.line2 === '') delete instructions.address.line2;
  const fieldErrors: FieldError[] = [];
  if (instructions.recipient === '') fieldErrors.push({ field: 'returnInstructions.recipient', code: 'required' });
  for (const field of ['country', 'region', 'city', 'line1'] as const) {
    if (instructions.address[field] === '') fieldErrors.push({ field: `returnInstructions.address.${field}`, code: 'required' });
  }
  if (textLength(instructions.note ?? '') > MAX_ORDER_NOTE_LENGTH) {
    fieldErrors.push({ field: 'returnInstructions.note', code: 'too_long', params: { max: MAX_ORDER_NOTE_LENGTH } });
  }
  if (fieldErrors.length > 0) throw validationError('Some return instructions are missing or too long.', fieldErrors);
  return core.transition(order, 'approve_return', returnApprovalChanges(order, decision?.lines, instructions, core.now()), instructions.note ? { note: instructions.note } : {});
}

/** A merchant action on a return that takes an optional note. */
export function decideReturn(core: EngineCore, orderNumber: string, action: 'reject_return' | 'receive_return', decision: MerchantDecision | undefined): Order {
  const order = core.requireOrder(orderNumber);
  nextStatus(order.status, action, order.orderNumber);
  const note = noteText('note', decision?.note, false);
  const changes = action === 'reject_return' ? rejectionChanges(order, core.now(), note) : receiptChanges(order, core.now(), note);
  return core.transition(order, action, changes, note === undefined ? {} : { note });
}
