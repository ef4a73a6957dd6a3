// Ships on first load. Dates and numbers in the person's own locale, through Intl (no date library).
import { addDays, dayToLocalDate, localDay } from '../domain/days';
import type { Day, Instant } from '../domain/types';

const cache = new Map<string, Intl.DateTimeFormat>();
/** The app's one Intl.DateTimeFormat per set of options, in the person's locale (made once, then reused). */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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
  return dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(dayToLocalDate(day));
}

/** "27 Nov 2026": day, month and year. */
export function formatDayLong(day: Day): string {
  return dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(dayToLocalDate(day));
}

/** "Friday, 27 November 2026": for headings and screen readers. */
export function formatDayFull(day: Day): string {
  return dateTimeFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    dayToLocalDate(day),
  );
}

/** "Tuesday": the weekday's name. */
export function formatWeekday(day: Day): string {
  return dateTimeFormat({ weekday: 'long' }).format(dayToLocalDate(day));
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
  return dateTimeFormat({ hour: 'numeric', minute: '2-digit' }).format(typeof at === 'string' ? new Date(at) : at);
}

/** "Fri 27 Nov, 09:30". */
export function formatDateTime(at: Instant): string {
  return dateTimeFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(at));
}

const numberFormats = new Map<number, Intl.NumberFormat>();
/** A number with at most `digits` decimals (one unless told), in the locale's style ("3.4", "3,4"). */
export function formatNumber(value: number, digits = 1): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}
