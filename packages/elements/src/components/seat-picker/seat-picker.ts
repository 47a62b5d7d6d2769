import {
  toOrderZoneError,
  type BookingPrice,
  type BookingSelection,
  type CartLine,
  type LoadedZone,
  type Seat,
  type SeatRow,
  type SeatsProduct,
} from '@orderzone/core';
import { formatSlotTime, seatStatus, seatsInCart, type SeatStatus } from '@orderzone/core/bookings';
import { StoreController } from '../../controllers/store-controller.ts';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { AvailabilityController, type AvailabilityOf } from '../../parts/booking-calendar/availability-controller.ts';
import { bookingCalendarStyles } from '../../parts/booking-calendar/booking-calendar.styles.ts';
import { renderAvailabilityError } from '../../parts/booking-calendar/picker-parts.ts';
import { ZoneElement } from '../zone-element.ts';
import { seatPickerByLanguage } from './seat-picker.messages-by-language.ts';
import { seatPickerStyles } from './seat-picker.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** How a seat stands for this shopper (the core's `seatStatus`). */
type SeatState = SeatStatus;

/** The legend's states, in the order it lists them. */
const LEGEND_STATES: readonly SeatState[] = ['available', 'chosen', 'yours', 'taken', 'unavailable'];

/** The check mark on a chosen seat, drawn (an element of its own, clear of the seat's number). */
const checkMark = svg`<svg viewBox="0 0 12 12" width="9" height="9" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M2.5 6.5l2.5 2.5 4.5-5.5"/></svg>`;

/** How many price zones have a look of their own; further zones repeat them. */
const ZONE_LOOKS = 4;

/** What the last refused toggle said, re-translated on every render so a locale switch applies. */
type SeatMessage = (t: Translate) => string;

/** Every row of the map in reading order, across sections, for the arrow keys. */
function flatRows(product: SeatsProduct): SeatRow[] {
  return product.booking.seatMap.sections.flatMap((section) => section.rows).filter((row) => row.seats.length > 0);
}

/**
 * Picks seats for a session of a show on an accessible seat map: the session (when there are
 * several), a legend of seat states and price zones (each zone with a sample seat and its price),
 * what the seats face (the map's `stage`, e.g. "Screen", default "Stage"), each section as a grid of
 * seats printed with their numbers, with one tab stop (arrow keys move between seats and rows,
 * Home/End to the row's ends, Ctrl+Home/End to the first and last seat, Space or Enter toggles).
 * Each price zone has a look of its own (a tint and a band across the seat's top), so premium rows
 * stand out. Each seat reads like "Row F, seat 12, Premium CN¥68.00, available"; seats the
 * shopper's cart holds for this session read "in your cart" and are drawn as theirs (striped), not
 * as taken; taken and unavailable seats are marked by a shape and in words, never by colour alone,
 * and cannot be chosen. The state of every seat is the core's `seatStatus`.
 * The per-order limit is enforced with a message. The price comes from the core
 * (`zone.bookings.preview`); taken seats from `zone.bookings.getAvailability`. The element never
 * adds to the cart: it reports the pick with `oz-booking-change` and in `selection`.
 *
 * @summary Accessible seat map to pick seats for a session.
 *
 * @fires oz-booking-change - The pick changed: `{ selection, preview }` (`selection` undefined when no seat is chosen).
 * @fires oz-error - Availability could not be loaded: `{ error, message }` (also shown in the element, with a retry).
 *
 * @csspart base - The whole picker.
 * @csspart sessions - The session choice (when there are several).
 * @csspart session - One session.
 * @csspart limit - The per-order limit.
 * @csspart legend - The legend of seat states and price zones.
 * @csspart section - One section of the venue.
 * @csspart seat-map - The grid of seats of a section.
 * @csspart row-label - A row's name.
 * @csspart seat - One seat button (its number printed on it; `data-state` is its status, `data-zone` its price zone).
 * @csspart stage - What the seats face, above the map ("Screen", "Stage").
 * @csspart zones - The legend's price zones, each with a sample seat and its price.
 * @csspart message - Why the last seat could not be chosen.
 * @csspart summary - The chosen seats and their total.
 * @csspart error - The error message with its retry button.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-seat-size=36px] - Size of a seat (× density).
 * @cssprop [--oz-seat-available-bg=var(--oz-color-surface)] - A free seat: background.
 * @cssprop [--oz-seat-selected-bg=var(--oz-color-primary)] - A chosen seat: background.
 * @cssprop [--oz-seat-selected-text=var(--oz-color-on-primary)] - A chosen seat: its number and check mark.
 * @cssprop [--oz-seat-yours-bg=var(--oz-color-primary)] - A seat the shopper's cart holds: its stripes.
 * @cssprop [--oz-seat-zone-1=amber] - The second price zone (premium): its tint and the band across its seats' top.
 * @cssprop [--oz-seat-zone-2=teal] - The third price zone: its tint and band.
 * @cssprop [--oz-seat-zone-3=purple] - The fourth price zone: its tint and band.
 * @cssprop [--oz-seat-taken-bg=var(--oz-color-surface-alt)] - A taken or unavailable seat: background (it is also crossed out).
 * @cssprop [--oz-calendar-day-size=44px] - Size of a day cell (× density).
 * @cssprop [--oz-calendar-range-bg=primary mixed with surface] - Days inside a picked range.
 * @cssprop [--oz-calendar-selected-bg=var(--oz-color-primary)] - The picked day: background.
 * @cssprop [--oz-calendar-selected-text=var(--oz-color-on-primary)] - The picked day: text.
 *
 * @slot - Nothing; the element renders everything from the product and its availability.
 */
export class SeatPicker extends ZoneElement<'bookings'> {
  /** The element's styles: the shared design tokens and controls, the pickers' shared styles, then its own. */
  static override styles = [tokens, controls, bookingCalendarStyles, seatPickerStyles];

  /** The show to book seats for (a `seats` product from `@orderzone/core`). */
  @property({ attribute: false }) product?: SeatsProduct;

  /** The session; default: the product's first. The shopper can choose another when there are several. */
  @property({ attribute: 'session-id' }) sessionId?: string;

  @state() private chosen: string[] = [];
  /** The cart's lines: the seats they hold for this session are the shopper's. */
  private readonly cartLines = new StoreController<readonly CartLine[]>(this);
  @state() private focusSeatId: string | undefined;
  @state() private preview: BookingPrice | undefined;
  @state() private message: SeatMessage | undefined;

  private readonly availability = new AvailabilityController(this, 'seats', (error) => this.reportError(error));
  private seen: AvailabilityOf<'seats'> | undefined;
  private reload = false;
  private focusAfterUpdate = false;

  constructor() {
    super([...flowMessages, seatPickerByLanguage], ['bookings']);
  }

  /** The chosen seats of the session; undefined while none is chosen. */
  get selection(): BookingSelection | undefined {
    if (this.chosen.length === 0 || !this.product) return undefined;
    return { type: 'seats', sessionId: this.session, seatIds: [...this.chosen] };
  }

  protected zoneChanged(zone: LoadedZone<'bookings'>): void {
    this.cartLines.setStore(zone.cart.$lines);
    this.reload = true;
    this.requestUpdate();
  }

  private get session(): string {
    const sessions = this.product!.booking.sessions;
    return sessions.some((s) => s.id === this.sessionId) ? this.sessionId! : sessions[0]!.id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product') || changed.has('sessionId')) {
      this.resetPick();
      this.reload = true;
    }
    if (this.reload && this.product && this.isConnected) {
      this.reload = false;
      void this.load();
    }
    const loaded = this.availability.availability;
    if (loaded && loaded !== this.seen) {
      this.seen = loaded;
      // Seats taken since they were chosen (a reload) leave the pick.
      const taken = new Set(loaded.takenSeatIds);
      const kept = this.chosen.filter((id) => !taken.has(id));
      if (kept.length !== this.chosen.length) {
        const gone = this.findSeat(this.chosen.find((id) => taken.has(id))!);
        this.setChosen(kept);
        if (gone) this.message = (t) => describeFieldError({ field: 'seats', code: 'seat_unavailable', params: { seat: this.i18n.text(gone.label) } }, t);
      }
    }
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.renderRoot.querySelector<HTMLButtonElement>(`button.seat[data-seat="${CSS.escape(this.focusSeatId ?? '')}"]`)?.focus();
    }
  }

  /**
   * Loads the taken seats again, for the session the shopper is on: after a pick was just taken or
   * added to the cart, say. Chosen seats taken meanwhile leave the pick, with a message naming one
   * (`oz-booking-change` reports the rest); `clearPick` drops every chosen seat whatever the answer.
   * Resolves once the answer is shown.
   */
  async refresh(options: { clearPick?: boolean } = {}): Promise<void> {
    if (options.clearPick && this.chosen.length > 0) {
      this.message = undefined;
      this.setChosen([]);
    }
    if (!this.product) return;
    await this.load();
    await this.updateComplete;
  }

  private load(): Promise<void> {
    const product = this.product;
    if (!product) return Promise.resolve();
    return this.availability.load(this.readyZone, { productId: product.id, sessionId: this.session }, this.i18n.locale);
  }

  private findSeat(id: string): Seat | undefined {
    for (const row of flatRows(this.product!)) {
      const seat = row.seats.find((s) => s.id === id);
      if (seat) return seat;
    }
    return undefined;
  }

  private resetPick(): void {
    const had = this.chosen.length > 0;
    this.chosen = [];
    this.preview = undefined;
    this.message = undefined;
    this.focusSeatId = undefined;
    this.seen = undefined;
    if (had) emit(this, 'oz-booking-change', { selection: undefined });
  }

  private chooseSession(id: string): void {
    if (id === this.session) return;
    this.sessionId = id;
  }

  /** The seats of this session the shopper's cart holds. */
  private seatsInCart(): string[] {
    return this.product ? seatsInCart(this.cartLines.value ?? [], this.product.id, this.session) : [];
  }

  private seatState(seat: Seat, yours = this.seatsInCart()): SeatState {
    return seatStatus(seat, { takenSeatIds: this.availability.availability?.takenSeatIds ?? [], yours, chosen: this.chosen });
  }

  /** Prices `seatIds` with the core and makes them the pick, or says why not. Returns whether it did. */
  private setChosen(seatIds: string[]): boolean {
    const product = this.product!;
    let preview: BookingPrice | undefined;
    if (seatIds.length > 0) {
      try {
        preview = this.readyZone.bookings.preview(product, product.variants[0]!.id, { type: 'seats', sessionId: this.session, seatIds });
      } catch (error) {
        const err = toOrderZoneError(error);
        const [first] = err.fieldErrors;
        this.message = first ? (t) => describeFieldError(first, t) : (t) => describeError(err, t);
        return false;
      }
      const max = this.availability.availability?.maxSeatsPerOrder;
      if (max !== undefined && seatIds.length > max) {
        this.message = (t) => describeFieldError({ field: 'seats', code: 'too_many_seats', params: { max } }, t);
        return false;
      }
    }
    this.chosen = seatIds;
    this.preview = preview;
    const selection = this.selection;
    emit(this, 'oz-booking-change', selection && preview ? { selection, preview } : { selection: undefined });
    return true;
  }

  private toggle(seat: Seat): void {
    this.focusSeatId = seat.id;
    const state = this.seatState(seat);
    const label = this.i18n.text(seat.label);
    if (state === 'taken' || state === 'unavailable') {
      this.message = (t) => t('seats.cannot_choose', { seat: label });
      return;
    }
    if (state === 'yours') {
      this.message = (t) => t('seats.already_yours', { seat: label });
      return;
    }
    this.message = undefined;
    this.setChosen(state === 'chosen' ? this.chosen.filter((id) => id !== seat.id) : [...this.chosen, seat.id]);
  }

  private onMapKeydown(event: KeyboardEvent): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.seat');
    if (!button) return;
    const rows = flatRows(this.product!);
    const r = rows.findIndex((row) => row.seats.some((s) => s.id === button.dataset.seat));
    if (r < 0) return;
    const c = rows[r]!.seats.findIndex((s) => s.id === button.dataset.seat);
    const rtl = button.matches(':dir(rtl)');
    let target: Seat | undefined;
    const inRow = (row: SeatRow, index: number): Seat => row.seats[Math.max(0, Math.min(index, row.seats.length - 1))]!;
    switch (event.key) {
      case 'ArrowLeft':
        target = inRow(rows[r]!, c + (rtl ? 1 : -1));
        break;
      case 'ArrowRight':
        target = inRow(rows[r]!, c + (rtl ? -1 : 1));
        break;
      case 'ArrowUp':
        target = r > 0 ? inRow(rows[r - 1]!, c) : undefined;
        break;
      case 'ArrowDown':
        target = r < rows.length - 1 ? inRow(rows[r + 1]!, c) : undefined;
        break;
      case 'Home':
        target = event.ctrlKey ? rows[0]!.seats[0] : rows[r]!.seats[0];
        break;
      case 'End':
        target = event.ctrlKey ? rows.at(-1)!.seats.at(-1) : rows[r]!.seats.at(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (!target) return;
    this.focusSeatId = target.id;
    this.focusAfterUpdate = true;
  }

  private seatName(seat: Seat, state: SeatState): string {
    const zone = this.product!.booking.seatMap.zones.find((z) => z.id === seat.zoneId);
    return this.i18n.t('seats.seat_name', {
      seat: this.i18n.text(seat.label),
      zone: zone ? this.i18n.text(zone.name) : '',
      price: zone ? this.i18n.money(zone.price) : '',
      state: this.i18n.t(`seats.state_${state}`),
    });
  }

  /** Which look a price zone has (its place among the map's zones, repeating after {@link ZONE_LOOKS}). */
  private zoneLook(zoneId: string): number {
    const index = this.product!.booking.seatMap.zones.findIndex((z) => z.id === zoneId);
    return Math.max(0, index) % ZONE_LOOKS;
  }

  private renderSeat(seat: Seat, place: number, tabbable: string, yours: string[]): TemplateResult {
    const state = this.seatState(seat, yours);
    const blocked = state === 'taken' || state === 'unavailable' || state === 'yours';
    return html`<span role="gridcell" class="seat-cell">
      <button
        type="button"
        class="seat ${state} zone-${this.zoneLook(seat.zoneId)}"
        part="seat"
        data-seat=${seat.id}
        data-zone=${seat.zoneId}
        data-state=${state}
        tabindex=${seat.id === tabbable ? '0' : '-1'}
        aria-pressed=${state === 'chosen' ? 'true' : 'false'}
        aria-disabled=${blocked ? 'true' : nothing}
        @click=${() => this.toggle(seat)}
      >
        <span class="seat-number" aria-hidden="true">${seat.number ?? String(place + 1)}</span>
        ${state === 'chosen' ? html`<span class="seat-check" aria-hidden="true">${checkMark}</span>` : nothing}
        <span class="visually-hidden">${this.seatName(seat, state)}</span>
      </button>
    </span>`;
  }

  private renderSessions(): TemplateResult {
    const product = this.product!;
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const { sessions, timeZone, venue } = product.booking;
    const name = (s: (typeof sessions)[number]): string => {
      const when = formatSlotTime(s.startsAt, timeZone, locale);
      return s.label ? t('seats.session_label', { label: this.i18n.text(s.label), time: when }) : when;
    };
    if (sessions.length === 1) {
      const only = sessions[0]!;
      return html`<p class="session-one" part="session">${venue ? t('seats.venue_session', { venue: this.i18n.text(venue), session: name(only) }) : name(only)}</p>`;
    }
    return html`<fieldset class="choice-group" part="sessions">
      <legend>${venue ? t('seats.sessions_at', { venue: this.i18n.text(venue) }) : t('seats.sessions')}</legend>
      <div class="choices">
        ${sessions.map(
          (s) => html`<label class="choice" part="session">
            <input type="radio" name="session" .value=${s.id} .checked=${s.id === this.session} @change=${() => this.chooseSession(s.id)} />
            ${name(s)}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderLegend(): TemplateResult {
    const t = this.i18n.t;
    const zones = this.product!.booking.seatMap.zones;
    return html`<div class="seat-legend" part="legend">
      <h3 class="picker-heading">${t('seats.legend')}</h3>
      <ul class="legend-list" aria-label=${t('seats.legend_states')}>
        ${LEGEND_STATES.map((s) => html`<li data-legend=${s}><span class="seat sample ${s}" aria-hidden="true">${s === 'chosen' ? html`<span class="seat-check">${checkMark}</span>` : nothing}</span>${t(`seats.legend_${s}`)}</li>`)}
      </ul>
      <ul class="legend-list zones" part="zones" aria-label=${t('seats.legend_zones')}>
        ${zones.map(
          (zone) => {
            // The zone's name and price, the amount kept whole (it wraps between words only).
            const [before, amount, ...after] = this.i18n.aroundMoney('seats.zone_price', { zone: this.i18n.text(zone.name), price: zone.price });
            return html`<li data-legend-zone=${zone.id}>
            <span class="seat sample available zone-${this.zoneLook(zone.id)}" aria-hidden="true"></span>
            <span class="zone-name">${before}<span class="money">${amount}</span>${after.join('')}</span>
          </li>`;
          },
        )}
      </ul>
    </div>`;
  }

  private renderMap(): TemplateResult {
    const product = this.product!;
    const rows = flatRows(product);
    const all = rows.flatMap((row) => row.seats);
    const tabbable = all.some((s) => s.id === this.focusSeatId) ? this.focusSeatId! : (all.find((s) => this.seatState(s) === 'chosen') ?? all.find((s) => this.seatState(s) === 'available') ?? all[0])?.id ?? '';
    const yours = this.seatsInCart();
    const stage = product.booking.seatMap.stage;
    return html`<div class="seat-map-wrap" @keydown=${this.onMapKeydown}>
      <p class="stage" part="stage" data-stage>${stage ? this.i18n.text(stage) : this.i18n.t('seats.stage')}</p>
      ${product.booking.seatMap.sections.map(
        (section) => html`<div class="section" part="section">
          <h3 class="picker-heading" id="section-${section.id}">${this.i18n.text(section.name)}</h3>
          <div class="seat-map" part="seat-map" role="grid" aria-labelledby="section-${section.id}">
            ${section.rows.map(
              (row) => html`<div role="row" class="seat-row">
                <span role="rowheader" class="row-label" part="row-label">${this.i18n.text(row.label)}</span>
                ${row.seats.map((seat, place) => this.renderSeat(seat, place, tabbable, yours))}
              </div>`,
            )}
          </div>
        </div>`,
      )}
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const preview = this.preview;
    if (preview?.details.type !== 'seats') return nothing;
    const t = this.i18n.t;
    return html`<div class="pick-summary" part="summary">
      <ul class="chosen-seats">
        ${preview.details.seats.map(
          (seat) => html`<li><span>${t('seats.chosen_seat', { seat: this.i18n.text(seat.label), zone: this.i18n.text(seat.zoneName) })}</span><span class="seat-price money">${this.i18n.money(seat.price)}</span></li>`,
        )}
      </ul>
      <p class="pick-price">${t('seats.total', { count: preview.details.seats.length, price: this.i18n.money(preview.unitPrice) })}</p>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product) return nothing;
    const t = this.i18n.t;
    const state = this.availability.state;
    const max = this.availability.availability?.maxSeatsPerOrder ?? product.booking.maxSeatsPerOrder;
    return html`<div class="picker seat-picker" part="base" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      ${this.renderSessions()}
      <p class="hint" part="limit">${t('seats.limit', { max })}</p>
      ${this.renderLegend()}
      ${state.status === 'loading' ? html`<p class="loading-state">${t('booking.loading')}</p>` : nothing}
      ${state.status === 'failed'
        ? renderAvailabilityError(state.error, t, () => void this.load())
        : nothing}
      ${state.status === 'ready' ? this.renderMap() : nothing}
      <div class="alert-region" role="alert">${this.message ? html`<p class="problems seat-message" part="message">${this.message(t)}</p>` : nothing}</div>
      <div class="summary-region" role="status" aria-live="polite">
        ${this.chosen.length === 0 && state.status === 'ready' ? html`<p class="hint">${t('seats.none_chosen')}</p>` : this.renderSummary()}
      </div>
    </div>`;
  }
}
