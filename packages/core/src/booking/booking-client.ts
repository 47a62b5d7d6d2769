/**
 * Bookings on a zone (`zone.bookings`): availability for the pickers, a price preview, adding a
 * booking to the cart behind a hold, re-checking a line whose hold lapsed, and giving a hold back
 * when its line is removed. The backend decides what is free (its adapter's `getAvailability`,
 * `placeHold` and `releaseHold`); the core prices picks from the product (`priceBooking`).
 *
 * @module
 */
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import type { Cart, CartAddResult, CartChangeResult, CartLine } from '../cart/cart.ts';
import { cartLineKey, normalizePersonalization } from '../cart/cart-line-key.ts';
import type { BookableProduct } from '../catalog/catalog-schema.ts';
import { isOrderZoneError, OrderZoneError, toOrderZoneError, type OrderZoneErrorOptions } from '../errors.ts';
import { priceBooking, type BookingPrice } from './booking-price.ts';
import { BOOKING_METHODS, missingBookingMethods } from './booking-support.ts';
import type { Availability, AvailabilityRequest, BookingSelection, Hold, PlaceHoldRequest } from './booking-schema.ts';

/** What `zone.bookings.addToCart` takes: the product, the variant (room type for stays) and the pick. */
export interface AddBookingToCartInput {
  product: BookableProduct;
  variantId: string;
  booking: BookingSelection;
  personalization?: Record<string, string>;
}

/** Bookings on a zone. */
export interface BookingClient {
  /** True when the adapter has `getAvailability`, `placeHold` and `releaseHold`; otherwise bookable products cannot be added. */
  readonly supported: boolean;
  /**
   * What a picker shows: slots with what is left, nights with prices and rooms left, or the seats
   * taken in a session. Rejects `OrderZoneError` `config` when the adapter has no booking methods,
   * and whatever the adapter rejects (`not_found`, `validation`, `bad_response`, `network`...).
   */
  getAvailability(request: AvailabilityRequest, ctx?: RequestContext): Promise<Availability>;
  /**
   * The price of a pick before adding it, and its resolved details (pure, from the product).
   * Throws `OrderZoneError('validation')` with `fieldErrors` for a pick that breaks the product's
   * rules (see `priceBooking`).
   */
  preview(product: BookableProduct, variantId: string, selection: BookingSelection): BookingPrice;
  /**
   * Checks the pick against the product's rules, places a hold through the adapter, then adds a
   * booking line (quantity 1) that carries the hold. Rejects `validation` (a rule broken, from the
   * core or the backend), `conflict` (taken meanwhile) and any adapter error; the cart is untouched
   * then. The same pick already in the cart is not held twice: the result has the line, the
   * outcome `refused` and the notice `booking_already_in_cart`.
   */
  addToCart(input: AddBookingToCartInput, ctx?: RequestContext): Promise<CartAddResult>;
  /**
   * For a line whose hold lapsed (or was released): gives the old hold back, places a new hold for
   * the same pick and stores it on the line, clearing its problem. When the pick was taken meanwhile
   * (`conflict`) or can no longer be booked (`validation`, e.g. the slot is now inside the lead
   * time), the line stays, marked `booking_unavailable`, with the notice `booking_unavailable`.
   * Other failures (network...) reject, and the line is left without a hold, marked `hold_expired`,
   * so the shopper can try again. An unknown key or a goods line resolves `{}`.
   */
  recheck(lineKey: string, ctx?: RequestContext): Promise<CartChangeResult>;
  /** Stops releasing holds of removed lines. */
  dispose(): void;
}

/** What `createBookingClient` needs: the backend adapter (with the booking methods), the zone's cart, and the active locale. */
export interface BookingClientOptions {
  adapter: BackendAdapter;
  cart: Cart;
  /** The active locale, passed to the adapter. */
  locale?: () => string;
}

type BookingAdapter = Required<Pick<BackendAdapter, (typeof BOOKING_METHODS)[number]>>;

/**
 * Creates the booking client of a zone. Lines removed from the cart by the shopper give their hold
 * back (best effort: a failure is ignored, the hold lapses by itself).
 */
export function createBookingClient(options: BookingClientOptions): BookingClient {
  const { adapter, cart } = options;
  const missing = missingBookingMethods(adapter);
  const supported = missing.length === 0;

  function bookingAdapter(): BookingAdapter {
    if (!supported) {
      throw new OrderZoneError(
        'config',
        `This backend adapter cannot take bookings: it has no ${missing.map((name) => `${name}()`).join(', ')} (see BackendAdapter, "Bookings").`,
      );
    }
    return adapter as BookingAdapter;
  }

  function context(ctx: RequestContext | undefined): RequestContext {
    const locale = options.locale?.();
    return locale === undefined ? { ...ctx } : { locale, ...ctx };
  }

  function release(holdId: string): void {
    if (!supported) return;
    try {
      void adapter.releaseHold!(holdId, context(undefined)).catch(() => undefined);
    } catch {
      // Best effort: an unreleased hold lapses by itself.
    }
  }

  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toOrderZoneError(error);
    }
  }

  /** Places a hold; a `conflict` is marked `details.booking` so `describeError` says "just taken". */
  async function hold(backend: BookingAdapter, request: PlaceHoldRequest, ctx: RequestContext | undefined): Promise<Hold> {
    try {
      return await call(() => backend.placeHold(request, context(ctx)));
    } catch (error) {
      const failure = error as OrderZoneError;
      if (failure.code !== 'conflict' || failure.details['booking'] === true) throw failure;
      const options: OrderZoneErrorOptions = { details: { ...failure.details, booking: true }, fieldErrors: failure.fieldErrors, cause: failure };
      if (failure.status !== undefined) options.status = failure.status;
      throw new OrderZoneError('conflict', failure.message, options);
    }
  }

  const stopWatching = cart.onRemove((line) => {
    if (line.booking && line.hold) release(line.hold.id);
  });

  function existingLine(key: string): CartLine | undefined {
    return cart.$lines.get().find((line) => line.key === key);
  }

  return {
    supported,

    async getAvailability(request, ctx) {
      const backend = bookingAdapter();
      return call(() => backend.getAvailability(request, context(ctx)));
    },

    preview(product, variantId, selection) {
      return priceBooking(product, variantId, selection);
    },

    async addToCart(input, ctx) {
      const backend = bookingAdapter();
      const { product, variantId, booking } = input;
      priceBooking(product, variantId, booking);
      const same = existingLine(cartLineKey(product.id, variantId, normalizePersonalization(input.personalization), booking));
      if (same) return { line: same, notice: { code: 'booking_already_in_cart' }, outcome: 'refused', added: 0 };
      const placed = await hold(backend, { productId: product.id, variantId, booking }, ctx);
      let result: CartAddResult;
      try {
        result = await cart.addBooking({
          product,
          variantId,
          booking: placed.booking,
          hold: { id: placed.id, expiresAt: placed.expiresAt },
          ...(input.personalization === undefined ? {} : { personalization: input.personalization }),
        });
      } catch (error) {
        release(placed.id);
        throw error;
      }
      // The hold named a pick already in the cart (an "any" slot got the same staff member): keep the line's own hold.
      if (result.notice?.code === 'booking_already_in_cart') release(placed.id);
      return result;
    },

    async recheck(lineKey, ctx) {
      const line = existingLine(lineKey);
      if (!line?.booking) return {};
      const backend = bookingAdapter();
      // The old hold, if it still runs, would count against the new one: give it back first.
      if (line.hold) await backend.releaseHold(line.hold.id, context(ctx)).catch(() => undefined);
      let placed: Hold;
      try {
        placed = await hold(backend, { productId: line.productId, variantId: line.variantId, booking: line.booking }, ctx);
      } catch (error) {
        if (isOrderZoneError(error) && (error.code === 'conflict' || error.code === 'validation')) {
          const marked = cart.updateBooking(lineKey, { hold: null, bookingProblem: 'booking_unavailable' });
          return marked ? { line: marked, notice: { code: 'booking_unavailable' } } : {};
        }
        cart.updateBooking(lineKey, { hold: null, bookingProblem: 'hold_expired' });
        throw error;
      }
      const updated = cart.updateBooking(lineKey, { hold: { id: placed.id, expiresAt: placed.expiresAt }, bookingProblem: null });
      if (!updated) {
        // The line was removed while re-checking: give the new hold back.
        release(placed.id);
        return {};
      }
      return { line: updated };
    },

    dispose() {
      stopWatching();
    },
  };
}
