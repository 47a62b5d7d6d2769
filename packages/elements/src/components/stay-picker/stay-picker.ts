import {
  toOrderZoneError,
  type BookingPrice,
  type BookingSelection,
  type FieldError,
  type NightOpening,
  type LoadedZone,
  type OrderZoneError,
  type StayProduct,
} from '@orderzone/core';
import { addDays, daysBetween, nightStatus, soldOutNights, utcToZoned } from '@orderzone/core/bookings';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { AvailabilityController, type AvailabilityOf } from '../../parts/booking-calendar/availability-controller.ts';
import { bookingCalendarStyles } from '../../parts/booking-calendar/booking-calendar.styles.ts';
import { renderAvailabilityError } from '../../parts/booking-calendar/picker-parts.ts';
import {
  firstDayOfWeek,
  focusCalendarDay,
  formatFullDate,
  formatShortDate,
  lastDayOfMonth,
  monthOf,
  renderCalendarMonth,
  shiftMonth,
  type CalendarDayView,
} from '../../parts/booking-calendar/calendar-month.ts';
import { ZoneElement } from '../zone-element.ts';
import { stayPickerByLanguage } from './stay-picker.messages-by-language.ts';
import { stayPickerStyles } from './stay-picker.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

/** Months ahead of the current one the calendar lets the shopper browse. */
const MONTHS_AHEAD = 12;

/** Why the picked range cannot be booked: the core's field errors, or a night the backend says is sold out. */
type RangeProblem = { kind: 'field'; error: FieldError } | { kind: 'sold_out'; date: string };

/**
 * Books a stay: a date-range calendar (pick the check-in day, then the check-out day) with each
 * night's price, closed and sold-out nights marked in text, the minimum stay, and the whole stay's
 * price from the core before anything is added. A range that breaks the room type's rules (too
 * short, a closed night) gets the core's message for each problem; a sold-out night in the range is
 * named too. The element never adds to the cart: it reports the pick with `oz-booking-change` and in
 * `selection`.
 *
 * Keyboard: Tab reaches the calendar's day, arrow keys move by day and week, Page Up/Down by month,
 * Home/End to the week's start and end, Enter or Space picks check-in, then check-out.
 *
 * @summary Date-range calendar with nightly prices to book a stay.
 *
 * @fires oz-booking-change - The pick changed: `{ selection, preview }` (`selection` undefined while incomplete or when the range cannot be booked).
 * @fires oz-error - Availability could not be loaded: `{ error, message }` (also shown in the element, with a retry).
 *
 * @csspart base - The whole picker.
 * @csspart rules - The minimum stay and check-in/out times.
 * @csspart calendar - The month calendar.
 * @csspart calendar-header - The month's name and the previous/next buttons.
 * @csspart calendar-title - The month's name.
 * @csspart calendar-nav - The previous and next month buttons.
 * @csspart calendar-grid - The date grid.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell, with its nightly price.
 * @csspart status - What to pick next.
 * @csspart problems - Why the picked range cannot be booked.
 * @csspart summary - The stay's nights and total.
 * @csspart clear-button - The "Clear dates" button.
 * @csspart error - The error message with its retry button.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-calendar-day-size=52px] - Size of a day cell (× density).
 * @cssprop [--oz-calendar-selected-bg=var(--oz-color-primary)] - Check-in and check-out days: background.
 * @cssprop [--oz-calendar-selected-text=var(--oz-color-on-primary)] - Check-in and check-out days: text.
 * @cssprop [--oz-calendar-range-bg=primary mixed with surface] - Nights inside the stay.
 *
 * @slot - Nothing; the element renders everything from the product and its availability.
 */
export class StayPicker extends ZoneElement<'bookings'> {
  /** The element's styles: the shared design tokens and controls, the calendar's, then its own. */
  static override styles = [tokens, controls, bookingCalendarStyles, stayPickerStyles];

  /** The stay to book (a `stay` product from `@orderzone/core`). */
  @property({ attribute: false }) product?: StayProduct;

  /** The room type: the variant id of one of the product's `booking.roomTypes`; default: the first. */
  @property({ attribute: 'variant-id' }) variantId?: string;

  @state() private month = '';
  @state() private focusDate = '';
  @state() private checkIn: string | undefined;
  @state() private checkOut: string | undefined;
  @state() private preview: BookingPrice | undefined;
  @state() private problems: RangeProblem[] = [];
  @state() private previewError: OrderZoneError | undefined;

  private readonly availability = new AvailabilityController(this, 'stay', (error) => this.reportError(error));
  /** Every night loaded for this room type, across the months the shopper has seen. */
  private nights = new Map<string, NightOpening>();
  private merged: AvailabilityOf<'stay'> | undefined;
  private reload = false;
  private focusAfterUpdate = false;

  constructor() {
    super([...flowMessages, stayPickerByLanguage], ['bookings']);
  }

  /** The shopper's stay when both dates are picked and the range can be booked; else undefined. */
  get selection(): BookingSelection | undefined {
    if (!this.checkIn || !this.checkOut || !this.preview) return undefined;
    return { type: 'stay', checkIn: this.checkIn, checkOut: this.checkOut };
  }

  protected zoneChanged(_zone: LoadedZone<'bookings'>): void {
    this.reload = true;
    this.requestUpdate();
  }

  private get roomVariantId(): string {
    return this.variantId ?? this.product!.booking.roomTypes[0]!.variantId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product') || changed.has('variantId')) {
      const hadSelection = this.selection !== undefined;
      this.checkIn = undefined;
      this.checkOut = undefined;
      this.preview = undefined;
      this.problems = [];
      this.previewError = undefined;
      this.nights = new Map();
      this.merged = undefined;
      if (changed.has('product')) this.month = '';
      this.reload = true;
      if (hadSelection) emit(this, 'oz-booking-change', { selection: undefined });
    }
    if (this.reload && this.product && this.isConnected) {
      this.reload = false;
      if (!this.month) {
        this.month = monthOf(this.today());
        this.focusDate = this.today();
      }
      void this.loadMonth();
    }
    const loaded = this.availability.availability;
    if (loaded && loaded !== this.merged) {
      this.merged = loaded;
      for (const night of loaded.nights) this.nights.set(night.date, night);
      if (this.checkIn && this.checkOut) this.evaluate(false);
    }
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      focusCalendarDay(this.renderRoot, this.focusDate);
    }
  }

  private today(): string {
    return utcToZoned(new Date().toISOString(), this.product!.booking.timeZone).date;
  }

  /**
   * Loads the availability again, on the month the shopper is on (and the nights of a picked stay
   * outside it): after a pick was just taken or added to the cart, say. A picked stay with a night
   * no longer free keeps its dates on the calendar with a message naming the night, and leaves the
   * pick (`oz-booking-change`); `clearPick` drops the dates whatever the answer. Resolves once the
   * answer is shown.
   */
  async refresh(options: { clearPick?: boolean } = {}): Promise<void> {
    if (options.clearPick) this.clearDates();
    const product = this.product;
    if (!product || !this.month) return;
    const { checkIn, checkOut } = this;
    if (checkIn && checkOut && (checkIn < this.month || addDays(checkOut, -1) > lastDayOfMonth(this.month))) {
      await this.load(checkIn, addDays(checkOut, -1));
      await this.updateComplete;
    }
    await this.loadMonth();
    await this.updateComplete;
  }

  /** Loads the current month. */
  private loadMonth(): Promise<void> {
    return this.load(this.month, lastDayOfMonth(this.month));
  }

  private load(from: string, to: string): Promise<void> {
    const product = this.product;
    if (!product) return Promise.resolve();
    return this.availability.load(this.readyZone, { productId: product.id, variantId: this.roomVariantId, from, to }, this.i18n.locale);
  }

  private showMonth(month: string, focusDate: string): void {
    const changed = month !== this.month;
    this.month = month;
    this.focusDate = focusDate;
    if (changed) void this.loadMonth();
  }

  private changeMonth(delta: number): void {
    this.showMonth(shiftMonth(this.month, delta), shiftMonth(this.month, delta));
  }

  private moveFocus(date: string): void {
    const month = monthOf(date);
    if (month < monthOf(this.today()) || month > shiftMonth(this.today(), MONTHS_AHEAD)) return;
    this.showMonth(month, date);
    this.focusAfterUpdate = true;
  }

  private pick(date: string): void {
    this.focusDate = date;
    this.focusAfterUpdate = true;
    if (!this.checkIn || this.checkOut || date <= this.checkIn) {
      const hadSelection = this.selection !== undefined;
      this.checkIn = date;
      this.checkOut = undefined;
      this.preview = undefined;
      this.problems = [];
      this.previewError = undefined;
      if (hadSelection) emit(this, 'oz-booking-change', { selection: undefined });
      return;
    }
    this.checkOut = date;
    this.evaluate(true);
  }

  /** Prices the picked range with the core, checks its nights against availability, and reports it. */
  private evaluate(notify: boolean): void {
    const product = this.product!;
    const selection: BookingSelection = { type: 'stay', checkIn: this.checkIn!, checkOut: this.checkOut! };
    const hadSelection = this.selection !== undefined;
    this.preview = undefined;
    this.problems = [];
    this.previewError = undefined;
    let preview: BookingPrice | undefined;
    try {
      preview = this.readyZone.bookings.preview(product, this.roomVariantId, selection);
    } catch (error) {
      const err = toOrderZoneError(error);
      if (err.code === 'validation' && err.fieldErrors.length > 0) this.problems = err.fieldErrors.map((e) => ({ kind: 'field', error: e }));
      else this.previewError = err;
    }
    if (preview) {
      const soldOut = daysBetween(selection.checkIn, selection.checkOut) > 0 ? soldOutNights(this.nights.values(), selection.checkIn, selection.checkOut) : [];
      if (soldOut.length > 0) this.problems = soldOut.map((date) => ({ kind: 'sold_out', date }));
      else this.preview = preview;
    }
    if (notify || hadSelection !== (this.preview !== undefined)) {
      emit(this, 'oz-booking-change', this.preview ? { selection, preview: this.preview } : { selection: undefined });
    }
  }

  private clear(): void {
    this.clearDates();
    // The button goes away with the dates: the calendar takes the focus back.
    this.focusAfterUpdate = true;
  }

  /** Forgets both dates and what was said about them; reports when a pick is gone. */
  private clearDates(): void {
    const hadSelection = this.selection !== undefined;
    this.checkIn = undefined;
    this.checkOut = undefined;
    this.preview = undefined;
    this.problems = [];
    this.previewError = undefined;
    if (hadSelection) emit(this, 'oz-booking-change', { selection: undefined });
  }


  private dayView(date: string, today: string): CalendarDayView {
    const t = this.i18n.t;
    const full = formatFullDate(date, this.i18n.locale);
    const classes: string[] = date === today ? ['today'] : [];
    const edge = date === this.checkIn ? 'check_in' : date === this.checkOut ? 'check_out' : undefined;
    const inside = this.checkIn !== undefined && this.checkOut !== undefined && date > this.checkIn && date < this.checkOut;
    if (edge) classes.push(edge === 'check_in' ? 'range-start' : 'range-end');
    if (inside) classes.push('range');
    const selected = edge !== undefined || inside;
    const role = edge ? t(`stay.day_${edge}`) : inside ? t('stay.day_in_stay') : '';
    if (date < today) return { disabled: true, selected, classes: classes.join(' '), label: t('calendar.day_unavailable', { date: full }) };
    const night = this.nights.get(date);
    let note: string | undefined;
    let state: string;
    const status = night ? nightStatus(night) : undefined;
    if (!night) {
      state = '';
    } else if (status === 'closed') {
      classes.push('closed');
      note = t('stay.closed_short');
      state = t('stay.night_closed');
    } else if (status === 'sold_out') {
      classes.push('sold-out');
      note = t('stay.sold_out_short');
      state = t('stay.night_sold_out');
    } else {
      note = this.i18n.wholeMoney(night.price);
      state = t('stay.night_price', { price: this.i18n.money(night.price) });
    }
    const label = [full, state, role].filter(Boolean).join(t('stay.label_separator'));
    return { disabled: false, selected, classes: classes.join(' '), ...(note ? { note } : {}), label };
  }

  private problemText(problem: RangeProblem): string {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    if (problem.kind === 'sold_out') return t('stay.sold_out_in_range', { date: formatShortDate(problem.date, locale) });
    const { error } = problem;
    const date = error.params?.date;
    const params = typeof date === 'string' ? { ...error.params, date: formatShortDate(date, locale) } : error.params;
    return describeFieldError({ ...error, ...(params ? { params } : {}) }, t);
  }

  private renderStatus(): TemplateResult {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    let text: string;
    if (!this.checkIn) text = t('stay.choose_check_in');
    else if (!this.checkOut) text = t('stay.choose_check_out', { checkIn: formatShortDate(this.checkIn, locale) });
    else {
      const nights = daysBetween(this.checkIn, this.checkOut);
      text = t('stay.range', { checkIn: formatShortDate(this.checkIn, locale), checkOut: formatShortDate(this.checkOut, locale), nights });
    }
    return html`<p class="range-status" part="status">${text}</p>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const preview = this.preview;
    if (preview?.details.type !== 'stay') return nothing;
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const details = preview.details;
    return html`<div class="pick-summary" part="summary">
      <ul class="night-list">
        ${details.nights.map(
          (night) => html`<li><span>${t('stay.night_of', { date: formatShortDate(night.date, locale) })}</span><span class="night-price money">${this.i18n.money(night.price)}</span></li>`,
        )}
      </ul>
      <p class="pick-price">${t('stay.total', { nights: details.nights.length, price: this.i18n.money(preview.unitPrice) })}</p>
      <p class="hint">${t('stay.times', { checkIn: details.checkInTime, checkOut: details.checkOutTime })}</p>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product || !this.month) return nothing;
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const today = this.today();
    const state = this.availability.state;
    const minNights = this.availability.availability?.minNights ?? product.booking.roomTypes.find((r) => r.variantId === this.roomVariantId)?.rules.minNights;
    const focus = monthOf(this.focusDate) === this.month ? this.focusDate : this.month;
    const hasPick = this.checkIn !== undefined;
    return html`<div class="picker stay-picker" part="base" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <p class="hint stay-rules" part="rules">
        ${minNights !== undefined ? t('stay.min_nights', { min: minNights }) : nothing}
        ${t('stay.times', { checkIn: product.booking.checkInTime, checkOut: product.booking.checkOutTime })}
      </p>
      <div class="status-region" role="status" aria-live="polite">${this.renderStatus()}</div>
      ${renderCalendarMonth({
        idPrefix: 'stay',
        month: this.month,
        locale,
        firstDay: firstDayOfWeek(locale),
        focusDate: focus,
        busy: state.status === 'loading',
        canGoPrevious: this.month > monthOf(today),
        canGoNext: this.month < shiftMonth(today, MONTHS_AHEAD),
        labels: { previous: t('calendar.previous_month'), next: t('calendar.next_month') },
        day: (date) => this.dayView(date, today),
        onMonth: (delta) => this.changeMonth(delta),
        onFocusDate: (date) => this.moveFocus(date),
        onPick: (date) => this.pick(date),
      })}
      ${state.status === 'loading' ? html`<p class="loading-state">${t('booking.loading')}</p>` : nothing}
      ${state.status === 'failed'
        ? renderAvailabilityError(state.error, t, () => void this.loadMonth())
        : nothing}
      <div class="alert-region" role="alert">
        ${this.problems.length > 0
          ? html`<ul class="problems" part="problems">
              ${this.problems.map((p) => html`<li>${this.problemText(p)}</li>`)}
            </ul>`
          : nothing}
        ${this.previewError ? html`<p class="problems" part="problems">${describeError(this.previewError, t)}</p>` : nothing}
      </div>
      <div class="summary-region" role="status" aria-live="polite">${this.renderSummary()}</div>
      ${hasPick ? html`<button type="button" class="button clear-button" part="clear-button" @click=${this.clear}>${t('stay.clear')}</button>` : nothing}
    </div>`;
  }
}
