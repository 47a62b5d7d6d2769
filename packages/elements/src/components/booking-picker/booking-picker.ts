import {
  toOrderZoneError,
  type BookingPrice,
  type BookingSelection,
  type LoadedZone,
  type OrderZoneError,
  type SlotOpening,
  type TimeSlotProduct,
} from '@orderzone/core';
import { slotStatus, utcToZoned } from '@orderzone/core/bookings';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { AvailabilityController } from '../../parts/booking-calendar/availability-controller.ts';
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
import { bookingPickerByLanguage } from './booking-picker.messages-by-language.ts';
import { bookingPickerStyles } from './booking-picker.styles.ts';
import { slotTimes } from './slot-times.ts';
import { browserTimeZone } from '../../parts/booking-details/booking-details.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

/** Months ahead of the current one the calendar lets the shopper browse. */
const MONTHS_AHEAD = 12;

/**
 * Books a time slot of a service: a month calendar (days without a free slot are disabled and say
 * so), the slots of the chosen day in the merchant's time zone with the shopper's own time alongside
 * when it differs, full slots shown as taken, and the staff or resource choice ("Any" or one of those
 * still free in the chosen slot). Availability comes from `zone.bookings.getAvailability`; the price
 * of the pick from the core (`zone.bookings.preview`). The element never adds to the cart: it
 * reports the pick with `oz-booking-change` and in `selection`.
 *
 * Keyboard: Tab reaches the calendar's day, arrow keys move by day and week, Page Up/Down by month,
 * Home/End to the week's start and end, Enter or Space picks; slots and staff are radio groups.
 *
 * @summary Calendar and slot list to book a service, with staff choice.
 *
 * @fires oz-booking-change - The pick changed: `{ selection, preview }` (`selection` undefined when nothing complete is picked).
 * @fires oz-error - Availability could not be loaded: `{ error, message }` (also shown in the element, with a retry).
 *
 * @csspart base - The whole picker.
 * @csspart calendar - The month calendar.
 * @csspart calendar-header - The month's name and the previous/next buttons.
 * @csspart calendar-title - The month's name.
 * @csspart calendar-nav - The previous and next month buttons.
 * @csspart calendar-grid - The date grid.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell.
 * @csspart slots - The slot list of the chosen day.
 * @csspart slot - One slot.
 * @csspart resources - The staff or resource choice.
 * @csspart resource - One staff member or resource.
 * @csspart summary - The pick and its price.
 * @csspart error - The error message with its retry button.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-calendar-day-size=44px] - Size of a day cell (× density).
 * @cssprop [--oz-calendar-selected-bg=var(--oz-color-primary)] - The picked day: background.
 * @cssprop [--oz-calendar-selected-text=var(--oz-color-on-primary)] - The picked day: text.
 * @cssprop [--oz-calendar-range-bg=primary mixed with surface] - Days inside a picked range.
 * @cssprop [--oz-slot-selected-border=var(--oz-color-primary)] - The chosen slot: border.
 *
 * @slot - Nothing; the element renders everything from the product and its availability.
 */
export class BookingPicker extends ZoneElement<'bookings'> {
  /** The element's styles: the shared design tokens and controls, the calendar's, then its own. */
  static override styles = [tokens, controls, bookingCalendarStyles, bookingPickerStyles];

  /** The service to book (a `time_slot` product from `@orderzone/core`). */
  @property({ attribute: false }) product?: TimeSlotProduct;

  /** The service option (variant) the pick is priced with; default: the product's first variant. */
  @property({ attribute: 'variant-id' }) variantId?: string;

  /** The shopper's IANA time zone, for the "your time" reading; default: the browser's. */
  @property({ attribute: 'shopper-time-zone' }) shopperTimeZone?: string;

  @state() private month = '';
  @state() private focusDate = '';
  @state() private chosenDate: string | undefined;
  @state() private chosenStart: string | undefined;
  /** The chosen resource id; `''` is "any". */
  @state() private resourceId = '';
  @state() private preview: BookingPrice | undefined;
  @state() private previewError: OrderZoneError | undefined;

  private readonly availability = new AvailabilityController(this, 'time_slot', (error) => this.reportError(error));
  private reload = false;
  private focusAfterUpdate = false;

  constructor() {
    super([...flowMessages, bookingPickerByLanguage], ['bookings']);
  }

  /** The shopper's pick: a slot start and, when chosen, a resource; undefined until a slot is chosen. */
  get selection(): BookingSelection | undefined {
    if (!this.chosenStart) return undefined;
    return { type: 'time_slot', start: this.chosenStart, ...(this.resourceId ? { resourceId: this.resourceId } : {}) };
  }

  protected zoneChanged(_zone: LoadedZone<'bookings'>): void {
    this.reload = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product')) {
      this.chosenDate = undefined;
      this.chosenStart = undefined;
      this.resourceId = '';
      this.preview = undefined;
      this.previewError = undefined;
      this.month = '';
      this.reload = true;
    }
    if (changed.has('variantId') && this.chosenStart) this.updatePreview(true);
    if (this.reload && this.product && this.isConnected) {
      this.reload = false;
      if (!this.month) {
        this.month = monthOf(this.today());
        this.focusDate = this.today();
      }
      void this.loadMonth();
    }
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      focusCalendarDay(this.renderRoot, this.focusDate);
    }
  }

  private get timeZone(): string {
    return this.product!.booking.timeZone;
  }

  /** Today in the merchant's zone. */
  private today(): string {
    return utcToZoned(new Date().toISOString(), this.product!.booking.timeZone).date;
  }

  /**
   * Loads the availability again, on the month the shopper is on: after a pick was just taken or
   * added to the cart, say. A picked slot that is no longer free in it leaves the pick (and a staff
   * member no longer free in the slot goes back to "any"), reported with `oz-booking-change`;
   * `clearPick` drops the pick whatever the answer. Resolves once the answer is shown.
   */
  async refresh(options: { clearPick?: boolean } = {}): Promise<void> {
    if (options.clearPick) this.clearPick();
    const product = this.product;
    if (!product || !this.month) return;
    await this.loadMonth();
    if (this.product !== product || !this.chosenStart || !this.chosenDate || monthOf(this.chosenDate) !== this.month) return;
    const available = this.availability.availability;
    if (!available) return;
    const slot = available.slots.find((s) => s.start === this.chosenStart);
    if (!slot || slotStatus(slot) !== 'available') this.clearPick();
    else if (this.resourceId && slot.freeResourceIds && !slot.freeResourceIds.includes(this.resourceId)) this.chooseResource('');
    await this.updateComplete;
  }

  /** Forgets the chosen slot and staff (the day stays chosen) and reports that nothing is picked. */
  private clearPick(): void {
    if (!this.chosenStart && !this.resourceId) return;
    this.chosenStart = undefined;
    this.resourceId = '';
    this.updatePreview(true);
  }

  private loadMonth(): Promise<void> {
    const product = this.product;
    if (!product) return Promise.resolve();
    return this.availability.load(this.readyZone, { productId: product.id, from: this.month, to: lastDayOfMonth(this.month) }, this.i18n.locale);
  }

  private slotsOn(date: string): SlotOpening[] {
    const slots = this.availability.availability?.slots ?? [];
    return slots.filter((s) => s.localDate === date).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }

  private freeSlotCount(date: string): number {
    return this.slotsOn(date).filter((s) => slotStatus(s) === 'available').length;
  }

  private showMonth(month: string, focusDate: string): void {
    const changed = month !== this.month;
    this.month = month;
    this.focusDate = focusDate;
    if (changed) void this.loadMonth();
  }

  private changeMonth(delta: number): void {
    const month = shiftMonth(this.month, delta);
    this.showMonth(month, this.chosenDate && monthOf(this.chosenDate) === month ? this.chosenDate : month);
  }

  private moveFocus(date: string): void {
    const month = monthOf(date);
    if (month < monthOf(this.today()) || month > shiftMonth(this.today(), MONTHS_AHEAD)) return;
    this.showMonth(month, date);
    this.focusAfterUpdate = true;
  }

  private pickDay(date: string): void {
    this.focusDate = date;
    if (this.chosenDate === date) return;
    this.chosenDate = date;
    this.focusAfterUpdate = true;
  }

  private chooseSlot(slot: SlotOpening): void {
    this.chosenStart = slot.start;
    if (this.resourceId && !(slot.freeResourceIds ?? []).includes(this.resourceId)) this.resourceId = '';
    this.updatePreview(true);
  }

  private chooseResource(id: string): void {
    this.resourceId = id;
    this.updatePreview(true);
  }

  /** Prices the pick with the core and reports it. */
  private updatePreview(notify: boolean): void {
    const product = this.product;
    const selection = this.selection;
    this.preview = undefined;
    this.previewError = undefined;
    if (product && selection) {
      const variantId = this.variantId ?? product.variants[0]!.id;
      try {
        this.preview = this.readyZone.bookings.preview(product, variantId, selection);
      } catch (error) {
        this.previewError = toOrderZoneError(error);
      }
    }
    if (notify) {
      const valid = this.preview ? selection : undefined;
      emit(this, 'oz-booking-change', this.preview && valid ? { selection: valid, preview: this.preview } : { selection: undefined });
    }
  }

  private dayView(date: string, today: string): CalendarDayView {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const full = formatFullDate(date, locale);
    const loaded = this.availability.state.status === 'ready';
    const free = loaded ? this.freeSlotCount(date) : 0;
    const past = date < today;
    const selected = date === this.chosenDate;
    if (past || !loaded || free === 0) {
      const classes = [date === today ? 'today' : '', 'unavailable'].join(' ');
      return { disabled: true, selected, classes, label: loaded || past ? t('calendar.day_unavailable', { date: full }) : full };
    }
    return { disabled: false, selected, classes: `${date === today ? 'today' : ''} has-slots`, label: t('booking.day_slots', { date: full, count: free }) };
  }

  private renderSlots(): TemplateResult {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const status = this.availability.state.status;
    if (status === 'failed' || status === 'idle') return html``;
    if (status === 'loading') return html`<p class="loading-state">${t('booking.loading')}</p>`;
    if (!this.chosenDate) {
      const any = (this.availability.availability?.slots ?? []).some((s) => slotStatus(s) === 'available' && monthOf(s.localDate) === this.month);
      return html`<p class="hint empty-hint">${any ? t('booking.choose_day') : t('booking.no_days')}</p>`;
    }
    const slots = this.slotsOn(this.chosenDate);
    const heading = t('booking.times_on', { date: formatShortDate(this.chosenDate, locale) });
    if (slots.length === 0 || slots.every((s) => slotStatus(s) !== 'available')) {
      return html`<p class="hint empty-hint">${t('booking.no_slots', { date: formatShortDate(this.chosenDate, locale) })}</p>`;
    }
    const shopperZone = this.shopperTimeZone ?? browserTimeZone();
    return html`<fieldset class="choice-group slot-group" part="slots">
      <legend>${heading}</legend>
      <div class="slot-list">
        ${slots.map((slot) => {
          const times = slotTimes(slot.start, slot.end, this.timeZone, shopperZone, locale, t);
          const taken = slotStatus(slot) === 'sold_out';
          return html`<label class="choice slot ${taken ? 'taken' : ''}" part="slot">
            <input type="radio" name="slot" .value=${slot.start} .checked=${slot.start === this.chosenStart} ?disabled=${taken} @change=${() => this.chooseSlot(slot)} />
            <span class="slot-text">
              <span class="slot-time">${times.merchant}</span>
              ${times.shopper ? html`<span class="slot-shopper">${times.shopper}</span>` : nothing}
            </span>
            ${taken ? html`<span class="slot-state">${t('booking.slot_taken')}</span>` : nothing}
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderResources(): TemplateResult | typeof nothing {
    const product = this.product!;
    const resources = product.booking.resources ?? [];
    if (resources.length === 0) return nothing;
    const t = this.i18n.t;
    const slot = this.chosenStart ? this.availability.availability?.slots.find((s) => s.start === this.chosenStart) : undefined;
    const free = slot ? new Set(slot.freeResourceIds ?? resources.map((r) => r.id)) : undefined;
    const label = product.booking.resourceLabel ? this.i18n.text(product.booking.resourceLabel) : t('booking.resource');
    return html`<fieldset class="choice-group resource-group" part="resources">
      <legend>${label}</legend>
      <div class="choices">
        <label class="choice" part="resource">
          <input type="radio" name="resource" value="" .checked=${this.resourceId === ''} @change=${() => this.chooseResource('')} />
          ${t('booking.resource_any')}
        </label>
        ${resources.map((resource) => {
          const busy = free !== undefined && !free.has(resource.id);
          const name = this.i18n.text(resource.name);
          return html`<label class="choice ${busy ? 'busy' : ''}" part="resource">
            <input type="radio" name="resource" .value=${resource.id} .checked=${this.resourceId === resource.id} ?disabled=${busy || !slot} @change=${() => this.chooseResource(resource.id)} />
            ${busy ? t('booking.resource_busy', { name }) : name}
          </label>`;
        })}
      </div>
      ${slot ? nothing : html`<p class="hint">${t('booking.resource_after_slot')}</p>`}
    </fieldset>`;
  }

  private renderSummary(): TemplateResult {
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const preview = this.preview;
    return html`<div class="summary-region" role="status" aria-live="polite">
      ${preview?.details.type === 'time_slot'
        ? html`<div class="pick-summary" part="summary">
            <p class="pick-when">
              ${t(preview.details.resourceName ? 'booking.summary_with' : 'booking.summary', {
                date: formatShortDate(utcToZoned(preview.details.start, preview.details.timeZone).date, locale),
                time: slotTimes(preview.details.start, preview.details.end, preview.details.timeZone, preview.details.timeZone, locale, t).range,
                resource: preview.details.resourceName ? this.i18n.text(preview.details.resourceName) : '',
              })}
            </p>
            <p class="pick-price">${t('booking.price', { price: this.i18n.money(preview.unitPrice) })}</p>
          </div>`
        : nothing}
    </div>
    <div class="alert-region" role="alert">
      ${this.previewError ? html`<p class="problem">${describeError(this.previewError, t)}</p>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product || !this.month) return nothing;
    const t = this.i18n.t;
    const locale = this.i18n.locale;
    const today = this.today();
    const state = this.availability.state;
    const focus = monthOf(this.focusDate) === this.month ? this.focusDate : this.month;
    return html`<div class="picker booking-picker" part="base" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <div class="layout">
        ${renderCalendarMonth({
          idPrefix: 'booking',
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
          onPick: (date) => this.pickDay(date),
        })}
        <div class="slots-column">
          ${state.status === 'failed'
            ? renderAvailabilityError(state.error, t, () => void this.loadMonth())
            : nothing}
          ${this.renderSlots()} ${this.renderResources()}
        </div>
      </div>
      ${this.renderSummary()}
    </div>`;
  }
}
