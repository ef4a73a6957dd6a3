// Ships on first load. Dates and numbers in the person's own locale, through Intl (no date library).
import { dayToLocalDate, localDay, addDays } from '../domain/days';
import type { Day, Instant } from '../domain/types';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, options);
    cache.set(key, format);
  }
  return format;
}

/** "Fri 27 Nov" style: weekday, day and month. */
export function formatDay(day: Day): string {
  return dtf({ weekday: 'short', day: 'numeric', month: 'short' }).format(dayToLocalDate(day));
}

/** "27 Nov 2026": day, month and year. */
export function formatDayLong(day: Day): string {
  return dtf({ day: 'numeric', month: 'short', year: 'numeric' }).format(dayToLocalDate(day));
}

/** "Friday, 27 November 2026": for headings and screen readers. */
export function formatDayFull(day: Day): string {
  return dtf({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayToLocalDate(day));
}

/** "Tuesday": the weekday's name. */
export function formatWeekday(day: Day): string {
  return dtf({ weekday: 'long' }).format(dayToLocalDate(day));
}

/** "Today", "Yesterday", or the short day. */
export function formatRelativeDay(day: Day, today: Day = localDay()): string {
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  if (day === addDays(today, 1)) return 'Tomorrow';
  return formatDay(day);
}

/** "09:30" or "9:30 AM", as the locale writes times. */
export function formatTime(at: Instant | Date): string {
  return dtf({ hour: 'numeric', minute: '2-digit' }).format(typeof at === 'string' ? new Date(at) : at);
}

/** "Fri 27 Nov, 09:30". */
export function formatDateTime(at: Instant): string {
  return dtf({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(
    new Date(at),
  );
}

/** A number with at most `digits` decimals, in the locale's style ("3.4", "3,4"). */
export function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value);
}

/** The value for an <input type="datetime-local"> from an instant, in local time. */
export function toDateTimeLocal(at: Instant | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant for an <input type="datetime-local"> value (read in local time); null when empty or invalid. */
export function fromDateTimeLocal(value: string): Instant | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
