/**
 * The month calendar part shared by `<booking-picker>` and `<stay-picker>`: a header with the
 * month's name and previous/next buttons, and a date grid following the WAI-ARIA APG date picker
 * pattern (a `role="grid"` table whose day cells are the focusable grid cells, one tabbable day, arrow keys move by day and week, Page Up/Down by
 * month, Home/End to the start/end of the week, Enter/Space picks). Month and weekday names come
 * from `Intl` in the element's locale and the week starts on the locale's first day (Monday in
 * zh-CN, Sunday in en-US).
 *
 * Dates are calendar dates (`2026-05-01`) in the merchant's zone; the part never reads a clock.
 * Rendered inside the host's shadow root, so its parts are the host's: `calendar`,
 * `calendar-header`, `calendar-title`, `calendar-nav`, `calendar-grid`, `weekday`, `day`.
 *
 * @module
 */
import { addDays, isoWeekday } from '@orderzone/core/bookings';
import { html, nothing, svg, type TemplateResult } from 'lit';

/** ISO weekday (1 Monday … 7 Sunday) that starts the week where `intl.Locale` has no week data. */
const FIRST_DAY_FALLBACK: Record<string, number> = { 'zh-CN': 1, 'en-US': 7 };

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** The ISO weekday a week starts on in `locale`: `Intl.Locale` week data, else 1 (zh-CN) or 7 (en-US). */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale;
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7) return firstDay;
  } catch {
    // A malformed tag: fall through to the table.
  }
  return FIRST_DAY_FALLBACK[locale] ?? (locale.startsWith('en-US') ? 7 : 1);
}

/** The first day of the month of `date`: `2026-05-17` → `2026-05-01`. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of the month that starts on `month`. */
export function lastDayOfMonth(month: string): string {
  return addDays(shiftMonth(month, 1), -1);
}

/** The first day of the month `delta` months after the month of `date`. */
export function shiftMonth(date: string, delta: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + delta;
  const shifted = new Date(Date.UTC(year, month, 1));
  return shifted.toISOString().slice(0, 10);
}

/** `date` moved by `delta` months, its day kept or clamped to the target month's last day. */
export function shiftMonthKeepingDay(date: string, delta: number): string {
  const target = shiftMonth(date, delta);
  const last = lastDayOfMonth(target);
  const day = Math.min(Number(date.slice(8, 10)), Number(last.slice(8, 10)));
  return `${target.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The weeks of a month as rows of seven dates, `undefined` for the cells outside the month. */
export function monthWeeks(month: string, firstDay: number): (string | undefined)[][] {
  const last = lastDayOfMonth(month);
  const lead = (isoWeekday(month) - firstDay + 7) % 7;
  const cells: (string | undefined)[] = Array.from({ length: lead }, () => undefined);
  for (let date = month; date <= last; date = addDays(date, 1)) cells.push(date);
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: (string | undefined)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * The day a key moves the focus to from `date` (APG date grid), or `undefined` for other keys.
 * `rtl` swaps the left and right arrows.
 */
export function calendarKeyTarget(key: string, date: string, firstDay: number, rtl = false): string | undefined {
  const offset = (isoWeekday(date) - firstDay + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, rtl ? 1 : -1);
    case 'ArrowRight':
      return addDays(date, rtl ? -1 : 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -offset);
    case 'End':
      return addDays(date, 6 - offset);
    case 'PageUp':
      return shiftMonthKeepingDay(date, -1);
    case 'PageDown':
      return shiftMonthKeepingDay(date, 1);
    default:
      return undefined;
  }
}

const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** "May 2026" / "2026年5月". */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utcDate(month));
}

/** "Friday, May 1, 2026" / "2026年5月1日星期五". */
export function formatFullDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utcDate(date));
}

/** "Fri, May 1" / "5月1日周五". */
export function formatShortDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(utcDate(date));
}

/** The seven weekday headers from `firstDay` on: short and long names. */
export function weekdayNames(locale: string, firstDay: number): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday (ISO weekday 1).
  return Array.from({ length: 7 }, (_, i) => {
    const day = utcDate(addDays('2024-01-01', (firstDay - 1 + i) % 7));
    return { short: short.format(day), long: long.format(day) };
  });
}

/** How one day looks and reads. */
export interface CalendarDayView {
  /** Cannot be picked (past, no free slot). Still reachable with the arrow keys, marked `aria-disabled`. */
  disabled: boolean;
  /** Picked (a chosen day, a stay's check-in or check-out, or a night inside the stay). */
  selected: boolean;
  /** Extra classes: `range`, `range-start`, `range-end`, `closed`, `sold-out`... */
  classes?: string;
  /** Short visible text under the day number (a nightly price, "Closed"). */
  note?: string;
  /** What the day reads as (its accessible name): date and state ("Friday, May 1, 2026, ¥300 a night"). */
  label: string;
}

export interface CalendarMonthProps {
  /** Prefix for ids in the host's shadow root. */
  idPrefix: string;
  /** The first day of the month shown. */
  month: string;
  locale: string;
  firstDay: number;
  /** The one day in the tab order. */
  focusDate: string;
  /** True while the month's availability loads (`aria-busy` on the grid). */
  busy: boolean;
  canGoPrevious: boolean;
  canGoNext: boolean;
  labels: { previous: string; next: string };
  day(date: string): CalendarDayView;
  /** Previous (-1) or next (+1) month. */
  onMonth(delta: number): void;
  /** A key moved the focus to `date` (maybe in another month); the host shows it and focuses it. */
  onFocusDate(date: string): void;
  /** The shopper picked `date` (click, Enter or Space) and it is not disabled. */
  onPick(date: string): void;
}

const chevron = (d: string): TemplateResult =>
  html`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">${svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d=${d}/>`}</svg>`;

function onGridKeydown(event: KeyboardEvent, p: CalendarMonthProps): void {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-date]');
  if (!cell) return;
  const date = cell.dataset.date!;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    if (cell.getAttribute('aria-disabled') !== 'true') p.onPick(date);
    return;
  }
  const target = calendarKeyTarget(event.key, date, p.firstDay, cell.matches(':dir(rtl)'));
  if (target === undefined) return;
  event.preventDefault();
  p.onFocusDate(target);
}

/** Moves the keyboard focus to the day cell of `date` in `root`, if it is rendered. */
export function focusCalendarDay(root: ParentNode, date: string): void {
  root.querySelector<HTMLElement>(`td.day[data-date="${date}"]`)?.focus();
}

/** Renders the month. */
export function renderCalendarMonth(p: CalendarMonthProps): TemplateResult {
  const titleId = `${p.idPrefix}-month`;
  const weekdays = weekdayNames(p.locale, p.firstDay);
  return html`<div class="calendar" part="calendar">
    <div class="calendar-header" part="calendar-header">
      <button type="button" class="calendar-nav previous" part="calendar-nav" aria-label=${p.labels.previous} ?disabled=${!p.canGoPrevious} @click=${() => p.onMonth(-1)}>
        ${chevron('M12 4l-6 6 6 6')}
      </button>
      <h3 class="calendar-title" part="calendar-title" id=${titleId} aria-live="polite">${formatMonth(p.month, p.locale)}</h3>
      <button type="button" class="calendar-nav next" part="calendar-nav" aria-label=${p.labels.next} ?disabled=${!p.canGoNext} @click=${() => p.onMonth(1)}>
        ${chevron('M8 4l6 6-6 6')}
      </button>
    </div>
    <table class="calendar-grid" part="calendar-grid" role="grid" aria-labelledby=${titleId} aria-busy=${p.busy ? 'true' : 'false'} @keydown=${(e: KeyboardEvent) => onGridKeydown(e, p)}>
      <thead>
        <tr>
          ${weekdays.map((w) => html`<th scope="col" part="weekday" abbr=${w.long}>${w.short}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(p.month, p.firstDay).map(
          (week) => html`<tr>
            ${week.map((date) => {
              if (!date) return html`<td class="outside"></td>`;
              const view = p.day(date);
              return html`<td
                class="day ${view.classes ?? ''}"
                part="day"
                data-date=${date}
                tabindex=${date === p.focusDate ? '0' : '-1'}
                aria-selected=${view.selected ? 'true' : 'false'}
                aria-disabled=${view.disabled ? 'true' : nothing}
                @click=${() => (view.disabled ? p.onFocusDate(date) : p.onPick(date))}
              >
                <span class="visually-hidden">${view.label}</span>
                <span class="day-number" aria-hidden="true">${Number(date.slice(8, 10))}</span>
                ${view.note ? html`<span class="day-note" aria-hidden="true">${view.note}</span>` : nothing}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
