/**
 * What a shopper can do to an order after placing it, as a small client over the adapter's optional
 * shopper calls: cancel, change the shipping address, ask for a refund, upload return photos and
 * ask for a return. Input is checked here first (a clear `validation` error with field codes, and
 * no request); then the backend decides and answers with the new order. A `conflict` answer means
 * the order moved on meanwhile (shipped, paid...): show the fresh order from {@link OrderActions.reload}.
 *
 * Field codes: `reason` → `required`, `too_long` (`{max}`); `photos` → `photo_type` (`{types}`),
 * `photo_too_large` (`{max}` in MB), `too_many_photos` (`{max}`); the lines of a refund or return
 * request → the codes of `after-sales.ts` (`lines.<i>` is order line `i`); `shippingAddress.*` → the codes of
 * `validateCheckoutDraft`, plus `country_changed` when the country differs from the order's; edits
 * → the codes of `order-edit.ts`; reschedules → `lineIndex`: `unknown_line`, `not_a_booking`,
 * `booking`: `booking_kind` (`{expected}`), `booking_unchanged`, `price_differs` (the new pick's
 * price in `details.unitPrice`), plus the codes of `priceBooking` for a pick that breaks the
 * product's rules. A booking window that has closed is a `conflict` (`details.reason`
 * `window_closed`, with `until`), as the backend would answer.
 *
 * The address rules (`checkout-validation.ts`), the booking prices (`booking-price.ts`), the edit
 * rules (`order-edit.ts`) and the check of a request's lines (`after-sales.ts`) load with the first
 * call that uses them (a new address, a reschedule, an edit's quote, a refund or return request), so
 * a view that only offers the actions does not carry them: by then a booking picker has loaded the
 * prices, and `<order-detail>`'s forms the edit rules and the request's lines.
 *
 * @module
 */
import type { BackendAdapter, OrderAccess, RequestContext } from '../backend/backend-adapter.ts';
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import { bookingWindows, type BookingWindows } from '../booking/booking-windows.ts';
import { sameBookingPick } from '../cart/cart-line-key.ts';
import type { BookableProduct } from '../catalog/catalog-schema.ts';
import { OrderZoneError, toOrderZoneError, type FieldError } from '../errors.ts';
import { equalMoney, type Money } from '../money/money.ts';
import type { EditQuantities, EditQuote } from './order-edit.ts';
import { assertBookingWindowOpen } from './order-booking-windows.ts';
import { allowedShopperActions, awaitsPayment, nextStatus, ORDER_LIFECYCLE, type ShopperAction } from './order-lifecycle.ts';
import type { AfterSaleKind } from './after-sale-units.ts';
import type { Address, ChosenLine, Order, UploadedPhoto } from './order-schema.ts';
import { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES } from './return-photo-limits.ts';
import { ORDER_TEXT_MAX_LENGTH, textLength } from './order-text.ts';

/** Longest refund or return reason, in characters after trimming. */
export const ORDER_REASON_MAX = ORDER_TEXT_MAX_LENGTH;

/**
 * An order and the proof that the caller may act on it: the order's access token or the signed-in
 * shopper's session (a zone's `checkout.orderAccess(orderNumber)` gives both).
 */
export interface OrderRef {
  orderNumber: string;
  access: OrderAccess;
}

/** Context of an upload. */
export interface UploadContext extends RequestContext {
  /** Called with the uploaded fraction, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Photos already uploaded for this return request, counted against {@link RETURN_PHOTO_MAX_COUNT}. Default 0. */
  uploaded?: number;
}

/** Moving one booking line of an order to another pick. */
export interface RescheduleInput {
  /** The order line of the booking (0-based). */
  lineIndex: number;
  /** The new pick, of the same kind as the booking (from a picker's `oz-booking-change`). */
  booking: BookingSelection;
  /**
   * The line's product: when given, the new pick is checked against its rules and its price compared
   * with the line's before anything is sent (the backend refuses a different price).
   */
  product?: BookableProduct;
  /** A hold placed on the new pick first, if any. */
  holdId?: string;
}

/** One booking line of an order and what may be done with it now (see {@link OrderActions.bookingChanges}). */
export interface BookingLineChanges {
  /** The order line (0-based). */
  lineIndex: number;
  booking: BookingDetails;
  /** When it starts, and until when it may be cancelled and rescheduled. */
  windows: BookingWindows;
  /** True when a "Reschedule" can be offered now: the order allows rescheduling and this line's window is open. */
  canReschedule: boolean;
}

/** What the shopper may do with an order's bookings now. */
export interface BookingChanges {
  /** True when the order's status and the backend allow rescheduling at all (each line's window aside). */
  reschedule: boolean;
  /**
   * True when cancelling the order cancels its bookings and refunds them (the transition table takes
   * a cancel in its status to `refunded`, as for a confirmed booking order, and the backend offers
   * `cancelOrder`): their cancellation windows are worth showing.
   */
  cancelRefunds: boolean;
  /** The order's booking lines, in order. */
  lines: BookingLineChanges[];
}

/**
 * A refund or return request: why, and which units. Without `lines`, every unit that may still be
 * asked for (the whole order when nothing was asked before). With `order` (the order as shown),
 * the lines are checked against it first, as the backend will (`after-sales.ts`).
 */
export interface AfterSaleInput {
  reason: string;
  lines?: readonly ChosenLine[];
  order?: Order;
}

/** Options of {@link createOrderActions}. */
export interface OrderActionsOptions {
  /** The current time, for the booking windows; default the real one. For tests. */
  now?: () => Date;
}

/** What a shopper can do with a placed order, through the zone's adapter: which actions to offer now, reload, cancel, change the address, ask for a refund or a return (with photos), edit an unpaid order's lines and reschedule a booking. */
export interface OrderActions {
  /**
   * The shopper actions to offer for `order` now: those the transition table allows in its status,
   * narrowed by the booking windows of its lines (`allowedShopperActions`), AND the adapter
   * implements. `pay` only while a payment step is pending (not `none`).
   */
  available(order: Order): ShopperAction[];
  /** The order as the backend has it now. */
  reload(ref: OrderRef, ctx?: RequestContext): Promise<Order>;
  /** Cancels an unpaid order. */
  cancel(ref: OrderRef, ctx?: RequestContext): Promise<Order>;
  /** Sends a not-yet-shipped order elsewhere; `current` is the order's address (same country). */
  changeAddress(ref: OrderRef, address: Address, current?: Address, ctx?: RequestContext): Promise<Order>;
  /**
   * Asks for a refund of a paid, not-yet-shipped order: a reason, or a request naming lines and
   * units (see {@link AfterSaleInput}). The backend computes what the chosen units give back by the
   * core's rule (`afterSaleRefund`), the amount a form shows before sending.
   */
  requestRefund(ref: OrderRef, request: string | AfterSaleInput, ctx?: RequestContext): Promise<Order>;
  /** The problem with a photo, checked before any upload; `undefined` when it may be uploaded. */
  checkReturnPhoto(photo: Pick<Blob, 'type' | 'size'>, uploaded?: number): FieldError | undefined;
  /** Checks then uploads one photo for a return request, reporting progress. */
  uploadReturnPhoto(ref: OrderRef, photo: Blob, ctx?: UploadContext): Promise<UploadedPhoto>;
  /** Asks to send units of a shipped or completed order back (all that may be, without `lines`), with the ids of photos uploaded first. */
  requestReturn(ref: OrderRef, request: AfterSaleInput & { photoIds: readonly string[] }, ctx?: RequestContext): Promise<Order>;
  /**
   * The backend's quote for an unpaid order with the draft's quantities (one per line, 0 removes it),
   * with the order's coupon, shipping option and destination: what the edited order would cost.
   * Checked first (see `order-edit.ts` for the field codes: nothing left → `edit_empty`). The quote's
   * lines are the kept ones; `orderLines` (read with `editQuoteLine`) says which order line each
   * prices. A refusal names order lines too (`lines.<i>` is order line `i`), as with {@link edit}.
   */
  quoteEdit(order: Order, quantities: EditQuantities, ctx?: RequestContext): Promise<EditQuote>;
  /**
   * Saves the draft: replaces the lines of an unpaid order. `expectedTotal` is the total of the
   * quote the shopper saw; the backend answers `price_changed` (with `details.quote`) when its own
   * differs, `conflict` when the order was paid or cancelled meanwhile.
   *
   * The request carries the kept lines only and the backend names problems by their position in it;
   * the error thrown here names order lines instead (see `editRefusal`): `lines.<i>` (`not_in_order`)
   * and `lines.<i>.quantity` (`booking_quantity`) are order line `i`, as are `details.lines[].index`,
   * and `details.quote` is a checked {@link EditQuote} (read it with `editRefusalQuote`).
   */
  edit(ref: OrderRef, order: Order, quantities: EditQuantities, expectedTotal: Money, ctx?: RequestContext): Promise<Order>;
  /**
   * Moves a booking line to another pick, inside its rescheduling window. Checked first: the line is
   * a booking, the pick of its kind and different, the window open and the status allowing it
   * (`conflict` otherwise, as the backend would answer), and, with `input.product`, the pick within
   * the product's rules and at the line's price.
   */
  reschedule(ref: OrderRef, order: Order, input: RescheduleInput, ctx?: RequestContext): Promise<Order>;
  /**
   * The order's booking lines with their windows, and what may be done with them now: rescheduling
   * (status, backend and each line's window) and whether a cancel refunds them.
   */
  bookingChanges(order: Order): BookingChanges;
  /**
   * Why booking line `lineIndex` cannot be moved to a pick priced `unitPrice` (its price from
   * `priceBooking`), before anything is sent: `price_differs` when the price is not the line's,
   * since a reschedule keeps the price. `undefined` when it can.
   */
  rescheduleProblem(order: Order, lineIndex: number, unitPrice: Money): FieldError | undefined;
}

/** Which adapter method each action needs. */
const NEEDS: Partial<Record<ShopperAction, keyof BackendAdapter>> = {
  cancel: 'cancelOrder',
  change_address: 'changeShippingAddress',
  request_refund: 'requestRefund',
  request_return: 'requestReturn',
  edit: 'editOrder',
  reschedule: 'rescheduleBooking',
};

function invalid(message: string, fieldErrors: FieldError[]): OrderZoneError {
  return new OrderZoneError('validation', message, { fieldErrors });
}

function unsupported(method: string): OrderZoneError {
  return new OrderZoneError('config', `The backend adapter has no ${method}(): this action is not offered by this shop.`);
}

/** The trimmed reason, or a `validation` error for field `reason`. */
function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw invalid('Please give a reason.', [{ field: 'reason', code: 'required' }]);
  if (textLength(trimmed) > ORDER_REASON_MAX) {
    throw invalid(`The reason is longer than ${ORDER_REASON_MAX} characters.`, [{ field: 'reason', code: 'too_long', params: { max: ORDER_REASON_MAX } }]);
  }
  return trimmed;
}

/** The request's lines, checked against `order` when given (`validation` naming order lines), as the wire carries them. */
async function checkedLines(kind: AfterSaleKind, input: AfterSaleInput): Promise<{ lines?: ChosenLine[] }> {
  if (input.lines === undefined && !input.order) return {};
  if (input.order) {
    const { checkAfterSaleLines } = await import('./after-sales.ts');
    const { lines, errors } = checkAfterSaleLines(input.order, kind, input.lines);
    if (errors.length > 0) throw invalid(`The ${kind} request names lines that cannot be asked for (${errors[0]!.code}).`, errors);
    return input.lines === undefined ? {} : { lines };
  }
  return { lines: input.lines!.map((line) => ({ lineIndex: line.lineIndex, quantity: line.quantity })) };
}

/** "JPEG, PNG, WebP" from the accepted MIME types. */
const TYPE_NAMES = RETURN_PHOTO_TYPES.map((type) => (type === 'image/webp' ? 'WebP' : type.slice('image/'.length).toUpperCase())).join(', ');

/** Creates the order actions client over `adapter`. */
export function createOrderActions(adapter: BackendAdapter, options: OrderActionsOptions = {}): OrderActions {
  const now = options.now ?? (() => new Date());
  const checkReturnPhoto = (photo: Pick<Blob, 'type' | 'size'>, uploaded = 0): FieldError | undefined => {
    if (uploaded >= RETURN_PHOTO_MAX_COUNT) return { field: 'photos', code: 'too_many_photos', params: { max: RETURN_PHOTO_MAX_COUNT } };
    if (!(RETURN_PHOTO_TYPES as readonly string[]).includes(photo.type)) return { field: 'photos', code: 'photo_type', params: { types: TYPE_NAMES } };
    if (photo.size > RETURN_PHOTO_MAX_BYTES) return { field: 'photos', code: 'photo_too_large', params: { max: RETURN_PHOTO_MAX_BYTES / (1024 * 1024) } };
    return undefined;
  };

  const rescheduleProblem = (order: Order, lineIndex: number, unitPrice: Money): FieldError | undefined => {
    const line = order.lines[lineIndex];
    if (!line) return { field: 'lineIndex', code: 'unknown_line' };
    return equalMoney(unitPrice, line.unitPrice) ? undefined : { field: 'booking', code: 'price_differs' };
  };

  return {
    available(order) {
      return allowedShopperActions(order, now()).filter((action) => {
        if (action === 'pay') return awaitsPayment(order);
        const method = NEEDS[action];
        return method !== undefined && typeof adapter[method] === 'function';
      });
    },

    reload(ref, ctx) {
      return adapter.getOrder(ref.orderNumber, ref.access, ctx);
    },

    async cancel(ref, ctx) {
      if (!adapter.cancelOrder) throw unsupported('cancelOrder');
      return adapter.cancelOrder(ref.orderNumber, ref.access, ctx);
    },

    async changeAddress(ref, address, current, ctx) {
      if (!adapter.changeShippingAddress) throw unsupported('changeShippingAddress');
      const { validateCheckoutDraft } = await import('../checkout/checkout-validation.ts');
      const errors = validateCheckoutDraft({ contact: { name: '', phone: '', email: '' }, shippingAddress: address }).filter((e) =>
        e.field.startsWith('shippingAddress.'),
      );
      if (current && address.country !== current.country) errors.unshift({ field: 'shippingAddress.country', code: 'country_changed' });
      if (errors.length > 0) throw invalid('The new address needs correcting.', errors);
      const trimmed: Address = {
        country: address.country.trim(),
        region: address.region.trim(),
        city: address.city.trim(),
        line1: address.line1.trim(),
        postalCode: address.postalCode.trim(),
        ...(address.district?.trim() ? { district: address.district.trim() } : {}),
        ...(address.line2?.trim() ? { line2: address.line2.trim() } : {}),
      };
      return adapter.changeShippingAddress(ref.orderNumber, ref.access, trimmed, ctx);
    },

    async requestRefund(ref, request, ctx) {
      if (!adapter.requestRefund) throw unsupported('requestRefund');
      const input = typeof request === 'string' ? { reason: request } : request;
      const reason = checkedReason(input.reason);
      return adapter.requestRefund(ref.orderNumber, ref.access, { reason, ...(await checkedLines('refund', input)) }, ctx);
    },

    checkReturnPhoto,

    async uploadReturnPhoto(ref, photo, ctx = {}) {
      if (!adapter.uploadReturnPhoto) throw unsupported('uploadReturnPhoto');
      const problem = checkReturnPhoto(photo, ctx.uploaded ?? 0);
      if (problem) throw invalid(`The photo cannot be uploaded (${problem.code}).`, [problem]);
      const { uploaded: _uploaded, ...rest } = ctx;
      ctx.onProgress?.(0);
      const result = await adapter.uploadReturnPhoto(ref.orderNumber, ref.access, photo, rest);
      ctx.onProgress?.(1);
      return result;
    },

    async requestReturn(ref, request, ctx) {
      if (!adapter.requestReturn) throw unsupported('requestReturn');
      const reason = checkedReason(request.reason);
      if (request.photoIds.length > RETURN_PHOTO_MAX_COUNT) {
        throw invalid(`At most ${RETURN_PHOTO_MAX_COUNT} photos.`, [{ field: 'photos', code: 'too_many_photos', params: { max: RETURN_PHOTO_MAX_COUNT } }]);
      }
      return adapter.requestReturn(ref.orderNumber, ref.access, { reason, photoIds: [...request.photoIds], ...(await checkedLines('return', request)) }, ctx);
    },

    async quoteEdit(order, quantities, ctx) {
      const { editQuoteOf, editQuoteRequest, editRefusal } = await import('./order-edit.ts');
      const request = editQuoteRequest(order, quantities);
      const draft = [...quantities];
      try {
        return editQuoteOf(await adapter.quote(request, ctx), draft);
      } catch (error) {
        throw editRefusal(toOrderZoneError(error), draft);
      }
    },

    async edit(ref, order, quantities, expectedTotal, ctx) {
      if (!adapter.editOrder) throw unsupported('editOrder');
      const { editLineRequests, editRefusal } = await import('./order-edit.ts');
      const lines = editLineRequests(order, quantities);
      const draft = [...quantities];
      try {
        return await adapter.editOrder(ref.orderNumber, ref.access, { lines, expectedTotal: { ...expectedTotal } }, ctx);
      } catch (error) {
        throw editRefusal(toOrderZoneError(error), draft);
      }
    },

    async reschedule(ref, order, input, ctx) {
      if (!adapter.rescheduleBooking) throw unsupported('rescheduleBooking');
      const { lineIndex, booking } = input;
      const line = Number.isSafeInteger(lineIndex) ? order.lines[lineIndex] : undefined;
      if (!line) throw invalid(`Order ${order.orderNumber} has no line ${lineIndex}.`, [{ field: 'lineIndex', code: 'unknown_line' }]);
      if (!line.booking) throw invalid(`Line ${lineIndex} of order ${order.orderNumber} is not a booking.`, [{ field: 'lineIndex', code: 'not_a_booking' }]);
      if (booking.type !== line.booking.type) {
        throw invalid(`The new pick must be a ${line.booking.type} booking.`, [{ field: 'booking', code: 'booking_kind', params: { expected: line.booking.type } }]);
      }
      const { selectionOfBooking } = await import('./order-edit.ts');
      if (sameBookingPick(booking, selectionOfBooking(line.booking))) throw invalid('The new pick is the one already booked.', [{ field: 'booking', code: 'booking_unchanged' }]);
      nextStatus(order.status, 'reschedule', order.orderNumber);
      assertBookingWindowOpen(order, 'reschedule', now(), lineIndex);
      if (input.product) {
        const { priceBooking } = await import('../booking/booking-price.ts');
        const { unitPrice } = priceBooking(input.product, line.variantId, booking);
        const problem = rescheduleProblem(order, lineIndex, unitPrice);
        if (problem) {
          throw new OrderZoneError('validation', 'The new pick is priced differently from the booking; only a pick at the same price can be moved to.', {
            fieldErrors: [problem],
            details: { unitPrice },
          });
        }
      }
      return adapter.rescheduleBooking(ref.orderNumber, ref.access, { lineIndex, booking, ...(input.holdId ? { holdId: input.holdId } : {}) }, ctx);
    },

    bookingChanges(order) {
      const at = now();
      const reschedule = ORDER_LIFECYCLE[order.status]?.shopper.reschedule !== undefined && typeof adapter.rescheduleBooking === 'function';
      const cancelRefunds = ORDER_LIFECYCLE[order.status]?.shopper.cancel === 'refunded' && typeof adapter.cancelOrder === 'function';
      const lines = order.lines.flatMap((line, lineIndex): BookingLineChanges[] => {
        if (!line.booking) return [];
        const windows = bookingWindows(line.booking, at);
        return [{ lineIndex, booking: line.booking, windows, canReschedule: reschedule && windows.reschedule.open }];
      });
      return { reschedule, cancelRefunds, lines };
    },

    rescheduleProblem,
  };
}
